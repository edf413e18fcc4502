/** One verdict per measure and period, by the rule stated in core/coordinator/verdicts.ts and docs/verdicts.md. */
import { defaultPlan, type MeasureStatus } from "../../schema";
import { emptyMaster, type Master, type MeasureReportRow } from "../../core/merge";
import { countVerdicts, measureVerdicts } from "../../core/coordinator/verdicts";

/** A body's report on a measure, with or without its evidence. */
function row(
  agency: string,
  measureId: string,
  status: MeasureStatus,
  period = "2019-H1",
  evidence = true,
): MeasureReportRow {
  return {
    agency,
    period,
    chapterId: "1",
    goalId: "1.1",
    taskId: "1",
    measureId,
    status,
    narrative: null,
    spendingAmount: null,
    spendingSource: null,
    evidenceDocument: evidence ? "№ 12" : null,
    evidenceDate: null,
    evidenceLink: null,
    obstacles: null,
    sha256: "0".repeat(64),
  };
}

function verdicts(rows: MeasureReportRow[], period = "2019-H1") {
  const master: Master = { ...emptyMaster(defaultPlan), measureReports: rows };
  return new Map(measureVerdicts(master, defaultPlan, [period]).map((v) => [v.id, v]));
}

describe("measure verdicts", () => {
  it("gives each of the 117 measures one verdict per period; none reported is not-reported", () => {
    const all = verdicts([]);
    expect(all.size).toBe(117);
    expect(countVerdicts([...all.values()], "2019-H1")["not-reported"]).toBe(117);
  });

  // 1.1: БИМ leads, ЭСӨМ co-executes; deadline 2019 (not passed in 2019-H1, passed in 2019-H2).
  it("is completed only when the lead says completed with evidence and every body that reported agrees", () => {
    expect(verdicts([row("БИМ", "1.1", "completed")]).get("1.1")!.verdict).toBe("completed");
    expect(verdicts([row("БИМ", "1.1", "completed", "2019-H1", false)]).get("1.1")!.verdict).toBe("in-progress");
    expect(verdicts([row("ЭСӨМ", "1.1", "completed")]).get("1.1")!.verdict).toBe("in-progress");
    const split = verdicts([row("БИМ", "1.1", "completed"), row("ЭСӨМ", "1.1", "not-started")]).get("1.1")!;
    expect(split).toMatchObject({ verdict: "in-progress", disagreement: true, lead: "БИМ" });
    expect(split.bodies).toEqual([
      { agency: "БИМ", status: "completed" },
      { agency: "ЭСӨМ", status: "not-started" },
    ]);
  });

  it("is overdue when not completed and the deadline passed by the end of the period", () => {
    const late = verdicts([row("БИМ", "1.1", "in-progress", "2019-H2")], "2019-H2").get("1.1")!;
    expect(late.verdict).toBe("overdue");
    expect(verdicts([row("БИМ", "1.1", "not-started")]).get("1.1")!.verdict).toBe("not-started");
  });

  it("is suspended or cancelled as the bodies report it", () => {
    expect(verdicts([row("БИМ", "1.1", "cancelled"), row("ЭСӨМ", "1.1", "cancelled")]).get("1.1")!.verdict).toBe(
      "cancelled",
    );
    expect(verdicts([row("БИМ", "1.1", "suspended"), row("ЭСӨМ", "1.1", "cancelled")]).get("1.1")!.verdict).toBe(
      "suspended",
    );
  });

  // 2.1: ЭСӨМ and Экотехинспекция, then КРПМБА and КПФ by agreement: the lead is the first not by agreement.
  it("takes the first body not named by agreement as the lead", () => {
    expect(verdicts([]).get("2.1")!.lead).toBe("ЭСӨМ");
  });
});

describe("tallyVerdicts", () => {
  it("counts the plan's measures and each chapter's, adding up to 117 per period", async () => {
    const { tallyVerdicts, changeSince } = await import("../../core/coordinator/verdicts");
    const master = { measureReports: [] } as unknown as Parameters<typeof measureVerdicts>[0];
    const tallies = tallyVerdicts(measureVerdicts(master, defaultPlan, ["2019-H1", "2019-H2"]), defaultPlan);
    const whole = tallies.filter((t) => t.chapterId === null);
    expect(whole.map((t) => [t.period, t.measures, t.counts["not-reported"]])).toEqual([
      ["2019-H1", 117, 117],
      ["2019-H2", 117, 117],
    ]);
    const chapters = tallies.filter((t) => t.period === "2019-H2" && t.chapterId !== null);
    expect(chapters).toHaveLength(defaultPlan.chapters.length);
    expect(chapters.reduce((n, t) => n + t.measures, 0)).toBe(117);
    expect(changeSince(tallies, "2019-H2", "2019-H1")?.["not-reported"]).toBe(0);
    expect(changeSince(tallies, "2019-H2", null)).toBeNull();
  });
});
