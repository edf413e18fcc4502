/**
 * The template as data: what both adapters (ExcelJS for .xlsx files, Office.js for a live workbook) render.
 * Everything a clerk sees is described here, so the two front ends produce the same workbook.
 */
import type { CellValue, SheetState } from "../grid";

export interface FontSpec {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string; // "RRGGBB"
}

export interface StyleSpec {
  font?: FontSpec;
  fill?: string; // "RRGGBB"
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  border?: boolean; // thin border on all sides
  numFmt?: string; // "@" for text, "0", "#,##0.00", "dd.mm.yyyy"
  /** Locked cells cannot be edited while the sheet is protected; every input cell is unlocked. */
  locked?: boolean;
}

export interface CellSpec {
  ref: string;
  value?: CellValue;
  /** A formula without the leading "=". */
  formula?: string;
  style?: string; // key into WorkbookSpec.styles
}

export type ValidationSpec =
  | { type: "list"; source: string; allowBlank: boolean }
  | {
      type: "whole" | "decimal";
      operator: "between" | "greaterThanOrEqual";
      min: number;
      max?: number;
      allowBlank: boolean;
    }
  | { type: "date"; operator: "between"; min: string; max: string; allowBlank: boolean } // ISO dates
  | { type: "textLength"; operator: "lessThanOrEqual"; max: number; allowBlank: boolean };

export interface DataValidationSpec {
  /** Range "H7:H40" or a single cell. */
  range: string;
  rule: ValidationSpec;
  prompt?: { title: string; text: string };
  error?: { title: string; text: string };
}

/** How a sheet prints; `printLayout` (print.ts) chooses it from the sheet's widths. */
export interface PrintSpec {
  orientation: "landscape" | "portrait";
  /** Scaled to one page wide (any number of pages tall). */
  fitToWidth: boolean;
  /** Otherwise this scale in percent (100 when absent). */
  scale?: number;
  paperSize: "A4" | "A3";
  /** Rows repeated at the top of every printed page, e.g. "5:6". */
  repeatRows?: string;
  /** Columns repeated at the left of every printed page, e.g. "A:B". */
  repeatColumns?: string;
  area?: string;
  /** The footer's words, with `{page}` and `{pages}`, in the workbook's language. */
  footer?: string;
}

/**
 * An Excel Table (ListObject) over a block of the sheet: a header row at `ref`, then `rows` data rows. The
 * header cells and the data are ordinary cells of the sheet (`SheetSpec.cells`); the table names the block,
 * styles it and gives it filters, so a coordinator can sort, filter and pivot it.
 */
export interface TableSpec {
  /** Workbook-unique name, as structured references use it: letters, digits, "_". */
  name: string;
  /** Top-left cell of the header row, e.g. "A1". */
  ref: string;
  /** Header texts, left to right; also the table's column names. */
  columns: { name: string; numFmt?: string; wrap?: boolean }[];
  /** Data rows under the header (Excel needs at least one: an empty table keeps one blank row). */
  rows: number;
  /** Built-in table style, e.g. "TableStyleMedium2". */
  style: string;
}

/**
 * A native chart on a sheet, described once and drawn by each adapter (a chart part in the .xlsx file, an
 * Excel chart through Office.js): categories down one column, one series per value column.
 */
export interface ChartSpec {
  type: "barStacked" | "columnStacked" | "columnClustered";
  title: string;
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
  /** Category labels: a range of this workbook, sheet-qualified, e.g. `'Progress'!$D$5:$D$9`. */
  categories: string;
  series: { name: string; values: string; color: string }[];
}

export interface SheetSpec {
  name: string;
  state: SheetState;
  /**
   * Column widths in characters, index 0 = column A; `style` is the column's own style (a row the user adds by
   * hand takes it: a master's text column stays text).
   */
  columns: { width: number; hidden?: boolean; style?: string }[];
  rowHeights?: Record<number, number>;
  cells: CellSpec[];
  merges: string[];
  frozen?: { rows: number; cols: number };
  protect: boolean;
  validations: DataValidationSpec[];
  print?: PrintSpec;
  tabColor?: string;
  tables?: TableSpec[];
  charts?: ChartSpec[];
}

export interface DefinedNameSpec {
  name: string;
  /** An absolute reference such as `'_lists'!$A$1:$A$5`. */
  ref: string;
}

/** A text clipped to what an Excel cell holds (32,767 characters): recorded, so the caller can say so. */
export interface ClippedCell {
  sheet: string;
  ref: string;
  /** The text's length before clipping. */
  length: number;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Texts the builder had to clip to fit a cell; empty or absent when nothing was clipped. */
  clipped?: ClippedCell[];
  styles: Record<string, StyleSpec>;
  definedNames: DefinedNameSpec[];
  /** Sheet shown when the workbook opens. */
  activeSheet: string;
  properties: { title: string; creator: string; company?: string };
}
