/**
 * Issue 20 through the command line, on real files: a Russian ЭСӨМ template, a Russian master and a Russian report
 * hold no Kyrgyz plan text, an English template no Cyrillic (as scripts/measure-languages.ts measures them); a
 * master kept in Kyrgyz takes templates filled in Russian and back; a body is named by any of its names.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { resolveAgency } from "../../cli/resolve";
import { buildTemplate } from "../../core";
import { masterFromGrid } from "../../core/merge";
import { defaultPlan } from "../../schema";
import {
  CYRILLIC,
  KYRGYZ_CODES,
  documentTexts,
  isKyrgyz,
  main as measure,
  neutralReport,
  workbookTexts,
} from "../../scripts/measure-languages";
import { runCli } from "../helpers/runCli";

const dir = mkdtempSync(join(tmpdir(), "tendik-lang-"));
const file = (name: string) => join(dir, name);
const texts = async (name: string) => (await workbookTexts(readFileSync(file(name)))).map((c) => c.text);

beforeAll(async () => {
  const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    await measure([dir]);
  } finally {
    write.mockRestore();
  }
}, 60_000);

describe("every output in one language", () => {
  it("a Russian ЭСӨМ template: no Kyrgyz text, no Kyrgyz abbreviation", async () => {
    const cells = await texts("esom-ru.xlsx");
    expect(cells.filter(isKyrgyz)).toEqual([]);
    expect(cells.filter((t) => KYRGYZ_CODES.test(t))).toEqual([]);
    expect(cells.some((t) => t.includes("по согласованию"))).toBe(true);
  });
  it("a Russian master: no Kyrgyz text, bodies by their Russian short names", async () => {
    const cells = await texts("master-ru.xlsx");
    expect(cells.filter(isKyrgyz)).toEqual([]);
    expect(cells.filter((t) => KYRGYZ_CODES.test(t))).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining(["МТСР", "МОН", "Нацстатком"]));
    expect(cells.filter((t) => t.includes("рабочий перевод"))).toHaveLength(1);
  });
  it("a Russian report: no Kyrgyz text, bodies by their Russian short names, the translation said once", async () => {
    const paragraphs = await documentTexts(readFileSync(file("report-ru.docx")));
    expect(paragraphs.filter(isKyrgyz)).toEqual([]);
    expect(paragraphs.filter((t) => KYRGYZ_CODES.test(t))).toEqual([]);
    expect(paragraphs.filter((t) => t.includes("рабочий перевод"))).toHaveLength(1);
  });
  it("English templates: no Cyrillic at all", async () => {
    for (const name of ["esom-en.xlsx", "undp-en.xlsx"])
      expect((await texts(name)).filter((t) => CYRILLIC.test(t))).toEqual([]);
  });
});

describe("reading stays language-blind", () => {
  it("templates filled in Russian merge into a master kept in Kyrgyz, and a Kyrgyz one into it kept in Russian", async () => {
    const master = file("master-ky.xlsx");
    const inbox = file("inbox"); // the Russian templates the measurement filled
    expect((await runCli(["merge", "--into", master, inbox, "--lang", "ky"])).code).toBe(0);
    const ky = masterFromGrid(await readWorkbook(readFileSync(master)), defaultPlan);
    expect(ky.language).toBe("ky");
    expect(new Set(ky.master.measureReports.map((r) => r.agency))).toEqual(new Set(["ЭСӨМ", "БИМ", "УСК"]));

    const kyFilled = file("ssm-ky.xlsx");
    const report = neutralReport("ССМ", "2019-H2", 40);
    writeFileSync(
      kyFilled,
      await writeWorkbook(buildTemplate({ agency: "ССМ", period: "2019-H2", language: "ky", prefill: report })),
    );
    expect((await runCli(["merge", "--into", master, kyFilled, "--lang", "ru"])).code).toBe(0);
    const ru = masterFromGrid(await readWorkbook(readFileSync(master)), defaultPlan);
    expect(ru.language).toBe("ru");
    // The bodies, shown as МТСР, МОН, Нацстатком, МЗ, read back as their codes: nothing lost, nothing renamed.
    expect(new Set(ru.master.measureReports.map((r) => r.agency))).toEqual(new Set(["ЭСӨМ", "БИМ", "УСК", "ССМ"]));
    expect(ru.master.measureReports.length).toBe(ky.master.measureReports.length + report.entries.length);
    expect((await workbookTexts(readFileSync(master))).map((c) => c.text)).toContain("МЗ");

    // Merging the same files again changes nothing, whatever language the master is kept in.
    const before = readFileSync(master);
    const again = await runCli(["merge", "--into", master, inbox, kyFilled, "--lang", "ru", "--json"]);
    expect(again.code).toBe(0);
    expect(readFileSync(master).equals(before)).toBe(true);
  }, 60_000);

  it("a body is named by its code, a variant, its alias, or any short or full name", () => {
    for (const typed of [
      "ЭСӨМ",
      "esom",
      "МТСР",
      "mlsd",
      "MLSD",
      "Министерство труда и социального развития Кыргызской Республики",
    ])
      expect(resolveAgency(defaultPlan, typed)).toBe("ЭСӨМ");
    expect(resolveAgency(defaultPlan, "МОН")).toBe("БИМ");
    expect(resolveAgency(defaultPlan, "MoH")).toBe("ССМ"); // not folded into МОН
    expect(resolveAgency(defaultPlan, "UNDP")).toBe("БУУӨП");
    expect(resolveAgency(defaultPlan, "ПРООН")).toBe("БУУӨП");
    expect(resolveAgency(defaultPlan, "Нацстатком")).toBe("УСК");
  });

  it("every short name belongs to one body", () => {
    const seen = new Map<string, string>();
    for (const b of defaultPlan.bodies)
      for (const lang of ["ky", "ru", "en"] as const) {
        const name = b.shortName?.[lang];
        if (!name) continue;
        expect([name, seen.get(name) ?? b.code]).toEqual([name, b.code]);
        seen.set(name, b.code);
      }
  });

  it("tendik plan --lang ru lists the bodies in Russian with every name they answer to", async () => {
    const { code, stdout } = await runCli(["plan", "--lang", "ru"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/МТСР\s+ESOM\s+68 .*Министерство труда и социального развития/);
    expect(stdout).toMatch(/= ЭСӨМ · MLSD/);
    expect(stdout).toContain("Расширение экономических возможностей женщин");
    const en = JSON.parse((await runCli(["plan", "--lang", "en", "--json"])).stdout);
    expect(en.bodies.find((b: { code: string }) => b.code === "БИМ")).toMatchObject({ short: "MoES" });
    expect(en.bodies.find((b: { code: string }) => b.code === "БИМ").names).toEqual(
      expect.arrayContaining(["БИМ", "МОН", "MoES", "BIM", "Ministry of Education and Science of the Kyrgyz Republic"]),
    );
  });
});
