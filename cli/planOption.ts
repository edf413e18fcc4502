import { readFile } from "node:fs/promises";
import { checkPlan } from "../core/plan";
import { defaultPlan, planHash, type Plan } from "../schema";
import { InputError } from "./errors";

/** A plan file given with --plan that cannot be used: unreadable, not JSON, or not a valid plan. Exit code 2. */
export class PlanFileError extends InputError {
  override name = "PlanFileError";
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `${file}: not a usable plan:\n  ${problems.slice(0, 10).join("\n  ")}${problems.length > 10 ? `\n  … and ${problems.length - 10} more` : ""}`,
    );
  }
}

/**
 * The plan a command works on: the file given with `--plan PLAN.json`, checked against the plan schema and its
 * cross-references (unique ids, ids under their parents, every responsible body in the registry); without
 * the option, the embedded plan. A file holding the embedded plan itself gives back `defaultPlan`.
 * @throws {PlanFileError} when the file cannot be read or is not a valid plan.
 * @example const plan = await loadPlanOption(values.plan);
 */
export async function loadPlanOption(file: string | undefined): Promise<Plan> {
  if (file === undefined) return defaultPlan;
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new PlanFileError(file, [(e as Error).message]);
  }
  const problems = checkPlan(doc);
  if (problems.length)
    throw new PlanFileError(
      file,
      problems.map((p) => `${p.path || "/"}: ${p.code} ${Object.values(p.params).join(" ")}`),
    );
  const plan = doc as Plan;
  return planHash(plan) === planHash(defaultPlan) ? defaultPlan : plan;
}
