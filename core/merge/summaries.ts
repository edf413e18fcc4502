/**
 * Summaries for people, computed from the master and the plan (never stored: they follow from the tables).
 *
 * How a measure reported by several bodies is counted: the unit of every count is the measure report, one
 * body's report on one measure for one period. A measure with three responsible bodies that all reported
 * counts three times in `reports`, in `byStatus` and in `overdue`, once per body, each with its own status;
 * `reportedMeasures` counts it once. `shareCompleted` is completed reports / all reports, so a measure that
 * one body calls completed and another in progress counts as half done. The side-by-side sheet shows each
 * body's report on the measure next to the others, for whoever needs one verdict per measure.
 */
import {
  findBody,
  isDeadlinePassed,
  reportingBodies,
  listMeasures,
  parsePeriod,
  type LocalizedString,
  type MeasureStatus,
  type Plan,
} from "../../schema";
import type { IndicatorValueRow, Master, MeasureReportRow } from "./model";
import { cmp, PlanOrder } from "./rows";

export const STATUSES: MeasureStatus[] = ["not-started", "in-progress", "completed", "suspended", "cancelled"];
export type StatusCounts = Record<MeasureStatus, number>;

export interface ProgressRow {
  period: string;
  level: "plan" | "chapter" | "goal" | "task";
  /** Empty for the whole plan. */
  id: string;
  title: LocalizedString;
  /** Measures of the plan in this group. */
  measures: number;
  /** Measures with at least one report in the period. */
  reportedMeasures: number;
  /** Measure reports (measure x body) in the period. */
  reports: number;
  byStatus: StatusCounts;
  /** Completed reports / reports; null when nothing was reported. */
  shareCompleted: number | null;
  /** Reports whose deadline had passed by the end of the period and that are neither completed nor cancelled. */
  overdue: number;
}

/** Periods in time order. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort((a, b) => PlanOrder.period(a) - PlanOrder.period(b) || cmp(a, b));
}

const zeroCounts = (): StatusCounts => ({
  "not-started": 0,
  "in-progress": 0,
  completed: 0,
  suspended: 0,
  cancelled: 0,
});

/** Per period (those with data): the plan, then each chapter, goal and task in printed order. */
export function summarizeProgress(master: Master, plan: Plan): ProgressRow[] {
  const deadlines = new Map(listMeasures(plan).map(({ measure }) => [measure.id, measure.deadline.periods]));
  const byPeriod = new Map<string, MeasureReportRow[]>();
  for (const r of master.measureReports) {
    const list = byPeriod.get(r.period) ?? [];
    list.push(r);
    byPeriod.set(r.period, list);
  }
  const out: ProgressRow[] = [];
  for (const period of sortPeriods(byPeriod.keys())) {
    const reports = byPeriod.get(period)!;
    const at = parsePeriod(period);
    const row = (
      level: ProgressRow["level"],
      id: string,
      title: LocalizedString,
      measureIds: Set<string>,
    ): ProgressRow => {
      const mine = reports.filter((r) => measureIds.has(r.measureId));
      const byStatus = zeroCounts();
      let overdue = 0;
      for (const r of mine) {
        byStatus[r.status]++;
        const passed = at !== null && isDeadlinePassed(deadlines.get(r.measureId) ?? [], at);
        if (passed && r.status !== "completed" && r.status !== "cancelled") overdue++;
      }
      return {
        period,
        level,
        id,
        title,
        measures: measureIds.size,
        reportedMeasures: new Set(mine.map((r) => r.measureId)).size,
        reports: mine.length,
        byStatus,
        shareCompleted: mine.length ? byStatus.completed / mine.length : null,
        overdue,
      };
    };
    const ids = (tasks: { measures: { id: string }[] }[]) => new Set(tasks.flatMap((t) => t.measures.map((m) => m.id)));
    out.push(row("plan", "", plan.title, ids(plan.chapters.flatMap((c) => c.goals.flatMap((g) => g.tasks)))));
    for (const chapter of plan.chapters) {
      out.push(row("chapter", chapter.id, chapter.title, ids(chapter.goals.flatMap((g) => g.tasks))));
      for (const goal of chapter.goals) {
        out.push(row("goal", goal.id, goal.title, ids(goal.tasks)));
        for (const task of goal.tasks) out.push(row("task", task.id, task.title, ids([task])));
      }
    }
  }
  return out;
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
