/** Excel Tables (ListObjects) on the in-memory workbook, and Excel's rule for table and defined names. */
import { isUnbounded, MAX_ROWS, overlaps, rectAddress, type Rect } from "./address";
import { HostError, invalidArgument, notImplemented } from "./errors";
import { HostObject } from "./hostObject";
import { sheetById, type TableState, type WorkbookState } from "./model";
import { RangeHost } from "./range";
import { rangeOn } from "./worksheet";

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_CELL = /^([A-Z]{1,3}\d+|R\d*C\d*)$/i;

/** Excel's rule for names of tables and defined names: a letter, "_" or "\" first, no spaces, not a cell address. */
export function checkName(wb: WorkbookState, name: unknown, except?: object): string {
  if (typeof name !== "string" || !NAME.test(name) || LOOKS_LIKE_CELL.test(name) || name.length > 255)
    throw invalidArgument(`the name ${JSON.stringify(name)}`);
  const lower = name.toLowerCase();
  const taken =
    wb.tables.some((t) => t !== except && t.name.toLowerCase() === lower) ||
    wb.names.some((n) => n !== except && n.name.toLowerCase() === lower);
  if (taken) throw new HostError("ItemAlreadyExists", `A resource with the same name already exists: ${name}.`);
  return name;
}

export const toRange = (wb: WorkbookState, v: unknown, sheetId?: string): RangeHost =>
  v instanceof RangeHost ? v : rangeOn(wb, sheetId ? sheetById(wb, sheetId) : null, v);

export class TableCollectionHost extends HostObject {
  readonly typeName = "TableCollection";
  /** `sheetId` set: a worksheet's tables; otherwise the workbook's. */
  constructor(
    wb: WorkbookState,
    readonly sheetId?: string,
  ) {
    super(wb);
  }
  private list(): TableState[] {
    return this.wb.tables.filter((t) => !this.sheetId || t.sheetId === this.sheetId);
  }
  override items(): TableHost[] {
    return this.list().map((t) => new TableHost(this.wb, t));
  }
  override index(key: unknown): TableHost {
    const t = this.list().find((x) => x.name.toLowerCase() === String(key).toLowerCase() || x.id === key);
    if (!t) throw new HostError("ItemNotFound", `The requested resource doesn't exist: table "${String(key)}".`);
    return new TableHost(this.wb, t);
  }
  call_GetItemOrNullObject(key: unknown): TableHost | null {
    const t = this.list().find((x) => x.name.toLowerCase() === String(key).toLowerCase() || x.id === key);
    return t ? new TableHost(this.wb, t) : null;
  }
  call_GetCount(): number {
    return this.list().length;
  }
  /** A table over a block whose first row holds the headers (Excel names empty headers "Column1", ...). */
  call_Add(address: unknown, hasHeaders: unknown): TableHost {
    if (hasHeaders !== true) throw notImplemented("tables.add(address, hasHeaders = false)");
    const range = toRange(this.wb, address, this.sheetId);
    const sheet = range.sheet;
    if (this.sheetId && sheet.id !== this.sheetId) throw invalidArgument("the table's range is on another sheet");
    if (sheet.protection.protected) throw new HostError("AccessDenied", `${sheet.name} is protected.`);
    const rect: Rect = { ...range.rect };
    if (isUnbounded(rect)) throw invalidArgument(`a table over the unbounded range ${rectAddress(rect)}`);
    // A header row alone (the sample in excel-add-ins-tables.md: tables.add("A1:D1", true)) makes a table
    // with one empty data row below it, as Excel's Format as Table does (the reference is silent on the size).
    if (rect.lastRow === rect.row) {
      if (rect.row + 1 >= MAX_ROWS) throw invalidArgument("a table needs a row below its header");
      rect.lastRow = rect.row + 1;
    }
    if (this.wb.tables.some((t) => t.sheetId === sheet.id && overlaps(t.rect, rect)))
      throw new HostError("InvalidOperation", `A table cannot overlap another table (${rectAddress(rect)}).`);
    if (sheet.merges.some((m) => overlaps(m, rect)))
      throw new HostError("InvalidOperation", `A table cannot overlap merged cells (${rectAddress(rect)}).`);
    const seen = new Set<string>();
    for (let c = rect.col; c <= rect.lastCol; c++) {
      const cell = range.cellForWrite(rect.row, c);
      if (cell.formula !== undefined || cell.value === "") cell.value = `Column${c - rect.col + 1}`;
      delete cell.formula;
      let header = String(cell.value);
      for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${cell.value}${n}`;
      cell.value = header;
      seen.add(header.toLowerCase());
    }
    let n = this.wb.tables.length + 1;
    while (this.wb.tables.some((t) => t.name === `Table${n}`)) n++;
    const table: TableState = {
      id: String(this.wb.nextId++),
      name: `Table${n}`,
      sheetId: sheet.id,
      rect: { ...rect },
      style: "TableStyleMedium2",
      showFilterButton: true,
    };
    this.wb.tables.push(table);
    return new TableHost(this.wb, table);
  }
}

export class TableHost extends HostObject {
  readonly typeName = "Table";
  constructor(
    wb: WorkbookState,
    readonly table: TableState,
  ) {
    super(wb);
  }
  get_Id(): string {
    return this.table.id;
  }
  get_Name(): string {
    return this.table.name;
  }
  set_Name(v: unknown): void {
    this.table.name = checkName(this.wb, v, this.table);
  }
  get_Style(): string {
    return this.table.style;
  }
  set_Style(v: unknown): void {
    if (typeof v !== "string" || !/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v))
      throw invalidArgument(`table style ${JSON.stringify(v)}`);
    this.table.style = v;
  }
  get_ShowFilterButton(): boolean {
    return this.table.showFilterButton;
  }
  set_ShowFilterButton(v: unknown): void {
    this.table.showFilterButton = Boolean(v);
  }
  get_ShowHeaders(): boolean {
    return true;
  }
  get_ShowTotals(): boolean {
    return false;
  }
  call_GetRange(): RangeHost {
    return new RangeHost(this.wb, this.table.sheetId, this.table.rect);
  }
  nav_Rows(): TableRowCollectionHost {
    return new TableRowCollectionHost(this.wb, this.table);
  }
  call_GetHeaderRowRange(): RangeHost {
    const r = this.table.rect;
    return new RangeHost(this.wb, this.table.sheetId, { ...r, lastRow: r.row });
  }
  call_GetDataBodyRange(): RangeHost {
    const r = this.table.rect;
    return new RangeHost(this.wb, this.table.sheetId, { ...r, row: r.row + 1 });
  }
  call_Delete(): void {
    this.wb.tables = this.wb.tables.filter((t) => t !== this.table);
  }
}

/**
 * A table's rows: `add` at the end only. A table whose only data row is empty (one made from a header row)
 * takes the first added row there, as the sample in excel-add-ins-tables.md shows (seven rows added, seven
 * data rows). The table grows over empty cells only: Excel would shift the cells below, which is not modelled.
 */
export class TableRowCollectionHost extends HostObject {
  readonly typeName = "TableRowCollection";
  constructor(
    wb: WorkbookState,
    readonly table: TableState,
  ) {
    super(wb);
  }
  call_GetCount(): number {
    return this.table.rect.lastRow - this.table.rect.row;
  }
  call_Add(index: unknown, values: unknown): TableRowHost {
    if (index !== null && index !== undefined) throw notImplemented("tables' rows.add at an index");
    if (!Array.isArray(values) || values.length === 0) throw invalidArgument("rows.add needs a 2-D array of values");
    const t = this.table;
    const body = new RangeHost(this.wb, t.sheetId, { ...t.rect, row: t.rect.row + 1 });
    const blankBody = t.rect.lastRow === t.rect.row + 1 && (body.get_Values() ?? [[]])[0].every((v) => v === "");
    const first = blankBody ? t.rect.row + 1 : t.rect.lastRow + 1;
    const rect: Rect = { ...t.rect, row: first, lastRow: first + values.length - 1 };
    if (rect.lastRow >= MAX_ROWS) throw invalidArgument("the rows do not fit on the sheet");
    const target = new RangeHost(this.wb, t.sheetId, rect);
    const below = blankBody ? { ...rect, row: rect.row + 1 } : rect;
    if (below.row <= below.lastRow) {
      const taken = new RangeHost(this.wb, t.sheetId, below).get_Values()!.some((r) => r.some((v) => v !== ""));
      const sheet = sheetById(this.wb, t.sheetId);
      if (taken || this.wb.tables.some((o) => o !== t && o.sheetId === t.sheetId && overlaps(o.rect, below)))
        throw notImplemented(`rows.add over cells that are not empty (${rectAddress(below)}): Excel shifts them`);
      if (sheet.merges.some((m) => overlaps(m, below)))
        throw new HostError("InvalidOperation", `A table cannot overlap merged cells (${rectAddress(below)}).`);
    }
    target.set_Values(values);
    t.rect = { ...t.rect, lastRow: Math.max(t.rect.lastRow, rect.lastRow) };
    return new TableRowHost(target, rect.row - t.rect.row - 1);
  }
}

/** The rows `rows.add` added (its answer; the host offers their index and values). */
export class TableRowHost extends HostObject {
  readonly typeName = "TableRow";
  constructor(
    readonly range: RangeHost,
    readonly at: number,
  ) {
    super(range.wb);
  }
  get_Index(): number {
    return this.at;
  }
  get_Values(): unknown {
    return this.range.get_Values();
  }
}
