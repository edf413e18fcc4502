/** Excel.Range on the in-memory workbook: values, formulas, number formats, merges, selection. */
import {
  cellName,
  columnName,
  contains,
  overlaps,
  quoteSheetName,
  rectAddress,
  rectCols,
  rectRows,
  isUnbounded,
  type Rect,
} from "./address";
import { HostError, invalidArgument, notImplemented } from "./errors";
import { HostObject } from "./hostObject";
import { defaultCell, sheetById, type CellState, type Scalar, type SheetState, type WorkbookState } from "./model";
import { MAX_COLS, MAX_ROWS } from "./address";
import { RangeFormatHost } from "./rangeFormat";
import { DataValidationHost } from "./validation";
import { deleteRows } from "./deleteRows";
import { writeTyped } from "./coerce";
import { cellText } from "./numberText";

/** Beyond this many cells a per-cell read or write is refused: the host is for tests, not whole columns. */
export const MAX_CELLS_PER_CALL = 2_000_000;

const key = (row: number, col: number): number => row * MAX_COLS + col;

export class RangeHost extends HostObject {
  readonly typeName = "Range";
  constructor(
    wb: WorkbookState,
    readonly sheetId: string,
    readonly rect: Rect,
  ) {
    super(wb);
  }

  get sheet(): SheetState {
    return sheetById(this.wb, this.sheetId);
  }

  /** The cell at a position, created with Excel's defaults when absent (for writing). */
  cellForWrite(row: number, col: number): CellState {
    const cells = this.sheet.cells;
    let cell = cells.get(key(row, col));
    if (!cell) {
      cell = defaultCell();
      cells.set(key(row, col), cell);
    }
    return cell;
  }

  cellAt(row: number, col: number): CellState | undefined {
    return this.sheet.cells.get(key(row, col));
  }

  /** Visits every position of the range, row by row. */
  forEach(visit: (row: number, col: number, i: number, j: number) => void): void {
    const { row, col, lastRow, lastCol } = this.rect;
    if (rectRows(this.rect) * rectCols(this.rect) > MAX_CELLS_PER_CALL)
      throw notImplemented(`cell-by-cell access to ${rectAddress(this.rect)} (over ${MAX_CELLS_PER_CALL} cells)`);
    for (let r = row; r <= lastRow; r++) for (let c = col; c <= lastCol; c++) visit(r, c, r - row, c - col);
  }

  /** A 2-D array of what `read` gives for each cell (Excel's shape: rows of columns). */
  grid<T>(read: (cell: CellState | undefined) => T): T[][] {
    const out: T[][] = [];
    this.forEach((r, c, i) => {
      (out[i] ??= []).push(read(this.cellAt(r, c)));
    });
    return out;
  }

  /** Excel's rule for array setters: a single value fills the range; an array must match its shape exactly. */
  private shaped(value: unknown, what: string): (i: number, j: number) => unknown {
    // null is not a value for a whole range (it is, per cell, in a 2-D array: "leave this cell as it is").
    if (value === null || value === undefined) throw invalidArgument(`${what} = null`);
    if (!Array.isArray(value)) return () => value;
    const rows = rectRows(this.rect);
    const cols = rectCols(this.rect);
    if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols))
      throw invalidArgument(
        `the ${what} array (${value.length} rows) does not match the range ${rectAddress(this.rect)} (${rows} x ${cols})`,
      );
    return (i, j) => (value as unknown[][])[i][j];
  }

  /** Protected sheets refuse changes to locked cells. */
  guardContent(): void {
    const sheet = this.sheet;
    if (!sheet.protection.protected) return;
    this.forEach((r, c) => {
      if (this.cellAt(r, c)?.locked ?? true)
        throw new HostError(
          "AccessDenied",
          `The cell ${sheet.name}!${cellName(r, c)} is protected and therefore read-only.`,
        );
    });
  }

  /** Protected sheets refuse formatting unless the protection allows it. */
  guardFormat(allow: "allowFormatCells" | "allowFormatColumns" | "allowFormatRows"): void {
    const p = this.sheet.protection;
    if (p.protected && !p.options[allow])
      throw new HostError("AccessDenied", `${this.sheet.name} is protected: ${allow} is not allowed.`);
  }

  private writeEach(value: unknown, what: string, write: (cell: CellState, v: unknown) => void): void {
    const at = this.shaped(value, what);
    this.guardContent();
    this.forEach((r, c, i, j) => {
      const v = at(i, j);
      if (v === null || v === undefined) return; // Excel: null leaves the cell as it is
      write(this.cellForWrite(r, c), v);
    });
  }

  get_Address(): string {
    return `${quoteSheetName(this.sheet.name)}!${rectAddress(this.rect)}`;
  }
  get_AddressLocal(): string {
    return this.get_Address();
  }
  get_RowIndex(): number {
    return this.rect.row;
  }
  get_ColumnIndex(): number {
    return this.rect.col;
  }
  get_RowCount(): number {
    return rectRows(this.rect);
  }
  get_ColumnCount(): number {
    return rectCols(this.rect);
  }
  get_CellCount(): number {
    return rectRows(this.rect) * rectCols(this.rect);
  }
  /**
   * Whole rows or columns ("2:2", "B:B"): "Cell-level properties (like values, text, numberFormat, or
   * formulas) come back as null for unbounded reads" and "You can't set cell-level properties on an unbounded
   * range" (excel-add-ins-ranges-unbounded.md). The error's code is not documented: InvalidArgument here.
   */
  get unbounded(): boolean {
    return isUnbounded(this.rect);
  }
  private refuseUnbounded(what: string): void {
    if (this.unbounded) throw invalidArgument(`${what} cannot be set on the unbounded range ${rectAddress(this.rect)}`);
  }
  get_Values(): Scalar[][] | null {
    return this.unbounded ? null : this.grid((cell) => cell?.value ?? "");
  }
  get_Formulas(): Scalar[][] | null {
    return this.unbounded ? null : this.grid((cell) => cell?.formula ?? cell?.value ?? "");
  }
  get_NumberFormat(): string[][] | null {
    return this.unbounded ? null : this.grid((cell) => cell?.numberFormat ?? "General");
  }
  get_Text(): string[][] | null {
    return this.unbounded ? null : this.grid((cell) => (cell ? cellText(cell.value, cell.numberFormat) : ""));
  }
  set_Values(value: unknown): void {
    this.refuseUnbounded("values");
    this.writeEach(value, "values", (cell, v) => writeTyped(this.wb, cell, v, false));
  }
  set_Formulas(value: unknown): void {
    this.refuseUnbounded("formulas");
    this.writeEach(value, "formulas", (cell, v) => writeTyped(this.wb, cell, v, true));
  }
  set_NumberFormat(value: unknown): void {
    this.refuseUnbounded("numberFormat");
    this.guardFormat("allowFormatCells");
    const at = this.shaped(value, "numberFormat");
    this.forEach((r, c, i, j) => {
      const v = at(i, j);
      if (v === null || v === undefined) return;
      if (typeof v !== "string") throw invalidArgument(`numberFormat ${JSON.stringify(v)} is not text`);
      this.cellForWrite(r, c).numberFormat = v === "" ? "General" : v;
    });
  }

  get_ColumnHidden(): boolean | null {
    const hidden = this.sheet.hiddenColumns;
    const first = hidden.has(this.rect.col);
    for (let c = this.rect.col + 1; c <= this.rect.lastCol; c++) if (hidden.has(c) !== first) return null;
    return first;
  }
  set_ColumnHidden(v: unknown): void {
    this.guardFormat("allowFormatColumns");
    for (let c = this.rect.col; c <= this.rect.lastCol; c++)
      if (v) this.sheet.hiddenColumns.add(c);
      else this.sheet.hiddenColumns.delete(c);
  }

  nav_Format(): RangeFormatHost {
    return new RangeFormatHost(this);
  }
  nav_DataValidation(): DataValidationHost {
    return new DataValidationHost(this);
  }
  nav_Worksheet(): HostObject {
    return this.sheetHost();
  }
  /** Set by the worksheet module (it imports this one). */
  sheetHost(): HostObject {
    throw notImplemented("Range.worksheet");
  }

  call_GetCell(row: number, col: number): RangeHost {
    const r = this.rect.row + row;
    const c = this.rect.col + col;
    return this.derive({ row: r, col: c, lastRow: r, lastCol: c });
  }
  call_GetRow(i: number): RangeHost {
    return this.derive({ ...this.rect, row: this.rect.row + i, lastRow: this.rect.row + i });
  }
  call_GetColumn(j: number): RangeHost {
    return this.derive({ ...this.rect, col: this.rect.col + j, lastCol: this.rect.col + j });
  }
  /** Another range of this sheet, given as a Range or an address ("D4:G6", "Sheet1!D4"). */
  private other(v: unknown, method: string): RangeHost {
    const other = v instanceof RangeHost ? v : this.onThisSheet(v);
    if (other.sheetId !== this.sheetId) throw invalidArgument(`${method} with a range of another sheet`);
    return other;
  }
  /** Set by the worksheet module (it imports this one): an address on this range's sheet. */
  onThisSheet(_address: unknown): RangeHost {
    throw notImplemented("Range methods taking an address");
  }
  /** A rectangle of the sheet, or InvalidArgument where it would leave the sheet. */
  private within(rect: Rect, method: string): RangeHost {
    if (rect.row < 0 || rect.col < 0 || rect.lastRow >= MAX_ROWS || rect.lastCol >= MAX_COLS)
      throw invalidArgument(`${method}: the range would be outside the worksheet`);
    if (rect.lastRow < rect.row || rect.lastCol < rect.col)
      throw invalidArgument(`${method}: the range would be empty`);
    return this.derive(rect);
  }
  /** "If the resulting range is forced outside the bounds of the worksheet grid, an error will be thrown." */
  call_GetOffsetRange(rows: unknown, cols: unknown): RangeHost {
    if (!Number.isInteger(rows) || !Number.isInteger(cols)) throw invalidArgument(`getOffsetRange(${rows}, ${cols})`);
    const [dr, dc] = [rows as number, cols as number];
    const r = this.rect;
    return this.within(
      { row: r.row + dr, col: r.col + dc, lastRow: r.lastRow + dr, lastCol: r.lastCol + dc },
      "getOffsetRange",
    );
  }
  /** The bottom-right corner moved by the deltas (ExcelApi 1.2); a range cannot shrink to nothing. */
  call_GetResizedRange(rows: unknown, cols: unknown): RangeHost {
    if (!Number.isInteger(rows) || !Number.isInteger(cols)) throw invalidArgument(`getResizedRange(${rows}, ${cols})`);
    const r = this.rect;
    return this.within(
      { ...r, lastRow: r.lastRow + (rows as number), lastCol: r.lastCol + (cols as number) },
      "getResizedRange",
    );
  }
  private intersect(v: unknown, method: string): RangeHost | null {
    const b = this.other(v, method).rect;
    const a = this.rect;
    if (!overlaps(a, b)) return null;
    return this.derive({
      row: Math.max(a.row, b.row),
      col: Math.max(a.col, b.col),
      lastRow: Math.min(a.lastRow, b.lastRow),
      lastCol: Math.min(a.lastCol, b.lastCol),
    });
  }
  /** No intersection: the reference is silent; ItemNotFound here, as the *OrNullObject twin gives a null object. */
  call_GetIntersection(v: unknown): RangeHost {
    const hit = this.intersect(v, "getIntersection");
    if (!hit) throw new HostError("ItemNotFound", "The ranges do not intersect.");
    return hit;
  }
  call_GetIntersectionOrNullObject(v: unknown): RangeHost | null {
    return this.intersect(v, "getIntersectionOrNullObject");
  }
  call_GetBoundingRect(v: unknown): RangeHost {
    const other = this.other(v, "getBoundingRect");
    const a = this.rect;
    const b = other.rect;
    return this.derive({
      row: Math.min(a.row, b.row),
      col: Math.min(a.col, b.col),
      lastRow: Math.max(a.lastRow, b.lastRow),
      lastCol: Math.max(a.lastCol, b.lastCol),
    });
  }
  /** The client's own check before it splits a large array into row chunks (ExcelApi 1.3). */
  call__ValidateArraySize(rows: unknown, cols: unknown): void {
    if (rows !== rectRows(this.rect) || cols !== rectCols(this.rect))
      throw invalidArgument(`an array of ${rows} x ${cols} for the range ${rectAddress(this.rect)}`);
  }
  call_GetCellProperties(): never {
    throw notImplemented("Range.getCellProperties");
  }
  derive(rect: Rect): RangeHost {
    return new (this.constructor as typeof RangeHost)(this.wb, this.sheetId, rect);
  }

  call_Merge(across: unknown): void {
    if (across) throw notImplemented("Range.merge(across = true)");
    const sheet = this.sheet;
    if (sheet.protection.protected) throw new HostError("AccessDenied", `${sheet.name} is protected: cannot merge.`);
    if (sheet.merges.some((m) => overlaps(m, this.rect)))
      throw notImplemented(`merging ${rectAddress(this.rect)} over an existing merged area`);
    if (this.wb.tables.some((t) => t.sheetId === this.sheetId && overlaps(t.rect, this.rect)))
      throw new HostError("InvalidOperation", `Cannot merge cells of a table (${rectAddress(this.rect)}).`);
    // Excel keeps the top-left value only.
    this.forEach((r, c, i, j) => {
      if (i === 0 && j === 0) return;
      const cell = this.cellAt(r, c);
      if (cell) {
        cell.value = "";
        delete cell.formula;
      }
    });
    sheet.merges.push({ ...this.rect });
  }
  call_Unmerge(): void {
    const sheet = this.sheet;
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, this.rect));
  }
  call_Select(): void {
    const sheet = this.sheet;
    if (sheet.visibility !== "Visible")
      throw new HostError("InvalidOperation", `Cannot select a range on the hidden sheet ${sheet.name}.`);
    this.wb.activeSheetId = sheet.id;
    this.wb.selection = { sheetId: sheet.id, rect: { ...this.rect } };
  }
  /** Whole rows only, shifting up (what deleting rows in Excel does). */
  call_Delete(shift: unknown): void {
    const wholeRows = this.rect.col === 0 && this.rect.lastCol === MAX_COLS - 1;
    if (shift !== "Up" || !wholeRows)
      throw notImplemented(`Range.delete("${String(shift)}") on ${rectAddress(this.rect)}`);
    deleteRows(this.wb, this.sheet, this.rect.row, this.rect.lastRow);
  }
  call_Clear(applyTo: unknown): void {
    if (applyTo !== undefined && applyTo !== null && applyTo !== "All" && applyTo !== "Contents")
      throw notImplemented(`Range.clear("${String(applyTo)}")`);
    this.guardContent();
    this.forEach((r, c) => {
      const cell = this.cellAt(r, c);
      if (!cell) return;
      if (applyTo === "Contents") {
        cell.value = "";
        delete cell.formula;
      } else this.sheet.cells.delete(key(r, c));
    });
  }

  /** Whether a position is a merged area's cell other than its top-left. */
  isHiddenByMerge(row: number, col: number): boolean {
    return this.sheet.merges.some((m) => contains(m, row, col) && !(m.row === row && m.col === col));
  }
}

export { columnName };
