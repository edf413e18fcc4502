import { columnLetters } from "../a1";
import type { SheetGrid } from "../grid";
import { deadlineText, LANGUAGES, type Language, type LocalizedString } from "../../schema";
import { formerColumns, templateLabels, type TemplateLabels } from "../labels";
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
  sameTexts = false,
): FoundRows {
  checkHeaders(sheet, template, ctx, columns);
  const found = findMeasureRows(sheet, layout, ctx);
  const lang = templateLanguage(template);
  for (const m of layout.measures) {
    const row = found.get(m.measure.id);
    if (row !== undefined) checkLockedCells(sheet, m, row, ctx, columns, lang, sameTexts);
  }
  checkExtraRows(sheet, layout, found, ctx, columns);
  return found;
}

/** The language a template's labels are in (the template's own language: the plan texts it shows are in it). */
function templateLanguage(template: TemplateLabels): Language {
  return LANGUAGES.find((l) => templateLabels[l] === template) ?? "ky";
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

/**
 * The plan's locked cells must hold the plan's text. Any language's text is accepted (a template sent before
 * its language had a translation shows Kyrgyz), and so is the deadline as printed or in words. Outside the
 * languages the content hash covers (Kyrgyz and the act's own, see schema/planContent.ts), the text may have been
 * corrected, or replaced by an imported official one, since the template was made, and that must not refuse a file
 * the hash still accepts: there, any non-empty text is accepted, unless the template's fingerprint of the texts it
 * showed (`textsHash`) says the plan's words are still those. The measure ids, read from column A, and the texts
 * in the hashed languages stay checked.
 */
function checkLockedCells(
  sheet: SheetGrid,
  m: MeasureRows,
  row: number,
  ctx: ReadContext,
  columns: ColumnSet,
  lang: Language,
  sameTexts: boolean,
): void {
  const COL = { text: columns.col("text"), deadline: columns.col("deadline"), indicator: columns.col("indicator") };
  const hashed = lang === "ky" || lang === ctx.plan.source.language;
  const strict = hashed || sameTexts;
  const compare = (col: number, r: number, forms: string[], expected: string, translated: boolean, field: string) => {
    const cell = `${columnLetters(col)}${r}`;
    const found = norm(cellText(sheet.cells.get(cell)?.value ?? null));
    if (forms.some((f) => norm(f) === found) || (translated && found !== "")) return;
    ctx.add("locked-cell-edited", { field, expected: clip(norm(expected)), found: clip(found) }, { sheet, cell });
  };
  const text = (col: number, r: number, t: LocalizedString, field: string) =>
    compare(
      col,
      r,
      LANGUAGES.map((l) => t[l]).filter((x): x is string => !!x),
      t[lang] ?? t.ky,
      !strict,
      field,
    );
  const d = m.measure.deadline;
  text(COL.text, row, m.measure.text, "text");
  compare(
    COL.deadline,
    row,
    [d.text, ...LANGUAGES.map((l) => deadlineText(d, l))],
    deadlineText(d, lang),
    !hashed,
    "deadline",
  );
  m.indicators.forEach(({ indicator }, i) => text(COL.indicator, row + i, indicator.text, "indicator"));
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
