/**
 * The whole job on the second plan, through the command line with --plan: templates, filled submissions,
 * validation, merge; and a plan's submissions refused by another plan's master (either way round).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { reportHeader } from "../../core";
import type { Plan, Report } from "../../schema";
import { runCli } from "../helpers/runCli";

const planFile = join(__dirname, "../../schema/plans/sample-wps-2025-2026.json");
const plan = JSON.parse(readFileSync(planFile, "utf8")) as Plan;
const PERIOD = "2025-H2";
const dir = mkdtempSync(join(tmpdir(), "tendik-second-flow-"));
const inbox = join(dir, "inbox");
const master = join(dir, "master.xlsx");

const reports: Report[] = [
  {
    header: reportHeader(plan, "ИИМ", PERIOD, { name: "Айгүл Садыкова" }),
    entries: [
      {
        measureId: "3.1",
        status: "in-progress",
        narrative: "Эки эвакуациялык пунктта коопсуз жай уюштурулду",
        indicators: [{ indicatorId: "3.1.1", kind: "count", value: 2 }],
      },
      {
        measureId: "3.2",
        status: "completed",
        indicators: [{ indicatorId: "3.2.1", kind: "people", women: 40, men: 60, total: 100 }],
        evidence: { document: "№ 12 буйрук", date: "2025-06-20" },
      },
      { measureId: "4.1", status: "not-started", indicators: [] },
    ],
  },
  {
    header: reportHeader(plan, "БИМ", PERIOD, { name: "Нурлан Абдыкадыров" }),
    entries: [
      {
        measureId: "2.1",
        status: "in-progress",
        indicators: [
          { indicatorId: "2.1.1", kind: "document", done: false },
          { indicatorId: "2.1.2", kind: "people", women: 30, men: 5, total: 35 },
        ],
      },
    ],
  },
];

const cli = (...argv: string[]) => runCli(argv);

beforeAll(async () => {
  mkdirSync(inbox);
  for (const [i, report] of reports.entries()) {
    const json = join(dir, `report-${i}.json`);
    writeFileSync(json, JSON.stringify(report));
    const { code, stderr } = await cli(
      "template",
      "--plan",
      planFile,
      "--agency",
      report.header.agency,
      "--period",
      PERIOD,
      "--prefill",
      json,
      "--out",
      join(inbox, `${i}-${report.header.agency}.xlsx`),
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }
});

describe("the second plan, from templates to the master, with --plan", () => {
  it("summarizes the plan", async () => {
    const { code, stdout } = await cli("plan", "--plan", planFile, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).counts).toEqual({
      chapters: 3,
      goals: 3,
      tasks: 4,
      measures: 6,
      indicators: 9,
      bodies: 6,
    });
  });

  it("writes one template per responsible body of that plan", async () => {
    const { code, stdout } = await cli(
      "template",
      "--plan",
      planFile,
      "--all",
      "--period",
      PERIOD,
      "--out-dir",
      join(dir, "templates"),
    );
    expect(code).toBe(0);
    expect(stdout).toContain("6 templates");
  });

  it("refuses a period outside the plan", async () => {
    expect((await cli("template", "--plan", planFile, "--agency", "IIM", "--period", "2019-H2")).code).toBe(2);
  });

  it("validates the filled templates against that plan, and the embedded plan refuses them", async () => {
    const files = reports.map((r, i) => join(inbox, `${i}-${r.header.agency}.xlsx`));
    const own = await cli("validate", "--plan", planFile, "--json", "--lang", "en", ...files);
    expect(
      JSON.parse(own.stdout).tasks.map((t: { issues: { code: string }[] }) => t.issues.map((i) => i.code)),
    ).toEqual([[], []]);
    expect(own.code).toBe(0);
    const other = await cli("validate", "--json", "--lang", "en", files[0]);
    expect(other.code).toBe(1);
    expect(JSON.parse(other.stdout).tasks[0].issues.map((i: { code: string }) => i.code)).toEqual([
      "identity-other-plan",
    ]);
  });

  it("reads a filled template back into its report", async () => {
    const { code, stdout } = await cli("read", "--plan", planFile, "--json", join(inbox, "0-ИИМ.xlsx"));
    expect(code).toBe(0);
    expect(
      JSON.parse(stdout).entries.map((e: { measureId: string; status: string }) => [e.measureId, e.status]),
    ).toEqual([
      ["3.1", "in-progress"],
      ["3.2", "completed"],
      ["4.1", "not-started"],
    ]);
  });

  it("merges them into that plan's master", async () => {
    const { code, stdout } = await cli("merge", "--plan", planFile, "--into", master, inbox, "--lang", "en");
    expect(stdout).toContain("2 accepted");
    expect(code).toBe(0);
    const { master: m } = await readMaster(readFileSync(master), plan);
    expect(m.submissions.map((s) => [s.agency, s.outcome])).toEqual([
      ["ИИМ", "accepted"],
      ["БИМ", "accepted"],
    ]);
  });

  it("refuses a submission for the embedded plan in this plan's master, with a clear issue", async () => {
    const foreign = join(dir, "esom.xlsx");
    expect((await cli("template", "--agency", "ESOM", "--period", "2019-H2", "--out", foreign)).code).toBe(0);
    const { code, stdout } = await cli(
      "merge",
      "--plan",
      planFile,
      "--into",
      master,
      foreign,
      "--lang",
      "en",
      "--json",
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(JSON.stringify(report)).toContain("identity-other-plan");
    expect(JSON.stringify(report)).toContain('made for the plan \\"kg-gender-equality-2018-2020\\"');
  });

  it("refuses this plan's submission in a master of the embedded plan, and this plan's master as an embedded one", async () => {
    const embeddedMaster = join(dir, "embedded-master.xlsx");
    const { code, stdout } = await cli(
      "merge",
      "--into",
      embeddedMaster,
      join(inbox, "0-ИИМ.xlsx"),
      "--json",
      "--lang",
      "en",
    );
    expect(code).toBe(1);
    expect(stdout).toContain("identity-other-plan");
    const wrongMaster = await cli("merge", "--into", master, join(inbox, "1-БИМ.xlsx"), "--lang", "en");
    expect(wrongMaster.code).toBe(2);
    expect(wrongMaster.stderr).toContain("cannot merge into this master");
  });

  it("gives the coordinator's hand-on on that plan's master: report, status, open data, a file sent back", async () => {
    const docx = join(dir, "report.docx");
    const report = await cli("report", "--plan", planFile, "--master", master, "--period", PERIOD, "--out", docx);
    expect(report.stderr).toBe("");
    expect(report.code).toBe(0);
    expect(report.stdout).toContain(`${PERIOD} (${PERIOD})`);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe("PK");

    const status = await cli("status", "--plan", planFile, "--master", master, "--period", PERIOD, "--json");
    expect(status.code).toBe(0);
    const rows = JSON.parse(status.stdout).rows as { agency: string; state: string }[];
    expect(rows.filter((r) => r.state === "submitted").map((r) => r.agency)).toEqual(
      expect.arrayContaining(["ИИМ", "БИМ"]),
    );

    const open = join(dir, "open-data");
    expect((await cli("export", "--plan", planFile, "--master", master, "--out", open)).code).toBe(0);
    expect(readFileSync(join(open, "measure-reports.csv"), "utf8")).toContain("3.1");

    const back = join(dir, "returned");
    const returned = await cli("return", "--plan", planFile, join(inbox, "0-ИИМ.xlsx"), "--out", back);
    expect(returned.stderr).toBe("");
    expect(returned.code).toBe(0);
  });

  it("refuses the coordinator's commands on that plan's master without its plan", async () => {
    for (const argv of [
      ["report", "--master", master, "--period", "2019-H2", "--out", join(dir, "x.docx")],
      ["status", "--master", master],
      ["export", "--master", master, "--out", join(dir, "x")],
    ]) {
      const { code, stderr } = await cli(...argv);
      expect(code).toBe(2);
      expect(stderr).toMatch(/plan/);
    }
  });

  it("runs the demo on it: templates, submissions, validation and a two-round merge", async () => {
    const out = join(dir, "demo");
    const { code, stdout, stderr } = await cli("demo", "--plan", planFile, "--out", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("period 2025-H1");
    expect(stdout).toContain("1. 6 templates");
    const { master: m } = await readMaster(readFileSync(join(out, "master.xlsx")), plan);
    expect(m.submissions.filter((s) => s.outcome === "accepted").length).toBeGreaterThan(0);
  });

  it("goes through its own authoring workbook and back unchanged", async () => {
    const xlsx = join(dir, "second.xlsx");
    const back = join(dir, "second.json");
    expect((await cli("plan", "export", "--plan", planFile, "--xlsx", xlsx)).code).toBe(0);
    expect((await cli("plan", "import", xlsx, "--out", back)).code).toBe(0);
    expect(JSON.parse(readFileSync(back, "utf8"))).toEqual(plan);
  });
});
