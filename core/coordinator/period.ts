/** Which of the master's periods a coordinator's period covers: a year joins its half-years. */
import { isDeadlinePassed, parsePeriod, type HalfYearSpan, type MeasureStatus } from "../../schema";

/** Thrown when a period is not `YYYY` or `YYYY-H1|H2`. */
export class BadPeriodError extends Error {
  override readonly name = "BadPeriodError";
  constructor(period: string) {
    super(`"${period}" is not a reporting period (use 2019 or 2019-H2)`);
  }
}

/**
 * The periods of the master's rows a period covers, in time order: a half-year itself; a year its two
 * half-years and any report made for the whole year.
 * @throws {BadPeriodError}
 * @example coveredPeriods("2019") // ["2019-H1", "2019-H2", "2019"]
 */
export function coveredPeriods(period: string): string[] {
  const p = parsePeriod(period);
  if (!p) throw new BadPeriodError(period);
  return p.half ? [period.trim()] : [`${p.year}-H1`, `${p.year}-H2`, String(p.year)];
}

/** A report is overdue when the deadline passed by the end of the period and the measure is neither done nor dropped. */
export function isOverdue(deadline: HalfYearSpan[], status: MeasureStatus, period: string): boolean {
  const at = parsePeriod(period);
  return at !== null && status !== "completed" && status !== "cancelled" && isDeadlinePassed(deadline, at);
}
