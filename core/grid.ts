/**
 * What a workbook holds, as both adapters read it: values, not styles. A formula cell keeps its cached
 * result in `value` and the formula text (without "=") in `formula`, so the reader can tell typed values
 * from computed ones.
 */
export type CellValue = string | number | boolean | null;

export interface Cell {
  value: CellValue;
  formula?: string;
  /** Number format, where the adapter can read it (tells a date serial from a number). */
  numFmt?: string;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetGrid {
  name: string;
  state: SheetState;
  /** Sparse cells keyed by A1 address. */
  cells: Map<string, Cell>;
  /** Used range, 1-based and inclusive. */
  rowCount: number;
  colCount: number;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function findSheet(wb: WorkbookGrid, name: string): SheetGrid | undefined {
  return wb.sheets.find((s) => s.name === name);
}

/** The cell at an A1 address, or an empty cell. */
export function cellAt(sheet: SheetGrid, ref: string): Cell {
  return sheet.cells.get(ref) ?? { value: null };
}
