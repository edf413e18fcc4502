/** Excel Tables (ListObjects) on the in-memory workbook, and Excel's rule for table and defined names. */
import { overlaps, rectAddress, type Rect } from "./address";
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
    const rect: Rect = range.rect;
    if (rect.lastRow === rect.row) throw invalidArgument("a table needs a header row and at least one data row");
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
