/** A worksheet's protection and frozen panes. */
import { MAX_COLS, MAX_ROWS } from "./address";
import { HostError, invalidArgument, notImplemented } from "./errors";
import { HostObject } from "./hostObject";
import { sheetById, type WorkbookState } from "./model";
import { RangeHost } from "./range";
import { rangeOn } from "./worksheet";

const PROTECTION_OPTIONS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
];

export class WorksheetProtectionHost extends HostObject {
  readonly typeName = "WorksheetProtection";
  constructor(
    wb: WorkbookState,
    readonly sheetId: string,
  ) {
    super(wb);
  }
  get_Protected(): boolean {
    return sheetById(this.wb, this.sheetId).protection.protected;
  }
  get_Options(): Record<string, boolean> {
    return { ...sheetById(this.wb, this.sheetId).protection.options };
  }
  call_Protect(options?: unknown, password?: unknown): void {
    const sheet = sheetById(this.wb, this.sheetId);
    if (sheet.protection.protected) throw new HostError("InvalidOperation", `${sheet.name} is already protected.`);
    if (password) throw notImplemented("passwords on worksheet protection");
    const opts = (options ?? {}) as Record<string, boolean>;
    for (const k of Object.keys(opts))
      if (!PROTECTION_OPTIONS.includes(k)) throw invalidArgument(`protection option ${k}`);
    sheet.protection = { protected: true, options: { ...opts } };
  }
  call_Unprotect(password?: unknown): void {
    if (password) throw notImplemented("passwords on worksheet protection");
    const sheet = sheetById(this.wb, this.sheetId);
    sheet.protection = { protected: false, options: {} };
  }
}

export class FreezePanesHost extends HostObject {
  readonly typeName = "WorksheetFreezePanes";
  constructor(
    wb: WorkbookState,
    readonly sheetId: string,
  ) {
    super(wb);
  }
  private set(rows: number, cols: number): void {
    sheetById(this.wb, this.sheetId).frozen = { rows, cols };
  }
  call_FreezeRows(n?: unknown): void {
    this.set((n as number) ?? 1, 0);
  }
  call_FreezeColumns(n?: unknown): void {
    this.set(0, (n as number) ?? 1);
  }
  /** Everything above and left of the range's bottom-right corner stays in view. */
  call_FreezeAt(at: unknown): void {
    const range = at instanceof RangeHost ? at : rangeOn(this.wb, sheetById(this.wb, this.sheetId), at);
    this.set(range.rect.lastRow + 1, range.rect.lastCol + 1);
  }
  call_Unfreeze(): void {
    this.set(0, 0);
  }
  /**
   * The frozen cells: whole rows ("1:2") when only rows are frozen, whole columns ("A:B") when only columns,
   * the top-left block when both (the reference does not give the shapes; these are what freezeRows,
   * freezeColumns and freezeAt were given). No frozen pane: ItemNotFound, or a null object from the twin.
   */
  private location(): RangeHost | null {
    const { rows, cols } = sheetById(this.wb, this.sheetId).frozen;
    if (rows === 0 && cols === 0) return null;
    return new RangeHost(this.wb, this.sheetId, {
      row: 0,
      col: 0,
      lastRow: (rows || MAX_ROWS) - 1,
      lastCol: (cols || MAX_COLS) - 1,
    });
  }
  call_GetLocation(): RangeHost {
    const at = this.location();
    if (!at) throw new HostError("ItemNotFound", "The worksheet has no frozen panes.");
    return at;
  }
  call_GetLocationOrNullObject(): RangeHost | null {
    return this.location();
  }
}
