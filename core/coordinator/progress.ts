/**
 * Which report of each body counts in a period: each body's latest report on a measure of the covered periods (in
 * an annual period the second half-year's report supersedes the first's). The measures' verdicts read these.
 */
import type { MeasureReportRow, Master } from "../merge/model";
import { coveredPeriods } from "./period";

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
