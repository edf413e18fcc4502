/**
 * A plan's authoring workbook (`tendik plan export`) read as `tendik plan import` reads it: the .xlsx adapter's
 * reader, then the core's readPlanWorkbook (every problem an issue at its cell, the plan checked by checkPlan).
 * A chunk of its own: only a user who picks a workbook rather than a plan's JSON loads it.
 */
import { readWorkbook } from "../../../adapters/xlsx";
import { isWorkbookReadError, readErrorIssue, type WorkbookGrid } from "../../../core";
import { readPlanWorkbook } from "../../../core/plan/readPlanWorkbook";
import { planFieldNames } from "../../../core/plan/planContext";
import { renderIssue, renderMessage, type Issue, type Language, type Plan } from "../../../schema";

/** "Чаралар!D14", the sheet alone, or nothing for the whole file. */
function place(issue: Issue): string {
  const { sheet, cell } = issue.location;
  if (sheet && cell) return `${sheet}!${cell}: `;
  return sheet ? `${sheet}: ` : "";
}

/** The plan the workbook holds (null when it has any problem), and its problems as text, each at its cell. */
export async function readPlanWorkbookFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ plan: Plan | null; problems: (lang: Language) => string[] }> {
  let grid: WorkbookGrid;
  try {
    grid = await readWorkbook(bytes);
  } catch (e) {
    if (!isWorkbookReadError(e)) throw e;
    const { code, params } = readErrorIssue(e);
    return { plan: null, problems: (lang) => [renderMessage(code, params, lang)] };
  }
  const { plan, issues } = readPlanWorkbook(grid, { workbook: fileName });
  return { plan, problems: (lang) => issues.map((i) => `${place(i)}${renderIssue(i, lang, planFieldNames)}`) };
}
