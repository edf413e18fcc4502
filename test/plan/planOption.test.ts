import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadPlanOption, PlanFileError } from "../../cli/planOption";
import { checkPlan } from "../../core/plan";
import { defaultPlan, type Plan } from "../../schema";
import secondPlan from "../../schema/plans/sample-wps-2025-2026.json";

const dir = mkdtempSync(join(tmpdir(), "tendik-plan-option-"));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};
const clone = (): Plan => JSON.parse(JSON.stringify(secondPlan)) as Plan;

describe("--plan PLAN.json", () => {
  it("is the embedded plan when not given, and when the file holds the embedded plan itself", async () => {
    expect(await loadPlanOption(undefined)).toBe(defaultPlan);
    expect(await loadPlanOption(file("embedded.json", defaultPlan))).toBe(defaultPlan);
  });

  it("loads another plan file", async () => {
    const plan = await loadPlanOption(file("second.json", secondPlan));
    expect(plan.id).toBe("sample-wps-2025-2026");
    expect(plan).toEqual(secondPlan);
  });

  it("refuses a file that is not JSON, or not a plan, saying where", async () => {
    await expect(loadPlanOption(file("text.json", "{ not json"))).rejects.toBeInstanceOf(PlanFileError);
    await expect(loadPlanOption(join(dir, "missing.json"))).rejects.toBeInstanceOf(PlanFileError);
    const noTitle = clone() as Partial<Plan>;
    delete noTitle.title;
    await expect(loadPlanOption(file("no-title.json", noTitle))).rejects.toThrow(/plan-schema-violation/);
  });

  it("refuses a plan whose cross-references break: unknown body, measure outside its task, duplicate id", async () => {
    const plan = clone();
    const measures = plan.chapters[0].goals[0].tasks[0].measures;
    measures[0].responsible[0].code = "ЭСӨМ";
    measures[1].id = "9.2";
    plan.bodies[1].code = plan.bodies[0].code;
    const err = await loadPlanOption(file("broken.json", plan)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanFileError);
    expect((err as PlanFileError).problems).toEqual([
      "/chapters/0/goals/0/tasks/0/measures/0/responsible/0: plan-unknown-body ЭСӨМ 1.1",
      "/chapters/0/goals/0/tasks/0/measures/1/id: plan-id-outside-parent measure 9.2 1",
      "/chapters/0/goals/0/tasks/0/measures/1/indicators/0/id: plan-id-outside-parent indicator 1.2.1 9.2",
      // The body renamed away is now unknown where a measure names it.
      "/chapters/1/goals/0/tasks/0/measures/0/responsible/0: plan-unknown-body ӨКМ 3.1",
      "/bodies/1/code: plan-duplicate-id body ИИМ",
    ]);
  });

  it("finds nothing wrong with the embedded plan", () => {
    expect(checkPlan(defaultPlan)).toEqual([]);
  });
});
