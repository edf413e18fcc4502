/**
 * The port between the core and a workbook: what validation, merging and the task pane need from a
 * workbook, whatever holds it. Two adapters implement it: `adapters/xlsx` on .xlsx bytes (the command line,
 * the offline validator page, the coordinator's pane reading submitted files) and `adapters/officejs` on the
 * workbook open in Excel (the task pane). Both render the same `WorkbookSpec` and return the same grids, so a
 * file the pane accepts, the command line accepts, and the reverse.
 */
import type { CellValue, WorkbookGrid } from "./grid";
import type { WorkbookSpec } from "./template/spec";

/** A cell to mark because an issue was found there. */
export interface IssueMark {
  sheet: string;
  /** A1 address of the cell (the top-left cell of a merged area). */
  cell: string;
  severity: "error" | "warning";
  /** The issue's message in the reader's language: shown as the cell's note or comment. */
  message: string;
}

/** A value to put into a cell, as a clerk would type it (text stays text: never a formula). */
export interface CellWrite {
  sheet: string;
  cell: string;
  value: CellValue;
}

export interface WorkbookPort {
  /**
   * Every worksheet's values as a grid: values, formulas (without "="), number formats where a value needs
   * one to be read (dates), sheet names and visibility. Empty cells are absent.
   * @throws {WorkbookReadError} the workbook cannot be read (see core/read/errors).
   */
  readGrid(): Promise<WorkbookGrid>;
  /** Renders a spec (a template or a master) into the workbook, replacing the sheets it names. */
  render(spec: WorkbookSpec): Promise<void>;
  /** Writes values into cells; text that looks like a formula is written as text. */
  writeCells(writes: CellWrite[]): Promise<void>;
  /** Marks the cells that have issues (a fill and a note), replacing the marks of an earlier call. */
  markIssues(marks: IssueMark[]): Promise<void>;
  /** Removes every mark `markIssues` made, restoring the cells' own fills. */
  clearMarks(): Promise<void>;
  /** Shows a cell to the user: activates its sheet and selects it. */
  selectCell(sheet: string, cell: string): Promise<void>;
}
