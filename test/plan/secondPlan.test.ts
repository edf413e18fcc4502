import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "../../adapters/xlsx";
import { checkPlan } from "../../core/plan";
import type { Plan } from "../../schema";
import { runCli } from "../helpers/runCli";
import { SECOND_PLAN_ID, secondPlanWorkbook } from "./secondPlanWorkbook";

/** The committed plan file; `UPDATE_SECOND_PLAN=1 npx jest test/plan/secondPlan.test.ts` writes it again. */
const committed = join(__dirname, `../../schema/plans/${SECOND_PLAN_ID}.json`);
const dir = mkdtempSync(join(tmpdir(), "tendik-second-plan-"));
const authoring = join(dir, "authoring.xlsx");
const planFile = join(dir, "plan.json");
let plan: Plan;

beforeAll(async () => {
  writeFileSync(authoring, await writeWorkbook(secondPlanWorkbook()));
});

describe("a second plan written in the authoring workbook", () => {
  it("imports without issues into the committed plan file", async () => {
    const { code, stdout } = await runCli(["plan", "import", authoring, "--out", planFile, "--lang", "en"]);
    expect(stdout).toContain("no errors");
    expect(code).toBe(0);
    plan = JSON.parse(readFileSync(planFile, "utf8")) as Plan;
    if (process.env.UPDATE_SECOND_PLAN || !existsSync(committed))
      writeFileSync(committed, JSON.stringify(plan, null, 2) + "\n");
    expect(plan).toEqual(JSON.parse(readFileSync(committed, "utf8")));
    expect(checkPlan(plan)).toEqual([]);
  });

  it("reads periods from the deadline's text: an annual and two half-year deadlines", () => {
    const deadline = (id: string) =>
      plan.chapters.flatMap((c) => c.goals.flatMap((g) => g.tasks.flatMap((t) => t.measures))).find((m) => m.id === id)!
        .deadline;
    expect(deadline("1.1")).toEqual({ text: "Жыл сайын", periods: [], recurrence: "annual", note: null });
    expect(deadline("1.2").periods).toEqual([{ startYear: 2025, startHalf: 2, endYear: 2025, endHalf: 2 }]);
    expect(deadline("3.2").periods).toEqual([{ startYear: 2025, startHalf: 1, endYear: 2025, endHalf: 1 }]);
    expect(deadline("2.1").periods).toEqual([{ startYear: 2025, startHalf: null, endYear: 2026, endHalf: null }]);
  });
});
