import { Workbook } from "exceljs";
// A dependency of ExcelJS, used here only to build a zip that is not a workbook.
import JSZip from "jszip";
import { cellAt, type WorkbookGrid } from "../../core/grid";
import {
  InvalidSheetNameError,
  InvalidValidationRuleError,
  SheetNotFoundError,
  UnknownStyleError,
  WorkbookReadError,
  readWorkbook,
  writeWorkbook,
} from "../../adapters/xlsx";
import { STATUSES, exampleSpec, openWithExcelJS, sheet, value } from "./xlsxSpec";

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await writeWorkbook(exampleSpec());
});

describe("writeWorkbook", () => {
  it("returns a plain Uint8Array holding a zip", () => {
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect(Array.from(bytes.subarray(0, 2))).toEqual([0x50, 0x4b]);
  });

  describe("as ExcelJS opens it independently", () => {
    let wb: Workbook;
    beforeAll(async () => {
      wb = await openWithExcelJS(bytes);
    });
    const ws = (name: string) => wb.getWorksheet(name)!;

    it("keeps sheet order, states, the active sheet and the workbook properties", () => {
      expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
        ["Отчёт", "visible"],
        ["_lists", "hidden"],
        ["_tendik", "veryHidden"],
      ]);
      expect(wb.views[0].activeTab).toBe(0);
      expect([wb.title, wb.creator, wb.company]).toEqual(["Тендик: ЭСӨМ, 2019-H2", "Tendik", "ЭСӨМ"]);
    });

    it("writes styles, widths, heights, merges and the tab colour", () => {
      const r = ws("Отчёт");
      expect(r.getColumn(2).width).toBe(40);
      expect(r.getColumn(6).hidden).toBe(true);
      expect(r.getRow(5).height).toBe(45);
      expect(r.getCell("A5").font).toMatchObject({ bold: true });
      expect(r.getCell("A5").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
      expect(r.getCell("A5").border).toMatchObject({ top: { style: "thin" }, bottom: { style: "thin" } });
      expect(r.getCell("A5").alignment).toMatchObject({ wrapText: true, vertical: "middle", horizontal: "center" });
      expect(r.getCell("D7").numFmt).toBe("dd.mm.yyyy");
      expect(r.model.merges.sort()).toEqual(["A1:E1", "A2:E3"]);
      expect(r.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    });

    it("protects without a password, allowing selection and resizing but not inserting or deleting", () => {
      for (const name of ["Отчёт", "_lists", "_tendik"]) {
        const p = (ws(name) as any).sheetProtection;
        expect(p.sheet).toBe(true);
        expect(p.hashValue).toBeUndefined();
        expect(p.selectLockedCells).not.toBe(false);
        expect(p.selectUnlockedCells).not.toBe(false);
        expect(p.formatColumns).toBe(true);
        for (const forbidden of ["formatCells", "insertRows", "insertColumns", "deleteRows", "deleteColumns"]) {
          expect([forbidden, p[forbidden]]).toEqual([forbidden, undefined]);
        }
      }
    });

    it("unlocks input cells only", () => {
      const r = ws("Отчёт");
      expect(r.getCell("C7").protection).toMatchObject({ locked: false });
      expect(r.getCell("D7").protection).toMatchObject({ locked: false });
      expect(r.getCell("B7").protection?.locked).not.toBe(false);
      expect(r.getCell("A1").protection?.locked).not.toBe(false);
    });

    it("writes validations with prompts, errors and a list from a defined name", () => {
      const dv = (ws("Отчёт") as any).dataValidations.model;
      expect(dv.C7).toMatchObject({
        type: "list",
        formulae: ["tendik_status"],
        allowBlank: true,
        showInputMessage: true,
        promptTitle: "Абалы",
        prompt: "Тизмеден тандаңыз",
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "Ката",
        error: "Тизмедеги маанилердин бирин тандаңыз",
      });
      expect(dv.C8).toEqual(dv.C9);
      expect(dv.D7).toMatchObject({ type: "date", operator: "between", promptTitle: "Күнү", showErrorMessage: true });
      expect(dv.D7.formulae.map((d: Date) => d.toISOString().slice(0, 10))).toEqual(["2019-07-01", "2019-12-31"]);
      expect(dv.C8).toMatchObject({ type: "whole", operator: "between", formulae: [0, 1000000] });
      expect(dv.E7).toMatchObject({ type: "textLength", operator: "lessThanOrEqual", formulae: [2000] });
      expect(wb.definedNames.getRanges("tendik_status").ranges).toEqual(["'_lists'!$A$1:$A$5"]);
    });

    it("freezes the header rows and label columns", () => {
      expect(ws("Отчёт").views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 6, topLeftCell: "C7" });
    });

    it("sets up printing: landscape A4, one page wide, header rows repeated, print area", () => {
      expect(ws("Отчёт").pageSetup).toMatchObject({
        orientation: "landscape",
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "5:6",
        printArea: "A1:E40",
      });
    });

    it("writes text that looks like a formula as text, formatted as text", () => {
      const r = ws("Отчёт");
      expect(r.getCell("E7").value).toBe("=1+1");
      expect(r.getCell("E7").formula).toBeUndefined();
      expect(r.getCell("E8").value).toBe("-минус");
      expect(r.getCell("E8").numFmt).toBe("@");
    });

    it("writes formulas with their cached result", () => {
      expect(ws("Отчёт").getCell("C10").value).toEqual({ formula: "SUM(C8:C9)", result: 12 });
      expect(ws("Отчёт").getCell("D10").formula).toBe("1/0");
    });
  });

  describe("misuse", () => {
    it("refuses an unknown style", async () => {
      const spec = exampleSpec();
      spec.sheets[0].cells.push({ ref: "A3", value: 1, style: "nope" });
      await expect(writeWorkbook(spec)).rejects.toThrow(UnknownStyleError);
    });
    it("refuses an active sheet that is missing or hidden", async () => {
      await expect(writeWorkbook({ ...exampleSpec(), activeSheet: "_tendik" })).rejects.toThrow(SheetNotFoundError);
      await expect(writeWorkbook({ ...exampleSpec(), activeSheet: "Жок" })).rejects.toThrow(SheetNotFoundError);
    });
    it.each(["a".repeat(32), "a/b", "Agency's", ""])("refuses the sheet name %j", async (name) => {
      const spec = exampleSpec();
      spec.sheets[1].name = name;
      await expect(writeWorkbook(spec)).rejects.toThrow(InvalidSheetNameError);
    });
    it("refuses a between rule without a maximum and a date that is not ISO", async () => {
      const spec = exampleSpec();
      spec.sheets[0].validations = [
        { range: "C8", rule: { type: "decimal", operator: "between", min: 0, allowBlank: true } },
      ];
      await expect(writeWorkbook(spec)).rejects.toThrow(InvalidValidationRuleError);
      spec.sheets[0].validations = [
        {
          range: "D8",
          rule: { type: "date", operator: "between", min: "2019-02-30", max: "2019-12-31", allowBlank: true },
        },
      ];
      await expect(writeWorkbook(spec)).rejects.toThrow(InvalidValidationRuleError);
    });
  });
});

describe("readWorkbook", () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await readWorkbook(bytes);
  });

  it("reads every sheet with its state", () => {
    expect(grid.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Отчёт", "visible"],
      ["_lists", "hidden"],
      ["_tendik", "veryHidden"],
    ]);
  });

  it("reads values as a sheet shows them", () => {
    const r = sheet(grid, "Отчёт");
    expect(value(r, "A1")).toBe("2019-H2 отчёт: ЭСӨМ");
    expect(value(r, "A6")).toBe(1);
    expect(value(r, "E7")).toBe("=1+1");
    expect(cellAt(r, "E7").formula).toBeUndefined();
    expect(value(r, "E10")).toBe(true);
    expect(cellAt(r, "D7")).toEqual({ value: 43830, numFmt: "dd.mm.yyyy" });
    expect(cellAt(r, "C10")).toEqual({ value: 12, formula: "SUM(C8:C9)" });
    expect(cellAt(r, "D10")).toEqual({ value: null, formula: "1/0" });
    expect(sheet(grid, "_lists").cells.size).toBe(STATUSES.length);
    expect(value(sheet(grid, "_tendik"), "B4")).toBe("ЭСӨМ");
  });

  it("keeps a merged area's value on its top-left cell only and skips empty cells", () => {
    const r = sheet(grid, "Отчёт");
    expect(r.cells.has("B1")).toBe(false);
    expect(r.cells.has("C7")).toBe(false);
    expect([...r.cells.keys()].filter((k) => /^[A-E]1$/.test(k))).toEqual(["A1"]);
  });

  it("spans the used range of values", () => {
    expect(sheet(grid, "Отчёт")).toMatchObject({ rowCount: 10, colCount: 5 });
    expect(sheet(grid, "_tendik")).toMatchObject({ rowCount: 5, colCount: 2 });
  });

  it("accepts an ArrayBuffer", async () => {
    const copy = bytes.slice().buffer;
    expect((await readWorkbook(copy)).sheets).toHaveLength(3);
  });

  it("normalises rich text, hyperlinks, shared formulas, errors and times", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { richText: [{ text: "Тең" }, { font: { bold: true }, text: "дик" }] };
    ws.getCell("A2").value = { text: "сайт", hyperlink: "https://example.org" };
    ws.getCell("A3").value = { error: "#DIV/0!" } as any;
    ws.getCell("A4").value = new Date(Date.UTC(2019, 11, 31, 18, 0));
    ws.getCell("A4").numFmt = "dd.mm.yyyy hh:mm";
    ws.getCell("B1").value = 1;
    ws.getCell("B2").value = 2;
    ws.getCell("C1").value = { formula: "B1*2", result: 2, shareType: "shared", ref: "C1:C2" } as any;
    ws.getCell("C2").value = { sharedFormula: "C1", result: 4 } as any;
    const s = (await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()))).sheets[0];
    expect(value(s, "A1")).toBe("Теңдик");
    expect(value(s, "A2")).toBe("сайт");
    expect(value(s, "A3")).toBe("#DIV/0!");
    expect(cellAt(s, "A4")).toEqual({ value: 43830.75, numFmt: "dd.mm.yyyy hh:mm" });
    expect(cellAt(s, "C1")).toEqual({ value: 2, formula: "B1*2" });
    expect(cellAt(s, "C2")).toEqual({ value: 4, formula: "B2*2" });
  });

  describe("throws one error class, WorkbookReadError, with a reason per condition", () => {
    const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const utf16 = (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]);
    const reasonOf = async (data: Uint8Array) => {
      const err = await readWorkbook(data).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WorkbookReadError);
      return (err as WorkbookReadError).reason;
    };
    it.each([
      ["an empty file", new Uint8Array(0), "empty"],
      ["a text file", new TextEncoder().encode("№;Чара\n1;x\n"), "text-renamed"],
      ["bytes that are nothing known", new Uint8Array([1, 2, 3, 4, 5]), "not-zip"],
      ["a legacy .xls", new Uint8Array([...ole2, ...new Array(504).fill(0), ...utf16("Workbook")]), "legacy-xls"],
      [
        "an encrypted .xlsx",
        new Uint8Array([...ole2, ...new Array(504).fill(0), ...utf16("EncryptedPackage")]),
        "encrypted",
      ],
    ])("%s", async (_label, data, reason) => {
      expect(await reasonOf(data)).toBe(reason);
    });
    it("a zip that holds no workbook (a .docx)", async () => {
      const docx = new JSZip();
      docx.file("[Content_Types].xml", "<Types/>");
      docx.file("word/document.xml", "<w:document/>");
      expect(await reasonOf(await docx.generateAsync({ type: "uint8array" }))).toBe("not-spreadsheet");
    });
    it("a truncated workbook", async () => {
      expect(await reasonOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe("truncated");
    });
  });
});
