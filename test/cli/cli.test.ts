import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exampleReport } from "../fixtures/reports";
import { runCli } from "../helpers/runCli";

const dir = mkdtempSync(join(tmpdir(), "tendik-cli-"));

describe("tendik plan", () => {
  it("summarises the embedded plan per chapter, goal and body", async () => {
    const { code, stdout } = await runCli(["plan"]);
    expect(code).toBe(0);
    expect(stdout).toContain("5 chapters, 13 goals, 36 tasks, 117 measures");
    expect(stdout).toMatch(/ЭСӨМ\s+ESOM\s+68/);
  });
  it("prints the same as JSON", async () => {
    const summary = JSON.parse((await runCli(["plan", "--json"])).stdout);
    expect(summary.counts).toMatchObject({ chapters: 5, goals: 13, tasks: 36, measures: 117, bodies: 55 });
    expect(summary.chapters.map((c: { measures: number }) => c.measures)).toEqual([17, 19, 44, 13, 24]);
  });
});

describe("tendik template", () => {
  it("refuses an unknown agency or a period outside the plan with exit code 2 and a clear message", async () => {
    const unknown = await runCli(["template", "--agency", "ХХХ", "--period", "2019-H2", "--lang", "ru"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Ведомства «ХХХ» нет среди отчитывающихся по плану.*ЭСӨМ \(ESOM\)/s);
    const period = await runCli(["template", "--agency", "ЭСӨМ", "--period", "2021-H1"]);
    expect(period.code).toBe(2);
    expect(period.stderr).toContain("2018-H2, 2019-H1");
    expect((await runCli(["template", "--agency", "ЭСӨМ", "--period", "2019-H2", "--bogus"])).code).toBe(2);
  });

  it("accepts the Latin alias, and a prefilled template reads back to the same document", async () => {
    const report = exampleReport({ agency: "ИИМ" });
    writeFileSync(join(dir, "report.json"), JSON.stringify(report));
    const out = join(dir, "iim.xlsx");
    expect(
      (
        await runCli([
          "template",
          "--agency",
          "iim",
          "--period",
          "2019-H2",
          "--prefill",
          join(dir, "report.json"),
          "--out",
          out,
        ])
      ).code,
    ).toBe(0);
    const read = await runCli(["read", out, "--json"]);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toEqual(report);
  });

  it("writes one template per reporting body with --all", async () => {
    const outDir = join(dir, "all");
    const { code, stdout } = await runCli([
      "template",
      "--all",
      "--period",
      "2020-H1",
      "--lang",
      "ru",
      "--out-dir",
      outDir,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("52 templates");
    expect(readdirSync(outDir).filter((f) => f.endsWith(".xlsx"))).toHaveLength(52);
  }, 60000);
});

describe("tendik validate", () => {
  it("exits 0 for a clean file, 1 with each error at its cell, 2 for a file it cannot read", async () => {
    const good = join(dir, "good.xlsx");
    const report = exampleReport({ agency: "БИМ" });
    writeFileSync(join(dir, "bim.json"), JSON.stringify(report));
    await runCli([
      "template",
      "--agency",
      "БИМ",
      "--period",
      "2019-H2",
      "--prefill",
      join(dir, "bim.json"),
      "--out",
      good,
    ]);
    const empty = join(dir, "empty.xlsx");
    await runCli(["template", "--agency", "БИМ", "--period", "2019-H2", "--out", empty]);
    const text = join(dir, "text.xlsx");
    writeFileSync(text, "a;b;c\n1;2;3\n");

    expect((await runCli(["validate", good])).code).toBe(0);
    const bad = await runCli(["validate", empty, "--lang", "ru"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/Отчет!C2\s+Заполните/);
    expect(bad.stdout).toMatch(/Отчет!H\d+/);
    const unreadable = await runCli(["validate", good, text]);
    expect(unreadable.code).toBe(2);
    // Said in words, with no code: the code stays in --json.
    expect(unreadable.stdout).toMatch(/text\.xlsx: 1 ката\n\s+✗\s+Бул файл/);
    expect(unreadable.stdout).not.toContain("file-text-renamed");
    expect(unreadable.stderr).toBe("");
  });

  it("prints the report as JSON with --json", async () => {
    const out = await runCli(["validate", join(dir, "empty.xlsx"), "--json", "--lang", "en"]);
    const report = JSON.parse(out.stdout);
    expect(report).toMatchObject({
      valid: false,
      stats: { files: 1 },
      tasks: [{ source: join(dir, "empty.xlsx"), valid: false }],
    });
    expect(report.tasks[0].issues[0]).toMatchObject({
      code: "value-required",
      severity: "error",
      location: { sheet: "Отчет", cell: "C2", row: 2, column: "C" },
    });
  });

  it("names a missing file without a stack trace", async () => {
    const r = await runCli(["validate", join(dir, "nope.xlsx"), "--lang", "ru"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tendik: .*nope\.xlsx: такого файла или папки нет\. Проверьте путь\.\n$/);
  });
});
