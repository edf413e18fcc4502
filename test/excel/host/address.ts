/**
 * A1 addresses as Excel reads them, for the stand-in host only (kept apart from core/a1 so the host does not
 * share code with what it tests). Rows and columns here are 0-based, as `getRangeByIndexes` counts them.
 */
import { HostError } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
}

export function columnName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export const cellName = (row: number, col: number): string => `${columnName(col)}${row + 1}`;

export function rectAddress(r: Rect): string {
  const a = cellName(r.row, r.col);
  return r.row === r.lastRow && r.col === r.lastCol ? a : `${a}:${cellName(r.lastRow, r.lastCol)}`;
}

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits, "_" or ".". */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'My sheet'!A1:B2` into the sheet name (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const text = address.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), local: quoted[2] };
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { sheet: null, local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

function parseEnd(part: string): { row?: number; col?: number } {
  const p = part.toUpperCase();
  const cell = CELL.exec(p);
  if (cell) return { col: columnIndex(cell[1]), row: Number(cell[2]) - 1 };
  const col = COLS.exec(p);
  if (col) return { col: columnIndex(col[1]) };
  const row = ROWS.exec(p);
  if (row) return { row: Number(row[1]) - 1 };
  throw new HostError("InvalidArgument", `The argument is invalid or missing: address "${part}".`);
}

/** "A1", "B2:C9", "A:C" (whole columns), "3:5" (whole rows), with or without "$". */
export function parseLocal(local: string): Rect {
  const [a, b = a, extra] = local.split(":");
  if (extra !== undefined)
    throw new HostError("InvalidArgument", `The argument is invalid or missing: address "${local}".`);
  const from = parseEnd(a);
  const to = parseEnd(b);
  const wholeCols = from.row === undefined && to.row === undefined;
  const wholeRows = from.col === undefined && to.col === undefined;
  if ((from.row === undefined) !== (to.row === undefined) || (from.col === undefined) !== (to.col === undefined))
    throw new HostError("InvalidArgument", `The argument is invalid or missing: address "${local}".`);
  const r1 = wholeCols ? 0 : from.row!;
  const r2 = wholeCols ? MAX_ROWS - 1 : to.row!;
  const c1 = wholeRows ? 0 : from.col!;
  const c2 = wholeRows ? MAX_COLS - 1 : to.col!;
  const rect = { row: Math.min(r1, r2), col: Math.min(c1, c2), lastRow: Math.max(r1, r2), lastCol: Math.max(c1, c2) };
  if (rect.lastRow >= MAX_ROWS || rect.lastCol >= MAX_COLS || rect.row < 0 || rect.col < 0)
    throw new HostError(
      "InvalidArgument",
      `The argument is invalid or missing: address "${local}" is outside the sheet.`,
    );
  return rect;
}

export const rectRows = (r: Rect): number => r.lastRow - r.row + 1;
export const rectCols = (r: Rect): number => r.lastCol - r.col + 1;
export const overlaps = (a: Rect, b: Rect): boolean =>
  a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;
export const contains = (outer: Rect, row: number, col: number): boolean =>
  row >= outer.row && row <= outer.lastRow && col >= outer.col && col <= outer.lastCol;

/** Whole rows or whole columns: Excel's "unbounded" ranges. */
export const isUnbounded = (r: Rect): boolean =>
  (r.col === 0 && r.lastCol === MAX_COLS - 1) || (r.row === 0 && r.lastRow === MAX_ROWS - 1);
