/**
 * Regression: the template's drop-downs offered the name of their list ("tendik_status") as the one choice,
 * because the list rule named the defined name without "=", which the renderers take for a literal list.
 */
import { Workbook } from "exceljs";
import { writeWorkbook } from "../../adapters/xlsx";
import { buildTemplate, layoutReport, templateLabels } from "../../core";
import { defaultPlan } from "../../schema";

it("the template's drop-downs refer to the named lists, not to their names as text", async () => {
  const bytes = await writeWorkbook(buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky" }));
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as any);
  const ws = wb.getWorksheet(templateLabels.ky.sheets.report)!;
  const m = layoutReport(defaultPlan, "ЭСӨМ").measures[0];
  const rules = (ws as any).dataValidations.model as Record<string, { type: string; formulae: string[] }>;
  expect(rules[`H${m.row}`]).toMatchObject({ type: "list", formulae: ["tendik_status"] });
  expect(rules[`P${m.row}`]).toMatchObject({ type: "list", formulae: ["tendik_source"] });
  const lists = Object.values(rules).filter((r) => r.type === "list");
  expect(lists.every((r) => !r.formulae[0].startsWith('"'))).toBe(true);
});
