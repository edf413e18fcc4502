import { reportHeader } from "../../core";
import {
  buildMasterWorkbook,
  emptyMaster,
  masterLabels,
  mergeSubmissions,
  reportingBodies,
  summarizeByMeasure,
  summarizeCompleteness,
  valueText,
  type Submission,
} from "../../core/merge";
import { measureVerdicts, tallyVerdicts } from "../../core/coordinator/verdicts";
import {
  defaultPlan,
  findMeasure,
  measuresForBody,
  VERDICTS,
  verdictWord,
  type MeasureStatus,
  type Report,
} from "../../schema";

const plan = defaultPlan;
const COURT = "КР ЖС"; // 16.4, 16.5, 19.1, 19.2, 36.2
const SCHOOL = "Сот адилеттигинин Жогорку мектеби"; // 19.1, 19.2
const people = findMeasure(plan, "19.1")!.measure.indicators[0];

function report(agency: string, statuses: Record<string, MeasureStatus>, period = "2019-H2"): Report {
  return {
    header: reportHeader(plan, agency, period, { name: "A" }),
    entries: measuresForBody(plan, agency).map(({ measure }) => ({
      measureId: measure.id,
      status: statuses[measure.id] ?? "in-progress",
      narrative: `${agency} ${measure.id}`,
      indicators:
        agency === COURT && measure.id === "19.1"
          ? [{ indicatorId: people.id, kind: "people" as const, women: 3, men: 4, total: 7 }]
          : [],
      ...(statuses[measure.id] === "completed" ? { evidence: { document: "№ 5", date: "2019-12-20" } } : {}),
    })),
  };
}
const sub = (r: Report, n: number, issues: Submission["issues"] = []): Submission => ({
  fileName: `f${n}.xlsx`,
  receivedAt: "2020-01-10T09:00:00.000Z",
  sha256: String(n).padStart(64, "0"),
  report: r,
  issues,
});
const error = {
  code: "value-required",
  severity: "error" as const,
  params: {},
  message: "required",
  path: "",
  location: {},
};

const { master } = mergeSubmissions(emptyMaster(plan), [
  sub(report(COURT, { "19.1": "completed" }), 1),
  sub(report(SCHOOL, { "19.2": "completed" }), 2),
  sub(report("БУУ НКБ", {}), 3, [error]),
]);

describe("progress by chapter, goal and task: measures by verdict", () => {
  const spec = buildMasterWorkbook(master, plan, "en");
  const sheet = spec.summaries[0];
  const col = (header: string) => sheet.columns.findIndex((c) => c.header === header);
  const at = (level: string, id: string) => sheet.rows.find((r) => r.cells[1] === level && r.cells[2] === id)!.cells;
  const cell = (level: string, id: string, header: string) => at(level, id)[col(header)];
  const verdicts = new Map(measureVerdicts(master, plan, ["2019-H2"]).map((v) => [v.id, v.verdict]));

  it("counts each measure once, by its verdict, and the body reports separately under a label that says so", () => {
    // Task 19: four measures; 19.1 and 19.2 reported by two bodies each (four body reports), 19.3 and 19.4 by none.
    expect(cell("Task", "19", "Measures in the plan")).toBe(4);
    expect(cell("Task", "19", "Body reports")).toBe(4);
    expect(cell("Task", "19", "Not reported (measures)")).toBe(2);
    // The court calls 19.1 completed, the school in progress: one measure, not completed (disagreement kept).
    expect(verdicts.get("19.1")).not.toBe("completed");
    expect(cell("Task", "19", "Completed (measures)")).toBe(0);
    const counted = VERDICTS.reduce(
      (n, v) => n + (cell("Task", "19", `${verdictWord(v, "en")} (measures)`) as number),
      0,
    );
    expect(counted).toBe(4);
  });

  it("takes the plan's share completed as completed measures / 117, and the plan's counts from tallyVerdicts", () => {
    const tally = tallyVerdicts(measureVerdicts(master, plan, ["2019-H2"]), plan)[0];
    expect(cell("Plan", "", "Measures in the plan")).toBe(117);
    for (const v of VERDICTS) expect(cell("Plan", "", `${verdictWord(v, "en")} (measures)`)).toBe(tally.counts[v]);
    expect(cell("Plan", "", "Share of measures completed")).toBe(tally.counts.completed / 117);
    expect(cell("Plan", "", "Body reports")).toBe(7);
    // Goals add up to their chapter.
    const chapter3 = VERDICTS.map((v) => cell("Chapter", "3", `${verdictWord(v, "en")} (measures)`));
    const goals = plan.chapters[2].goals.map((g) =>
      VERDICTS.map((v) => cell("Goal", g.id, `${verdictWord(v, "en")} (measures)`) as number),
    );
    expect(goals.reduce((sum, g) => sum.map((n, i) => n + g[i]))).toEqual(chapter3);
  });

  it("lists the plan, then chapters, goals and tasks in printed order, for each period with data", () => {
    expect(sheet.rows.slice(0, 3).map((r) => [r.cells[1], r.cells[2]])).toEqual([
      ["Plan", ""],
      ["Chapter", "1"],
      ["Goal", "1.1"],
    ]);
    expect(new Set(sheet.rows.map((r) => r.cells[0]))).toEqual(new Set(["second half of 2019"]));
  });

  it("draws the chart of chapters and the progress over time from the same counts", () => {
    const chapter = (id: string) => VERDICTS.map((v) => cell("Chapter", id, `${verdictWord(v, "en")} (measures)`));
    expect(spec.chart!.rows.map((r) => r.values)).toEqual(plan.chapters.map((c) => chapter(c.id)));
    expect(spec.chart!.total.values).toEqual(
      VERDICTS.map((v) => cell("Plan", "", `${verdictWord(v, "en")} (measures)`)),
    );
    expect(spec.trend!.groups[0].rows[0].values).toEqual(spec.chart!.total.values);
    // One half-year: nothing to compare with yet.
    expect(spec.trend!.since).toBeNull();
  });
});

describe("progress over time: every half-year the master holds", () => {
  // The court reported 2019-H1 with nothing completed, then 2019-H2 with 19.1 completed.
  const { master: twice } = mergeSubmissions(master, [sub(report(COURT, {}, "2019-H1"), 9)]);
  const trend = buildMasterWorkbook(twice, plan, "ru").trend!;

  it("gives the plan and each chapter one row per half-year, in time order", () => {
    expect(trend.periods.map((p) => p.code)).toEqual(["2019-H1", "2019-H2"]);
    expect(trend.periods[0].label).toBe("1-е полугодие 2019 года");
    expect(trend.groups.map((g) => g.label)).toEqual(["План", "Глава 1", "Глава 2", "Глава 3", "Глава 4", "Глава 5"]);
    for (const g of trend.groups) expect(g.rows).toHaveLength(2);
    const tallies = tallyVerdicts(measureVerdicts(twice, plan, ["2019-H1", "2019-H2"]), plan);
    expect(trend.groups[3].rows.map((r) => r.values)).toEqual(
      ["2019-H1", "2019-H2"].map((p) =>
        VERDICTS.map((v) => tallies.find((t) => t.period === p && t.chapterId === "3")!.counts[v]),
      ),
    );
  });

  it("says how the plan's counts changed since the previous half-year", () => {
    const since = trend.since!;
    expect([since.previous, since.period]).toEqual(["2019-H1", "2019-H2"]);
    for (const [i, v] of VERDICTS.entries()) {
      expect(since.rows[i].name).toBe(verdictWord(v, "ru"));
      expect(since.rows[i].change).toBe(since.rows[i].now - since.rows[i].before);
      expect([since.rows[i].before, since.rows[i].now]).toEqual(trend.groups[0].rows.map((r) => r.values[i]));
    }
    // In 2019-H1 only the court reported: its five measures; the school adds none of its own in 2019-H2.
    expect(since.rows[VERDICTS.indexOf("not-reported")]).toMatchObject({ before: 112, now: 112, change: 0 });
  });
});

describe("completeness per body and period", () => {
  const { periods, rows, totals } = summarizeCompleteness(master, plan);
  it("says who submitted, whose files were all rejected, and who is missing", () => {
    expect(periods).toEqual(["2019-H2"]);
    const state = (a: string) => rows.find((r) => r.agency === a)!.state;
    expect([state(COURT), state(SCHOOL), state("БУУ НКБ"), state("ЭСӨМ")]).toEqual([
      "submitted",
      "submitted",
      "rejected",
      "missing",
    ]);
    expect(totals).toEqual([
      {
        period: "2019-H2",
        expected: reportingBodies(plan).length,
        submitted: 2,
        rejected: 1,
        missing: reportingBodies(plan).length - 3,
      },
    ]);
  });
  it("expects only bodies that can report (not generic groups)", () => {
    expect(reportingBodies(plan)).not.toContain("министрликтер");
    expect(reportingBodies(plan)).toHaveLength(52);
  });
});

describe("what each responsible body reported, side by side", () => {
  const { periods, rows } = summarizeByMeasure(master, plan);
  it("gives one row per responsible body, in the plan's order, with its report or nothing", () => {
    expect(periods).toEqual(["2019-H2"]);
    const m191 = rows.filter((r) => r.measureId === "19.1");
    expect(m191.map((r) => [r.first, r.agency, r.byAgreement, r.reports[0]?.status])).toEqual([
      [true, COURT, true, "completed"],
      [false, SCHOOL, true, "in-progress"],
    ]);
    const m165 = rows.filter((r) => r.measureId === "16.5");
    expect(m165.map((r) => [r.agency, r.reports[0]?.status ?? null])).toEqual([
      [COURT, "in-progress"],
      ["БУУ НКБ", null],
    ]);
    expect(valueText(m191[0].reports[0]!.values[0], "en")).toBe(`${people.id}: women 3, men 4, total 7`);
  });
});

describe("the master workbook as data", () => {
  it("names its sheets in the language asked for, tables after the summaries", () => {
    for (const lang of ["ky", "ru", "en"] as const) {
      const spec = buildMasterWorkbook(master, plan, lang);
      const L = masterLabels[lang].sheets;
      expect(spec.summaries.map((s) => s.name)).toEqual([L.progress, L.completeness, L.byMeasure]);
      expect(spec.tables.map((t) => [t.sheet, t.name])).toEqual([
        [L.measureReports, "MeasureReports"],
        [L.indicatorValues, "IndicatorValues"],
        [L.submissions, "Submissions"],
        [L.warnings, "Warnings"],
        [L.rejections, "Rejections"],
      ]);
      expect(spec.identity).toContainEqual(["kind", "master"]);
      for (const name of [...spec.summaries.map((s) => s.name), ...spec.tables.map((t) => t.sheet)])
        expect(name.length).toBeLessThanOrEqual(31);
    }
  });
  it("writes codes as labels of the language, and dates as Excel serials", () => {
    const spec = buildMasterWorkbook(master, plan, "ru");
    const reports = spec.tables.find((t) => t.id === "measureReports")!;
    const status = reports.columns.findIndex((c) => c.header === "Статус");
    expect(new Set(reports.rows.map((r) => r[status]))).toEqual(new Set(["Выполняется", "Выполнено"]));
    const date = reports.columns.findIndex((c) => c.header === "Дата документа");
    expect(reports.rows.map((r) => r[date]).filter((d) => d !== null)).toEqual([43819, 43819]);
  });
});
