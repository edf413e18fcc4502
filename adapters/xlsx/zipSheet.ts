/**
 * One worksheet part of the package, read into a grid of values with the limits that keep a read bounded:
 * cells within Excel's grid, characters per cell, cells and rows with values, merged areas. A cell without an
 * `r` follows the previous cell of its row, a row without one follows the previous row (both optional in the
 * standard). A merged area is a rectangle, never a set of its cells: a merge over the whole sheet costs one
 * rectangle.
 */
import { toA1 } from "../../core/a1";
import type { Cell, CellValue, SheetGrid, SheetState } from "../../core/grid";
import { WorkbookReadError } from "../../core/read/errors";
import { GRID, LIMITS, type ReadLimits } from "../../core/validate/fileChecks";
import { removeMergedCovered, type Placed, type Rect } from "./zipMerges";
import { attr, decodeXml, lineOf, parseXml, type XmlElement } from "./zipXml";
import { unescapeOoxml } from "./ooxmlText";
import { serialFromIsoDateTime } from "./typedDate";

/** What a cell's `<v>`, a row's `r` or a style index may be: xsd:double, xsd:unsignedInt (no sign, space, hex). */
const DOUBLE = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const UNSIGNED = /^\d{1,10}$/;
/** The cell types SpreadsheetML defines (ST_CellType); a cell of any other is damage, as Excel says. */
/** The most characters one character takes escaped (`_x005F_` for "_"). */
export const MAX_ESCAPE = 7;
const CELL_TYPES = new Set(["b", "d", "e", "inlineStr", "n", "s", "str"]);

/** What every sheet of one workbook counts against together. */
export interface ReadBudget {
  cells: number;
  elements: number;
  /** The first typed date cell (t="d"): ExcelJS reads one as a plain number, so it must not read this file. */
  typedDate?: { sheet: string; cell: string };
}

/** A shared string; `undefined` entries are indexes the part does not have. */
export type SharedStrings = string[];

/** Characters XML 1.0 forbids, as an OOXML `_xHHHH_` escape or a surrogate half may still produce them. */
/* eslint-disable no-control-regex -- these control characters are exactly what is refused */
const FORBIDDEN =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/* eslint-enable no-control-regex */

/** OOXML escapes characters XML cannot carry as `_xHHHH_`; none of those may reach a grid (or the master). */
export function unescapeText(entry: string, s: string): string {
  const out = unescapeOoxml(s);
  if (FORBIDDEN.test(out)) throw new WorkbookReadError("bad-characters", { entry });
  return out;
}

/** "B12" -> {row, col}; refuses what lies beyond Excel's grid; null when it is no cell reference at all. */
export function parseRef(ref: string, sheet: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,10})\$?(\d{1,12})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  if (col > GRID.cols || row > GRID.rows || row < 1) throw new WorkbookReadError("beyond-grid", { sheet, cell: ref });
  return { row, col };
}

/** A shared formula written once for a range: shift its relative references to another cell of the range. */
function shiftFormula(formula: string, dRow: number, dCol: number): string {
  return formula.replace(
    /("[^"]*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (m, str, c$, letters: string, r$, digits: string) => {
      if (str) return str;
      let col = 0;
      for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
      const newCol = c$ ? col : col + dCol;
      const newRow = r$ ? Number(digits) : Number(digits) + dRow;
      return `${c$}${toA1({ row: newRow, col: newCol }).replace(/\d+$/, "")}${r$}${newRow}`;
    },
  );
}

/** The cell being read: its place, type and the texts of its children. */
interface OpenCell {
  row: number;
  col: number;
  type: string | undefined;
  style: string | undefined;
  v: string | undefined;
  inline: string | undefined;
  /** A formula: its text, and for a shared one its type ("shared") and group index. */
  f: { type: string | undefined; si: string | undefined; text: string } | undefined;
}

/**
 * Reads a worksheet part.
 * @throws {WorkbookReadError} beyond-grid, cell-too-long, too-many-cells, too-many-rows, too-many-merges,
 * bad-xml (a reference or number that is not one), and what `readXmlPart` refuses.
 */
export function readSheetPart(
  entry: string,
  bytes: Uint8Array,
  sheet: { name: string; state: SheetState },
  shared: SharedStrings,
  formats: (string | undefined)[],
  budget: ReadBudget,
  limits: ReadLimits = LIMITS,
): { grid: SheetGrid; mergedArea: number } {
  const name = sheet.name;
  const cells = new Map<string, Cell>();
  // Where each stored cell is, in parallel arrays: no object per cell beyond the Cell itself.
  const placed: Placed = { rows: [], cols: [], keys: [] };
  const rowsWithValues = new Set<number>();
  const merges: Rect[] = [];
  const sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();
  let row = 0;
  let nextCol = 1;
  let cell: OpenCell | null = null;
  /** Which text is being collected: a <v>, a <t> of an inline string (not a phonetic run), an <f>. */
  let collecting: "v" | "t" | "f" | null = null;
  let inPhonetic = false;
  let position = 0;
  let text = "";

  const tooLong = (c: OpenCell) =>
    new WorkbookReadError("cell-too-long", { sheet: name, cell: toA1(c), limit: limits.cellChars });
  const damaged = () => new WorkbookReadError("bad-xml", { entry, line: lineOf(text, position) });
  /** A cell whose stored value is not one of its type: refused at the cell, never read as some other value. */
  const badValue = (at: { row: number; col: number }) =>
    new WorkbookReadError("bad-value", { sheet: name, cell: toA1(at) });

  const open = (el: XmlElement) => {
    position = el.position;
    switch (el.name) {
      case "row": {
        const r = attr(el, "r");
        // A row number is a plain decimal: "0x10" or " 5" is damage, "1e10" a row far beyond the grid.
        if (r !== undefined && !UNSIGNED.test(r)) {
          if (DOUBLE.test(r) && Number(r) > GRID.rows)
            throw new WorkbookReadError("beyond-grid", { sheet: name, cell: `A${r}` });
          throw damaged();
        }
        row = r === undefined ? row + 1 : Number(r);
        if (row < 1) throw damaged();
        if (row > GRID.rows) throw new WorkbookReadError("beyond-grid", { sheet: name, cell: `A${r}` });
        nextCol = 1;
        return;
      }
      case "c": {
        if (++budget.elements > limits.cellElements)
          throw new WorkbookReadError("too-many-cells", { limit: limits.cellElements });
        const ref = attr(el, "r");
        const at = ref === undefined ? { row: Math.max(row, 1), col: nextCol } : parseRef(ref, name);
        if (!at) throw damaged();
        if (at.col > GRID.cols) throw new WorkbookReadError("beyond-grid", { sheet: name, cell: toA1(at) });
        nextCol = at.col + 1;
        const type = attr(el, "t");
        const style = attr(el, "s");
        if ((type !== undefined && !CELL_TYPES.has(type)) || (style !== undefined && !UNSIGNED.test(style)))
          throw badValue(at);
        // One literal shape for every cell: reading stays monomorphic however many cells there are.
        cell = {
          row: at.row,
          col: at.col,
          type,
          style,
          v: undefined,
          inline: undefined,
          f: undefined,
        };
        return;
      }
      case "v":
        if (cell) {
          collecting = "v";
          cell.v = "";
        }
        return;
      case "is":
        if (cell) cell.inline = "";
        return;
      case "rPh":
        inPhonetic = true;
        return;
      case "t":
        if (cell?.inline !== undefined && !inPhonetic) collecting = "t";
        return;
      case "f":
        if (cell) {
          collecting = "f";
          cell.f = { type: attr(el, "t"), si: attr(el, "si"), text: "" };
        }
        return;
      case "mergeCell": {
        const [a, b] = (attr(el, "ref") ?? "").split(":");
        const from = parseRef(a ?? "", name);
        const to = b === undefined ? from : parseRef(b, name);
        if (!from || !to) throw damaged();
        if (merges.length >= limits.merges)
          throw new WorkbookReadError("too-many-merges", { sheet: name, limit: limits.merges });
        const rect = {
          r1: Math.min(from.row, to.row),
          c1: Math.min(from.col, to.col),
          r2: Math.max(from.row, to.row),
          c2: Math.max(from.col, to.col),
        };
        if (rect.r1 !== rect.r2 || rect.c1 !== rect.c2) merges.push(rect);
        return;
      }
    }
  };

  const onText = (t: string) => {
    if (!collecting || !cell) return;
    const c: OpenCell = cell;
    if (collecting === "v") c.v += t;
    else if (collecting === "t") c.inline += t;
    else c.f!.text += t;
    // Counted as stored: an escape (`_x005F_`) takes up to seven characters for one, so the stored text may be
    // longer than the cell's; the cell's own length is checked once decoded (finishCell).
    if ((c.v?.length ?? 0) + (c.inline?.length ?? 0) + (c.f?.text.length ?? 0) > MAX_ESCAPE * limits.cellChars)
      throw tooLong(c);
  };

  const close = (tag: string, at: number) => {
    position = at;
    if (tag === "v" || tag === "t" || tag === "f") collecting = null;
    else if (tag === "rPh") inPhonetic = false;
    else if (tag === "c" && cell) {
      const done = finishCell(cell);
      const { row: r, col: c } = cell;
      cell = null;
      if (!done) return;
      const key = toA1({ row: r, col: c });
      if (!cells.has(key)) {
        placed.rows.push(r);
        placed.cols.push(c);
        placed.keys.push(key);
      }
      cells.set(key, done);
      rowsWithValues.add(r);
      if (rowsWithValues.size > limits.rows)
        throw new WorkbookReadError("too-many-rows", { sheet: name, limit: limits.rows });
      if (--budget.cells < 0) throw new WorkbookReadError("too-many-cells", { limit: limits.cells });
    }
  };

  const finishCell = (c: OpenCell): Cell | null => {
    const value = cellValue(c);
    let formula: string | undefined;
    if (c.f) {
      const fText = unescapeText(entry, c.f.text);
      const si = c.f.si;
      if (c.f.type === "shared" && si !== undefined) {
        if (fText) sharedFormulas.set(si, { formula: fText, row: c.row, col: c.col });
        const master = sharedFormulas.get(si);
        formula = fText || (master ? shiftFormula(master.formula, c.row - master.row, c.col - master.col) : "");
      } else formula = fText;
    }
    let out: Cell | undefined;
    if (formula !== undefined) {
      // LibreOffice saves a typed TRUE/FALSE as the formula TRUE()/FALSE(): a typed value all the same.
      const bool = /^(TRUE|FALSE)\(\)$/i.exec(formula);
      // An empty cached text is no cached value (as ExcelJS reads it).
      out = bool
        ? { value: typeof value === "boolean" ? value : bool[1].toUpperCase() === "TRUE" }
        : { value: value === "" ? null : value, formula };
    } else if (value !== null && value !== "") out = { value };
    if (!out) return null;
    if (typeof out.value === "string" && out.value.length > limits.cellChars) throw tooLong(c);
    const numFmt = formats[Number(c.style ?? 0)];
    if (numFmt) out.numFmt = numFmt;
    return out;
  };

  const cellValue = (c: OpenCell): CellValue => {
    if (c.type === "inlineStr") return c.inline === undefined ? null : unescapeText(entry, c.inline);
    if (c.v === undefined) return null;
    switch (c.type) {
      case "s": {
        // An index is a plain decimal within the table: " 3", "3.0", "0x3" or one past the end is no string.
        const index = UNSIGNED.test(c.v) ? Number(c.v) : -1;
        if (index < 0 || index >= shared.length) throw badValue(c);
        return shared[index];
      }
      case "str":
      case "e":
        return unescapeText(entry, c.v);
      case "b":
        if (c.v !== "0" && c.v !== "1" && c.v !== "true" && c.v !== "false") throw badValue(c);
        return c.v === "1" || c.v === "true";
      case "d": {
        // An ISO 8601 date-time, read as the wall-clock date and time it states, whatever the reader's zone.
        const serial = serialFromIsoDateTime(c.v);
        if (serial === null) throw badValue(c);
        budget.typedDate ??= { sheet: name, cell: toA1(c) };
        return serial;
      }
      default: {
        if (c.v.trim() === "") return null;
        // xsd:double only: Number() would also read "0x3B" as 59, " 1 " as 1, "Infinity" and "" as numbers.
        if (!DOUBLE.test(c.v)) throw badValue(c);
        const n = Number(c.v);
        if (!Number.isFinite(n)) throw badValue(c);
        return n;
      }
    }
  };

  text = decodeXml(entry, bytes);
  parseXml(entry, text, { open, close, text: onText });
  let mergedArea = 0;
  for (const m of merges) mergedArea += (m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1);
  removeMergedCovered(cells, placed, merges);
  let rowCount = 0;
  let colCount = 0;
  for (let i = 0; i < placed.keys.length; i++)
    if (cells.has(placed.keys[i])) {
      rowCount = Math.max(rowCount, placed.rows[i]);
      colCount = Math.max(colCount, placed.cols[i]);
    }
  return { grid: { name, state: sheet.state, cells, rowCount, colCount }, mergedArea };
}
