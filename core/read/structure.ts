import { columnLetters } from "../a1";
import type { SheetGrid } from "../grid";
import { LANGUAGES } from "../../schema";
import { formerColumns, type TemplateLabels } from "../labels";
import { columnHeader } from "../template/columns";
import { DEFAULT_COLUMNS, ROW, type ColumnSet, type MeasureRows, type ReportLayout } from "../template/layout";
import { cellText } from "../values";
import type { ReadContext } from "./context";

const MEASURE_ID = /^(\d+\.\d+)\.?$/;
const norm = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Where each expected measure was found: its first row in the sheet as it is now. */
export type FoundRows = Map<string, number>;

/**
 * Checks headers, rows and the plan's locked cells against the layout the identity implies.
 * Returns where each measure actually sits, so values are read even from a shifted sheet.
 */
export function checkStructure(
  sheet: SheetGrid,
  layout: ReportLayout,
  template: TemplateLabels,
  ctx: ReadContext,
  columns: ColumnSet = DEFAULT_COLUMNS,
): FoundRows {
  checkHeaders(sheet, template, ctx, columns);
  const found = findMeasureRows(sheet, layout, ctx);
  for (const m of layout.measures) {
    const row = found.get(m.measure.id);
    if (row !== undefined) checkLockedCells(sheet, m, row, ctx, columns);
  }
  checkExtraRows(sheet, layout, found, ctx, columns);
  return found;
}

function checkHeaders(sheet: SheetGrid, template: TemplateLabels, ctx: ReadContext, columns: ColumnSet): void {
  columns.list.forEach((c, i) => {
    const cell = `${columnLetters(i + 1)}${ROW.headers}`;
    const text = norm(cellText(sheet.cells.get(cell)?.value ?? null));
    // Accept the header in any interface language: a clerk may have received a template in another one.
    // And the headers a column had before a wording was revised (labels.ts keeps them), for templates sent earlier.
    const former = (formerColumns as Record<string, string[] | undefined>)[c.key] ?? [];
    const known = [...LANGUAGES.map((l) => columnHeader(c, l)), ...former].some((h) => norm(h) === text);
    if (!known) ctx.add("column-missing", { column: columnLetters(i + 1), header: c.key }, { sheet, cell });
  });
}

function findMeasureRows(sheet: SheetGrid, layout: ReportLayout, ctx: ReadContext): FoundRows {
  const expected = new Map(layout.measures.map((m, i) => [m.measure.id, i]));
  const seen = new Map<string, number>();
  const order: { id: string; row: number }[] = [];
  const lastRow = Math.max(sheet.rowCount, layout.lastRow);
  for (let row = ROW.firstData; row <= lastRow; row++) {
    const text = cellText(sheet.cells.get(`A${row}`)?.value ?? null);
    const m = text ? MEASURE_ID.exec(text) : null;
    if (!m) continue;
    const id = m[1];
    if (!expected.has(id)) {
      ctx.add("row-unexpected", { value: id }, { sheet, cell: `A${row}` });
      continue;
    }
    if (seen.has(id)) {
      ctx.add("row-duplicated", { measure: id }, { sheet, cell: `A${row}` });
      continue;
    }
    seen.set(id, row);
    order.push({ id, row });
  }
  for (const m of layout.measures)
    if (!seen.has(m.measure.id)) ctx.add("row-missing", { measure: m.measure.id }, { sheet, cell: `A${m.row}` });
  // Rows out of the plan's order: those outside the longest run that keeps the expected order.
  const keep = longestIncreasing(order.map((o) => expected.get(o.id)!));
  order.forEach((o, i) => {
    if (!keep.has(i))
      ctx.add(
        "row-reordered",
        { measure: o.id, expectedRow: layout.measures[expected.get(o.id)!].row },
        { sheet, cell: `A${o.row}` },
      );
  });
  return seen;
}

/** Indices of one longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(xs: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(xs.length).fill(-1);
  xs.forEach((x, i) => {
    let lo = 0,
      hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const out = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) out.add(i);
  return out;
}

function checkLockedCells(sheet: SheetGrid, m: MeasureRows, row: number, ctx: ReadContext, columns: ColumnSet): void {
  const COL = { text: columns.col("text"), deadline: columns.col("deadline"), indicator: columns.col("indicator") };
  const compare = (col: number, r: number, expected: string, field: string) => {
    const cell = `${columnLetters(col)}${r}`;
    const found = norm(cellText(sheet.cells.get(cell)?.value ?? null));
    if (found !== norm(expected))
      ctx.add("locked-cell-edited", { field, expected: clip(norm(expected)), found: clip(found) }, { sheet, cell });
  };
  compare(COL.text, row, m.measure.text.ky, "text");
  compare(COL.deadline, row, m.measure.deadline.text, "deadline");
  m.indicators.forEach(({ indicator }, i) => compare(COL.indicator, row + i, indicator.text.ky, "indicator"));
}

function checkExtraRows(
  sheet: SheetGrid,
  layout: ReportLayout,
  found: FoundRows,
  ctx: ReadContext,
  columns: ColumnSet,
): void {
  const covered = new Set<number>();
  for (const m of layout.measures) {
    const row = found.get(m.measure.id);
    if (row !== undefined) for (let r = row; r < row + m.span; r++) covered.add(r);
  }
  for (let row = ROW.firstData; row <= sheet.rowCount; row++) {
    if (covered.has(row)) continue;
    if (MEASURE_ID.test(cellText(sheet.cells.get(`A${row}`)?.value ?? null) ?? "")) continue; // already reported
    for (let col = columns.firstInput; col <= columns.last; col++) {
      const cell = `${columnLetters(col)}${row}`;
      const text = cellText(sheet.cells.get(cell)?.value ?? null);
      if (text) {
        ctx.add("row-unexpected", { value: clip(text) }, { sheet, cell });
        break;
      }
    }
  }
}
