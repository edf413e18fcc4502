import type { Cell, WorkbookGrid, WorkbookSpec } from "../../core";
import { parseA1 } from "../../core";

/**
 * The simplest adapter: a template description straight to the grid a reader sees, as a workbook
 * would hold it right after being written (formulas keep the cached value the spec gives them).
 */
export function specToGrid(spec: WorkbookSpec): WorkbookGrid {
  return {
    sheets: spec.sheets.map((s) => {
      const cells = new Map<string, Cell>();
      let rowCount = 0;
      let colCount = 0;
      for (const c of s.cells) {
        if ((c.value === null || c.value === undefined) && !c.formula) continue;
        cells.set(c.ref, { value: c.value ?? null, ...(c.formula ? { formula: c.formula } : {}) });
        const a = parseA1(c.ref);
        rowCount = Math.max(rowCount, a.row);
        colCount = Math.max(colCount, a.col);
      }
      return { name: s.name, state: s.state, cells, rowCount, colCount };
    }),
  };
}

/** Sets a cell of a grid sheet, as a clerk typing would. */
export function typeInto(grid: WorkbookGrid, sheet: string, ref: string, value: Cell["value"], formula?: string): void {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  if (value === null && !formula) s.cells.delete(ref);
  else s.cells.set(ref, { value, ...(formula ? { formula } : {}) });
  const a = parseA1(ref);
  s.rowCount = Math.max(s.rowCount, a.row);
  s.colCount = Math.max(s.colCount, a.col);
}
