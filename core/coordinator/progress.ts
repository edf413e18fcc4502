/**
 * Progress by chapter for the consolidated report and its chart. Each body's latest report on a measure in
 * the period counts once (in an annual period the second half-year's report supersedes the first's), in
 * exactly one group, so the stacked bars add up to the reports: completed, in progress, not started,
 * overdue (not completed with its deadline passed, whatever else it says), other (suspended, cancelled).
 */
import { listMeasures, type Plan } from "../../schema";
import type { MeasureReportRow, Master } from "../merge/model";
import { coveredPeriods, isOverdue } from "./period";

export type ProgressGroup = "completed" | "inProgress" | "notStarted" | "overdue" | "other";
export const PROGRESS_GROUPS: ProgressGroup[] = ["completed", "inProgress", "notStarted", "overdue", "other"];
/** The colours of the groups in the chart (and the master's chart, so both read alike). */
export const GROUP_COLOURS: Record<ProgressGroup, string> = {
  completed: "2E7D32",
  inProgress: "1F77B4",
  notStarted: "A6A6A6",
  overdue: "C62828",
  other: "F2C14E",
};

export interface ChapterProgress {
  chapterId: string;
  measures: number;
  reportedMeasures: number;
  reports: number;
  groups: Record<ProgressGroup, number>;
}

/** For each (measure, body), the last report of the covered periods. */
export function latestReports(master: Master, period: string): MeasureReportRow[] {
  const periods = coveredPeriods(period);
  const rank = new Map(periods.map((p, i) => [p, i]));
  const latest = new Map<string, MeasureReportRow>();
  for (const r of master.measureReports) {
    const at = rank.get(r.period);
    if (at === undefined) continue;
    const key = `${r.measureId}\u0000${r.agency}`;
    const prev = latest.get(key);
    if (!prev || rank.get(prev.period)! < at) latest.set(key, r);
  }
  return [...latest.values()];
}

export function progressGroup(r: MeasureReportRow, deadline: Parameters<typeof isOverdue>[0]): ProgressGroup {
  if (r.status === "completed") return "completed";
  if (isOverdue(deadline, r.status, r.period)) return "overdue";
  if (r.status === "in-progress") return "inProgress";
  if (r.status === "not-started") return "notStarted";
  return "other";
}

/** One row per chapter in plan order. */
export function progressByChapter(master: Master, plan: Plan, period: string): ChapterProgress[] {
  const measures = listMeasures(plan);
  const where = new Map(measures.map((m) => [m.measure.id, m]));
  const rows = new Map<string, ChapterProgress>(
    plan.chapters.map((c) => [
      c.id,
      {
        chapterId: c.id,
        measures: measures.filter((m) => m.chapter.id === c.id).length,
        reportedMeasures: 0,
        reports: 0,
        groups: { completed: 0, inProgress: 0, notStarted: 0, overdue: 0, other: 0 },
      },
    ]),
  );
  const reported = new Set<string>();
  for (const r of latestReports(master, period)) {
    const m = where.get(r.measureId);
    if (!m) continue;
    const row = rows.get(m.chapter.id)!;
    row.reports++;
    row.groups[progressGroup(r, m.measure.deadline.periods)]++;
    if (!reported.has(r.measureId)) {
      reported.add(r.measureId);
      row.reportedMeasures++;
    }
  }
  return [...rows.values()];
}
