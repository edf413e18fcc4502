/// <reference types="office-js" />
/**
 * Renders a WorkbookSpec into the open workbook in two requests (plus one per 4 MB of cells): the first reads
 * which sheets and names exist, the second replaces the spec's sheets. Order inside the batch matters to Excel:
 * sheets before names, names before the rules that use them, "@" before the text it protects, tables before
 * merges are checked, content before protection, visibility last.
 */
import { columnLetters, rangeA1 } from "../../core/a1";
import type { CellSpec, DataValidationSpec, SheetSpec, WorkbookSpec } from "../../core/template/spec";
import { cellBands, mergeValidations, styleRects, type StyleRect } from "./blocks";
import { jsonBytes, RequestBudget } from "./budget";
import type { Capabilities } from "./requirements";
import {
  addChart,
  addTable,
  applyFamily,
  block,
  applyValidation,
  familyKey,
  joinAddresses,
  STYLE_FAMILIES,
  tableBlock,
  widthInPoints,
} from "./sheetParts";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/**
 * Where a sheet of the spec is replaced, the old one is renamed out of the way (to a name no sheet has) and
 * deleted after.
 */
const retiredName = (i: number): string => `~tendik-replaced-${i}`;

export interface RenderStats {
  /** Requests sent by this render (the budget's extra ones included). */
  syncs: number;
}

export async function renderSpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  can: Capabilities,
): Promise<RenderStats> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  const names = can.names ? workbook.names.load("items/name") : undefined;
  await context.sync();

  const budget = new RequestBudget(context);
  const specNames = new Set(spec.sheets.map((s) => s.name.toLowerCase()));
  // By id and by name, never by position: positions shift as sheets and names are deleted.
  const replaced = sheets.items.filter((s) => specNames.has(s.name.toLowerCase()));
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  let n = 0;
  for (const old of replaced) {
    while (taken.has(retiredName(n).toLowerCase())) n++;
    sheets.getItem(old.id).name = retiredName(n++);
  }
  const created = new Map<string, Excel.Worksheet>();
  for (const s of spec.sheets) created.set(s.name, sheets.add(s.name));
  for (const old of replaced) {
    // Excel refuses to delete a very hidden sheet (InvalidOperation, worksheet `delete`): it is made hidden
    // first. An Excel without ExcelApi 1.2 cannot change visibility, so the old sheet stays, very hidden,
    // under its retired name.
    if (old.visibility === "VeryHidden") {
      if (!can.layout) continue;
      sheets.getItem(old.id).visibility = "Hidden";
    }
    sheets.getItem(old.id).delete();
  }
  if (names) {
    const wanted = new Set(spec.definedNames.map((n) => n.name.toLowerCase()));
    for (const n of names.items) if (wanted.has(n.name.toLowerCase())) workbook.names.getItem(n.name).delete();
    for (const n of spec.definedNames) workbook.names.add(n.name, `=${n.ref.replace(/^=/, "")}`);
  }
  await budget.reserve(spec.sheets.length * 2 + spec.definedNames.length * 2);

  for (const s of spec.sheets) await renderSheet(workbook, created.get(s.name)!, s, spec, can, budget);

  // Protection and visibility once every sheet's content is in (a very hidden sheet can still be written,
  // but a protected one cannot).
  for (const s of spec.sheets) {
    const sheet = created.get(s.name)!;
    if (s.protect && can.layout)
      sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowFormatCells: false });
  }
  const active = created.get(spec.activeSheet);
  active?.activate();
  if (can.layout)
    for (const s of spec.sheets) if (s.state !== "visible") created.get(s.name)!.visibility = VISIBILITY[s.state];
  await context.sync();
  return { syncs: 2 + budget.extraSyncs };
}

async function renderSheet(
  workbook: Excel.Workbook,
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  book: WorkbookSpec,
  can: Capabilities,
  budget: RequestBudget,
): Promise<void> {
  if (can.layout) await layout(sheet, spec, can, budget);

  // Table columns' number formats go with the cells, so a 60,000-row table costs no extra action.
  const columnFormats = new Map<string, string>();
  for (const t of spec.tables ?? []) {
    const b = tableBlock(t);
    t.columns.forEach((c, j) => {
      if (!c.numFmt) return;
      for (let r = 1; r < b.rows; r++) columnFormats.set(`${columnLetters(b.col + j + 1)}${b.row + r + 1}`, c.numFmt);
    });
  }
  for (const band of cellBands(spec, book.styles, columnFormats)) {
    const rows = band.values.length;
    const cols = band.values[0].length;
    await budget.reserve(2, band.bytes);
    const range = block(sheet, band.row, band.col, rows, cols);
    if (band.hasFormats) range.numberFormat = band.numberFormat;
    if (band.hasValues) range.values = band.values;
  }
  for (const c of spec.cells)
    if (c.style !== undefined && !Object.hasOwn(book.styles, c.style))
      throw new RangeError(`unknown style "${c.style}" at ${spec.name}!${c.ref}`);
  for (const family of STYLE_FAMILIES) {
    if (family === "locked" && !can.layout) continue; // without protection (1.2) locking means nothing
    const keyOf = (c: CellSpec) => familyKey(c.style === undefined ? undefined : book.styles[c.style], family);
    const rects = styleRects(spec.cells, keyOf);
    if (can.areas) {
      // One action per distinct value of the family, over every block that has it (ExcelApi 1.9).
      const byKey = new Map<string, StyleRect[]>();
      for (const r of rects) (byKey.get(r.style) ?? byKey.set(r.style, []).get(r.style)!).push(r);
      for (const [key, group] of byKey) {
        const rows = group.reduce((n, r) => Math.max(n, r.rows), 1);
        const cols = group.reduce((n, r) => Math.max(n, r.cols), 1);
        for (const address of joinAddresses(group.map(rectAddress))) {
          await budget.reserve(6, address.length);
          applyFamily(sheet.getRanges(address), family, key, rows, cols);
        }
      }
    } else
      for (const rect of rects) {
        await budget.reserve(6);
        applyFamily(block(sheet, rect.row, rect.col, rect.rows, rect.cols), family, rect.style, rect.rows, rect.cols);
      }
  }
  for (const t of spec.tables ?? []) {
    await budget.reserve(4, jsonBytes(t.name) + jsonBytes(t.style));
    addTable(sheet, t);
  }
  if (can.layout)
    for (const m of spec.merges) {
      await budget.reserve(2);
      sheet.getRange(m).merge(false);
    }
  if (can.validation) {
    const merged = mergeValidations(spec.validations);
    if (can.areas) {
      // One rule over every block that has the same rule, prompt and alert (ExcelApi 1.9).
      const byRule = new Map<string, DataValidationSpec[]>();
      for (const v of merged) {
        const key = JSON.stringify([v.rule, v.prompt, v.error]);
        (byRule.get(key) ?? byRule.set(key, []).get(key)!).push(v);
      }
      for (const group of byRule.values())
        for (const address of joinAddresses(group.map((v) => v.range))) {
          await budget.reserve(6, jsonBytes(group[0]) + address.length);
          applyValidation(sheet.getRanges(address), group[0]);
        }
    } else
      for (const v of merged) {
        await budget.reserve(6, jsonBytes(v));
        applyValidation(sheet.getRange(v.range), v);
      }
  }
  if (can.views) {
    const { rows = 0, cols = 0 } = spec.frozen ?? {};
    if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(block(sheet, 0, 0, rows, cols));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
    if (spec.tabColor) sheet.tabColor = `#${spec.tabColor.replace(/^#/, "")}`;
    for (const chart of spec.charts ?? []) {
      await budget.reserve(6 * chart.series.length + 4, jsonBytes(chart));
      addChart(workbook, sheet, chart);
    }
  }
}

/** Column widths and row heights, consecutive equal ones in one range (ExcelApi 1.2). */
async function layout(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  can: Capabilities,
  budget: RequestBudget,
): Promise<void> {
  for (let i = 0; i < spec.columns.length;) {
    let j = i;
    const { width, hidden = false } = spec.columns[i];
    while (
      j + 1 < spec.columns.length &&
      spec.columns[j + 1].width === width &&
      (spec.columns[j + 1].hidden ?? false) === hidden
    )
      j++;
    await budget.reserve(2);
    const range = sheet.getRange(`${columnLetters(i + 1)}:${columnLetters(j + 1)}`);
    range.format.columnWidth = widthInPoints(width);
    if (hidden) range.columnHidden = true;
    i = j + 1;
  }
  const heights = Object.entries(spec.rowHeights ?? {})
    .map(([row, height]) => ({ row: Number(row), height }))
    .sort((a, b) => a.row - b.row);
  const runs: { first: number; last: number; height: number }[] = [];
  for (const { row, height } of heights) {
    const run = runs[runs.length - 1];
    if (run && run.last + 1 === row && run.height === height) run.last = row;
    else runs.push({ first: row, last: row, height });
  }
  if (can.areas) {
    // Rows of one height in one call, wherever they are (ExcelApi 1.9).
    const byHeight = new Map<number, string[]>();
    for (const r of runs)
      (byHeight.get(r.height) ?? byHeight.set(r.height, []).get(r.height)!).push(`${r.first}:${r.last}`);
    for (const [height, rows] of byHeight)
      for (const address of joinAddresses(rows)) {
        await budget.reserve(2, address.length);
        sheet.getRanges(address).format.rowHeight = height;
      }
  } else
    for (const r of runs) {
      await budget.reserve(2);
      sheet.getRange(`${r.first}:${r.last}`).format.rowHeight = r.height;
    }
}

/** A block as an A1 address ("C7:F9"). */
const rectAddress = (r: StyleRect): string =>
  rangeA1({ row: r.row + 1, col: r.col + 1 }, { row: r.row + r.rows, col: r.col + r.cols });
