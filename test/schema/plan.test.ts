import { bodiesWithMeasures, checkPlanSchema, defaultPlan, findBody, listMeasures, type Measure } from "../../schema";

const measures = listMeasures(defaultPlan);

describe("the embedded 2018–2020 plan", () => {
  it("validates against the plan schema", () => {
    const result = checkPlanSchema(defaultPlan);
    expect(result.errors).toEqual([]);
  });

  it("has 5 chapters, 13 goals, 36 tasks, 117 measures", () => {
    const goals = defaultPlan.chapters.flatMap((c) => c.goals);
    const tasks = goals.flatMap((g) => g.tasks);
    expect([defaultPlan.chapters.length, goals.length, tasks.length, measures.length]).toEqual([5, 13, 36, 117]);
    expect(defaultPlan.chapters.map((c) => measures.filter((m) => m.chapter === c).length)).toEqual([
      17, 19, 44, 13, 24,
    ]);
  });

  it("has unique ids at every level, and goal ids start with their chapter id", () => {
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    const goals = defaultPlan.chapters.flatMap((c) => c.goals);
    const tasks = goals.flatMap((g) => g.tasks);
    for (const list of [ids(defaultPlan.chapters), ids(goals), ids(tasks), ids(measures.map((m) => m.measure))])
      expect(new Set(list).size).toBe(list.length);
    expect(tasks.map((t) => t.id)).toEqual(Array.from({ length: 36 }, (_, i) => String(i + 1)));
    for (const c of defaultPlan.chapters) for (const g of c.goals) expect(g.id.startsWith(`${c.id}.`)).toBe(true);
  });

  it("gives each measure an id that starts with its task id, and each indicator one that starts with its measure id", () => {
    for (const { measure, task } of measures) {
      expect(measure.id.split(".")[0]).toBe(task.id);
      measure.indicators.forEach((ind, i) => expect(ind.id).toBe(`${measure.id}.${i + 1}`));
    }
  });

  it("resolves every responsible body to the registry, keeping the printed form of variants", () => {
    const codes = new Set(defaultPlan.bodies.map((b) => b.code));
    for (const { measure } of measures)
      for (const r of measure.responsible) {
        expect(codes.has(r.code)).toBe(true);
        if (r.printed !== r.code) expect(findBody(defaultPlan.bodies, r.printed)?.code).toBe(r.code);
      }
    expect(bodiesWithMeasures(defaultPlan)).toHaveLength(55);
    const printed = (code: string) =>
      measures
        .flatMap((m) => m.measure.responsible)
        .filter((r) => r.code === code)
        .map((r) => r.printed);
    expect(printed("ССМ")).toContain("CСМ"); // a Latin C, kept as printed
    expect(findBody(defaultPlan.bodies, "ЖК СД")?.code).toBe("ЖС СД");
  });

  it("holds the 38 listed abbreviations with their full names, and marks the unlisted bodies as inferred", () => {
    const listed = defaultPlan.bodies.filter((b) => b.listed);
    expect(listed).toHaveLength(38);
    expect(listed.every((b) => b.source === "listed" && b.printedInList)).toBe(true);
    expect(findBody(defaultPlan.bodies, "ЭСӨМ")?.name.ky).toBe(
      "Кыргыз Республикасынын Эмгек жана социалдык өнүктүрүү министрлиги",
    );
    const inferred = defaultPlan.bodies.filter((b) => !b.listed);
    expect(inferred.every((b) => b.source === "inferred")).toBe(true);
    expect(inferred.map((b) => b.code)).toEqual(expect.arrayContaining(["ИИМ", "БУУӨП", "БУУ-Аялдар"]));
    const latin = defaultPlan.bodies.map((b) => b.latin);
    expect(new Set(latin).size).toBe(latin.length);
  });

  it("keeps the resolution's own facts as metadata", () => {
    expect(defaultPlan.source).toMatchObject({
      number: "537",
      date: "2018-11-19",
      annex: "6",
      amends: { number: "443", date: "2012-06-27" },
    });
  });

  it("has exactly three measures without indicators, and marks people-counting indicators as interpreted", () => {
    expect(measures.filter((m) => m.measure.indicators.length === 0).map((m) => m.measure.id)).toEqual([
      "3.2",
      "24.1",
      "36.5",
    ]);
    const people = measures.flatMap((m) => m.measure.indicators).filter((i) => i.kind === "people");
    expect(people.length).toBeGreaterThan(10);
    expect(people.every((i) => i.sexDisaggregated)).toBe(true);
    // Only where the text itself says "by sex" is the disaggregation not an interpretation.
    for (const i of people.filter((i) => !i.interpreted)) expect(i.text.ky).toMatch(/жынысы/);
  });

  it("keeps deadlines as printed, with structured periods", () => {
    const byId = (id: string): Measure => measures.find((m) => m.measure.id === id)!.measure;
    expect(byId("34.7").deadline.periods).toEqual([
      { startYear: 2019, startHalf: 1, endYear: 2019, endHalf: 1 },
      { startYear: 2020, startHalf: 1, endYear: 2020, endHalf: 1 },
    ]);
    expect(byId("34.5").deadline.periods).toEqual([{ startYear: 2018, startHalf: 2, endYear: 2019, endHalf: 2 }]);
    expect(byId("31.2").deadline).toMatchObject({ text: "Жыл сайын", recurrence: "annual", periods: [] });
    expect(byId("36.1").deadline.text).toBe("201-2020-жылдар");
    expect(byId("36.1").deadline.note).toBeTruthy();
    expect(byId("35.1").funding).toBeNull();
    expect(byId("36.2").expectedResults).toBeNull();
  });
});
