/**
 * A first run of the checks before the clerk needs them: a blank template of the plan's first reporting body,
 * as a grid, validated and its issues worded. JavaScript engines compile code on its first runs; without this the
 * clerk's first Validate pays for it. Part of the engine chunk (loaded with it, run when the page is idle).
 */
import { buildTemplate, parseA1, validateGrid, type SheetGrid, type WorkbookGrid } from "../../../core";
import { defaultPlan, planPeriods, renderIssue, reportingBodies, type Plan } from "../../../schema";

/** A template's spec as the grid Excel would hand back: values only, sheets in their order. */
function gridOf(plan: Plan): WorkbookGrid {
  const agency = reportingBodies(plan)[0];
  const spec = buildTemplate({ agency, period: planPeriods(plan.period)[0], language: "ky", plan });
  return {
    sheets: spec.sheets.map((s): SheetGrid => {
      const cells = new Map<string, { value: string | number | boolean | null }>();
      let rowCount = 0;
      let colCount = 0;
      for (const c of s.cells) {
        if (c.value === undefined || c.value === null || c.formula) continue;
        cells.set(c.ref, { value: c.value });
        const { row, col } = parseA1(c.ref);
        rowCount = Math.max(rowCount, row);
        colCount = Math.max(colCount, col);
      }
      return { name: s.name, state: s.state, cells, rowCount, colCount };
    }),
  };
}

/** Validates a blank template of `plan` once and words its issues in every language; the result is dropped. */
export function warmUp(plan: Plan = defaultPlan): number {
  const { task } = validateGrid(gridOf(plan), { source: "", plan });
  let words = 0;
  for (const issue of task.issues)
    for (const lang of ["ky", "ru", "en"] as const) words += renderIssue(issue, lang).length;
  return words;
}

/**
 * Runs warmUp once the page is idle (or after `delay` ms where requestIdleCallback is missing). Only a head
 * start: a failure is ignored, the real check reports its own problems.
 */
export function warmUpWhenIdle(delay = 0): void {
  const warm = () => {
    try {
      warmUp();
    } catch {
      // Ignored: see above.
    }
  };
  const idle = (globalThis as { requestIdleCallback?: (f: () => void, o?: object) => void }).requestIdleCallback;
  if (idle) idle(warm, { timeout: 1000 });
  else setTimeout(warm, delay);
}
