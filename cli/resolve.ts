import { findBody, isPeriodInPlan, parsePeriod, reportingBodies, planPeriods, type Plan } from "../schema";
import { usageError } from "./errors";

/** The canonical code of an agency typed on the command line (printed code, variant, Latin alias, or any name). */
export function resolveAgency(plan: Plan, typed: string): string {
  const body = findBody(plan.bodies, typed);
  const reporting = reportingBodies(plan);
  if (!body || !reporting.includes(body.code)) {
    const known = reporting.map((code) => `${code} (${findBody(plan.bodies, code)!.latin})`);
    throw usageError("unknownAgency", { typed, known: known.join(", ") });
  }
  return body.code;
}

export function resolvePeriod(plan: Plan, typed: string): string {
  const p = parsePeriod(typed);
  if (!p || !isPeriodInPlan(p, plan.period))
    throw usageError("unknownPeriod", { typed, periods: planPeriods(plan.period).join(", ") });
  return typed.trim();
}

export { resolveLanguage } from "./language";
