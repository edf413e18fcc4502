/**
 * Who has not reported for a period, from the master, by the same function as `tendik status`
 * (core/coordinator/status.ts summarizeStatus): bodies without an accepted report, those whose file was
 * rejected first, each group sorted by the body's short name in the pane's language.
 */
import { summarizeStatus } from "../../../core/coordinator/status";
import type { Master } from "../../../core/merge";
import { planText, type Language, type Plan } from "../../../schema";

export interface MissingBody {
  agency: string;
  shortName: string;
  name: string;
  state: "missing" | "rejected";
}

export interface MissingSummary {
  period: string;
  expected: number;
  missing: number;
  rejected: number;
  bodies: MissingBody[];
}

/** The bodies that have not reported for `period` (a half-year), in the pane's language. */
export function missingBodies(master: Master, plan: Plan, period: string, lang: Language): MissingSummary {
  const summary = summarizeStatus(master, plan, period);
  const rows = summary.rows.filter((r) => r.period === period);
  const totals = summary.totals.find((t) => t.period === period);
  const collator = new Intl.Collator(lang);
  const bodies = rows
    .filter((r): r is typeof r & { state: MissingBody["state"] } => r.state === "missing" || r.state === "rejected")
    .map((r) => ({
      agency: r.agency,
      shortName: planText(r.shortName, lang),
      name: planText(r.name, lang),
      state: r.state,
    }))
    .sort((a, b) =>
      a.state === b.state ? collator.compare(a.shortName, b.shortName) : a.state === "rejected" ? -1 : 1,
    );
  return {
    period,
    expected: totals?.expected ?? rows.length,
    missing: totals?.missing ?? bodies.filter((b) => b.state === "missing").length,
    rejected: totals?.rejected ?? bodies.filter((b) => b.state === "rejected").length,
    bodies,
  };
}
