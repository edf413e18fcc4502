/** A read-only view of the in-memory workbook for tests: what a person would see in Excel. */
import { cellName, MAX_COLS, parseLocal, quoteSheetName, rectAddress } from "./address";
import { defaultCell, sheetById, sheetByName, type CellState, type SheetState, type WorkbookState } from "./model";

export interface SheetSummary {
  name: string;
  visibility: SheetState["visibility"];
  protected: boolean;
  protectionOptions: Record<string, boolean>;
  frozen: { rows: number; cols: number };
  tabColor: string;
}

export class FakeWorkbookView {
  constructor(readonly state: WorkbookState) {}

  private sheet(name: string): SheetState {
    const s = sheetByName(this.state, name);
    if (!s) throw new Error(`no sheet ${name} in the fake workbook (has ${this.sheetNames().join(", ")})`);
    return s;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  sheets(): SheetSummary[] {
    return this.state.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protection.protected,
      protectionOptions: { ...s.protection.options },
      frozen: { ...s.frozen },
      tabColor: s.tabColor,
    }));
  }

  /** Everything stored for a cell (Excel's defaults for an untouched cell). */
  cell(sheet: string, address: string): CellState {
    const { row, col } = parseLocal(address);
    return this.sheet(sheet).cells.get(row * MAX_COLS + col) ?? defaultCell();
  }

  value(sheet: string, address: string): CellState["value"] {
    return this.cell(sheet, address).value;
  }

  /** Addresses of the cells that hold a value or a formula, in row order. */
  filledCells(sheet: string): string[] {
    return [...this.sheet(sheet).cells.entries()]
      .filter(([, c]) => c.value !== "" || c.formula !== undefined)
      .sort(([a], [b]) => a - b)
      .map(([k]) => cellName(Math.floor(k / MAX_COLS), k % MAX_COLS));
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map(rectAddress);
  }

  validations(sheet: string) {
    return this.sheet(sheet).validations.map((v) => ({
      range: rectAddress(v.rect),
      rule: v.rule,
      prompt: v.prompt,
      errorAlert: v.errorAlert,
      ignoreBlanks: v.ignoreBlanks,
    }));
  }

  /** Column width in points, index 0 = column A (undefined = Excel's default). */
  columnWidth(sheet: string, col: number): number | undefined {
    return this.sheet(sheet).columnWidths.get(col);
  }

  /** Row height in points, 1-based as Excel numbers rows (undefined = default). */
  rowHeight(sheet: string, row: number): number | undefined {
    return this.sheet(sheet).rowHeights.get(row - 1);
  }

  names() {
    return this.state.names.map((n) => ({ name: n.name, formula: n.formula }));
  }

  tables() {
    return this.state.tables.map((t) => ({
      name: t.name,
      sheet: sheetById(this.state, t.sheetId).name,
      range: rectAddress(t.rect),
      style: t.style,
      showFilterButton: t.showFilterButton,
    }));
  }

  charts() {
    return this.state.charts.map((c) => ({
      name: c.name,
      sheet: sheetById(this.state, c.sheetId).name,
      type: c.type,
      title: c.title,
      from: c.from,
      to: c.to,
      series: c.series.map((s) => ({ ...s })),
    }));
  }

  /** Threaded comments (ExcelApi 1.10), as `Sheet!A1` -> text. */
  comments(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const n of this.state.comments)
      out[`${quoteSheetName(sheetById(this.state, n.sheetId).name)}!${cellName(n.row, n.col)}`] = n.content;
    return out;
  }

  activeSheet(): string {
    return sheetById(this.state, this.state.activeSheetId).name;
  }

  selection(): { sheet: string; address: string } {
    return {
      sheet: sheetById(this.state, this.state.selection.sheetId).name,
      address: rectAddress(this.state.selection.rect),
    };
  }
}
