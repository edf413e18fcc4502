/**
 * A submission sent back for correction: the agency's own file, loaded with ExcelJS, each issue marked at its
 * cell (a fill and a note in the agency's language), and a first sheet listing the issues with links to their
 * cells. Nothing else changes: the values, the identity sheet and the sheets' names stay, so the corrected
 * file is read as the same template (the extra sheet is not one the reader looks at).
 */
import type { DataValidation, Style, Workbook, Worksheet } from "exceljs";
import type { IssueList } from "../../core/coordinator/returnList";
import type { IssueMark } from "../../core/port";
import { loadWorkbookClass } from "./exceljsWorkbook";
import { rejoinLoadedValidations } from "./validations";
import { escapeWorkbookTexts } from "./ooxmlText";

const FILL = { error: "FFFFC7CE", warning: "FFFFEB9C" } as const;
const NOTE_AUTHOR = "Tendik";

/** The workbook has no sheet an issue names (the issues are of another file). */
export class MarkedSheetMissingError extends Error {
  override readonly name = "MarkedSheetMissingError";
}

/**
 * @throws {MarkedSheetMissingError}
 * @example const copy = await makeReturnCopy(bytes, issueMarks(issues), issueList(issues, "ru"));
 */
export async function makeReturnCopy(bytes: Uint8Array, marks: IssueMark[], list: IssueList): Promise<Uint8Array> {
  const Workbook = await loadWorkbookClass();
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const mark of marks) {
    const ws = wb.getWorksheet(mark.sheet);
    if (!ws) throw new MarkedSheetMissingError(`no sheet "${mark.sheet}" in the workbook`);
    const cell = ws.getCell(mark.cell);
    // A new style object: cells loaded from a file share theirs, and one fill must not paint them all.
    cell.style = {
      ...(cell.style as Style),
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: FILL[mark.severity] } },
    } as Style;
    cell.note = { texts: [{ text: `${NOTE_AUTHOR}:\n${mark.message}` }] } as unknown as string;
  }
  for (const ws of wb.worksheets) {
    const dv = (ws as unknown as { dataValidations?: { model: Record<string, DataValidation | undefined> } })
      .dataValidations;
    if (dv) dv.model = rejoinLoadedValidations(dv.model);
  }
  addIssueSheet(wb, list);
  escapeWorkbookTexts(wb);
  const buffer = await wb.xlsx.writeBuffer();
  const out = new Uint8Array(buffer.byteLength);
  out.set(buffer as unknown as Uint8Array);
  return out;
}

function addIssueSheet(wb: Workbook, list: IssueList): void {
  let name = list.sheetName;
  for (let n = 2; wb.getWorksheet(name); n++) name = `${list.sheetName} ${n}`;
  const ws: Worksheet = wb.addWorksheet(name, {
    properties: { tabColor: { argb: "FFC00000" } },
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 5 }, { width: 14 }, { width: 18 }, { width: 90 }, { width: 26 }];
  ws.getCell("A1").value = list.title;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = list.intro;
  ws.getCell("A2").font = { italic: true };
  ws.mergeCells("A2:E2");
  ws.getRow(2).height = 30;
  ws.getCell("A2").alignment = { wrapText: true, vertical: "top" };
  const header = ws.getRow(4);
  list.headers.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } };
  });
  if (list.rows.length === 0) ws.getCell("A5").value = list.none;
  list.rows.forEach((r, k) => {
    const row = ws.getRow(5 + k);
    row.getCell(1).value = r.no;
    row.getCell(2).value = r.severityLabel;
    row.getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[r.severity] } };
    row.getCell(3).value = r.target ? { text: r.where, hyperlink: `#'${r.target.sheet}'!${r.target.cell}` } : r.where;
    if (r.target) row.getCell(3).font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(4).value = r.message;
    row.getCell(4).alignment = { wrapText: true, vertical: "top" };
    row.getCell(5).value = r.code;
    row.height = Math.max(15, 15 * Math.ceil(r.message.length / 80));
  });
  ws.views = [{ state: "frozen", ySplit: 4, xSplit: 0, topLeftCell: "A5", activeCell: "A5" }];
  // First in the tab order, and the sheet the file opens on.
  // ExcelJS orders sheets by `orderNo` (in lib/doc/workbook.js, not in its typings); the others keep theirs.
  (ws as unknown as { orderNo: number }).orderNo = -1;
  wb.views = [{ x: 0, y: 0, width: 28800, height: 15000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  for (const other of wb.worksheets)
    if (other !== ws) other.views = other.views.map((v) => ({ ...v, tabSelected: false }) as unknown as typeof v);
}
