/**
 * Where everything sits in the report sheet. The builder and the reader both derive positions from here,
 * so a template and its reading cannot disagree.
 */
import {
  measuresForBody,
  type Indicator,
  type Measure,
  type Plan,
  type Task,
  type ExtraFieldNames,
} from "../../schema";
import { REPORT_COLUMNS, type ReportColumn } from "./columns";

/**
 * The report sheet's columns with their positions: the registry (columns.ts) in sheet order. Positions are
 * looked up by key, so a registry with a field more (a test's, a plan's own) lays out and reads the same way.
 */
export class ColumnSet {
  private readonly index = new Map<string, number>();
  constructor(readonly list: readonly ReportColumn[]) {
    list.forEach((c, i) => {
      if (this.index.has(c.key)) throw new RangeError(`column key "${c.key}" declared twice`);
      this.index.set(c.key, i + 1);
    });
  }
  /** 1-based column number of a key. @throws {RangeError} for a key the registry does not have. */
  col(key: string): number {
    const n = this.index.get(key);
    if (n === undefined) throw new RangeError(`no report column "${key}"`);
    return n;
  }
  has(key: string): boolean {
    return this.index.has(key);
  }
  /** The names of the columns a deployment added (headers of their own), for `renderIssue`'s `{field, field}`. */
  get fieldNames(): ExtraFieldNames {
    return Object.fromEntries(this.list.filter((c) => c.header).map((c) => [c.key, c.header!]));
  }
  get last(): number {
    return this.list.length;
  }
  /** Column widths in characters, A first. */
  get widths(): number[] {
    return this.list.map((c) => c.width);
  }
  /** The first input column: everything left of it comes from the plan and is locked. */
  get firstInput(): number {
    return this.list.findIndex((c) => c.level !== "plan") + 1;
  }
}

/** The standard report columns. */
export const DEFAULT_COLUMNS = new ColumnSet(REPORT_COLUMNS);

/** Report-sheet columns of the standard registry, 1-based, for code and tests that name a column. */
export const COL: Readonly<Record<string, number>> = Object.fromEntries(REPORT_COLUMNS.map((c, i) => [c.key, i + 1]));

/** Rows above the data: title, two rows of who prepared it, a spacer, group headers, column headers. */
export const ROW = { title: 1, preparer1: 2, preparer2: 3, notice: 4, groups: 5, headers: 6, firstData: 7 } as const;

/** Where the preparer's inputs are (label cell, input cell). */
export const PREPARER_CELLS = {
  name: { label: "A2:B2", input: "C2" },
  position: { label: "D2:E2", input: "F2" },
  phone: { label: "G2", input: "H2:I2" },
  email: { label: "A3:B3", input: "C3" },
  date: { label: "D3:E3", input: "F3" },
} as const;

export interface TaskRow {
  type: "task";
  row: number;
  task: Task;
}

export interface MeasureRows {
  type: "measure";
  /** First row of the measure; it spans `indicators.length || 1` rows. */
  row: number;
  span: number;
  measure: Measure;
  task: Task;
  /** One row per indicator; empty when the measure has none. */
  indicators: { row: number; indicator: Indicator }[];
}

export type LayoutRow = TaskRow | MeasureRows;

export interface ReportLayout {
  rows: LayoutRow[];
  measures: MeasureRows[];
  lastRow: number;
}

/** The rows of an agency's report sheet: a heading row per task, then its measures, one row per indicator. */
export function layoutReport(plan: Plan, agency: string): ReportLayout {
  const own = measuresForBody(plan, agency);
  const rows: LayoutRow[] = [];
  const measures: MeasureRows[] = [];
  let row: number = ROW.firstData;
  let lastTask: Task | undefined;
  for (const { measure, task } of own) {
    if (task !== lastTask) {
      rows.push({ type: "task", row, task });
      row++;
      lastTask = task;
    }
    const span = Math.max(1, measure.indicators.length);
    const m: MeasureRows = {
      type: "measure",
      row,
      span,
      measure,
      task,
      indicators: measure.indicators.map((indicator, i) => ({ row: row + i, indicator })),
    };
    rows.push(m);
    measures.push(m);
    row += span;
  }
  return { rows, measures, lastRow: row - 1 };
}
