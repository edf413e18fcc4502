import type { Plan } from "../../schema";
import type { WorkbookSpec } from "../template/spec";
import { buildMeasuresSheet } from "./exportMeasures";
import { buildBodiesSheet, buildFactsSheet } from "./exportSheets";
import { buildInstructionsSheet } from "./instructions";
import { PLAN_SHEETS } from "./layout";
import { PLAN_STYLES } from "./sheetBuilder";
import { buildStandingSheet } from "./standing";

/**
 * The plan as an editable authoring workbook: instructions, the plan's facts, its measures in the annex's
 * layout and its responsible bodies. `readPlanWorkbook` reads it back into the same plan document.
 *
 * With `blank`, the start of a new plan period: the same bodies (and the act's issuer, type and language), no
 * measures, and the plan's id, title, period and act left to fill in. A very hidden sheet carries which texts are
 * our working translations (standing.ts), so an official text pasted over one reads back as official.
 * @example const bytes = await writeWorkbook(buildPlanWorkbook(defaultPlan));
 */
export function buildPlanWorkbook(plan: Plan, opts: { blank?: boolean } = {}): WorkbookSpec {
  const blank = opts.blank ?? false;
  const measures = blank ? ({ ...plan, chapters: [] } as unknown as Plan) : plan;
  return {
    sheets: [
      buildInstructionsSheet(),
      buildFactsSheet(plan, blank),
      buildMeasuresSheet(measures),
      buildBodiesSheet(plan, blank),
      buildStandingSheet(plan),
    ],
    styles: PLAN_STYLES,
    definedNames: [],
    activeSheet: PLAN_SHEETS.measures,
    properties: { title: plan.title.ky, creator: "Tendik" },
  };
}
