// A plan's schema problems in the reader's language (issue 22): where in the plan's own words, what is wrong,
// never the JSON path or the validator's English.
import { planPlace, schemaProblemText } from "../../addin/taskpane/plan/schemaProblem";
import { checkPlan } from "../../core/plan";
import { defaultPlan } from "../../schema";

describe("a plan's schema problem in words", () => {
  it("names the place by chapter, goal, task and measure, counted from 1, and the field", () => {
    expect(planPlace("/chapters/0/goals/1/tasks/2/measures/3/text/ru", "ru")).toBe(
      "глава 1, цель 2, задача 3, мероприятие 4 «text.ru»",
    );
    expect(planPlace("", "en")).toBe("The plan");
    expect(planPlace("/bodies/4/name", "ky")).toBe("орган 5 «name»");
  });

  it("says what is wrong in each language, from the validator's detail", () => {
    const doc = structuredClone(defaultPlan) as unknown as { chapters: { goals: unknown[]; title?: unknown }[] };
    delete doc.chapters[1].title;
    const [problem] = checkPlan(doc);
    expect(problem.code).toBe("plan-schema-violation");
    const words = (["ky", "ru", "en"] as const).map((l) =>
      schemaProblemText(problem.path, String(problem.params.detail), l),
    );
    expect(words[1]).toBe("глава 2: нет поля «title».");
    expect(words[2]).toBe("chapter 2: the field “title” is missing.");
    for (const w of words) expect(w).not.toMatch(/must|\/chapters|instancePath/);
  });

  it("words a value of the wrong kind and an unknown problem without the validator's text", () => {
    expect(schemaProblemText("/chapters/0/id", "/chapters/0/id must be string", "ru")).toBe(
      "глава 1 «id»: значение не того вида.",
    );
    expect(schemaProblemText("/period", "/period must be >= 2000", "en")).toBe(
      "The plan «period»: does not keep the plan's rules.",
    );
  });
});
