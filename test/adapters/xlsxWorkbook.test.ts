/** The .xlsx adapter as the core's port: read, render, write cells, mark and clear issues, select a cell. */
import { Workbook } from "exceljs";
import { XlsxWorkbook } from "../../adapters/xlsx";
import { buildTemplate, readReport, templateLabels, validateWorkbook } from "../../core";
import { readWorkbook } from "../../adapters/xlsx";
import { exampleReport } from "../fixtures/reports";

const open = async (bytes: Uint8Array) => {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as any);
  return wb;
};

describe("XlsxWorkbook (the port on .xlsx bytes)", () => {
  const sheet = templateLabels.ky.sheets.report;
  const report = exampleReport({ agency: "БИМ" });

  it("renders a spec and reads it back through the core", async () => {
    const wb = await XlsxWorkbook.fromSpec(
      buildTemplate({ agency: "БИМ", period: "2019-H2", language: "ky", prefill: report }),
    );
    expect(readReport(await wb.readGrid()).report).toEqual(report);
  });

  it("writes cells as a clerk types them, text that looks like a formula as text", async () => {
    const wb = await XlsxWorkbook.fromSpec(buildTemplate({ agency: "БИМ", period: "2019-H2", language: "ky" }));
    await wb.writeCells([
      { sheet, cell: "C2", value: "=1+2" },
      { sheet, cell: "H8", value: "Аткарылууда" },
    ]);
    const grid = await wb.readGrid();
    const cells = grid.sheets.find((s) => s.name === sheet)!.cells;
    expect(cells.get("C2")).toMatchObject({ value: "=1+2" });
    expect(cells.get("C2")?.formula).toBeUndefined();
    expect(readReport(grid).report!.header.preparedBy.name).toBe("=1+2");
  });

  it("marks issue cells with a fill and a note, keeps the file the same template, and clears the marks", async () => {
    const spec = buildTemplate({ agency: "БИМ", period: "2019-H2", language: "ky", prefill: report });
    const wb = await XlsxWorkbook.fromSpec(spec);
    const before = (await open(wb.bytes)).getWorksheet(sheet)!.getCell("H8").fill;
    await wb.markIssues([
      { sheet, cell: "H8", severity: "error", message: "Абалы жазылган эмес" },
      { sheet, cell: "H8", severity: "warning", message: "Экинчи" },
      { sheet, cell: "C2", severity: "warning", message: "Аты" },
    ]);
    const marked = await open(wb.bytes);
    const cell = marked.getWorksheet(sheet)!.getCell("H8");
    expect(cell.fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(JSON.stringify(cell.note)).toContain("Абалы жазылган эмес");
    expect(JSON.stringify(cell.note)).toContain("Экинчи");
    const checked = await validateWorkbook(wb.bytes, { source: "bim.xlsx", readGrid: readWorkbook });
    expect(checked.report).toEqual(report);
    expect(checked.task.issues).toEqual([]);

    await wb.clearMarks();
    const cleared = (await open(wb.bytes)).getWorksheet(sheet)!.getCell("H8");
    expect(cleared.fill).toEqual(before);
    expect(cleared.note).toBeUndefined();
    expect((await open(wb.bytes)).getWorksheet("_tendik_marks")).toBeUndefined();
  });

  it("selects a cell: the file opens on its sheet with the cell active", async () => {
    const spec = buildTemplate({ agency: "БИМ", period: "2019-H2", language: "ky" });
    const wb = await XlsxWorkbook.fromSpec(spec);
    await wb.selectCell(templateLabels.ky.sheets.instructions, "A3");
    const opened = await open(wb.bytes);
    expect(opened.views[0].activeTab).toBe(1);
    expect(opened.getWorksheet(templateLabels.ky.sheets.instructions)!.views[0].activeCell).toBe("A3");
  });
});
