import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
// A dependency of ExcelJS, used here only to look at the XML LibreOffice writes.
import JSZip from "jszip";
import { cellAt } from "../../core/grid";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { exampleSpec, openWithExcelJS, sheet, value } from "./xlsxSpec";

const soffice = (() => {
  try {
    return execFileSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
})();
const title = "after LibreOffice re-saves the template";
if (!soffice) console.warn(`soffice is not installed: skipping "${title}" (apt-get install libreoffice-calc-nogui)`);

(soffice ? describe : describe.skip)(soffice ? title : `${title} [skipped: soffice is not installed]`, () => {
  let dir: string;
  let bytes: Uint8Array;
  let resaved: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook(exampleSpec());
    dir = mkdtempSync(join(tmpdir(), "tendik-lo-"));
    writeFileSync(join(dir, "template.xlsx"), bytes);
    // A profile of our own: parallel soffice runs (other tests, other people) would otherwise lock each other out.
    const profile = pathToFileURL(join(dir, "profile")).href;
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        join(dir, "out"),
        join(dir, "template.xlsx"),
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    resaved = new Uint8Array(readFileSync(join(dir, "out", "template.xlsx")));
  }, 130_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("still reads the same values, formulas and sheets", async () => {
    const before = await readWorkbook(bytes);
    const after = await readWorkbook(resaved);
    expect(after.sheets.map((s) => s.name)).toEqual(["Отчёт", "_lists", "_tendik"]);
    for (const s of before.sheets) {
      for (const [ref, cell] of sheet(before, s.name).cells) {
        if (cell.formula) continue;
        expect([s.name, ref, value(sheet(after, s.name), ref)]).toEqual([s.name, ref, cell.value]);
      }
    }
    const r = sheet(after, "Отчёт");
    expect(cellAt(r, "C10")).toMatchObject({ value: 12, formula: "SUM(C8:C9)" });
    expect(cellAt(r, "D10")).toMatchObject({ value: "#DIV/0!", formula: "1/0" });
    expect(cellAt(r, "E7").formula).toBeUndefined();
    expect(cellAt(r, "E10")).toEqual({ value: true }); // saved by LibreOffice as the formula TRUE()
  });

  it("keeps the very hidden sheet at least hidden", async () => {
    const after = await readWorkbook(resaved);
    expect(["hidden", "veryHidden"]).toContain(sheet(after, "_tendik").state);
    expect(sheet(after, "_lists").state).toBe("hidden");
  });

  it("keeps protection, unlocked inputs, validations and the defined name", async () => {
    // ExcelJS 4.4 reads only "1"/"0" where LibreOffice writes "true"/"false" (protection, locked, hidden),
    // so those are checked in the XML itself.
    const zip = await JSZip.loadAsync(resaved);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const stylesXml = await zip.file("xl/styles.xml")!.async("string");
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
    expect(sheetXml).not.toMatch(/<sheetProtection [^>]*insertRows="(0|false)"/);
    const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(stylesXml)![1].match(/<xf [^>]*(\/>|>.*?<\/xf>)/gs)!;
    const styleOf = (ref: string) => xfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheetXml)![1])];
    expect(styleOf("C7")).toMatch(/locked="(0|false)"/);
    expect(styleOf("B7")).not.toMatch(/locked="(0|false)"/);

    const wb = await openWithExcelJS(resaved);
    const dv = (wb.getWorksheet("Отчёт") as any).dataValidations.model;
    expect(dv.C7).toMatchObject({ type: "list", prompt: "Тизмеден тандаңыз", showErrorMessage: true });
    expect(dv.C7.formulae[0]).toBe("tendik_status"); // LibreOffice adds a meaningless formula2 "0" to lists
    expect(dv.D40).toMatchObject({ type: "date", promptTitle: "Күнү" });
    expect(wb.definedNames.getRanges("tendik_status").ranges).toEqual(["'_lists'!$A$1:$A$5"]);
  });

  it("keeps print setup; LibreOffice escapes literal characters in number formats", async () => {
    const wb = await openWithExcelJS(resaved);
    expect(wb.getWorksheet("Отчёт")!.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "5:6",
      printArea: "A1:E40",
    });
    const d7 = cellAt(sheet(await readWorkbook(resaved), "Отчёт"), "D7");
    expect(d7.value).toBe(43830);
    expect(d7.numFmt).toMatch(/^dd\\?\.mm\\?\.yyyy$/);
  });
});
