/**
 * Where everything sits in the report sheet. The builder and the reader both derive positions from here,
 * so a template and its reading cannot disagree.
 */
import { listMeasures, measuresForBody, type Indicator, type Measure, type Plan, type Task } from "../../schema";

/** Report-sheet columns, 1-based. Plan columns are A–G (locked), inputs H–T. */
export const COL = {
  measure: 1,
  text: 2,
  indicator: 3,
  unit: 4,
  deadline: 5,
  expected: 6,
  partners: 7,
  status: 8,
  narrative: 9,
  value: 10,
  women: 11,
  men: 12,
  total: 13,
  reference: 14,
  spent: 15,
  source: 16,
  document: 17,
  date: 18,
  link: 19,
  obstacles: 20,
} as const;
export type ColumnKey = keyof typeof COL;
export const LAST_COL = COL.obstacles;

/** Column widths in characters (A..T). */
export const WIDTHS = [7, 46, 34, 12, 13, 34, 18, 15, 40, 11, 9, 9, 9, 18, 13, 18, 24, 11, 22, 30];

/** Rows above the data: title, two rows of who prepared it, a spacer, group headers, column headers. */
export const ROW = { title: 1, preparer1: 2, preparer2: 3, groups: 5, headers: 6, firstData: 7 } as const;

/** Where the preparer's inputs are (label cell, input cell). */
export const PREPARER_CELLS = {
  name: { label: "A2:B2", input: "C2" },
  position: { label: "D2:E2", input: "F2" },
  phone: { label: "G2", input: "H2:I2" },
  email: { label: "A3:B3", input: "C3" },
  date: { label: "D3:E3", input: "F3" },
} as const;
export type PreparerField = keyof typeof PREPARER_CELLS;

/** Measure-level columns, merged down over a measure's indicator rows. */
export const MEASURE_LEVEL: ColumnKey[] = [
  "measure",
  "text",
  "deadline",
  "expected",
  "partners",
  "status",
  "narrative",
  "spent",
  "source",
  "document",
  "date",
  "link",
  "obstacles",
];
/** Indicator-level columns, one row per indicator. */
export const INDICATOR_LEVEL: ColumnKey[] = ["indicator", "unit", "value", "women", "men", "total", "reference"];

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

/** Every measure id of the plan, to tell a foreign measure row from a typo. */
export function planMeasureIds(plan: Plan): Set<string> {
  return new Set(listMeasures(plan).map((m) => m.measure.id));
}
