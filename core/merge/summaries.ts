/**
 * Summaries for people, computed from the master and the plan (never stored: they follow from the tables): who
 * reported per body and period, and each body's report on a measure side by side. Counts of measures (how many
 * are completed, overdue…) are not made here but from the measures' verdicts, one per measure and period
 * (core/coordinator/verdictTallies.ts), so that the master, `status`, the report and the open data agree.
 */
import {
  findBody,
  reportingBodies,
  listMeasures,
  type LocalizedString,
  type MeasureStatus,
  type Plan,
} from "../../schema";
import type { IndicatorValueRow, Master } from "./model";
import { cmp, PlanOrder } from "./rows";

/** Periods in time order. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort((a, b) => PlanOrder.period(a) - PlanOrder.period(b) || cmp(a, b));
}

export type ReportingState = "submitted" | "rejected" | "missing";

export interface CompletenessRow {
  agency: string;
  name: LocalizedString;
  period: string;
  /** submitted: its data is in the master; rejected: only rejected files arrived; missing: nothing arrived. */
  state: ReportingState;
  /** The file whose data is in the master. */
  fileName: string | null;
  receivedAt: string | null;
  /** Files received for this body and period, duplicates included. */
  files: number;
  rejectedFiles: number;
}

export interface CompletenessTotal {
  period: string;
  expected: number;
  submitted: number;
  rejected: number;
  missing: number;
}

/** The bodies expected to report (the schema library says which). */
export { reportingBodies };

/** Per reporting body and period (the periods any file was received for), who reported. */
export function summarizeCompleteness(
  master: Master,
  plan: Plan,
): { periods: string[]; rows: CompletenessRow[]; totals: CompletenessTotal[] } {
  const periods = sortPeriods(master.submissions.flatMap((s) => (s.period === null ? [] : [s.period])));
  const rows: CompletenessRow[] = [];
  const totals: CompletenessTotal[] = periods.map((period) => ({
    period,
    expected: 0,
    submitted: 0,
    rejected: 0,
    missing: 0,
  }));
  const bodies = reportingBodies(plan);
  const log = new Map<string, typeof master.submissions>();
  for (const s of master.submissions) {
    if (s.agency === null || s.period === null) continue;
    const key = `${s.agency}\u0000${s.period}`;
    log.set(key, [...(log.get(key) ?? []), s]);
  }
  for (const agency of bodies) {
    const name = findBody(plan.bodies, agency)!.name;
    periods.forEach((period, i) => {
      const files = log.get(`${agency}\u0000${period}`) ?? [];
      const current = files.find((f) => f.outcome === "accepted" && f.replacedBy === null) ?? null;
      const rejectedFiles = files.filter((f) => f.outcome === "rejected").length;
      const state: ReportingState = current ? "submitted" : rejectedFiles ? "rejected" : "missing";
      rows.push({
        agency,
        name,
        period,
        state,
        fileName: current?.fileName ?? null,
        receivedAt: current?.receivedAt ?? null,
        files: files.length,
        rejectedFiles,
      });
      totals[i].expected++;
      totals[i][state]++;
    });
  }
  return { periods, rows, totals };
}

export interface SideBySideReport {
  status: MeasureStatus;
  narrative: string | null;
  values: IndicatorValueRow[];
}

export interface SideBySideRow {
  measureId: string;
  /** True on the first row of a measure (its text is shown there). */
  first: boolean;
  agency: string;
  byAgreement: boolean;
  /** One entry per period of `periods`: the body's report, or null when it has none. */
  reports: (SideBySideReport | null)[];
}

/** Per measure, one row per responsible body, each period's report side by side. */
export function summarizeByMeasure(master: Master, plan: Plan): { periods: string[]; rows: SideBySideRow[] } {
  const periods = sortPeriods(master.measureReports.map((r) => r.period));
  const key = (measureId: string, agency: string, period: string) => `${measureId}\u0000${agency}\u0000${period}`;
  const reports = new Map(master.measureReports.map((r) => [key(r.measureId, r.agency, r.period), r]));
  const values = new Map<string, IndicatorValueRow[]>();
  for (const v of master.indicatorValues) {
    const k = key(v.measureId, v.agency, v.period);
    values.set(k, [...(values.get(k) ?? []), v]);
  }
  const reporting = new Set(reportingBodies(plan));
  const reportedBy = new Map<string, Set<string>>();
  for (const r of master.measureReports)
    reportedBy.set(r.measureId, (reportedBy.get(r.measureId) ?? new Set()).add(r.agency));

  const rows: SideBySideRow[] = [];
  for (const { measure } of listMeasures(plan)) {
    const bodies = measure.responsible
      .filter((r) => reporting.has(r.code))
      .map((r) => ({ agency: r.code, byAgreement: r.byAgreement }));
    for (const agency of reportedBy.get(measure.id) ?? [])
      if (!bodies.some((b) => b.agency === agency)) bodies.push({ agency, byAgreement: false });
    bodies.forEach((b, i) =>
      rows.push({
        measureId: measure.id,
        first: i === 0,
        agency: b.agency,
        byAgreement: b.byAgreement,
        reports: periods.map((p) => {
          const r = reports.get(key(measure.id, b.agency, p));
          return r
            ? { status: r.status, narrative: r.narrative, values: values.get(key(measure.id, b.agency, p)) ?? [] }
            : null;
        }),
      }),
    );
  }
  return { periods, rows };
}
