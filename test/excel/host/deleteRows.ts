/**
 * Range.delete("Up") on whole rows (ExcelApi 1.1), as a person deletes rows in Excel: the rows below move up,
 * with their cells, formats, heights, merges, validation rules and comments; a merge or rule the deleted rows
 * cut through shrinks. Deleting rows above or through a table is not implemented and fails by name.
 */
import { MAX_COLS, type Rect } from "./address";
import { HostError, notImplemented } from "./errors";
import type { SheetState, WorkbookState } from "./model";

export function deleteRows(wb: WorkbookState, sheet: SheetState, first: number, last: number): void {
  const count = last - first + 1;
  if (sheet.protection.protected && !sheet.protection.options.allowDeleteRows)
    throw new HostError("AccessDenied", `${sheet.name} is protected: deleting rows is not allowed.`);
  if (wb.tables.some((t) => t.sheetId === sheet.id && t.rect.lastRow >= first))
    throw notImplemented("deleting rows above or through a table");
  const shift = (r: Rect): Rect | null => {
    const gone = Math.max(0, Math.min(r.lastRow, last) - Math.max(r.row, first) + 1);
    const left = r.lastRow - r.row + 1 - gone;
    if (left === 0) return null;
    const row = r.row < first ? r.row : r.row > last ? r.row - count : first;
    return { ...r, row, lastRow: row + left - 1 };
  };
  const cells = new Map<number, typeof sheet.cells extends Map<number, infer C> ? C : never>();
  for (const [k, cell] of sheet.cells) {
    const row = Math.floor(k / MAX_COLS);
    if (row < first) cells.set(k, cell);
    else if (row > last) cells.set(k - count * MAX_COLS, cell);
  }
  sheet.cells = cells;
  // A merge cut down to one cell is no merge.
  sheet.merges = sheet.merges
    .map(shift)
    .filter((r): r is Rect => r !== null && (r.row !== r.lastRow || r.col !== r.lastCol));
  sheet.validations = sheet.validations.flatMap((v) => {
    const rect = shift(v.rect);
    return rect ? [{ ...v, rect }] : [];
  });
  const heights = new Map<number, number>();
  for (const [row, h] of sheet.rowHeights)
    if (row < first) heights.set(row, h);
    else if (row > last) heights.set(row - count, h);
  sheet.rowHeights = heights;
  wb.comments = wb.comments.flatMap((c) => {
    if (c.sheetId !== sheet.id || c.row < first) return [c];
    return c.row > last ? [{ ...c, row: c.row - count }] : [];
  });
}
