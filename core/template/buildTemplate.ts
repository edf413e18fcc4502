import { PAGE_FOOTER, printLayout } from "./print";
import {
  defaultPlan,
  planHash,
  planText,
  translationNotice,
  type Language,
  type Plan,
  type Report,
  type ReportEntry,
} from "../../schema";
import { columnLetters, quoteSheet, rangeA1, toA1 } from "../a1";
import type { CellValue } from "../grid";
import { fill, templateLabels, type TemplateLabels } from "../labels";
import { isoToSerial } from "../values";
import { columnHeader, type ColumnGroup } from "./columns";
import { GENERATOR, shownTextsHash, TEMPLATE_FORMAT_VERSION, type TemplateIdentity } from "./identity";
import { errorText, LIST_NAMES } from "./inputRules";
import { DEFAULT_COLUMNS, layoutReport, PREPARER_CELLS, ROW, type ColumnSet, type ReportLayout } from "./layout";
import { measureRows, type MeasureContext, type Sink } from "./measureRows";
import { identitySheet, instructionsSheet, listsSheet } from "./otherSheets";
import { estimateRowHeight } from "./rowHeight";
import type { CellSpec, DataValidationSpec, SheetSpec, WorkbookSpec } from "./spec";
import { STYLES } from "./styles";
import { reportTitle, titleOf } from "./title";

export { LIST_NAMES } from "./inputRules";
export { reportTitle } from "./title";

export interface TemplateOptions {
  agency: string;
  period: string;
  language: Language;
  plan?: Plan;
  /** Values to write into the input cells ("send back for correction", tests). */
  prefill?: Report;
  /** The report columns; the standard registry unless a caller adds fields of its own. */
  columns?: ColumnSet;
}

/**
 * The declarative description of an agency's report template. Pure: no workbook is touched here.
 * @throws {RangeError} when the agency has no measures in the plan (a misuse: callers check first).
 * @example const bytes = await writeWorkbook(buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky" }));
 */
export function buildTemplate(opts: TemplateOptions): WorkbookSpec {
  const plan = opts.plan ?? defaultPlan;
  const L = templateLabels[opts.language];
  const layout = layoutReport(plan, opts.agency);
  if (layout.measures.length === 0) throw new RangeError(`agency ${opts.agency} has no measures in plan ${plan.id}`);
  const identity: TemplateIdentity = {
    kind: "report-template",
    formatVersion: TEMPLATE_FORMAT_VERSION,
    planId: plan.id,
    planHash: planHash(plan),
    agency: opts.agency,
    period: opts.period,
    language: opts.language,
    generator: GENERATOR,
    textsHash: shownTextsHash(layout, opts.language),
  };
  const report = reportSheet(plan, opts, L, layout, opts.columns ?? DEFAULT_COLUMNS);
  return {
    sheets: [report, instructionsSheet(L, opts.language), listsSheet(L), identitySheet(identity)],
    styles: STYLES,
    definedNames: [
      { name: LIST_NAMES.status, ref: `${quoteSheet(L.sheets.lists)}!$A$1:$A$5` },
      { name: LIST_NAMES.yesNo, ref: `${quoteSheet(L.sheets.lists)}!$B$1:$B$2` },
      { name: LIST_NAMES.source, ref: `${quoteSheet(L.sheets.lists)}!$C$1:$C$4` },
    ],
    activeSheet: L.sheets.report,
    properties: { title: titleOf(plan, opts), creator: GENERATOR },
  };
}

/** The group header over each run of columns, and its style. */
const GROUP_STYLE: Record<ColumnGroup, string> = {
  plan: "group",
  progress: "groupInput",
  indicator: "groupInput",
  money: "groupInput",
  evidence: "groupInput",
  obstacles: "groupInput",
};

function groupText(group: ColumnGroup, L: TemplateLabels): string {
  return group === "obstacles" ? L.columns.obstacles : L.groups[group];
}

function reportSheet(
  plan: Plan,
  opts: TemplateOptions,
  L: TemplateLabels,
  layout: ReportLayout,
  columns: ColumnSet,
): SheetSpec {
  const cells: CellSpec[] = [];
  const merges: string[] = [];
  const validations: DataValidationSpec[] = [];
  const heights: Record<number, number> = {};
  const put = (col: number, row: number, value: CellValue | undefined, style: string, formula?: string) =>
    cells.push({ ref: toA1({ row, col }), value: value ?? null, style, ...(formula ? { formula } : {}) });
  const merge = (a: string) => merges.push(a);
  const sink: Sink = { put, merge, validations, heights };
  const last = columnLetters(columns.last);
  const firstInput = columns.firstInput;

  put(1, ROW.title, reportTitle(plan, opts), "title");
  merge(`A${ROW.title}:${last}${ROW.title}`);
  heights[ROW.title] = 36;

  preparerBlock(opts, L, cells, merges, validations);
  heights[ROW.preparer1] = 20;
  heights[ROW.preparer2] = 20;

  // Said once, quietly, in the free row above the headers: the plan texts below are our working translation.
  const notice = translationNotice(plan, opts.language);
  if (notice) {
    put(1, ROW.notice, notice, "note");
    merge(`A${ROW.notice}:${last}${ROW.notice}`);
  }

  // Group headers over runs of columns of one group, then the column headers.
  for (let start = 1; start <= columns.last;) {
    const group = columns.list[start - 1].group;
    let end = start;
    while (end < columns.last && columns.list[end].group === group) end++;
    for (let c = start; c <= end; c++) put(c, ROW.groups, c === start ? groupText(group, L) : null, GROUP_STYLE[group]);
    if (end > start) merge(rangeA1({ row: ROW.groups, col: start }, { row: ROW.groups, col: end }));
    start = end + 1;
  }
  columns.list.forEach((c, i) =>
    put(i + 1, ROW.headers, columnHeader(c, opts.language), i + 1 < firstInput ? "header" : "headerInput"),
  );
  heights[ROW.groups] = 18;
  heights[ROW.headers] = 30;

  const entries = new Map<string, ReportEntry>((opts.prefill?.entries ?? []).map((e) => [e.measureId, e]));
  const ctx: MeasureContext = { plan, agency: opts.agency, language: opts.language, L, columns };
  const planWidth = columns.widths.slice(0, firstInput - 1).reduce((a, b) => a + b, 0);
  for (const item of layout.rows) {
    if (item.type === "task") {
      const title = planText(item.task.title, opts.language);
      put(1, item.row, `${fill(L.task, { id: item.task.id })}. ${title}`, "task");
      for (let c = 2; c < firstInput; c++) put(c, item.row, null, "task");
      merge(`A${item.row}:${columnLetters(firstInput - 1)}${item.row}`);
      for (let c = firstInput; c <= columns.last; c++) put(c, item.row, null, "task");
      heights[item.row] = estimateRowHeight([[title, planWidth - 10]], 1, 9);
      continue;
    }
    measureRows(ctx, item, entries.get(item.measure.id), sink);
  }

  const lastMeasure = layout.measures[layout.measures.length - 1];
  return {
    name: L.sheets.report,
    state: "visible",
    columns: columns.widths.map((width) => ({ width })),
    rowHeights: heights,
    cells,
    merges,
    frozen: { rows: ROW.headers, cols: 1 },
    protect: true,
    validations,
    // The plan's text is 9 pt: fitted to one page wide it would print at ~4 pt, so the sheet prints across
    // pages at 8 pt or more, the measure's number repeated on each.
    print: printLayout({
      widths: columns.widths,
      fontSize: 9,
      footer: PAGE_FOOTER[opts.language],
      titleColumns: 1,
      repeatRows: `${ROW.groups}:${ROW.headers}`,
      area: `A1:${last}${lastMeasure.row + lastMeasure.span - 1}`,
    }),
    tabColor: "2F5597",
  };
}

/** Who prepared the report: label cells and their inputs. */
function preparerBlock(
  opts: TemplateOptions,
  L: TemplateLabels,
  cells: CellSpec[],
  merges: string[],
  validations: DataValidationSpec[],
): void {
  const pre = opts.prefill?.header.preparedBy;
  for (const field of Object.keys(PREPARER_CELLS) as (keyof typeof PREPARER_CELLS)[]) {
    const at = PREPARER_CELLS[field];
    const [labelStart] = at.label.split(":");
    const [inputStart] = at.input.split(":");
    cells.push({ ref: labelStart, value: L.preparedBy[field], style: "label" });
    if (at.label.includes(":")) merges.push(at.label);
    const v = pre?.[field];
    const isDate = field === "date";
    cells.push({
      ref: inputStart,
      value: v === undefined ? null : isDate ? isoToSerial(v) : v,
      style: isDate ? "inputDate" : "input",
    });
    if (at.input.includes(":")) merges.push(at.input);
    validations.push(
      isDate
        ? {
            range: inputStart,
            rule: { type: "date", operator: "between", min: "2000-01-01", max: "2099-12-31", allowBlank: true },
            prompt: { title: L.preparedBy.date, text: L.prompts.reportDate },
            error: { title: L.errors.title, text: L.errors.date },
          }
        : {
            range: inputStart,
            rule: { type: "textLength", operator: "lessThanOrEqual", max: 200, allowBlank: true },
            prompt: { title: "", text: L.preparedBy[field] },
            error: { title: L.errors.title, text: errorText({ type: "textLength", max: 200 }, L, opts.language) },
          },
    );
  }
}
