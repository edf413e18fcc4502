import { reportHeader } from "../../core";
import {
  buildMasterWorkbook,
  emptyMaster,
  masterLabels,
  mergeSubmissions,
  reportingBodies,
  summarizeByMeasure,
  summarizeCompleteness,
  summarizeProgress,
  valueText,
  type Submission,
} from "../../core/merge";
import { defaultPlan, findMeasure, measuresForBody, type MeasureStatus, type Report } from "../../schema";

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

describe("progress by chapter, goal and task", () => {
  const rows = summarizeProgress(master, plan);
  const at = (level: string, id: string) => rows.find((r) => r.level === level && r.id === id)!;

  it("counts each body's report on a shared measure once per body", () => {
    expect(at("task", "19")).toMatchObject({
      period: "2019-H2",
      measures: 4,
      reportedMeasures: 2,
      reports: 4,
      shareCompleted: 0.5,
      overdue: 0,
      byStatus: { "not-started": 0, "in-progress": 2, completed: 2, suspended: 0, cancelled: 0 },
    });
  });

  it("counts as overdue the reports whose deadline passed by the end of the period and that are not completed", () => {
    expect(at("task", "16").overdue).toBe(2); // 16.4 due 2018–2019, 16.5 due 2018-H2, both in progress
    expect(at("task", "36").overdue).toBe(1);
    expect(at("plan", "")).toMatchObject({ reports: 7, overdue: 3 });
    expect(at("chapter", "3").reports + at("chapter", "5").reports).toBe(7);
  });

  it("lists the plan, then chapters, goals and tasks in printed order, for each period with data", () => {
    expect(rows.slice(0, 3).map((r) => [r.level, r.id])).toEqual([
      ["plan", ""],
      ["chapter", "1"],
      ["goal", "1.1"],
    ]);
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(["2019-H2"]));
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
