/**
 * One verdict per measure and period, from all its bodies' reports: what the Government asks ("how many of the
 * 117 measures are done"), where the master counts body reports. The rule, stated once (docs/verdicts.md):
 *
 * 1. not-reported: no responsible body reported the measure for the period;
 * 2. cancelled: every body that reported says cancelled; suspended: every one says suspended or cancelled;
 * 3. completed: the lead executor (the first body the plan names that reports on its own account, not "by
 *    agreement") reported it completed with its evidence (a document or a link), and every other body that
 *    reported says completed too;
 * 4. overdue: not completed (by rule 3) and its deadline passed by the end of the period;
 * 5. in-progress: some body reported it in progress or completed;
 * 6. not-started: otherwise.
 *
 * The bodies' own statuses are kept beside the verdict, and `disagreement` says when they differ: a measure one
 * body calls completed and another not started is shown as such, never hidden.
 */
import {
  findBody,
  isReportingBody,
  listMeasures,
  parsePeriod,
  VERDICTS,
  type MeasureStatus,
  type Plan,
  type Verdict,
} from "../../schema";
import type { Master, MeasureReportRow } from "../merge/model";
import { isOverdue } from "./period";
import { latestReports } from "./progress";

export { VERDICTS, type Verdict };

export interface MeasureVerdict {
  period: string;
  /** The measure's id, as the plan numbers it ("1.1"). */
  id: string;
  verdict: Verdict;
  /** The lead executor's code. */
  lead: string;
  /** Every responsible body that reports, in the plan's order, with its status (null: no report). */
  bodies: { agency: string; status: MeasureStatus | null }[];
  /** Bodies that reported disagree on the status. */
  disagreement: boolean;
}

/**
 * The verdict of every measure of the plan for each period, in plan order. A year's verdict reads each body's
 * latest report of the year (its second half-year supersedes its first), as the progress tables do.
 * @example measureVerdicts(master, plan, ["2019-H2"]).filter((v) => v.verdict === "completed").length
 */
export function measureVerdicts(master: Master, plan: Plan, periods: readonly string[]): MeasureVerdict[] {
  const out: MeasureVerdict[] = [];
  for (const period of periods) {
    const rows = new Map<string, MeasureReportRow>();
    for (const r of latestReports(master, period)) rows.set(`${period}\u0000${r.measureId}\u0000${r.agency}`, r);
    for (const { measure } of listMeasures(plan)) {
      const responsible = measure.responsible.filter((r) => {
        const body = findBody(plan.bodies, r.code);
        return body !== undefined && isReportingBody(body);
      });
      const lead = (responsible.find((r) => !r.byAgreement) ?? responsible[0] ?? measure.responsible[0]).code;
      const reports = responsible.map((r) => ({ r, row: rows.get(`${period}\u0000${measure.id}\u0000${r.code}`) }));
      const given = reports.flatMap(({ r, row }) => (row ? [{ agency: r.code, row }] : []));
      const statuses = new Set(given.map((g) => g.row.status));
      out.push({
        period,
        id: measure.id,
        verdict: verdictOf(given, lead, (status) => isOverdue(measure.deadline.periods, status, period)),
        lead,
        bodies: reports.map(({ r, row }) => ({ agency: r.code, status: row?.status ?? null })),
        disagreement: statuses.size > 1,
      });
    }
  }
  return out;
}

function verdictOf(
  given: { agency: string; row: MeasureReportRow }[],
  lead: string,
  overdue: (status: MeasureStatus) => boolean,
): Verdict {
  if (given.length === 0) return "not-reported";
  const all = (ok: (s: MeasureStatus) => boolean) => given.every((g) => ok(g.row.status));
  if (all((s) => s === "cancelled")) return "cancelled";
  if (all((s) => s === "suspended" || s === "cancelled")) return "suspended";
  const byLead = given.find((g) => g.agency === lead)?.row;
  const evidenced = byLead !== undefined && Boolean(byLead.evidenceDocument || byLead.evidenceLink);
  if (byLead?.status === "completed" && evidenced && all((s) => s === "completed")) return "completed";
  const started = given.some((g) => g.row.status === "in-progress" || g.row.status === "completed");
  const status: MeasureStatus = started ? "in-progress" : "not-started";
  if (overdue(status)) return "overdue";
  return status;
}

/** How many measures have each verdict in a period: the one count every output shows. */
export function countVerdicts(verdicts: readonly MeasureVerdict[], period: string): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const v of verdicts) if (v.period === period) counts[v.verdict]++;
  return counts;
}

/** The verdict counts of one period, for the plan (chapterId null) and for each chapter in plan order. */
export interface VerdictTally {
  period: string;
  /** null: the whole plan. */
  chapterId: string | null;
  /** The measures counted: the plan's (117) or the chapter's. */
  measures: number;
  counts: Record<Verdict, number>;
}

/**
 * The one count every output shows (the master's progress sheet, chart and figures, the report, `status`, the
 * open data): for each period, the plan's tally then each chapter's, in plan order.
 * @example tallyVerdicts(measureVerdicts(master, plan, ["2019-H2"]), plan)[0].counts.completed
 */
export function tallyVerdicts(verdicts: readonly MeasureVerdict[], plan: Plan): VerdictTally[] {
  const chapterOf = new Map(listMeasures(plan).map((m) => [m.measure.id, m.chapter.id]));
  const periods = [...new Set(verdicts.map((v) => v.period))];
  const out: VerdictTally[] = [];
  for (const period of periods) {
    const empty = (chapterId: string | null): VerdictTally => ({
      period,
      chapterId,
      measures: 0,
      counts: Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>,
    });
    const whole = empty(null);
    const chapters = new Map(plan.chapters.map((c) => [c.id, empty(c.id)]));
    for (const v of verdicts) {
      if (v.period !== period) continue;
      for (const t of [whole, chapters.get(chapterOf.get(v.id) ?? "")]) {
        if (!t) continue;
        t.measures++;
        t.counts[v.verdict]++;
      }
    }
    out.push(whole, ...chapters.values());
  }
  return out;
}

/**
 * The half-years the master holds reports for, in time order (years reported as a whole are left out: the
 * progress over time reads half-year by half-year, 2018-H2 → 2020-H2).
 */
export function heldHalfYears(master: Master): string[] {
  const held = new Set<string>();
  for (const r of master.measureReports) if (parsePeriod(r.period)?.half) held.add(r.period);
  return [...held].sort();
}

/**
 * The period before `period` that the master holds reports for (`held`: its half-years, time order): the latest
 * held half-year before a half-year; the year before a year, when the master holds one of its half-years. Null
 * for the first.
 * @example previousPeriod(["2018-H2", "2019-H1", "2019-H2"], "2019-H2") // "2019-H1"
 */
export function previousPeriod(held: readonly string[], period: string): string | null {
  const p = parsePeriod(period);
  if (!p) return null;
  if (p.half) return held.filter((h) => h < period).pop() ?? null;
  const year = String(p.year - 1);
  return held.some((h) => h.startsWith(`${year}-`)) ? year : null;
}

/** How each verdict's count changed since the previous period (this minus previous), null when there is none. */
export function changeSince(
  tallies: readonly VerdictTally[],
  period: string,
  previous: string | null,
  chapterId: string | null = null,
): Record<Verdict, number> | null {
  if (previous === null) return null;
  const find = (p: string) => tallies.find((t) => t.period === p && t.chapterId === chapterId);
  const now = find(period);
  const before = find(previous);
  if (!now || !before) return null;
  return Object.fromEntries(VERDICTS.map((v) => [v, now.counts[v] - before.counts[v]])) as Record<Verdict, number>;
}
