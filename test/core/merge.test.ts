import fc from "fast-check";
import {
  checkMasterIdentity,
  emptyMaster,
  ForeignMasterError,
  MasterFormatVersionError,
  MasterPlanVersionError,
  mergeSubmissions,
  type Master,
  type Submission,
} from "../../core/merge";
import { defaultPlan, measuresForBody, type Plan, type Report } from "../../schema";
import { distinctReportsArb, reportArb, submit, typedTokens } from "../helpers/mergeReports";
import { exampleReport } from "../fixtures/reports";

const plan = defaultPlan;
const empty = () => emptyMaster(plan);
const merge = (m: Master, subs: Submission[]) => mergeSubmissions(m, subs, { plan });

/** Every value in the master's data tables, one token each, in the same form as typedTokens. */
function masterTokens(m: Master): string[] {
  const out: string[] = [];
  for (const r of m.measureReports) {
    const t = (field: string, v: unknown) =>
      v !== null && out.push(`${r.agency}|${r.period}|${r.measureId}|${field}|${String(v)}`);
    for (const f of [
      "status",
      "narrative",
      "obstacles",
      "spendingAmount",
      "spendingSource",
      "evidenceDocument",
      "evidenceDate",
      "evidenceLink",
    ] as const)
      t(f, r[f]);
  }
  for (const v of m.indicatorValues) {
    const t = (field: string, x: unknown) =>
      x !== null && out.push(`${v.agency}|${v.period}|${v.measureId}|${v.indicatorId}.${field}|${String(x)}`);
    if (v.kind === "people") for (const f of ["women", "men", "total"] as const) t(f, v[f]);
    else if (v.kind === "document") for (const f of ["done", "reference"] as const) t(f, v[f]);
    else if (v.kind === "text") t("text", v.text);
    else t("value", v.value);
  }
  return out.sort();
}

const dataTables = (m: Master) => ({
  measureReports: m.measureReports,
  indicatorValues: m.indicatorValues,
  warnings: m.warnings,
});
const RUNS = { numRuns: 15 };

describe("mergeSubmissions: properties over random valid submissions", () => {
  it("reads back exactly what was typed, and every typed value appears in the master exactly once", () => {
    fc.assert(
      fc.property(distinctReportsArb(), (reports) => {
        const subs = reports.map((r) => submit(r));
        for (const s of subs) expect(s.issues.filter((i) => i.severity === "error")).toEqual([]);
        for (const [i, s] of subs.entries()) expect(s.report).toEqual(reports[i]);
        const { master, results } = merge(empty(), subs);
        expect(results.map((r) => r.outcome)).toEqual(subs.map(() => "accepted"));
        expect(masterTokens(master)).toEqual(reports.flatMap(typedTokens).sort());
        expect(master.measureReports).toHaveLength(reports.reduce((n, r) => n + r.entries.length, 0));
        // Provenance: each row names the file it came from, and that file is in the log.
        const logged = new Set(master.submissions.map((s) => s.sha256));
        expect(
          master.indicatorValues.every((v) => logged.has(v.sha256)) &&
            master.measureReports.every((r) => logged.has(r.sha256)),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it("gives the same tables whatever the order of the files (duplicates included); only the log's order differs", () => {
    const setArb = distinctReportsArb(5).chain((reports) => {
      const subs = reports.map((r) => submit(r));
      const withCopies = [...subs, ...subs.slice(0, 2).map((s) => ({ ...s, fileName: `copy of ${s.fileName}` }))];
      return fc.tuple(fc.constant(withCopies), fc.shuffledSubarray(withCopies, { minLength: withCopies.length }));
    });
    fc.assert(
      fc.property(setArb, ([inOrder, shuffled]) => {
        const a = merge(empty(), inOrder).master;
        const shuffledMerge = merge(empty(), shuffled);
        const b = shuffledMerge.master;
        // Two copies of one file under different names: which name the accepted copy has depends on the order.
        const named = (m: Master) => ({ ...dataTables(m), warnings: m.warnings.map(({ fileName: _f, ...w }) => w) });
        expect(named(b)).toEqual(named(a));
        expect(b.submissions.map((s) => s.outcome).sort()).toEqual(a.submissions.map((s) => s.outcome).sort());
        // A copy of a file accepted before is told to the caller, and leaves the log as it is.
        expect(shuffledMerge.results.filter((r) => r.outcome === "duplicate")).toHaveLength(
          inOrder.length - new Set(inOrder.map((s) => s.sha256)).size,
        );
        expect(b.submissions.filter((s) => s.outcome === "duplicate")).toEqual([]);
      }),
      RUNS,
    );
  });

  it("merging the same files twice equals merging them once: the second time every file is a duplicate", () => {
    fc.assert(
      fc.property(distinctReportsArb(), (reports) => {
        const subs = reports.map((r) => submit(r));
        const once = merge(empty(), subs);
        const twice = merge(once.master, subs);
        expect(dataTables(twice.master)).toEqual(dataTables(once.master));
        expect(twice.results.map((r) => r.outcome)).toEqual(subs.map(() => "duplicate"));
        expect(twice.master.submissions).toEqual(once.master.submissions);
      }),
      RUNS,
    );
  });

  it("a rejected file changes nothing but the log, which keeps its errors with their cells", () => {
    fc.assert(
      fc.property(distinctReportsArb(4), fc.nat(), (reports, k) => {
        const before = merge(
          empty(),
          reports.map((r) => submit(r)),
        ).master;
        // Break one report the way clerks do: a completed measure without evidence (an error at its cell).
        const broken: Report = structuredClone(reports[k % reports.length]);
        broken.entries[0] = { ...broken.entries[0], status: "completed", indicators: broken.entries[0].indicators };
        delete broken.entries[0].evidence;
        broken.header.preparedBy.name += " (edited)";
        const bad = submit(broken, "broken.xlsx");
        expect(bad.issues.some((i) => i.code === "completed-without-evidence" && i.location.cell)).toBe(true);
        const after = merge(before, [bad]);
        expect(after.results[0].outcome).toBe("rejected");
        expect(dataTables(after.master)).toEqual(dataTables(before));
        expect(after.master.submissions).toHaveLength(before.submissions.length + 1);
        expect(after.master.submissions.at(-1)).toMatchObject({
          outcome: "rejected",
          fileName: "broken.xlsx",
          errors: bad.issues.filter((i) => i.severity === "error").length,
        });
        expect(after.master.rejections.map((r) => [r.fileName, r.code, r.cell])).toContainEqual([
          "broken.xlsx",
          "completed-without-evidence",
          expect.stringMatching(/^[A-Z]+\d+$/),
        ]);
      }),
      RUNS,
    );
  });

  it("a newer file for the same body and period replaces the earlier one, and the log says which replaced which", () => {
    const pair = fc
      .tuple(fc.constantFrom("ФМ", "ЭМ", "ТИМ", "КРУБ"), fc.constantFrom("2019-H1", "2019-H2"))
      .chain(([a, p]) => fc.tuple(reportArb(a, p), reportArb(a, p)));
    fc.assert(
      fc.property(pair, ([first, second]) => {
        const s1 = submit(first, "v1.xlsx");
        const s2 = submit(second, "v2.xlsx");
        fc.pre(s1.sha256 !== s2.sha256);
        const { master, results } = merge(empty(), [s1, s2]);
        expect(results.map((r) => [r.outcome, r.replaces])).toEqual([
          ["accepted", null],
          ["accepted", s1.sha256],
        ]);
        expect(master.submissions.map((s) => [s.fileName, s.replaces, s.replacedBy])).toEqual([
          ["v1.xlsx", null, s2.sha256],
          ["v2.xlsx", s1.sha256, null],
        ]);
        expect(masterTokens(master)).toEqual(typedTokens(second).sort());
        expect(new Set(master.measureReports.map((r) => r.sha256))).toEqual(new Set([s2.sha256]));
      }),
      RUNS,
    );
  });
});

describe("mergeSubmissions: fixed cases", () => {
  const one = (agency: string, period = "2019-H2") => fc.sample(reportArb(agency, period), { seed: 42, numRuns: 1 })[0];

  it("keeps every body's report on a measure they share", () => {
    const shared = measuresForBody(plan, "ЭСӨМ")
      .map((m) => m.measure.id)
      .find((id) => measuresForBody(plan, "БИМ").some((m) => m.measure.id === id))!;
    const { master } = merge(empty(), [submit(one("ЭСӨМ")), submit(one("БИМ"))]);
    expect(master.measureReports.filter((r) => r.measureId === shared)).toHaveLength(2);
    expect(new Set(master.measureReports.filter((r) => r.measureId === shared).map((r) => r.agency))).toEqual(
      new Set(["ЭСӨМ", "БИМ"]),
    );
  });

  it("rejects a report of another plan or another version of this plan", () => {
    const report = one("ФМ");
    const other = submit(report);
    other.report = { ...report, header: { ...report.header, planId: "another-plan" } };
    const version = submit(report, "old.xlsx");
    version.report = { ...report, header: { ...report.header, planHash: "0".repeat(64) } };
    version.sha256 = "f".repeat(64);
    const { master, results } = merge(empty(), [other, version]);
    expect(results.map((r) => [r.outcome, r.issues.map((i) => i.code)])).toEqual([
      ["rejected", ["identity-other-plan"]],
      ["rejected", ["identity-plan-version"]],
    ]);
    expect(master.measureReports).toEqual([]);
  });

  it("logs a file that could not be read at all as rejected, with no body or period", () => {
    const unreadable: Submission = {
      fileName: "x.xlsx",
      receivedAt: "2020-01-01T00:00:00.000Z",
      sha256: "a".repeat(64),
      report: null,
      issues: [
        {
          code: "file-not-workbook",
          severity: "error",
          params: {},
          path: "",
          location: { workbook: "x.xlsx" },
        },
      ],
    };
    const { master } = merge(empty(), [unreadable]);
    expect(master.submissions[0]).toMatchObject({ seq: 1, agency: null, period: null, outcome: "rejected", errors: 1 });
    expect(master.rejections).toEqual([expect.objectContaining({ seq: 1, code: "file-not-workbook", cell: null })]);
  });

  it("keeps the warnings of accepted files and drops them with the data a resubmission replaces", () => {
    const late = one("ФМ", "2020-H2");
    late.entries = late.entries.map((e) => ({ measureId: e.measureId, status: "not-started", indicators: [] }));
    const s1 = submit(late, "late.xlsx");
    expect(s1.issues.every((i) => i.severity === "warning") && s1.issues.length > 0).toBe(true);
    const first = merge(empty(), [s1]).master;
    expect(first.warnings.map((w) => w.code)).toContain("deadline-passed-not-started");
    const fixed = submit(one("ФМ", "2020-H2"), "fixed.xlsx");
    const second = merge(first, [fixed]).master;
    expect(second.warnings.every((w) => w.fileName === "fixed.xlsx")).toBe(true);
  });

  it("sequence numbers continue from the master's log; a duplicate names the accepted file's number", () => {
    const first = merge(empty(), [submit(one("ФМ"))]).master;
    const { results } = merge(first, [submit(one("ЭМ")), submit(one("ЭМ"))]);
    expect(results.map((r) => [r.seq, r.outcome])).toEqual([
      [2, "accepted"],
      [2, "duplicate"],
    ]);
  });
});

describe("checkMasterIdentity", () => {
  const other: Plan = { ...plan, id: "another-plan" };
  it("accepts this plan's master and refuses another plan's, another version's and another format's", () => {
    expect(() => checkMasterIdentity(empty().identity, plan)).not.toThrow();
    expect(() => checkMasterIdentity(emptyMaster(other).identity, plan)).toThrow(ForeignMasterError);
    expect(() => checkMasterIdentity({ ...empty().identity, planHash: "0".repeat(64) }, plan)).toThrow(
      MasterPlanVersionError,
    );
    expect(() => checkMasterIdentity({ ...empty().identity, formatVersion: 2 }, plan)).toThrow(
      MasterFormatVersionError,
    );
    expect(() => mergeSubmissions(emptyMaster(other), [], { plan })).toThrow(ForeignMasterError);
  });
});

describe("one problem, one issue", () => {
  it("a missing status is told once, at its cell: validate and merge count alike", () => {
    const report = exampleReport({ agency: "БИМ" });
    const entry = report.entries.find((e) => e.narrative !== undefined)!;
    delete (entry as { status?: string }).status;
    const sub = submit(report);
    const validated = sub.issues.filter((i) => i.severity === "error");
    expect(validated.map((i) => i.code)).toEqual(["status-missing-with-values"]);
    expect(validated[0].location.cell).toMatch(/^[A-Z]+\d+$/);

    const { master, results } = merge(empty(), [sub]);
    expect(results[0].issues.filter((i) => i.severity === "error")).toEqual(validated);
    expect(master.submissions[0].errors).toBe(validated.length);
    expect(master.rejections.map((r) => r.code)).toEqual(["status-missing-with-values"]);
  });

  it("a report merged without validation still says its missing status, once", () => {
    const report = exampleReport({ agency: "БИМ" });
    delete (report.entries[0] as { status?: string }).status;
    const { results } = merge(empty(), [
      { fileName: "x.xlsx", receivedAt: "2020-01-01T00:00:00Z", sha256: "c".repeat(64), report, issues: [] },
    ]);
    expect(results[0].issues.map((i) => [i.code, i.path, i.params.field])).toEqual([
      ["value-required", "/entries/0/status", "status"],
    ]);
  });
});
