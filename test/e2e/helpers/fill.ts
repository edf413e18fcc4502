/** What a clerk types into a template, as cell writes: the example report's values, cell by cell. */
import ExcelJS from "exceljs";
import { writeWorkbook } from "../../../adapters/xlsx";
import { buildTemplate, layoutReport, templateLabels, type CellWrite } from "../../../core";
import { defaultPlan, type Language, type Plan } from "../../../schema";
import { planReport } from "./files";

/** The input cells the example report fills, with their values, on the template's report sheet. */
export function exampleWrites(agency: string, period: string, language: Language, plan = defaultPlan): CellWrite[] {
  const sheet = templateLabels[language].sheets.report;
  const cellsOf = (prefill?: ReturnType<typeof planReport>) =>
    buildTemplate({ agency, period, language, prefill, plan }).sheets.find((s) => s.name === sheet)!.cells;
  const blank = new Map(cellsOf().map((c) => [c.ref, c.value ?? null]));
  return cellsOf(planReport(plan, agency, period))
    .filter((c) => !c.formula && c.value !== null && c.value !== undefined && c.value !== blank.get(c.ref))
    .map((c) => ({ sheet, cell: c.ref, value: c.value! }));
}

/** The row of a measure with one indicator that counts people: its women (K) and men (L) cells are numbers. */
export function peopleRow(agency: string, plan: Plan = defaultPlan): number {
  const measure = layoutReport(plan, agency).measures.find(
    (m) => m.indicators.length === 1 && m.indicators[0].indicator.kind === "people",
  );
  if (!measure) throw new Error(`${agency} has no measure with one people indicator`);
  return measure.row;
}

/** The same filled template as a file, with `edits` typed in (ExcelJS), for `tendik validate` to compare. */
export async function filledFile(
  agency: string,
  period: string,
  language: Language,
  edits: CellWrite[],
  plan: Plan = defaultPlan,
): Promise<Uint8Array> {
  const bytes = await writeWorkbook(
    buildTemplate({ agency, period, language, prefill: planReport(plan, agency, period), plan }),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const e of edits) wb.getWorksheet(e.sheet)!.getCell(e.cell).value = e.value;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
