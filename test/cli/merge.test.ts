import fc from "fast-check";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "../../adapters/xlsx";
import { readMaster, writeMaster } from "../../adapters/xlsx/masterWorkbook";
import { buildTemplate } from "../../core";
import { buildMasterWorkbook, emptyMaster } from "../../core/merge";
import { defaultPlan, type Report } from "../../schema";
import { reportArb } from "../helpers/mergeReports";
import { runCli, withLocale } from "../helpers/runCli";

const plan = defaultPlan;
const root = mkdtempSync(join(tmpdir(), "tendik-merge-"));
const inbox = join(root, "inbox");
const master = join(root, "master.xlsx");
const sample = (agency: string, seed: number): Report =>
  fc.sample(reportArb(agency, "2019-H2"), { seed, numRuns: 1 })[0];

async function fill(path: string, report: Report): Promise<void> {
  writeFileSync(
    path,
    await writeWorkbook(
      buildTemplate({ agency: report.header.agency, period: report.header.period, language: "ky", prefill: report }),
    ),
  );
}

beforeAll(async () => {
  mkdirSync(inbox);
  await fill(join(inbox, "b-em.xlsx"), sample("ЭМ", 1));
  await fill(join(inbox, "a-fm.xlsx"), sample("ФМ", 2));
  await fill(join(inbox, "c-tim.xlsx"), sample("ТИМ", 3));
  writeFileSync(join(inbox, "~$a-fm.xlsx"), "Excel's lock file");
  writeFileSync(join(inbox, "notes.txt"), "not a workbook");
  await fill(join(root, "fm-v2.xlsx"), sample("ФМ", 4));
  const broken = sample("ЭМ", 5);
  broken.entries[0] = { measureId: broken.entries[0].measureId, status: "completed", indicators: [] };
  await fill(join(root, "em-broken.xlsx"), broken);
});

describe("tendik merge", () => {
  it("creates the master from a folder's .xlsx files, in name order, and says what it accepted", async () => {
    const { code, stdout, stderr } = await runCli(["merge", "--into", master, inbox, "--lang", "en"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(
      stdout
        .split("\n")
        .filter((l) => l.startsWith("✓"))
        .map((l) => l.split(/\s+/)[2]),
    ).toEqual(["a-fm.xlsx", "b-em.xlsx", "c-tim.xlsx"]);
    expect(stdout).toContain("created: 3 files — 3 accepted, 0 replaced, 0 unchanged, 0 rejected");
    const { master: m, language } = await readMaster(readFileSync(master), plan);
    expect(language).toBe("en");
    expect(m.submissions.map((s) => [s.fileName, s.outcome])).toEqual([
      ["a-fm.xlsx", "accepted"],
      ["b-em.xlsx", "accepted"],
      ["c-tim.xlsx", "accepted"],
    ]);
  });

  it("changes nothing when the same files come again (unchanged): the master file is left as it was", async () => {
    const bytes = readFileSync(master);
    const before = (await readMaster(bytes, plan)).master;
    const { code, stdout } = await runCli(["merge", "--into", master, inbox]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/3 .*өзгөргөн жок/);
    expect(Buffer.compare(readFileSync(master), bytes)).toBe(0);
    const after = await readMaster(readFileSync(master), plan);
    expect(after.language).toBe("en");
    expect(after.master).toEqual(before);
  });

  it("replaces a resubmission, rejects a file with errors with its reasons and cells, and exits 1 (--json)", async () => {
    const { code, stdout } = await runCli([
      "merge",
      "--into",
      master,
      join(root, "fm-v2.xlsx"),
      join(root, "em-broken.xlsx"),
      "--json",
      "--lang",
      "en",
    ]);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.stats).toEqual({ files: 2, accepted: 0, replaced: 1, unchanged: 0, rejected: 1 });
    expect(doc.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ["fm-v2.xlsx", "replaced"],
      ["em-broken.xlsx", "rejected"],
    ]);
    expect(doc.files[1].issues).toContainEqual(
      expect.objectContaining({
        code: "completed-without-evidence",
        severity: "error",
        location: expect.objectContaining({ sheet: "Отчет", cell: expect.stringMatching(/^Q\d+$/) }),
      }),
    );
    const m = (await readMaster(readFileSync(master), plan)).master;
    const first = m.submissions.find((s) => s.fileName === "a-fm.xlsx")!;
    const second = m.submissions.find((s) => s.fileName === "fm-v2.xlsx")!;
    expect([first.replacedBy, second.replaces]).toEqual([second.sha256, first.sha256]);
    expect(m.rejections.some((r) => r.fileName === "em-broken.xlsx" && r.code === "completed-without-evidence")).toBe(
      true,
    );
  });

  it("prints a rejected file's errors with their cells", async () => {
    const { code, stdout } = await runCli(["merge", "--into", master, join(root, "em-broken.xlsx"), "--lang", "ru"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /✗ отклонен\s+em-broken\.xlsx МЭ, 2-е полугодие 2019 года\n\s+Отчет!Q\d+\s+Мероприятие 4\.6 имеет статус «Выполнено»: укажите подтверждающий документ/,
    );
  });

  it("refuses a master of another plan, a workbook that is no master and an unreadable file, exit 2, leaving them as they were", async () => {
    const other = { ...plan, id: "another-plan" };
    const foreign = join(root, "foreign.xlsx");
    writeFileSync(foreign, await writeMaster(buildMasterWorkbook(emptyMaster(other), other, "ky")));
    const garbage = join(root, "garbage.xlsx");
    writeFileSync(garbage, "not a workbook at all");
    const template = join(inbox, "a-fm.xlsx");
    for (const [target, message] of [
      [foreign, /another-plan/],
      [garbage, /not a readable \.xlsx/],
      [template, /not a Tendik master/],
    ] as const) {
      const before = readFileSync(target);
      const { code, stderr } = await runCli(["merge", "--into", target, join(inbox, "b-em.xlsx")]);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(readFileSync(target).equals(before)).toBe(true);
    }
  });

  it("refuses a command line it cannot run, exit 2", async () => {
    expect((await runCli(["merge", inbox])).code).toBe(2);
    expect((await runCli(["merge", "--into", master])).code).toBe(2);
    expect((await runCli(["merge", "--into", master, join(root, "missing.xlsx"), "--lang", "en"])).stderr).toMatch(
      /missing\.xlsx: there is no such file or folder\. Check the path\./,
    );
    // In the language of the system's locale when --lang is not given, Kyrgyz when it names none of ours.
    const ru = await withLocale("ru_RU.UTF-8", () => runCli(["merge", inbox]));
    expect(ru.stderr).toBe(
      "tendik: Не указан параметр --into MASTER.xlsx. Например: tendik merge --into master.xlsx inbox/\n",
    );
    const ky = await withLocale("C.UTF-8", () => runCli(["merge", "--into", master]));
    expect(ky.stderr).toMatch(/^tendik: Файлдар көрсөтүлгөн жок\. Мисалы: tendik merge --into master\.xlsx inbox\/\n$/);
    expect((await runCli(["merge", "--into", master, inbox, "--lang", "fr"])).code).toBe(2);
    const empty = join(root, "empty");
    mkdirSync(empty);
    expect((await runCli(["merge", "--into", master, empty, "--lang", "en"])).stderr).toMatch(
      /There are no \.xlsx files in/,
    );
  });
});
