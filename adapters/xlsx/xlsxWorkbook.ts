/**
 * The .xlsx adapter as the core's `WorkbookPort`: a workbook held as the bytes of an .xlsx file, in Node and in
 * the browser. Rendering writes a new file from the spec; cell writes and issue marks edit the file through
 * ExcelJS and keep everything else of it. The Office.js adapter implements the same port on a live workbook.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { CellWrite, IssueMark, WorkbookPort } from "../../core/port";
import type { WorkbookGrid } from "../../core/grid";
import type { WorkbookSpec } from "../../core/template/spec";
import { argb, looksLikeFormula } from "./styles";
import { readWorkbook } from "./readWorkbook";
import { writeWorkbook } from "./writeWorkbook";
import { loadWorkbookClass } from "./exceljsWorkbook";
import { escapeWorkbookTexts } from "./ooxmlText";

/** Fills of marked cells: Excel's own "bad" and "neutral" colours. */
const MARK_FILL = { error: "FFC7CE", warning: "FFEB9C" } as const;
/**
 * Where the cells' own fills are kept while they are marked, so clearing restores them: a very hidden sheet
 * (readers look sheets up by name, so an extra one changes nothing they read).
 */
export const MARKS_SHEET = "_tendik_marks";

export class XlsxWorkbook implements WorkbookPort {
  constructor(private data: Uint8Array) {}

  /** A workbook made from a spec (a template, a master). */
  static async fromSpec(spec: WorkbookSpec): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await writeWorkbook(spec));
  }

  /** The file as it is now. */
  get bytes(): Uint8Array {
    return this.data;
  }

  readGrid(): Promise<WorkbookGrid> {
    return readWorkbook(this.data);
  }

  /** A file holds one workbook: rendering a spec makes the file anew. */
  async render(spec: WorkbookSpec): Promise<void> {
    this.data = await writeWorkbook(spec);
  }

  async writeCells(writes: CellWrite[]): Promise<void> {
    await this.edit((wb) => {
      for (const w of writes) {
        const cell = sheetOf(wb, w.sheet).getCell(w.cell);
        // Text that Excel would take for a formula is kept as text, as the renderer writes it.
        if (typeof w.value === "string" && looksLikeFormula(w.value)) cell.numFmt = "@";
        cell.value = w.value;
      }
    });
  }

  async markIssues(marks: IssueMark[]): Promise<void> {
    await this.edit((wb) => {
      restoreMarks(wb);
      const kept = wb.addWorksheet(MARKS_SHEET, { state: "veryHidden" });
      // One note per cell, the errors first: several issues at one cell are listed together.
      const byCell = new Map<string, IssueMark[]>();
      for (const m of [...marks].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1)))
        byCell.set(`${m.sheet}!${m.cell}`, [...(byCell.get(`${m.sheet}!${m.cell}`) ?? []), m]);
      let row = 1;
      for (const list of byCell.values()) {
        const { sheet, cell: ref, severity } = list[0];
        const cell = sheetOf(wb, sheet).getCell(ref);
        kept.getCell(row, 1).value = sheet;
        kept.getCell(row, 2).value = ref;
        kept.getCell(row, 3).value = JSON.stringify(cell.fill ?? null);
        kept.getCell(row, 4).value = JSON.stringify(cell.note ?? null);
        row++;
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(MARK_FILL[severity]) } };
        cell.note = list.map((m) => `• ${m.message}`).join("\n");
      }
    });
  }

  async clearMarks(): Promise<void> {
    await this.edit((wb) => restoreMarks(wb));
  }

  /** Opens the file on the sheet with the cell selected. */
  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.edit((wb) => {
      const ws = sheetOf(wb, sheet);
      const index = wb.worksheets.indexOf(ws);
      wb.views = [{ x: 0, y: 0, width: 28800, height: 15000, firstSheet: 0, activeTab: index, visibility: "visible" }];
      const view = ws.views[0] ?? { state: "normal" };
      ws.views = [{ ...view, activeCell: cell }];
    });
  }

  private async edit(change: (wb: Workbook) => void): Promise<void> {
    const Workbook = await loadWorkbookClass();
    const wb = new Workbook();
    await wb.xlsx.load(this.data as unknown as Parameters<typeof wb.xlsx.load>[0]);
    change(wb);
    escapeWorkbookTexts(wb);
    const out = await wb.xlsx.writeBuffer();
    const bytes = new Uint8Array(out.byteLength);
    bytes.set(out as unknown as Uint8Array);
    this.data = bytes;
  }
}

/** A sheet by name. @throws {RangeError} a sheet the workbook does not have (a misuse of the port). */
function sheetOf(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new RangeError(`the workbook has no sheet named ${JSON.stringify(name)}`);
  return ws;
}

/** Puts back the fills and notes the marks replaced, and drops the sheet that kept them. */
function restoreMarks(wb: Workbook): void {
  const kept = wb.getWorksheet(MARKS_SHEET);
  if (!kept) return;
  kept.eachRow((row) => {
    const ws = wb.getWorksheet(String(row.getCell(1).value));
    if (!ws) return;
    const cell = ws.getCell(String(row.getCell(2).value));
    const fill = JSON.parse(String(row.getCell(3).value ?? "null"));
    const note = JSON.parse(String(row.getCell(4).value ?? "null"));
    (cell as unknown as { fill: unknown }).fill = fill ?? undefined;
    if (note === null) {
      // ExcelJS has no way to remove a note: drop the comment it keeps (lib/doc/cell.js `_comment`), and set the
      // value anew, since a loaded cell's value model carries the comment too.
      delete (cell as unknown as { _comment?: unknown })._comment;
      const value = cell.value;
      cell.value = null;
      cell.value = value;
    } else cell.note = note;
  });
  wb.removeWorksheet(kept.id);
}
