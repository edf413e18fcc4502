/**
 * A measure's rows on the report sheet, from the column registry: plan cells (locked, merged down over the
 * measure's indicator rows where they belong to the measure), measure-level inputs merged the same way, and
 * one row per indicator with the inputs its kind takes (grey, locked cells elsewhere).
 */
import {
  deadlineText,
  planText,
  responsibleName,
  type IndicatorValue,
  type Language,
  type Plan,
  type ReportEntry,
} from "../../schema";
import { columnLetters, toA1 } from "../a1";
import type { CellValue } from "../grid";
import type { TemplateLabels } from "../labels";
import { getAt } from "../pointer";
import { isoToSerial } from "../values";
import { columnHeader, type InputDef, type ReportColumn } from "./columns";
import { inputValidation } from "./inputRules";
import type { ColumnSet, MeasureRows } from "./layout";
import { estimateRowHeight } from "./rowHeight";
import type { DataValidationSpec } from "./spec";

/** Where a builder puts what it makes. */
export interface Sink {
  put: (col: number, row: number, value: CellValue | undefined, style: string, formula?: string) => void;
  merge: (range: string) => void;
  validations: DataValidationSpec[];
  heights: Record<number, number>;
}

export interface MeasureContext {
  plan: Plan;
  agency: string;
  language: Language;
  L: TemplateLabels;
  columns: ColumnSet;
}

/** A stored value as the cell shows it: codes become the drop-down's labels, ISO dates Excel dates. */
export function displayValue(input: InputDef, v: unknown, L: TemplateLabels): CellValue {
  if (v === undefined || v === null) return null;
  switch (input.read) {
    case "status":
      return L.statuses[v as keyof TemplateLabels["statuses"]] ?? String(v);
    case "source":
      return L.sources[v as keyof TemplateLabels["sources"]] ?? String(v);
    case "yesNo":
      return v ? L.yes : L.no;
    case "date":
      return isoToSerial(String(v));
    default:
      return v as CellValue;
  }
}

/** The "other bodies" text of a measure: in printed order, those "by agreement" grouped once (26.1 has 16). */
export function partnersText(ctx: MeasureContext, m: MeasureRows): string {
  const { L, agency, plan, language } = ctx;
  const others = m.measure.responsible.filter((r) => r.code !== agency);
  const name = (r: (typeof others)[number]) => responsibleName(plan, r, language);
  const direct = others.filter((r) => !r.byAgreement).map(name);
  const agreed = others.filter((r) => r.byAgreement).map(name);
  const own = m.measure.responsible.find((r) => r.code === agency);
  return [
    direct.length || agreed.length
      ? // One prefix: "Совместно: А, Б; В, Г (по согласованию)", never "Совместно: по согласованию: …".
        `${L.partnersPrefix} ${[direct.join(", "), agreed.length ? `${agreed.join(", ")} (${L.byAgreement})` : ""].filter(Boolean).join("; ")}`
      : L.aloneLabel,
    own?.byAgreement ? `(${L.byAgreement})` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** The plan's text of a measure-level plan column. */
function planValue(key: string, ctx: MeasureContext, m: MeasureRows, partners: string): CellValue {
  switch (key) {
    case "measure":
      return m.measure.id;
    case "text":
      return planText(m.measure.text, ctx.language);
    case "deadline":
      return deadlineText(m.measure.deadline, ctx.language);
    case "expected":
      return planText(m.measure.expectedResults, ctx.language) || null;
    case "partners":
      return partners;
    default:
      return null;
  }
}

/** The people total: a formula over women and men, unless the report carries a total that is not their sum. */
function totalCell(
  input: InputDef,
  v: Extract<IndicatorValue, { kind: "people" }> | undefined,
  ref: (key: string) => string,
): { value: CellValue; formula?: string } {
  const typed = v?.total !== undefined && (v.women === undefined || v.men === undefined || v.women + v.men !== v.total);
  if (typed || !input.formula) return { value: v?.total ?? null };
  return {
    value: v?.total ?? null,
    formula: input.formula.replace(/\{women\}/g, ref("women")).replace(/\{men\}/g, ref("men")),
  };
}

/** Writes one measure's rows into the sink. */
export function measureRows(ctx: MeasureContext, m: MeasureRows, entry: ReportEntry | undefined, sink: Sink): void {
  const { put, merge, validations, heights } = sink;
  const { L, columns, language } = ctx;
  const top = m.row;
  const bottom = m.row + m.span - 1;
  const partners = partnersText(ctx, m);
  const down = (col: number) => {
    if (bottom > top) merge(`${columnLetters(col)}${top}:${columnLetters(col)}${bottom}`);
  };

  // What the clerk wrote (a prefilled template, a copy sent back): rows grow with it as with the plan's text.
  const answers: [string, number][] = [];
  columns.list.forEach((c: ReportColumn, i) => {
    const col = i + 1;
    if (c.level === "plan" && c.key !== "indicator" && c.key !== "unit") {
      for (let r = top; r <= bottom; r++)
        put(col, r, r === top ? planValue(c.key, ctx, m, partners) : null, c.key === "measure" ? "planId" : "plan");
      down(col);
    } else if (c.level === "measure" && c.input) {
      const value = displayValue(c.input, getAt(entry, c.input.path), L);
      if (typeof value === "string" && value) answers.push([value, c.width]);
      for (let r = top; r <= bottom; r++) put(col, r, r === top ? value : null, c.input.style);
      down(col);
      validations.push(inputValidation(toA1({ row: top, col }), c.input, columnHeader(c, language), L, language));
    }
  });

  const values = new Map<string, IndicatorValue>((entry?.indicators ?? []).map((v) => [v.indicatorId, v]));
  const indicatorColumns = columns.list.filter((c) => c.level === "indicator");
  if (m.indicators.length === 0) {
    put(columns.col("indicator"), top, L.aloneLabel, "plan");
    put(columns.col("unit"), top, null, "plan");
    for (const c of indicatorColumns) put(columns.col(c.key), top, null, "na");
  }
  for (const { row, indicator } of m.indicators) {
    put(columns.col("indicator"), row, planText(indicator.text, language), "plan");
    const unit = planText(indicator.unit, language);
    put(columns.col("unit"), row, L.kinds[indicator.kind] + (unit ? ` (${unit})` : ""), "plan");
    const v = values.get(indicator.id);
    const mine = v?.kind === indicator.kind ? v : undefined;
    const ref = (key: string) => toA1({ row, col: columns.col(key) });
    for (const c of indicatorColumns) {
      const col = columns.col(c.key);
      const input = c.byKind?.[indicator.kind];
      if (!input) {
        put(col, row, null, "na");
        continue;
      }
      if (input.read === "peopleTotal") {
        const t = totalCell(input, mine as Extract<IndicatorValue, { kind: "people" }> | undefined, ref);
        put(col, row, t.value, input.style, t.formula);
      } else put(col, row, displayValue(input, getAt(mine, input.path), L), input.style);
      validations.push(inputValidation(ref(c.key), input, columnHeader(c, language), L, language));
    }
  }

  // Heights: the measure's tallest text shared over its rows, each indicator row at least its own text.
  const width = (key: string) => columns.list[columns.col(key) - 1].width;
  const measureLines = estimateRowHeight(
    [
      [planText(m.measure.text, language), width("text")],
      [planText(m.measure.expectedResults, language), width("expected")],
      [partners, width("partners")],
      [deadlineText(m.measure.deadline, language), width("deadline")],
    ],
    m.span,
    9,
  );
  const answerLines = answers.length ? estimateRowHeight(answers, m.span, 10) : 0;
  if (m.indicators.length === 0) heights[top] = Math.max(measureLines, answerLines);
  for (const { row, indicator } of m.indicators)
    heights[row] = Math.max(
      measureLines,
      answerLines,
      estimateRowHeight(
        [
          [planText(indicator.text, language), width("indicator")],
          [L.kinds[indicator.kind], width("unit")],
        ],
        1,
        9,
      ),
    );
}
