/**
 * A new report's template, exactly as `tendik template` writes it: the core's spec (buildTemplate) and, for a
 * workbook of its own, the .xlsx adapter's bytes (writeWorkbook), on the plan in use. ExcelJS makes this the
 * heavy part of the agency's pane: it loads only when a clerk asks for a new report.
 */
import { writeWorkbook } from "../../../adapters/xlsx";
import { buildTemplate, templateLabels, type WorkbookSpec } from "../../../core";
import type { Language, Plan } from "../../../schema";

export function templateSpec(plan: Plan, agency: string, period: string, language: Language): WorkbookSpec {
  return buildTemplate({ agency, period, language, plan });
}

/** The template as .xlsx bytes, for `Excel.createWorkbook`. */
export function templateBytes(plan: Plan, agency: string, period: string, language: Language): Promise<Uint8Array> {
  return writeWorkbook(templateSpec(plan, agency, period, language));
}

/** The name of the template's report sheet in `language`, for the hint that follows New report. */
export function reportSheetName(language: Language): string {
  return templateLabels[language].sheets.report;
}
