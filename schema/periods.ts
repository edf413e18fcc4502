import type { HalfYearSpan, PlanPeriod } from "./generated/types";

/** A reporting period: a half-year (`2019-H2`) or a whole year (`2019`, half null). */
export interface Period {
  year: number;
  half: 1 | 2 | null;
}

const PERIOD = /^(\d{4})(?:-H([12]))?$/;

/** Parses `2019-H2` or `2019`; returns null for anything else. */
export function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text.trim());
  if (!m) return null;
  return { year: Number(m[1]), half: m[2] ? (Number(m[2]) as 1 | 2) : null };
}

/** Half-years are counted as year*2 + (half-1), so spans compare as integers. */
function startIndex(year: number, half: 1 | 2 | null): number {
  return year * 2 + (half ? half - 1 : 0);
}
function endIndex(year: number, half: 1 | 2 | null): number {
  return year * 2 + (half ? half - 1 : 1);
}

/** True when the period lies within the plan's period (whole years must lie entirely within it). */
export function isPeriodInPlan(p: Period, plan: PlanPeriod): boolean {
  const lo = startIndex(plan.startYear, plan.startHalf);
  const hi = endIndex(plan.endYear, plan.endHalf);
  return startIndex(p.year, p.half) >= lo && endIndex(p.year, p.half) <= hi;
}

/** Every half-year of the plan, then every whole year it covers entirely. */
export function planPeriods(plan: PlanPeriod): string[] {
  const out: string[] = [];
  for (let i = startIndex(plan.startYear, plan.startHalf); i <= endIndex(plan.endYear, plan.endHalf); i++) {
    out.push(`${Math.floor(i / 2)}-H${(i % 2) + 1}`);
  }
  for (let y = plan.startYear; y <= plan.endYear; y++) {
    if (isPeriodInPlan({ year: y, half: null }, plan)) out.push(String(y));
  }
  return out;
}

/** True when every span of the deadline has ended by the end of the period. */
export function isDeadlinePassed(periods: HalfYearSpan[], at: Period): boolean {
  if (periods.length === 0) return false;
  const now = endIndex(at.year, at.half);
  return periods.every((s) => endIndex(s.endYear, s.endHalf) <= now);
}

/**
 * The half-year a clerk most likely reports on today: the latest of the plan's half-years that has ended by
 * `today`; before the first has ended, the current one (the plan's first, if the plan has not begun); after the
 * plan, its last. What the pane and the templates ZIP offer first, instead of the plan's first period.
 * @example defaultReportingPeriod({ startYear: 2018, startHalf: 2, endYear: 2020, endHalf: 2 }, new Date("2019-08-01")) // "2019-H1"
 */
export function defaultReportingPeriod(plan: PlanPeriod, today: Date): string {
  const lo = startIndex(plan.startYear, plan.startHalf);
  const hi = endIndex(plan.endYear, plan.endHalf);
  // The half-year running today; the one before it is the latest that has ended.
  const current = today.getFullYear() * 2 + (today.getMonth() < 6 ? 0 : 1);
  const pick = Math.min(hi, Math.max(lo, current - 1));
  return `${Math.floor(pick / 2)}-H${(pick % 2) + 1}`;
}
