/** A report as master rows, and the canonical order of the master's data tables. */
import {
  bodiesWithMeasures,
  listMeasures,
  parsePeriod,
  type IndicatorValue,
  type MeasureInPlan,
  type Plan,
  type Report,
  type ReportEntry,
} from "../../schema";
import { getAt } from "../pointer";
import { DEFAULT_COLUMNS, type ColumnSet } from "../template/layout";
import { indicatorFields } from "./columns";
import type { IndicatorValueRow, IssueRow, MeasureReportRow } from "./model";

/**
 * One body's report on one measure as a master row: where it sits in the plan, then each measure-level field
 * of the registry under its master column (null when not reported).
 */
export function measureReportRow(
  report: Report,
  entry: ReportEntry,
  place: MeasureInPlan,
  sha256: string,
  columns: ColumnSet = DEFAULT_COLUMNS,
): MeasureReportRow {
  const { agency, period } = report.header;
  const row: Record<string, unknown> = {
    agency,
    period,
    chapterId: place.chapter.id,
    goalId: place.goal.id,
    taskId: place.task.id,
    measureId: entry.measureId,
  };
  for (const c of columns.list)
    if (c.level === "measure" && c.input?.master) row[c.input.master.key] = getAt(entry, c.input.path) ?? null;
  row.sha256 = sha256;
  return row as unknown as MeasureReportRow;
}

/**
 * A typed value as a row: exactly what was typed, nothing derived (a people total only if the report has one);
 * the columns of other kinds are null.
 */
export function indicatorValueRow(
  report: Report,
  measureId: string,
  v: IndicatorValue,
  sha256: string,
  columns: ColumnSet = DEFAULT_COLUMNS,
): IndicatorValueRow {
  const row: Record<string, unknown> = {
    agency: report.header.agency,
    period: report.header.period,
    measureId,
    indicatorId: v.indicatorId,
    kind: v.kind,
  };
  for (const f of indicatorFields(columns)) row[f.key] = null;
  for (const c of columns.list) {
    const input = c.level === "indicator" ? c.byKind?.[v.kind] : undefined;
    if (input?.master) row[input.master.key] = getAt(v, input.path) ?? null;
  }
  row.sha256 = sha256;
  return row as unknown as IndicatorValueRow;
}

/** Sort keys from the plan: measures and indicators in printed order, bodies in order of appearance, periods by time. */
export class PlanOrder {
  private readonly measures = new Map<string, number>();
  private readonly indicators = new Map<string, number>();
  private readonly bodies = new Map<string, number>();

  constructor(plan: Plan) {
    listMeasures(plan).forEach(({ measure }, i) => {
      this.measures.set(measure.id, i);
      measure.indicators.forEach((ind, j) => this.indicators.set(`${measure.id}\u0000${ind.id}`, j));
    });
    bodiesWithMeasures(plan).forEach((code, i) => this.bodies.set(code, i));
  }

  measure(id: string): number {
    return this.measures.get(id) ?? Number.MAX_SAFE_INTEGER;
  }
  indicator(measureId: string, id: string): number {
    return this.indicators.get(`${measureId}\u0000${id}`) ?? Number.MAX_SAFE_INTEGER;
  }
  body(code: string | null): number {
    return code === null ? Number.MAX_SAFE_INTEGER : (this.bodies.get(code) ?? Number.MAX_SAFE_INTEGER - 1);
  }

  /** Half-years in time order; a whole year right after its second half. */
  static period(text: string | null): number {
    const p = text === null ? null : parsePeriod(text);
    if (!p) return Number.MAX_SAFE_INTEGER;
    return p.half ? p.year * 4 + (p.half - 1) * 2 : p.year * 4 + 3;
  }

  compareAgencyPeriod(
    a: { agency: string | null; period: string | null },
    b: { agency: string | null; period: string | null },
  ): number {
    return (
      this.body(a.agency) - this.body(b.agency) ||
      cmp(a.agency ?? "", b.agency ?? "") ||
      PlanOrder.period(a.period) - PlanOrder.period(b.period) ||
      cmp(a.period ?? "", b.period ?? "")
    );
  }

  compareMeasureReports = (a: MeasureReportRow, b: MeasureReportRow): number =>
    this.measure(a.measureId) - this.measure(b.measureId) ||
    cmp(a.measureId, b.measureId) ||
    this.compareAgencyPeriod(a, b) ||
    cmp(a.sha256, b.sha256);

  compareIndicatorValues = (a: IndicatorValueRow, b: IndicatorValueRow): number =>
    this.measure(a.measureId) - this.measure(b.measureId) ||
    cmp(a.measureId, b.measureId) ||
    this.compareAgencyPeriod(a, b) ||
    this.indicator(a.measureId, a.indicatorId) - this.indicator(b.measureId, b.indicatorId) ||
    cmp(a.indicatorId, b.indicatorId) ||
    cmp(a.sha256, b.sha256);

  /** Warnings by body and period; a file's own issues keep their order (the sort is stable). */
  compareIssues = (a: IssueRow, b: IssueRow): number => this.compareAgencyPeriod(a, b) || cmp(a.sha256, b.sha256);
}

/** Code-unit order, the same in every locale (localeCompare is not). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
