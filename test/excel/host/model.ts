/**
 * The in-memory workbook behind the stand-in host: plain data, inspected by tests through `FakeWorkbook`.
 * Only what the Excel JavaScript API requests of the adapter touch is modelled.
 */
import { type Rect } from "./address";
import { HostError, invalidArgument } from "./errors";

export type Scalar = string | number | boolean;

export interface FontState {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  name: string;
}

/** One cell. Absent cells are empty and carry Excel's default format. */
export interface CellState {
  /** "" when empty; a formula cell keeps "" here (the host does not calculate). */
  value: Scalar;
  /** With the leading "=", as `range.formulas` reads it. */
  formula?: string;
  numberFormat: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  font: FontState;
  locked: boolean;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  /** Border style per side ("EdgeTop", ...), absent = none. */
  borders: Record<string, string>;
}

export const defaultCell = (): CellState => ({
  value: "",
  numberFormat: "General",
  fill: null,
  font: { bold: false, italic: false, size: 11, color: "#000000", name: "Calibri" },
  locked: true,
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  borders: {},
});

export interface ValidationState {
  rect: Rect;
  rule: Record<string, unknown>;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks: boolean;
}

export interface ProtectionState {
  protected: boolean;
  options: Record<string, boolean>;
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  style: string;
  showFilterButton: boolean;
}

export interface ChartSeriesState {
  name: string;
  /** Sheet-qualified addresses. */
  values?: string;
  xValues?: string;
  color?: string;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  title: string;
  sheetId: string;
  from?: string;
  to?: string;
  series: ChartSeriesState[];
}

export interface NameState {
  name: string;
  /** "=Sheet!$A$1:$A$5" */
  formula: string;
  comment: string;
  visible: boolean;
}

/** A note or a threaded comment on a cell (both: one text per cell). */
export interface CellNote {
  id: string;
  sheetId: string;
  row: number;
  col: number;
  content: string;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  /** Keyed by row * MAX_COLS + col. */
  cells: Map<number, CellState>;
  merges: Rect[];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  frozen: { rows: number; cols: number };
  protection: ProtectionState;
  validations: ValidationState[];
}

export interface WorkbookState {
  sheets: SheetState[];
  names: NameState[];
  tables: TableState[];
  charts: ChartState[];
  comments: CellNote[];
  notes: CellNote[];
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect };
  nextId: number;
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

/** Excel's rules for a sheet name, as the API enforces them when adding or renaming. */
export function checkSheetName(wb: WorkbookState, name: unknown, except?: SheetState): string {
  if (typeof name !== "string" || name.trim() === "") throw invalidArgument("a sheet name cannot be empty");
  if (name.length > 31) throw invalidArgument(`sheet name "${name}" is longer than 31 characters`);
  if (FORBIDDEN_SHEET_CHARS.test(name)) throw invalidArgument(`sheet name "${name}" contains one of [ ] : * ? / \\`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw invalidArgument(`sheet name "${name}" begins or ends with an apostrophe`);
  if (name.toLowerCase() === "history") throw invalidArgument(`"History" is reserved`);
  if (wb.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase()))
    throw new HostError("ItemAlreadyExists", `A resource with the same name or identifier already exists: ${name}.`);
  return name;
}

export function newSheet(wb: WorkbookState, name: string): SheetState {
  return {
    id: `{00000000-0001-0000-${String(wb.nextId++).padStart(4, "0")}-000000000000}`,
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    frozen: { rows: 0, cols: 0 },
    protection: { protected: false, options: {} },
    validations: [],
  };
}

/** A fresh workbook, as Excel opens a blank one: one sheet "Sheet1", A1 selected. */
export function newWorkbook(): WorkbookState {
  const wb: WorkbookState = {
    sheets: [],
    names: [],
    tables: [],
    charts: [],
    comments: [],
    notes: [],
    activeSheetId: "",
    selection: { sheetId: "", rect: { row: 0, col: 0, lastRow: 0, lastCol: 0 } },
    nextId: 1,
  };
  const first = newSheet(wb, "Sheet1");
  wb.sheets.push(first);
  wb.activeSheetId = first.id;
  wb.selection.sheetId = first.id;
  return wb;
}

export function sheetById(wb: WorkbookState, id: string): SheetState {
  const s = wb.sheets.find((x) => x.id === id);
  if (!s) throw new HostError("ItemNotFound", "The requested resource doesn't exist (the sheet was deleted).");
  return s;
}

export function sheetByName(wb: WorkbookState, name: string): SheetState | undefined {
  return wb.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
}
