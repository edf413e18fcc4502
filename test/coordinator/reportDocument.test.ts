/**
 * The consolidated report as an official document (issue 21): the first page's issuing body, reference and
 * addressee; the headline and the summary counted from the measures' verdicts; the change since the previous
 * period; indicators by name and unit with the total across bodies; the signature block and the annexes.
 */
import { buildConsolidatedReport, shareText } from "../../core/coordinator/buildReport";
import { previousPeriod } from "../../core/coordinator/verdicts";
import type { ConsolidatedReport, ReportBlock } from "../../core/coordinator/reportModel";
import { measureVerdicts, tallyVerdicts } from "../../core/coordinator/verdicts";
import { emptyMaster, type IndicatorValueRow, type Master, type MeasureReportRow } from "../../core/merge";
import type { SubmissionLogRow } from "../../core/merge/model";
import { bodyName, defaultPlan, type MeasureStatus } from "../../schema";

function row(agency: string, measureId: string, status: MeasureStatus, period: string): MeasureReportRow {
  return {
    agency,
    period,
    chapterId: measureId.split(".")[0],
    goalId: "",
    taskId: "",
    measureId,
    status,
    narrative: "Семинарлар өткөрүлдү",
    spendingAmount: 12500.5,
    spendingSource: null,
    evidenceDocument: "№ 12",
    evidenceDate: "2019-11-20",
    evidenceLink: null,
    obstacles: null,
    sha256: "0".repeat(64),
  };
}

function people(agency: string, measureId: string, women: number, men: number, period: string): IndicatorValueRow {
  return {
    agency,
    period,
    measureId,
    indicatorId: `${measureId}.1`,
    kind: "people",
    value: null,
    women,
    men,
    total: women + men,
    done: null,
    reference: null,
    text: null,
    sha256: "0".repeat(64),
  };
}

function submission(agency: string, period: string): SubmissionLogRow {
  return {
    seq: 1,
    agency,
    period,
    fileName: `${agency}.xlsx`,
    sha256: "0".repeat(64),
    receivedAt: "2020-01-10T09:00:00Z",
    outcome: "accepted",
    measures: 1,
    values: 1,
    errors: 0,
    warnings: 0,
    replaces: null,
    replacedBy: null,
    preparedBy: null,
    position: null,
    phone: null,
    email: null,
    preparedOn: null,
  };
}

/** 2.1 (ЭСӨМ, Экотехинспекция, КРПМБА, КПФ) trained people in 2019-H2; 1.1 completed by БИМ in both half-years. */
function sampleMaster(): Master {
  const trained: [string, number, number][] = [
    ["ЭСӨМ", 391, 120],
    ["Экотехинспекция", 283, 80],
    ["КРПМБА", 483, 200],
    ["КПФ", 213, 95],
  ];
  return {
    ...emptyMaster(defaultPlan),
    measureReports: [
      row("БИМ", "1.1", "in-progress", "2019-H1"),
      row("БИМ", "1.1", "completed", "2019-H2"),
      ...trained.map(([a]) => row(a, "2.1", "in-progress", "2019-H2")),
    ],
    indicatorValues: trained.map(([a, w, m]) => people(a, "2.1", w, m, "2019-H2")),
    submissions: [
      submission("БИМ", "2019-H1"),
      ...["БИМ", ...trained.map(([a]) => a)].map((a) => submission(a, "2019-H2")),
    ],
  };
}

const ofKind = <K extends ReportBlock["kind"]>(r: ConsolidatedReport, kind: K) =>
  r.blocks.filter((b): b is Extract<ReportBlock, { kind: K }> => b.kind === kind);

describe("the report's first page", () => {
  it("names the issuing body (the plan's coordinator) and the addressee, with blank lines for number and date", () => {
    const r = buildConsolidatedReport(sampleMaster(), defaultPlan, "2019-H2", "ru");
    expect(ofKind(r, "letterhead")[0]).toEqual({
      kind: "letterhead",
      issuer: "Министерство труда и социального развития Кыргызской Республики",
      reference: "№ ________ от ______________",
      addressee: "Аппарат Правительства Кыргызской Республики",
    });
    expect(r.issuer).toBe("Министерство труда и социального развития Кыргызской Республики");
    expect(ofKind(r, "title")[0].subtitle).toContain("за 2-е полугодие 2019 года");
    expect(ofKind(r, "signature")[0]).toMatchObject({ position: null, name: null, positionHint: "(должность)" });
  });

  it("takes the outgoing number, date (dd.mm.yyyy), addressee and signatory when given", () => {
    const r = buildConsolidatedReport(sampleMaster(), defaultPlan, "2019-H2", "ky", {
      number: "01-12/345",
      date: "2020-01-15",
      addressee: "Кыргыз Республикасынын Министрлер Кабинети",
      signatory: { position: "Министр", name: "А. Б. Асанова" },
    });
    expect(ofKind(r, "letterhead")[0]).toMatchObject({
      issuer: "Кыргыз Республикасынын Эмгек жана социалдык өнүктүрүү министрлиги",
      reference: "15.01.2020 № 01-12/345",
      addressee: "Кыргыз Республикасынын Министрлер Кабинети",
    });
    expect(ofKind(r, "signature")[0]).toMatchObject({ position: "Министр", name: "А. Б. Асанова" });
  });

  it.each(["ky", "ru", "en"] as const)("names no software anywhere (%s)", (lang) => {
    const r = buildConsolidatedReport(sampleMaster(), defaultPlan, "2019-H2", lang);
    expect(JSON.stringify(r)).not.toMatch(/tendik/i);
  });
});

describe("the report's summary counts measures by their verdicts", () => {
  it("states the headline of the 117 measures and the share completed (completed ÷ 117) in each language", () => {
    const headline = (lang: "ky" | "ru" | "en") =>
      ofKind(buildConsolidatedReport(sampleMaster(), defaultPlan, "2019-H2", lang), "paragraph").find(
        (p) => p.style === "body",
      )!.text;
    expect(headline("ru")).toBe(
      "Из 117 мероприятий Плана за 2-е полугодие 2019 года выполнено 1 (0,9\u00a0%), выполняется 1, по 115 нет отчетов.",
    );
    expect(headline("ky")).toBe(
      "2019-жылдын 2-жарым жылдыгы боюнча Пландын 117 чарасынын 1 чарасы аткарылды (0,9\u00a0%), 1 чарасы аткарылууда, 115 чарасы боюнча отчет берилген жок.",
    );
    expect(headline("en")).toBe(
      "Of the Plan's 117 measures, 1 (0.9%) was completed in the second half of 2019, 1 is in progress, 115 not reported on.",
    );
    expect(shareText(36, 117, "ru")).toBe("30,8\u00a0%");
    expect(shareText(36, 117, "en")).toBe("30.8%");
  });

  it("has a table of measures by verdict per chapter that adds up to the plan's measures and matches the one count", () => {
    const master = sampleMaster();
    const r = buildConsolidatedReport(master, defaultPlan, "2019-H2", "ru");
    const table = ofKind(r, "table")[0];
    expect(table.headers).toEqual(["", "Глава 1", "Глава 2", "Глава 3", "Глава 4", "Глава 5", "Всего"]);
    const total = (label: string) => table.rows.find((x) => x[0] === label)!.at(-1);
    expect(total("Мероприятий в плане")).toBe("117");
    const tally = tallyVerdicts(measureVerdicts(master, defaultPlan, ["2019-H2"]), defaultPlan)[0];
    expect(total("Выполнено")).toBe(String(tally.counts.completed));
    expect(total("Выполняется")).toBe(String(tally.counts["in-progress"]));
    expect(total("Нет отчетов")).toBe(String(tally.counts["not-reported"]));
    const verdictRows = table.rows.slice(1, -1);
    expect(verdictRows.reduce((n, x) => n + Number(x.at(-1)), 0)).toBe(117);
    // The chapter chart's bars are the same counts, its categories whole ("Глава 1"), the names listed below.
    const [time, chapters] = ofKind(r, "chart").map((c) => c.chart);
    expect(chapters.categories).toEqual(["Глава 1", "Глава 2", "Глава 3", "Глава 4", "Глава 5"]);
    const completed = chapters.series.find((s) => s.name === "Выполнено")!;
    expect(completed.values).toEqual(
      table.rows
        .find((x) => x[0] === "Выполнено")!
        .slice(1, -1)
        .map(Number),
    );
    // Progress over time: every half-year the master holds up to the report's period.
    expect(time.categories).toEqual(["1-е полугодие 2019 года", "2-е полугодие 2019 года"]);
  });

  it("says what changed since the previous period, or that there is none", () => {
    const body = (r: ConsolidatedReport) => ofKind(r, "paragraph").filter((p) => p.style === "body");
    const h2 = buildConsolidatedReport(sampleMaster(), defaultPlan, "2019-H2", "ru");
    expect(body(h2)[1].text).toBe(
      "По сравнению с предыдущим периодом (1-е полугодие 2019 года): выполнено +1, нет отчетов \u22121.",
    );
    const h1 = buildConsolidatedReport(sampleMaster(), defaultPlan, "2019-H1", "ru");
    expect(body(h1)[1].text).toMatch(/^Это первый отчетный период/);
    expect(previousPeriod(["2018-H2", "2019-H1", "2019-H2"], "2019-H2")).toBe("2019-H1");
    expect(previousPeriod(["2018-H2", "2019-H1", "2019-H2"], "2019")).toBe("2018");
    expect(previousPeriod(["2019-H2"], "2019")).toBeNull();
  });
});

describe("the report's measures", () => {
  it("shows each indicator by name and unit with every body's value and the total across bodies (2.1.1: 1 370 women)", () => {
    const r = buildConsolidatedReport(sampleMaster(), defaultPlan, "2019-H2", "ru");
    const at = r.blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith("2.1. "));
    const verdict = r.blocks.slice(at).find((b) => b.kind === "verdict")!;
    expect(verdict).toMatchObject({ verdict: "in-progress", text: "Выполняется" });
    const table = r.blocks.slice(at).find((b) => b.kind === "table")!;
    if (table.kind !== "table") throw new Error("unreachable");
    expect(table.headers).toEqual(["Индикатор, единица", "Ведомство", "Женщины", "Мужчины", "Всего"]);
    expect(table.rows[0][0]).toMatch(/^2\.1\.1\. Количество обученных .*, человек$/);
    expect(table.rows.map((x) => x.slice(1))).toEqual([
      ["МТСР", "391", "120", "511"],
      [expect.any(String), "283", "80", "363"],
      [expect.any(String), "483", "200", "683"],
      [expect.any(String), "213", "95", "308"],
      ["Итого", "1\u00a0370", "495", "1\u00a0865"],
    ]);
    expect(table.bold?.rows).toEqual([4]);
    // What each body did, with money and dates as the language writes them.
    const done = r.blocks.slice(at).find((b) => b.kind === "bodyReport")!;
    if (done.kind !== "bodyReport") throw new Error("unreachable");
    expect(done.fields).toEqual([
      ["Что сделано", "Семинарлар өткөрүлдү"],
      ["Израсходовано", "12\u00a0500,5 сом"],
      ["Документы", "№ 12, 20.11.2019"],
    ]);
  });

  it("ends with annexes: every measure's verdict, and the bodies that did not report by full name", () => {
    const r = buildConsolidatedReport(sampleMaster(), defaultPlan, "2019-H2", "ru");
    const tables = ofKind(r, "table");
    const [measures, bodies] = tables.slice(-2);
    expect(measures.rows).toHaveLength(117);
    expect(measures.rows.find((x) => x[0] === "1.1")![2]).toBe("Выполнено");
    expect(bodies.rows.map((x) => x[1])).toContain(bodyName(defaultPlan, "ФМ", "ru"));
    expect(bodies.rows.map((x) => x[1])).not.toContain(bodyName(defaultPlan, "ЭСӨМ", "ru"));
  });
});
