import {
  defaultPlan,
  findBody,
  planHash,
  type IndicatorValue,
  type Language,
  type Plan,
  type Report,
  type ReportEntry,
} from "../../schema";
import { columnLetters, quoteSheet, rangeA1, toA1 } from "../a1";
import type { CellValue } from "../grid";
import { fill, templateLabels, type TemplateLabels } from "../labels";
import { isoToSerial } from "../values";
import { GENERATOR, IDENTITY_KEYS, IDENTITY_SHEET, TEMPLATE_FORMAT_VERSION, type TemplateIdentity } from "./identity";
import { COL, LAST_COL, layoutReport, PREPARER_CELLS, ROW, WIDTHS, type ColumnKey, type MeasureRows } from "./layout";
import { estimateRowHeight } from "./rowHeight";
import type { CellSpec, DataValidationSpec, SheetSpec, WorkbookSpec } from "./spec";
import { STYLES } from "./styles";

export interface TemplateOptions {
  agency: string;
  period: string;
  language: Language;
  plan?: Plan;
  /** Values to write into the input cells ("send back for correction", tests). */
  prefill?: Report;
}

/** Defined names of the drop-down lists. */
export const LIST_NAMES = { status: "tendik_status", yesNo: "tendik_yesno", source: "tendik_source" } as const;

const ref = (col: number, row: number) => toA1({ row, col });

/**
 * The declarative description of an agency's report template. Pure: no workbook is touched here.
 * @throws {RangeError} when the agency has no measures in the plan (a misuse: callers check first).
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
  };
  const report = reportSheet(plan, opts, L, layout.measures, layout.rows);
  return {
    sheets: [report, instructionsSheet(L), listsSheet(L), identitySheet(identity)],
    styles: STYLES,
    definedNames: [
      { name: LIST_NAMES.status, ref: `${quoteSheet(L.sheets.lists)}!$A$1:$A$5` },
      { name: LIST_NAMES.yesNo, ref: `${quoteSheet(L.sheets.lists)}!$B$1:$B$2` },
      { name: LIST_NAMES.source, ref: `${quoteSheet(L.sheets.lists)}!$C$1:$C$4` },
    ],
    activeSheet: L.sheets.report,
    properties: { title: fill(L.title, { agency: opts.agency, period: opts.period }), creator: GENERATOR },
  };
}

function reportSheet(
  plan: Plan,
  opts: TemplateOptions,
  L: TemplateLabels,
  measures: MeasureRows[],
  rows: ReturnType<typeof layoutReport>["rows"],
): SheetSpec {
  const cells: CellSpec[] = [];
  const merges: string[] = [];
  const validations: DataValidationSpec[] = [];
  const heights: Record<number, number> = {};
  const put = (col: number, row: number, value: CellValue | undefined, style: string, formula?: string) =>
    cells.push({ ref: ref(col, row), value: value ?? null, style, ...(formula ? { formula } : {}) });
  const merge = (a: string) => merges.push(a);
  const last = columnLetters(LAST_COL);

  const bodyName =
    findBody(plan.bodies, opts.agency)?.name[opts.language] ??
    findBody(plan.bodies, opts.agency)?.name.ky ??
    opts.agency;
  put(1, ROW.title, `${fill(L.title, { agency: opts.agency, period: opts.period })}\n${bodyName}`, "title");
  merge(`A${ROW.title}:${last}${ROW.title}`);
  heights[ROW.title] = 36;

  // Who prepared the report: label cells and their inputs.
  const pre = opts.prefill?.header.preparedBy;
  for (const [field, at] of Object.entries(PREPARER_CELLS) as [
    keyof typeof PREPARER_CELLS,
    (typeof PREPARER_CELLS)[keyof typeof PREPARER_CELLS],
  ][]) {
    const [labelStart] = at.label.split(":");
    const [inputStart] = at.input.split(":");
    cells.push({ ref: labelStart, value: L.preparedBy[field], style: "label" });
    if (at.label.includes(":")) merge(at.label);
    const v = pre?.[field];
    const isDate = field === "date";
    cells.push({
      ref: inputStart,
      value: v === undefined ? null : isDate ? isoToSerial(v) : v,
      style: isDate ? "inputDate" : "input",
    });
    if (at.input.includes(":")) merge(at.input);
    validations.push(isDate ? dateRule(inputStart, L) : textRule(inputStart, 200, L, L.preparedBy[field]));
  }
  heights[ROW.preparer1] = 20;
  heights[ROW.preparer2] = 20;

  // Group headers and column headers.
  const groups: [ColumnKey, ColumnKey, string, string][] = [
    ["measure", "partners", L.groups.plan, "group"],
    ["status", "narrative", L.groups.progress, "groupInput"],
    ["value", "reference", L.groups.indicator, "groupInput"],
    ["spent", "source", L.groups.money, "groupInput"],
    ["document", "link", L.groups.evidence, "groupInput"],
    ["obstacles", "obstacles", L.columns.obstacles, "groupInput"],
  ];
  for (const [a, b, text, style] of groups) {
    for (let c = COL[a]; c <= COL[b]; c++) put(c, ROW.groups, c === COL[a] ? text : null, style);
    if (a !== b) merge(rangeA1({ row: ROW.groups, col: COL[a] }, { row: ROW.groups, col: COL[b] }));
  }
  for (const [key, col] of Object.entries(COL) as [ColumnKey, number][])
    put(col, ROW.headers, L.columns[key], col < COL.status ? "header" : "headerInput");
  heights[ROW.groups] = 18;
  heights[ROW.headers] = 30;

  const entries = new Map<string, ReportEntry>((opts.prefill?.entries ?? []).map((e) => [e.measureId, e]));
  for (const item of rows) {
    if (item.type === "task") {
      put(1, item.row, `${fill(L.task, { id: item.task.id })}. ${item.task.title.ky}`, "task");
      for (let c = 2; c <= COL.partners; c++) put(c, item.row, null, "task");
      merge(`A${item.row}:${columnLetters(COL.partners)}${item.row}`);
      for (let c = COL.status; c <= LAST_COL; c++) put(c, item.row, null, "task");
      heights[item.row] = estimateRowHeight(
        [[item.task.title.ky, WIDTHS.slice(0, COL.partners).reduce((a, b) => a + b, 0) - 10]],
        1,
        9,
      );
      continue;
    }
    measureRows(item, plan, opts, L, entries.get(item.measure.id), { put, merge, validations, heights });
  }

  return {
    name: L.sheets.report,
    state: "visible",
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights: heights,
    cells,
    merges,
    frozen: { rows: ROW.headers, cols: 1 },
    protect: true,
    validations,
    print: {
      orientation: "landscape",
      fitToWidth: true,
      paperSize: "A3",
      repeatRows: `${ROW.groups}:${ROW.headers}`,
      area: `A1:${last}${measures[measures.length - 1].row + measures[measures.length - 1].span - 1}`,
    },
    tabColor: "2F5597",
  };
}

interface Sink {
  put: (col: number, row: number, value: CellValue | undefined, style: string, formula?: string) => void;
  merge: (range: string) => void;
  validations: DataValidationSpec[];
  heights: Record<number, number>;
}

function measureRows(
  m: MeasureRows,
  plan: Plan,
  opts: TemplateOptions,
  L: TemplateLabels,
  entry: ReportEntry | undefined,
  sink: Sink,
): void {
  const { put, merge, validations, heights } = sink;
  const top = m.row;
  const bottom = m.row + m.span - 1;
  const measure = m.measure;
  // Other bodies sharing the measure, in printed order, those "by agreement" grouped once (26.1 has 16).
  const others = measure.responsible.filter((r) => r.code !== opts.agency);
  const direct = others.filter((r) => !r.byAgreement).map((r) => r.printed);
  const agreed = others.filter((r) => r.byAgreement).map((r) => r.printed);
  const own = measure.responsible.find((r) => r.code === opts.agency);
  const partnerText = [
    direct.length || agreed.length
      ? `${L.partnersPrefix} ${[direct.join(", "), agreed.length ? `${L.byAgreement}: ${agreed.join(", ")}` : ""].filter(Boolean).join("; ")}`
      : L.aloneLabel,
    own?.byAgreement ? `(${L.byAgreement})` : "",
  ]
    .filter(Boolean)
    .join("\n");

  const measureLevel: [ColumnKey, CellValue | undefined, string][] = [
    ["measure", measure.id, "planId"],
    ["text", measure.text.ky, "plan"],
    ["deadline", measure.deadline.text, "plan"],
    ["expected", measure.expectedResults?.ky ?? null, "plan"],
    ["partners", partnerText, "plan"],
    ["status", entry?.status ? L.statuses[entry.status] : null, "inputChoice"],
    ["narrative", entry?.narrative, "input"],
    ["spent", entry?.spending?.amount, "inputAmount"],
    ["source", entry?.spending?.source ? L.sources[entry.spending.source] : null, "inputChoice"],
    ["document", entry?.evidence?.document, "input"],
    ["date", entry?.evidence?.date ? isoToSerial(entry.evidence.date) : null, "inputDate"],
    ["link", entry?.evidence?.link, "input"],
    ["obstacles", entry?.obstacles, "input"],
  ];
  for (const [key, value, style] of measureLevel) {
    for (let r = top; r <= bottom; r++) put(COL[key], r, r === top ? value : null, style);
    if (bottom > top) merge(`${columnLetters(COL[key])}${top}:${columnLetters(COL[key])}${bottom}`);
  }
  const at = (key: ColumnKey) => ref(COL[key], top);
  validations.push(
    listRule(at("status"), LIST_NAMES.status, L, L.prompts.status, L.columns.status),
    textRule(at("narrative"), 4000, L, L.prompts.narrative, L.columns.narrative),
    numberRule(at("spent"), "decimal", 0, undefined, L, L.prompts.spent, L.columns.spent),
    listRule(at("source"), LIST_NAMES.source, L, L.prompts.source, L.columns.source),
    textRule(at("document"), 500, L, L.prompts.evidence, L.columns.document),
    dateRule(at("date"), L),
    textRule(at("link"), 2000, L, L.prompts.link, L.columns.link),
    textRule(at("obstacles"), 4000, L, L.prompts.obstacles, L.columns.obstacles),
  );

  const values = new Map<string, IndicatorValue>((entry?.indicators ?? []).map((v) => [v.indicatorId, v]));
  if (m.indicators.length === 0) {
    put(COL.indicator, top, L.aloneLabel, "plan");
    put(COL.unit, top, null, "plan");
    for (const key of ["value", "women", "men", "total", "reference"] as const) put(COL[key], top, null, "na");
  }
  for (const { row, indicator } of m.indicators) {
    put(COL.indicator, row, indicator.text.ky, "plan");
    put(COL.unit, row, L.kinds[indicator.kind] + (indicator.unit ? ` (${indicator.unit})` : ""), "plan");
    const v = values.get(indicator.id);
    const c = (key: ColumnKey) => ref(COL[key], row);
    if (indicator.kind === "people") {
      const pv = v?.kind === "people" ? v : undefined;
      put(COL.value, row, null, "na");
      put(COL.women, row, pv?.women, "inputCount");
      put(COL.men, row, pv?.men, "inputCount");
      // The total is computed, but stays typeable for a body that only knows the total.
      const typedTotal =
        pv?.total !== undefined && (pv.women === undefined || pv.men === undefined || pv.women + pv.men !== pv.total);
      if (typedTotal) put(COL.total, row, pv?.total, "total");
      else
        put(
          COL.total,
          row,
          pv?.total ?? null,
          "total",
          `IF(COUNT(${c("women")}:${c("men")})=0,"",SUM(${c("women")}:${c("men")}))`,
        );
      validations.push(
        numberRule(c("women"), "whole", 0, 1e9, L, L.prompts.people, L.columns.women),
        numberRule(c("men"), "whole", 0, 1e9, L, L.prompts.people, L.columns.men),
        numberRule(c("total"), "whole", 0, 2e9, L, L.prompts.people, L.columns.total),
      );
      put(COL.reference, row, null, "na");
    } else {
      for (const key of ["women", "men", "total"] as const) put(COL[key], row, null, "na");
      const value =
        v === undefined ? null : v.kind === "document" ? (v.done ? L.yes : L.no) : v.kind === "people" ? null : v.value;
      const style = {
        count: "inputCount",
        percent: "inputPercent",
        amount: "inputAmount",
        document: "inputChoice",
        text: "input",
      }[indicator.kind];
      put(COL.value, row, value, style);
      validations.push(
        indicator.kind === "count"
          ? numberRule(c("value"), "whole", 0, 1e9, L, L.prompts.count, L.columns.value)
          : indicator.kind === "percent"
            ? numberRule(c("value"), "decimal", 0, 100, L, L.prompts.percent, L.columns.value)
            : indicator.kind === "amount"
              ? numberRule(c("value"), "decimal", 0, undefined, L, L.prompts.amount, L.columns.value)
              : indicator.kind === "document"
                ? listRule(c("value"), LIST_NAMES.yesNo, L, L.prompts.document, L.columns.value)
                : textRule(c("value"), 4000, L, L.prompts.text, L.columns.value),
      );
      // Only a document indicator takes a reference (its number); elsewhere the cell is not applicable.
      if (indicator.kind === "document") {
        put(COL.reference, row, v?.kind === "document" ? v.reference : null, "input");
        validations.push(textRule(c("reference"), 500, L, L.prompts.reference, L.columns.reference));
      } else put(COL.reference, row, null, "na");
    }
  }

  // Heights: the measure's tallest text shared over its rows, each indicator row at least its own text.
  const measureLines = estimateRowHeight(
    [
      [measure.text.ky, WIDTHS[COL.text - 1]],
      [measure.expectedResults?.ky ?? "", WIDTHS[COL.expected - 1]],
      [partnerText, WIDTHS[COL.partners - 1]],
      [measure.deadline.text, WIDTHS[COL.deadline - 1]],
    ],
    m.span,
    9,
  );
  if (m.indicators.length === 0) heights[top] = measureLines;
  for (const { row, indicator } of m.indicators)
    heights[row] = Math.max(
      measureLines,
      estimateRowHeight(
        [
          [indicator.text.ky, WIDTHS[COL.indicator - 1]],
          [L.kinds[indicator.kind], WIDTHS[COL.unit - 1]],
        ],
        1,
        9,
      ),
    );
}

function listRule(range: string, name: string, L: TemplateLabels, prompt: string, title: string): DataValidationSpec {
  return {
    range,
    rule: { type: "list", source: name, allowBlank: true },
    prompt: { title, text: prompt },
    error: { title: L.errors.title, text: L.errors.list },
  };
}
function numberRule(
  range: string,
  type: "whole" | "decimal",
  min: number,
  max: number | undefined,
  L: TemplateLabels,
  prompt: string,
  title: string,
): DataValidationSpec {
  const rule =
    max === undefined
      ? { type, operator: "greaterThanOrEqual" as const, min, allowBlank: true }
      : { type, operator: "between" as const, min, max, allowBlank: true };
  return { range, rule, prompt: { title, text: prompt }, error: { title: L.errors.title, text: L.errors.number } };
}
function textRule(range: string, max: number, L: TemplateLabels, prompt: string, title = ""): DataValidationSpec {
  return {
    range,
    rule: { type: "textLength", operator: "lessThanOrEqual", max, allowBlank: true },
    prompt: { title, text: prompt },
    error: { title: L.errors.title, text: L.errors.length },
  };
}
function dateRule(range: string, L: TemplateLabels): DataValidationSpec {
  return {
    range,
    rule: { type: "date", operator: "between", min: "2000-01-01", max: "2099-12-31", allowBlank: true },
    prompt: { title: L.columns.date, text: L.prompts.date },
    error: { title: L.errors.title, text: L.errors.date },
  };
}

function instructionsSheet(L: TemplateLabels): SheetSpec {
  const cells: CellSpec[] = L.instructions.map((text, i) => ({
    ref: `A${i + 1}`,
    value: text,
    style: i === 0 ? "heading" : "text",
  }));
  const heights: Record<number, number> = {};
  let row = L.instructions.length + 2;
  cells.push({ ref: `A${row++}`, value: L.statusHelp, style: "heading" });
  for (const [status, label] of Object.entries(L.statuses) as [keyof typeof L.statuses, string][]) {
    const text = `• ${label}: ${L.statusMeanings[status]}`;
    heights[row] = estimateRowHeight([[text, 78]], 1, 10);
    cells.push({ ref: `A${row++}`, value: text, style: "text" });
  }
  L.instructions.forEach((t, i) => (heights[i + 1] = estimateRowHeight([[t, 78]], 1, 10)));
  return {
    name: L.sheets.instructions,
    state: "visible",
    columns: [{ width: 78 }],
    rowHeights: heights,
    cells,
    merges: [],
    protect: true,
    validations: [],
    print: { orientation: "portrait", fitToWidth: true, paperSize: "A4" },
  };
}

function listsSheet(L: TemplateLabels): SheetSpec {
  const cells: CellSpec[] = [];
  Object.values(L.statuses).forEach((v, i) => cells.push({ ref: `A${i + 1}`, value: v }));
  [L.yes, L.no].forEach((v, i) => cells.push({ ref: `B${i + 1}`, value: v }));
  Object.values(L.sources).forEach((v, i) => cells.push({ ref: `C${i + 1}`, value: v }));
  return {
    name: L.sheets.lists,
    state: "hidden",
    columns: [{ width: 24 }, { width: 10 }, { width: 30 }],
    cells,
    merges: [],
    protect: true,
    validations: [],
  };
}

function identitySheet(id: TemplateIdentity): SheetSpec {
  const cells: CellSpec[] = [];
  IDENTITY_KEYS.forEach((key, i) => {
    cells.push({ ref: `A${i + 1}`, value: key });
    cells.push({ ref: `B${i + 1}`, value: String(id[key]) });
  });
  return {
    name: IDENTITY_SHEET,
    state: "veryHidden",
    columns: [{ width: 16 }, { width: 70 }],
    cells,
    merges: [],
    protect: true,
    validations: [],
  };
}
