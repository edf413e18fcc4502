/** A cell address as Excel shows it: 1-based row, 1-based column. */
export interface Address {
  row: number;
  col: number;
}

/** Column number (1-based) -> letters: 1 -> "A", 28 -> "AB". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`column must be a positive integer, got ${col}`);
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Letters -> column number: "A" -> 1, "AB" -> 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0) - 64;
    if (c < 1 || c > 26) throw new RangeError(`not a column: ${letters}`);
    n = n * 26 + c;
  }
  return n;
}

/** @example toA1({ row: 14, col: 4 }) === "D14" */
export function toA1(a: Address): string {
  return `${columnLetters(a.col)}${a.row}`;
}

/** @example parseA1("$D$14") -> { row: 14, col: 4 } */
export function parseA1(ref: string): Address {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new RangeError(`not an A1 cell address: ${ref}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Shorthand for tests and layouts: adr("D14"). */
export const adr = parseA1;

/** A rectangular range "A1:C3" from two addresses. */
export function rangeA1(from: Address, to: Address): string {
  const a = toA1(from);
  const b = toA1(to);
  return a === b ? a : `${a}:${b}`;
}

/** Quotes a sheet name for use in a formula or defined name when it needs quoting. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
