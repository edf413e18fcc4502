import { defaultPlan, type Issue, type Plan, type Report } from "../../schema";
import { findSheet, type WorkbookGrid } from "../grid";
import { templateLabels } from "../labels";
import { shownTextsHash, type TemplateIdentity } from "../template/identity";
import { DEFAULT_COLUMNS, layoutReport, type ColumnSet } from "../template/layout";
import { ReadContext, type CellRef } from "./context";
import { CellMap, makeHeader, readEntry, readPreparer } from "./entries";
import { readIdentity } from "./identity";
import { checkStructure } from "./structure";

export interface ReadOptions {
  plan?: Plan;
  /** File name for issue locations. */
  workbook?: string;
  /** The report columns; the standard registry unless the template was built with fields of its own. */
  columns?: ColumnSet;
}

export interface ReportReading {
  /** The report document, or null when the workbook cannot be read as this plan's template. */
  report: Report | null;
  identity: TemplateIdentity | null;
  /** JSON Pointer -> cell, for every input the template has, filled or not. */
  cells: Map<string, CellRef>;
  /** And back: "Sheet!H14" -> the JSON Pointer of the value that cell holds (the deepest one). */
  paths: Map<string, string>;
  /** Issues found while reading: identity, structure and values that could not be parsed. */
  issues: Issue[];
}

/**
 * Grid of a filled template -> report document, with a map from each JSON path to its cell.
 * Data problems are returned as issues; nothing here throws on bad input.
 */
export function readReport(wb: WorkbookGrid, opts: ReadOptions = {}): ReportReading {
  const plan = opts.plan ?? defaultPlan;
  const ctx = new ReadContext(plan, opts.workbook);
  const identity = readIdentity(wb, ctx);
  const none = (): ReportReading => ({
    report: null,
    identity,
    cells: new Map(),
    paths: new Map(),
    issues: ctx.issues,
  });
  if (!identity) return none();

  // The template's own language names its sheets; accept the other languages' names too (a renamed copy).
  const template = templateLabels[identity.language];
  const sheet =
    findSheet(wb, template.sheets.report) ??
    Object.values(templateLabels)
      .map((l) => findSheet(wb, l.sheets.report))
      .find(Boolean);
  if (!sheet) {
    ctx.add("sheet-missing", { sheet: template.sheets.report });
    return none();
  }
  const layout = layoutReport(plan, identity.agency);
  const columns = opts.columns ?? DEFAULT_COLUMNS;
  // Plan cells are checked word for word while the plan still shows the words this template was made with.
  const sameTexts = identity.textsHash === shownTextsHash(layout, identity.language);
  const found = checkStructure(sheet, layout, template, ctx, columns, sameTexts);
  const map = new CellMap(sheet.name);
  const preparedBy = readPreparer(sheet, ctx, map);
  const entries = [];
  for (const m of layout.measures) {
    const row = found.get(m.measure.id);
    if (row === undefined) continue;
    entries.push(readEntry(sheet, m, row, entries.length, ctx, map, columns));
  }
  const report: Report = { header: makeHeader(identity, preparedBy), entries };
  return { report, identity, cells: map.byPath, paths: pathsByCell(map.byPath), issues: ctx.issues };
}

/** Inverts the path -> cell map; where several paths share a cell (an entry and its status), the deepest wins. */
export function pathsByCell(cells: Map<string, CellRef>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, ref] of cells) {
    const key = `${ref.sheet}!${ref.cell}`;
    const prev = out.get(key);
    if (prev === undefined || path.split("/").length > prev.split("/").length) out.set(key, path);
  }
  return out;
}
