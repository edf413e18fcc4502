import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { statusCsv, summarizeStatus } from "../../core/coordinator/status";
import { masterLabels } from "../../core/merge";
import type { Master } from "../../core/merge";
import { defaultPlan, isDeadlinePassed, measuresForBody } from "../../schema";
import { toCsv } from "../../core/coordinator/csv";
import { runTendik } from "./cli";
import { makeMaster, type MasterFixture } from "./masterFixture";

let fx: MasterFixture;
let master: Master;

beforeAll(async () => {
  fx = await makeMaster();
  master = (await readMaster(readFileSync(fx.master), defaultPlan)).master;
}, 120000);

describe("summarizeStatus", () => {
  it("says per body and half-year who reported, whose file was rejected and who sent nothing", () => {
    const s = summarizeStatus(master, defaultPlan, "2019");
    expect(s.periods).toEqual(["2019-H1", "2019-H2"]);
    const state = (agency: string, period: string) =>
      s.rows.find((r) => r.agency === agency && r.period === period)?.state;
    expect([
      state("ЭМ", "2019-H1"),
      state("ТИМ", "2019-H1"),
      state("ТИМ", "2019-H2"),
      state("ЭСӨМ", "2019-H2"),
    ]).toEqual(["submitted", "rejected", "submitted", "missing"]);
    expect(s.totals.find((t) => t.period === "2019-H2")).toMatchObject({ submitted: 3, rejected: 0 });
  });

  it("lists a silent body's measures whose deadline passed as overdue", () => {
    const s = summarizeStatus(master, defaultPlan, "2019-H2");
    const row = s.rows.find((r) => r.agency === "ЭСӨМ")!;
    const due = measuresForBody(defaultPlan, "ЭСӨМ")
      .filter((m) => isDeadlinePassed(m.measure.deadline.periods, { year: 2019, half: 2 }))
      .map((m) => m.measure.id);
    expect(due.length).toBeGreaterThan(0);
    // ЭСӨМ sent nothing: every measure of it whose deadline passed is overdue.
    expect(row.overdue).toEqual(due);
  });

  it("takes the contacts from the body's last accepted report", () => {
    const row = summarizeStatus(master, defaultPlan, "2019-H1").rows.find((r) => r.agency === "ЭМ")!;
    // ЭМ's H2 report (seed 13) came after its H1 report: its header's contacts are the ones to call.
    expect(row.contact).toEqual({
      name: "Асанова Айгүл 13",
      position: "башкы адис",
      phone: "+996 312 62-00-13",
      email: "aigul13@example.kg",
      preparedOn: "2020-01-12",
      fileName: "em-h2.xlsx",
      source: "submission",
    });
    // ТИМ's only accepted report is H2; its rejected H1 file gives no contact.
    expect(
      summarizeStatus(master, defaultPlan, "2019-H1").rows.find((r) => r.agency === "ТИМ")!.contact?.fileName,
    ).toBe("tim-h2.xlsx");
  });
});

describe("whom to call: the latest report's header, else the plan's contacts register", () => {
  // ЭСӨМ never reported in the fixture; ЭМ did. Both have a contact in the register.
  const plan = structuredClone(defaultPlan);
  const register = (code: string, contact: Record<string, string>) =>
    (plan.bodies.find((b) => b.code === code)!.contact = contact);
  register("ЭСӨМ", { name: "Жолдошева Б.", position: "бөлүм башчысы", phone: "+996 312 66-00-01", email: "b@esom.kg" });
  register("ЭМ", { name: "Регистрдеги Адам", phone: "+996 312 00-00-00" });

  it("gives every body that has not reported a contact, and says where it came from", () => {
    const s = summarizeStatus(master, plan, "2019-H2");
    expect(s.rows.find((r) => r.agency === "ЭСӨМ")!.contact).toEqual({
      name: "Жолдошева Б.",
      position: "бөлүм башчысы",
      phone: "+996 312 66-00-01",
      email: "b@esom.kg",
      preparedOn: null,
      fileName: null,
      source: "register",
    });
    // A report's header names someone more recent than the register: it wins.
    expect(s.rows.find((r) => r.agency === "ЭМ")!.contact).toMatchObject({
      name: "Асанова Айгүл 13",
      source: "submission",
    });
  });

  it("writes the contact and its source into the mail-merge CSV", () => {
    const csv = statusCsv(summarizeStatus(master, plan, "2019-H2"), "en", masterLabels.en.states);
    const [header, ...rows] = csv.trimEnd().split("\r\n");
    const at = (row: string, column: string) => row.split(",")[header.split(",").indexOf(column)];
    expect(header.split(",")).toContain("Contact from");
    const esom = rows.find((r) => r.startsWith("MLSD,"))!;
    expect([at(esom, "Contact from"), at(esom, "Phone")]).toEqual([
      "the plan's contacts register",
      "'+996 312 66-00-01",
    ]);
    expect(
      at(
        rows.find((r) => r.startsWith("MoE,"))!,
        "Contact from",
      ),
    ).toBe("the body's latest report");
    // Without a register, a body that never reported has no contact, and the CSV leaves the source empty.
    const bare = statusCsv(summarizeStatus(master, defaultPlan, "2019-H2"), "en", masterLabels.en.states);
    expect(
      at(
        bare.split("\r\n").find((r) => r.startsWith("MLSD,"))!,
        "Contact from",
      ),
    ).toBe("");
  });
});

describe("tendik status", () => {
  it("prints a table, writes a CSV for a mail merge and --json", async () => {
    const csv = join(fx.root, "status.csv");
    const { code, stdout } = await runTendik([
      "status",
      "--master",
      fx.master,
      "--period",
      "2019-H2",
      "--csv",
      csv,
      "--lang",
      "ru",
    ]);
    expect(code).toBe(0);
    // Periods in words, never as codes.
    // Each line says what it counts: bodies, then the plan's measures by verdict.
    expect(stdout).toMatch(/2-е полугодие 2019 года: органов, которые должны отчитаться, \d+ — Сдан \d+/);
    expect(stdout).toMatch(
      /2-е полугодие 2019 года: мероприятий плана 117 — Выполнено \d+, Выполняется \d+, .*Нет отчетов \d+; доля выполненных мероприятий [\d,]+ %/,
    );
    expect(stdout).not.toMatch(/20\d\d-H[12]/);
    expect(stdout).toMatch(/^МТСР\s+2-е полугодие 2019 года/m);
    expect(stdout).toMatch(
      /^МЭ\s+2-е полугодие 2019 года\s+.*Асанова Айгүл 13\s+\+996 312 62-00-13\s+aigul13@example.kg/m,
    );
    const text = readFileSync(csv, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = text.slice(1).trimEnd().split("\r\n");
    expect(header).toBe(
      "Ведомство,Наименование,Период,Состояние,Просроченные мероприятия,Исполнитель,Должность,Телефон,Эл. почта,Дата,Источник контакта,Файл,Получен",
    );
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.find((r) => r.startsWith("МЭ,"))).toContain(
      // A phone starting with "+" is kept as text in Excel by OWASP's leading apostrophe (CSV injection).
      ",Асанова Айгүл 13,башкы адис,'+996 312 62-00-13,aigul13@example.kg,12.01.2020,последний отчет органа,em-h2.xlsx,",
    );
    const json = JSON.parse((await runTendik(["status", "--master", fx.master, "--json"])).stdout);
    expect(json.periods).toEqual(["2019-H1", "2019-H2"]);
    // One verdict per measure and period, with the bodies' own statuses beside it.
    expect(json.measures).toHaveLength(2 * 117);
    const verdicts = ["completed", "in-progress", "not-started", "overdue", "suspended", "cancelled", "not-reported"];
    for (const m of json.measures) {
      expect(verdicts).toContain(m.verdict);
      expect(Object.keys(m)).toEqual(expect.arrayContaining(["period", "id", "verdict", "bodies"]));
    }
    expect(json.measures.filter((m: { verdict: string }) => m.verdict !== "not-reported").length).toBeGreaterThan(0);
    // The counts of measures by verdict are those of the verdicts listed, for the plan and each chapter.
    for (const period of json.periods) {
      const plan = json.counts.find(
        (c: { period: string; chapterId: string | null }) => c.period === period && !c.chapterId,
      );
      expect(plan.measures).toBe(117);
      for (const v of verdicts)
        expect(plan.counts[v]).toBe(
          json.measures.filter((m: { period: string; verdict: string }) => m.period === period && m.verdict === v)
            .length,
        );
    }
  });

  it("keeps every text Excel would run as a formula a text in the mail-merge CSV (OWASP's rule)", () => {
    const texts = ["=1+1", "+996 555", "-2", "@SUM(A1)", "\tx", "\rx", "plain", "a=b"];
    const csv = toCsv([texts, [-2, 3]], { forSpreadsheet: true });
    expect(csv).toBe(`'=1+1,'+996 555,'-2,'@SUM(A1),'\tx,"'\rx",plain,a=b\r\n-2,3\r\n`);
    // Open data keeps values as they are.
    expect(toCsv([["=1+1"]])).toBe("=1+1\r\n");
  });

  it("refuses a missing master (exit 2)", async () => {
    expect((await runTendik(["status", "--master", join(fx.root, "none.xlsx")])).code).toBe(2);
  });
});
