/// <reference types="office-js" />
/**
 * Issue marks: a fill on the cell (red for an error, amber for a warning) and, where the requirement set
 * allows (ExcelApi 1.10), a threaded comment with the message. The cell's own fill is remembered when it is
 * marked and put back when the mark is cleared. Two requests per call, whatever the number of marks (fills,
 * protection and comments read; then the writes), and a third between them when the workbook has comments
 * (where they are). A cell that already has a comment of its own keeps it and gets the fill only.
 */
import type { IssueMark } from "../../core/port";
import { sheetRef, splitRef } from "./sheetParts";
import type { Capabilities } from "./requirements";

export const MARK_FILL = { error: "#FFC7CE", warning: "#FFEB9C" } as const;
/** Excel reads "no fill" as white: a white cell is restored without fill (the two look the same). */
const NO_FILL = "#FFFFFF";

/** A cell's own fill, and whether the comment on it is ours to delete. */
export interface MarkRecord {
  sheet: string;
  cell: string;
  fill: string;
  comment: boolean;
}

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/** "'Отчет'!$H$14" and "Отчет!H14" alike: Excel quotes sheet names as it sees fit. */
function cellKey(address: string): string {
  const { sheet, local } = splitRef(address);
  return key(sheet ?? "", local.toUpperCase());
}

/**
 * Puts back the cells of `previous` and marks `marks`, returning what the next call must put back. Sheets
 * protected without "format cells" are unprotected for the change and protected again with their options.
 */
export async function applyMarks(
  context: Excel.RequestContext,
  previous: MarkRecord[],
  marks: IssueMark[],
  can: Capabilities,
): Promise<{ records: MarkRecord[]; syncs: number }> {
  const sheets = context.workbook.worksheets;
  const unique = new Map<string, IssueMark>();
  for (const m of marks) {
    const k = key(m.sheet, m.cell);
    const seen = unique.get(k);
    if (!seen) unique.set(k, m);
    else if (m.severity === "error")
      unique.set(k, { ...seen, severity: "error", message: `${seen.message}\n${m.message}` });
    else unique.set(k, { ...seen, message: `${seen.message}\n${m.message}` });
  }
  const before = new Map(previous.map((p) => [key(p.sheet, p.cell), p]));

  // Request 1: what the cells look like now, and how their sheets are protected.
  const sheetNames = new Set([...previous.map((p) => p.sheet), ...marks.map((m) => m.sheet)]);
  const protections = new Map<string, Excel.WorksheetProtection>();
  if (can.layout)
    for (const name of sheetNames) protections.set(name, sheets.getItem(name).protection.load("protected,options"));
  const fills = new Map<string, Excel.RangeFill>();
  for (const [k, m] of unique)
    if (!before.has(k)) fills.set(k, sheets.getItem(m.sheet).getRange(m.cell).format.fill.load("color"));
  // Cells with a comment keep it (comments.add would fail on them): where they are takes one more request.
  const comments = can.comments ? context.workbook.comments.load("items/id") : undefined;
  const commented = new Map<string, Excel.Range>();
  await context.sync();
  let syncs = 1;
  if (comments?.items.length) {
    for (const c of comments.items) commented.set(c.id, c.getLocation().load("address"));
    await context.sync();
    syncs++;
  }
  const taken = new Set([...commented.values()].map((r) => cellKey(r.address)));

  // Request 2: unprotect, put back, mark, protect again.
  const reprotect: [Excel.Worksheet, Excel.WorksheetProtectionOptions][] = [];
  for (const [name, p] of protections) {
    if (!p.protected || p.options.allowFormatCells) continue;
    const sheet = sheets.getItem(name);
    sheet.protection.unprotect();
    reprotect.push([sheet, p.options]);
  }
  for (const p of previous) {
    const range = sheets.getItem(p.sheet).getRange(p.cell);
    if (p.fill === NO_FILL) range.format.fill.clear();
    else range.format.fill.color = p.fill;
    if (p.comment) {
      context.workbook.comments.getItemByCell(sheetRef(p.sheet, p.cell)).delete();
      taken.delete(cellKey(sheetRef(p.sheet, p.cell)));
    }
  }
  const records: MarkRecord[] = [];
  for (const [k, m] of unique) {
    const range = sheets.getItem(m.sheet).getRange(m.cell);
    range.format.fill.color = MARK_FILL[m.severity];
    const comment = can.comments && !taken.has(cellKey(sheetRef(m.sheet, m.cell)));
    if (comment) context.workbook.comments.add(sheetRef(m.sheet, m.cell), m.message);
    records.push({ sheet: m.sheet, cell: m.cell, fill: before.get(k)?.fill ?? fills.get(k)!.color, comment });
  }
  for (const [sheet, options] of reprotect) sheet.protection.protect(options);
  await context.sync();
  return { records, syncs: syncs + 1 };
}
