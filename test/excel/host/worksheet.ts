/** Excel.Worksheet and Excel.WorksheetCollection, with the sheet's protection and frozen panes. */
import { MAX_COLS, MAX_ROWS, parseLocal, splitSheet, type Rect } from "./address";
import { HostError, invalidArgument } from "./errors";
import { HostObject } from "./hostObject";
import { checkSheetName, newSheet, sheetById, sheetByName, type SheetState, type WorkbookState } from "./model";
import { RangeHost } from "./range";
import { RangeAreasHost } from "./rangeAreas";
import { ChartCollectionHost } from "./charts";
import { TableCollectionHost } from "./tables";
import { NoteCollectionHost } from "./names";
import { FreezePanesHost, WorksheetProtectionHost } from "./worksheetParts";

/** An address, maybe sheet-qualified, on a sheet: a sheet-qualified address must name that sheet. */
export function rangeOn(wb: WorkbookState, sheet: SheetState | null, address: unknown): RangeHost {
  if (typeof address !== "string") throw invalidArgument(`address ${JSON.stringify(address)}`);
  const { sheet: named, local } = splitSheet(address);
  let target = sheet;
  if (named !== null) {
    const found = sheetByName(wb, named);
    if (!found) throw new HostError("ItemNotFound", `The requested resource doesn't exist: sheet "${named}".`);
    if (sheet && found !== sheet) throw invalidArgument(`address ${address} is on another sheet than ${sheet.name}`);
    target = found;
  }
  if (!target) throw invalidArgument(`address ${address} names no sheet`);
  return new RangeHost(wb, target.id, parseLocal(local));
}

const VISIBILITY = ["Visible", "Hidden", "VeryHidden"];

export class WorksheetHost extends HostObject {
  readonly typeName = "Worksheet";
  constructor(
    wb: WorkbookState,
    readonly sheetId: string,
  ) {
    super(wb);
  }
  get sheet(): SheetState {
    return sheetById(this.wb, this.sheetId);
  }
  get_Name(): string {
    return this.sheet.name;
  }
  set_Name(v: unknown): void {
    this.sheet.name = checkSheetName(this.wb, v, this.sheet);
  }
  get_Id(): string {
    return this.sheet.id;
  }
  get_Position(): number {
    return this.wb.sheets.indexOf(this.sheet);
  }
  set_Position(v: unknown): void {
    if (typeof v !== "number" || v < 0 || v >= this.wb.sheets.length) throw invalidArgument(`position ${v}`);
    const sheet = this.sheet;
    this.wb.sheets.splice(this.wb.sheets.indexOf(sheet), 1);
    this.wb.sheets.splice(v, 0, sheet);
  }
  get_Visibility(): string {
    return this.sheet.visibility;
  }
  set_Visibility(v: unknown): void {
    if (!VISIBILITY.includes(v as string)) throw invalidArgument(`visibility ${JSON.stringify(v)}`);
    const sheet = this.sheet;
    if (v !== "Visible" && !this.wb.sheets.some((s) => s !== sheet && s.visibility === "Visible"))
      throw new HostError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    sheet.visibility = v as SheetState["visibility"];
    if (v !== "Visible" && this.wb.activeSheetId === sheet.id) {
      const next = this.wb.sheets.find((s) => s.visibility === "Visible")!;
      this.wb.activeSheetId = next.id;
      this.wb.selection = { sheetId: next.id, rect: { row: 0, col: 0, lastRow: 0, lastCol: 0 } };
    }
  }
  get_TabColor(): string {
    return this.sheet.tabColor;
  }
  set_TabColor(v: unknown): void {
    this.sheet.tabColor = v === "" ? "" : String(v).toUpperCase();
  }
  call_GetRange(address?: unknown): RangeHost {
    if (address === undefined || address === null || address === "")
      return new RangeHost(this.wb, this.sheetId, { row: 0, col: 0, lastRow: MAX_ROWS - 1, lastCol: MAX_COLS - 1 });
    return rangeOn(this.wb, this.sheet, address);
  }
  /** Several areas of this sheet, "A1:B2,D5,7:9" (ExcelApi 1.9). */
  call_GetRanges(address?: unknown): RangeAreasHost {
    if (typeof address !== "string" || address.trim() === "")
      throw invalidArgument(`getRanges(${JSON.stringify(address)})`);
    return new RangeAreasHost(
      this.wb,
      address.split(",").map((a) => rangeOn(this.wb, this.sheet, a.trim())),
    );
  }
  call_GetRangeByIndexes(row: unknown, col: unknown, rows: unknown, cols: unknown): RangeHost {
    const ok = [row, col, rows, cols].every((n) => Number.isInteger(n) && (n as number) >= 0);
    if (!ok || (rows as number) < 1 || (cols as number) < 1)
      throw invalidArgument(`getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`);
    const rect: Rect = {
      row: row as number,
      col: col as number,
      lastRow: (row as number) + (rows as number) - 1,
      lastCol: (col as number) + (cols as number) - 1,
    };
    if (rect.lastRow >= MAX_ROWS || rect.lastCol >= MAX_COLS) throw invalidArgument("the range is outside the sheet");
    return new RangeHost(this.wb, this.sheetId, rect);
  }
  call_GetCell(row: unknown, col: unknown): RangeHost {
    return this.call_GetRangeByIndexes(row, col, 1, 1);
  }
  /** The smallest rectangle holding every cell with a value (and, unless `valuesOnly`, every formatted cell). */
  private used(valuesOnly: unknown): Rect | null {
    let rect: Rect | null = null;
    for (const [k, cell] of this.sheet.cells) {
      if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (!rect) rect = { row, col, lastRow: row, lastCol: col };
      else {
        rect.row = Math.min(rect.row, row);
        rect.col = Math.min(rect.col, col);
        rect.lastRow = Math.max(rect.lastRow, row);
        rect.lastCol = Math.max(rect.lastCol, col);
      }
    }
    return rect;
  }
  call_GetUsedRange(valuesOnly?: unknown): RangeHost {
    return new RangeHost(this.wb, this.sheetId, this.used(valuesOnly) ?? { row: 0, col: 0, lastRow: 0, lastCol: 0 });
  }
  call_GetUsedRangeOrNullObject(valuesOnly?: unknown): RangeHost | null {
    const rect = this.used(valuesOnly);
    return rect ? new RangeHost(this.wb, this.sheetId, rect) : null;
  }
  call_Activate(): void {
    if (this.sheet.visibility !== "Visible")
      throw new HostError("InvalidOperation", `Cannot activate the hidden sheet ${this.sheet.name}.`);
    this.wb.activeSheetId = this.sheetId;
    this.wb.selection = { sheetId: this.sheetId, rect: { row: 0, col: 0, lastRow: 0, lastCol: 0 } };
  }
  call_Delete(): void {
    const sheet = this.sheet;
    // "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
    // InvalidOperation exception" (excel.worksheet.yml, delete).
    if (sheet.visibility === "VeryHidden")
      throw new HostError(
        "InvalidOperation",
        `The very hidden worksheet ${sheet.name} cannot be deleted: make it hidden or visible first.`,
      );
    if (!this.wb.sheets.some((s) => s !== sheet && s.visibility === "Visible"))
      throw new HostError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.wb.sheets = this.wb.sheets.filter((s) => s !== sheet);
    this.wb.tables = this.wb.tables.filter((t) => t.sheetId !== sheet.id);
    this.wb.charts = this.wb.charts.filter((c) => c.sheetId !== sheet.id);
    this.wb.comments = this.wb.comments.filter((c) => c.sheetId !== sheet.id);
    this.wb.notes = this.wb.notes.filter((c) => c.sheetId !== sheet.id);
    if (this.wb.activeSheetId === sheet.id) {
      const next = this.wb.sheets.find((s) => s.visibility === "Visible")!;
      this.wb.activeSheetId = next.id;
      this.wb.selection = { sheetId: next.id, rect: { row: 0, col: 0, lastRow: 0, lastCol: 0 } };
    }
  }
  nav_Protection(): WorksheetProtectionHost {
    return new WorksheetProtectionHost(this.wb, this.sheetId);
  }
  nav_FreezePanes(): FreezePanesHost {
    return new FreezePanesHost(this.wb, this.sheetId);
  }
  nav_Tables(): TableCollectionHost {
    return new TableCollectionHost(this.wb, this.sheetId);
  }
  nav_Charts(): ChartCollectionHost {
    return new ChartCollectionHost(this.wb, this.sheetId);
  }
  nav_Comments(): NoteCollectionHost {
    return new NoteCollectionHost(this.wb, "comments", this.sheetId);
  }
}

RangeHost.prototype.sheetHost = function (this: RangeHost) {
  return new WorksheetHost(this.wb, this.sheetId);
};
RangeHost.prototype.onThisSheet = function (this: RangeHost, address: unknown) {
  return rangeOn(this.wb, this.sheet, address);
};

export class WorksheetCollectionHost extends HostObject {
  readonly typeName = "WorksheetCollection";
  override index(nameOrId: unknown): WorksheetHost {
    const sheet = sheetByName(this.wb, String(nameOrId));
    if (!sheet)
      throw new HostError("ItemNotFound", `The requested resource doesn't exist: worksheet "${String(nameOrId)}".`);
    return new WorksheetHost(this.wb, sheet.id);
  }
  override items(): WorksheetHost[] {
    return this.wb.sheets.map((s) => new WorksheetHost(this.wb, s.id));
  }
  call_GetItem(name: unknown): WorksheetHost {
    return this.index(name);
  }
  call_GetItemOrNullObject(name: unknown): WorksheetHost | null {
    const sheet = sheetByName(this.wb, String(name));
    return sheet ? new WorksheetHost(this.wb, sheet.id) : null;
  }
  override call_GetItemAt(i: unknown): WorksheetHost {
    const sheet = this.wb.sheets[i as number];
    if (!sheet) throw new HostError("ItemNotFound", `No worksheet at ${String(i)}.`);
    return new WorksheetHost(this.wb, sheet.id);
  }
  call_Add(name?: unknown): WorksheetHost {
    let n = this.wb.sheets.length + 1;
    while (name === undefined || name === null) {
      const candidate = `Sheet${n++}`;
      if (!sheetByName(this.wb, candidate)) name = candidate;
    }
    const sheet = newSheet(this.wb, checkSheetName(this.wb, name));
    this.wb.sheets.push(sheet);
    return new WorksheetHost(this.wb, sheet.id);
  }
  call_GetActiveWorksheet(): WorksheetHost {
    return new WorksheetHost(this.wb, this.wb.activeSheetId);
  }
  call_GetCount(): number {
    return this.wb.sheets.length;
  }
}
