import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { buildPlanWorkbook, readPlanWorkbook } from "../../core/plan";
import { defaultPlan, planHash } from "../../schema";
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
