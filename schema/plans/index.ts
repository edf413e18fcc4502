import type { Plan } from "../generated/types";
import { EMBEDDED_PLAN_HASH } from "../generated/embeddedPlanHash";
import { hashJson } from "../hash";
import { planContent } from "../planContent";
import planJson from "./kg-gender-equality-2018-2020.json";

/** The embedded default: the 2018–2020 National Action Plan for gender equality of the Kyrgyz Republic. */
export const defaultPlan = planJson as unknown as Plan;

// The embedded plan's hash is computed at build time (scripts/build-schema.mjs), not at every start.
const hashes = new WeakMap<Plan, string>([[defaultPlan, EMBEDDED_PLAN_HASH]]);

/**
 * The plan's content hash: SHA-256 of the canonical JSON of what templates rely on (`planContent`: not the
 * wording or standing of translations), computed once per plan object.
 */
export function planHash(plan: Plan): string {
  let h = hashes.get(plan);
  if (!h) {
    h = hashJson(planContent(plan));
    hashes.set(plan, h);
  }
  return h;
}
