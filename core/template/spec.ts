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

export interface PrintSpec {
  orientation: "landscape" | "portrait";
  fitToWidth: boolean;
  paperSize: "A4" | "A3";
  /** Rows repeated at the top of every printed page, e.g. "5:6". */
  repeatRows?: string;
  area?: string;
}

export interface SheetSpec {
  name: string;
  state: SheetState;
  /** Column widths in characters, index 0 = column A. */
  columns: { width: number; hidden?: boolean }[];
  rowHeights?: Record<number, number>;
  cells: CellSpec[];
  merges: string[];
  frozen?: { rows: number; cols: number };
  protect: boolean;
  validations: DataValidationSpec[];
  print?: PrintSpec;
  tabColor?: string;
}

export interface DefinedNameSpec {
  name: string;
  /** An absolute reference such as `'_lists'!$A$1:$A$5`. */
  ref: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  styles: Record<string, StyleSpec>;
  definedNames: DefinedNameSpec[];
  /** Sheet shown when the workbook opens. */
  activeSheet: string;
  properties: { title: string; creator: string; company?: string };
}
