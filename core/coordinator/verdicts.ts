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
import { findBody, isReportingBody, listMeasures, type MeasureStatus, type Plan } from "../../schema";
import type { Master, MeasureReportRow } from "../merge/model";
import { isOverdue } from "./period";

export const VERDICTS = [
  "completed",
  "in-progress",
  "not-started",
  "overdue",
  "suspended",
  "cancelled",
  "not-reported",
] as const;
export type Verdict = (typeof VERDICTS)[number];

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
 * The verdict of every measure of the plan for each period, in plan order.
 * @example measureVerdicts(master, plan, ["2019-H2"]).filter((v) => v.verdict === "completed").length
 */
export function measureVerdicts(master: Master, plan: Plan, periods: readonly string[]): MeasureVerdict[] {
  const rows = new Map<string, MeasureReportRow>();
  for (const r of master.measureReports) rows.set(`${r.period}\u0000${r.measureId}\u0000${r.agency}`, r);
  const out: MeasureVerdict[] = [];
  for (const period of periods)
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
