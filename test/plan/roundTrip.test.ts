import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { buildPlanWorkbook, readPlanWorkbook } from "../../core/plan";
import { PLAN_SHEETS } from "../../core/plan/layout";
import { STANDING_SHEET } from "../../core/plan/standing";
import { defaultPlan, planHash, type Plan } from "../../schema";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/libreoffice";

const embeddedJson = JSON.parse(
  readFileSync(join(__dirname, "../../schema/plans/kg-gender-equality-2018-2020.json"), "utf8"),
) as unknown;

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await writeWorkbook(buildPlanWorkbook(defaultPlan));
});

describe("the embedded plan through the authoring workbook", () => {
  it("reads back without issues into the identical plan document: ids, texts, source lines, interpretation marks, key order", async () => {
    const reading = readPlanWorkbook(await readWorkbook(bytes), { workbook: "plan.xlsx" });
    expect(reading.issues).toEqual([]);
    expect(reading.plan).toEqual(embeddedJson);
    expect(JSON.stringify(reading.plan, null, 2)).toBe(JSON.stringify(embeddedJson, null, 2));
    expect(planHash(reading.plan!)).toBe(planHash(defaultPlan));
  });
});

const soffice = hasLibreOffice();
const title = "the embedded plan's authoring workbook after LibreOffice re-saves it";
(soffice ? describe : describe.skip)(soffice ? title : `${title} [skipped: soffice is not installed]`, () => {
  it("still reads back into the identical plan document", async () => {
    const [resaved] = convertWithLibreOffice([{ name: "plan.xlsx", bytes }]);
    const reading = readPlanWorkbook(await readWorkbook(resaved), {});
    expect(reading.issues).toEqual([]);
    expect(reading.plan).toEqual(embeddedJson);
  });
});

describe("the official text replaces ours through the authoring workbook", () => {
  it("carries ky, ru and en columns for every text, and our translations' fingerprints in a very hidden sheet", () => {
    const spec = buildPlanWorkbook(defaultPlan);
    const keys = (name: string) =>
      spec.sheets
        .find((s) => s.name === name)!
        .cells.filter((c) => /^[A-Z]+2$/.test(c.ref))
        .map((c) => c.value);
    for (const key of ["measure", "baseline", "indicator", "indicator.unit", "expectedResults", "funding", "task"])
      expect(keys(PLAN_SHEETS.measures)).toEqual(expect.arrayContaining([key, `${key}.ru`, `${key}.en`]));
    expect(keys(PLAN_SHEETS.bodies)).toEqual(
      expect.arrayContaining(["name", "name.ru", "name.en", "shortName", "shortName.ru", "shortName.en"]),
    );
    expect(spec.sheets.find((s) => s.name === STANDING_SHEET)?.state).toBe("veryHidden");
  });

  it("an official Russian text pasted over ours imports as official; the rest stay translations; the hash stays", async () => {
    const grid = await readWorkbook(bytes);
    const sheet = grid.sheets.find((s) => s.name === PLAN_SHEETS.measures)!;
    const column = (key: string) =>
      [...sheet.cells].find(([ref, c]) => /^[A-Z]+2$/.test(ref) && c.value === key)![0].replace(/\d+$/, "");
    const row = [...sheet.cells]
      .find(([ref, c]) => ref.startsWith(column("measure.id")) && c.value === "1.1")![0]
      .replace(/^[A-Z]+/, "");
    const official =
      "Проведение исследования (по регионам) причин, затрудняющих совмещение трудовых и семейных обязанностей";
    sheet.cells.set(`${column("measure.ru")}${row}`, { value: official });
    const reading = readPlanWorkbook(grid, {});
    expect(reading.issues).toEqual([]);
    const plan = reading.plan!;
    const m = plan.chapters[0].goals[0].tasks[0].measures[0];
    expect(m.text).toEqual({
      ...(embeddedJson as Plan).chapters[0].goals[0].tasks[0].measures[0].text,
      ru: official,
      translated: ["en"],
    });
    // 1.2 printed the same Kyrgyz and had the same Russian: still ours.
    expect(plan.chapters[0].goals[0].tasks[0].measures[1].text.translated).toEqual(["ru", "en"]);
    expect(planHash(plan)).toBe(planHash(defaultPlan));
  });

  it("a workbook without the fingerprints (copied elsewhere) reads every text as official", async () => {
    const grid = await readWorkbook(bytes);
    grid.sheets = grid.sheets.filter((s) => s.name !== STANDING_SHEET);
    const plan = readPlanWorkbook(grid, {}).plan!;
    expect(JSON.stringify(plan)).not.toContain('"translated"');
    expect(planHash(plan)).toBe(planHash(defaultPlan));
  });
});
