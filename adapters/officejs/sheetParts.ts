/// <reference types="office-js" />
/** Spec parts as Excel JavaScript API calls: styles, validation rules, tables, charts. */
import { parseA1, quoteSheet, rangeA1 } from "../../core/a1";
import type { ChartSpec, DataValidationSpec, StyleSpec, TableSpec, ValidationSpec } from "../../core/template/spec";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Column width in characters (as the spec and .xlsx files have it) to points (as Office.js has it). */
export const widthInPoints = (chars: number): number => Math.round(Math.trunc(chars * 7 + 5) * 0.75 * 100) / 100;

/**
 * A style is applied by family (font, fill, alignment, wrap, border, locking), each family over the largest
 * rectangles of cells that share it: a bordered table is one rectangle for its borders however its fills vary.
 */
export const STYLE_FAMILIES = ["font", "fill", "wrap", "horizontal", "vertical", "border", "locked"] as const;
export type StyleFamily = (typeof STYLE_FAMILIES)[number];

/** The part of a style one family sets, as a grouping key (undefined: the family leaves the cell alone). */
export function familyKey(style: StyleSpec | undefined, family: StyleFamily): string | undefined {
  if (!style) return undefined;
  if (family === "locked") return style.locked === false ? "unlocked" : undefined;
  if (family === "border") return style.border ? "thin" : undefined;
  const part = style[family];
  return part === undefined ? undefined : JSON.stringify(part);
}

/** One family of a style on a range; returns how many actions it queued (for the request budget). */
export function applyFamily(
  range: { format: Excel.RangeFormat },
  family: StyleFamily,
  key: string,
  rows: number,
  cols: number,
): number {
  const format = range.format;
  switch (family) {
    case "font": {
      const font = JSON.parse(key) as NonNullable<StyleSpec["font"]>;
      if (font.bold !== undefined) format.font.bold = font.bold;
      if (font.italic !== undefined) format.font.italic = font.italic;
      if (font.size !== undefined) format.font.size = font.size;
      if (font.color !== undefined) format.font.color = `#${font.color}`;
      return 4;
    }
    case "fill":
      format.fill.color = `#${JSON.parse(key) as string}`;
      return 1;
    case "wrap":
      format.wrapText = JSON.parse(key) as boolean;
      return 1;
    case "horizontal":
      format.horizontalAlignment = HORIZONTAL[JSON.parse(key) as keyof typeof HORIZONTAL];
      return 1;
    case "vertical":
      format.verticalAlignment = VERTICAL[JSON.parse(key) as keyof typeof VERTICAL];
      return 1;
    case "border": {
      const sides: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical")[] = [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
      ];
      if (rows > 1) sides.push("InsideHorizontal");
      if (cols > 1) sides.push("InsideVertical");
      for (const side of sides) format.borders.getItem(side).style = "Continuous";
      return sides.length;
    }
    case "locked":
      // Cells are locked by default; only inputs are unlocked (ExcelApi 1.2).
      format.protection.locked = false;
      return 1;
  }
}

/** A spec rule as Office.js's DataValidationRule. */
export function validationRule(rule: ValidationSpec): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.source } };
    case "whole":
    case "decimal": {
      const kind = rule.type === "whole" ? "wholeNumber" : "decimal";
      const basic: Excel.BasicDataValidation =
        rule.operator === "between"
          ? { formula1: rule.min, formula2: rule.max ?? rule.min, operator: "Between" }
          : { formula1: rule.min, operator: "GreaterThanOrEqualTo" };
      return { [kind]: basic };
    }
    case "date":
      return { date: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "textLength":
      return { textLength: { formula1: rule.max, operator: "LessThanOrEqualTo" } };
  }
}

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Excel's limits for the prompt and alert (as the .xlsx adapter clips them). */
export function applyValidation(target: { dataValidation: Excel.DataValidation }, v: DataValidationSpec): void {
  const dv = target.dataValidation;
  dv.rule = validationRule(v.rule);
  dv.ignoreBlanks = v.rule.allowBlank;
  if (v.prompt) dv.prompt = { showPrompt: true, title: clip(v.prompt.title, 32), message: clip(v.prompt.text, 255) };
  dv.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: clip(v.error?.title ?? "", 32),
    message: clip(v.error?.text ?? "", 225),
  };
}

/**
 * A block by 0-based position, through `getRange` and an A1 address: `getRangeByIndexes` would be simpler but
 * needs ExcelApi 1.7, and writing and reading cells must work on 1.1.
 */
export function block(sheet: Excel.Worksheet, row: number, col: number, rows: number, cols: number): Excel.Range {
  return sheet.getRange(rangeA1({ row: row + 1, col: col + 1 }, { row: row + rows, col: col + cols }));
}

/** The table's block, 0-based: header row plus `rows` data rows. */
export function tableBlock(t: TableSpec): { row: number; col: number; rows: number; cols: number } {
  const { row, col } = parseA1(t.ref);
  return { row: row - 1, col: col - 1, rows: Math.max(1, t.rows) + 1, cols: t.columns.length };
}

export function addTable(sheet: Excel.Worksheet, t: TableSpec): void {
  const b = tableBlock(t);
  const table = sheet.tables.add(block(sheet, b.row, b.col, b.rows, b.cols), true);
  table.name = t.name;
  table.style = t.style;
}

/** `'Sheet'!$A$1:$A$5` as the sheet's name and the local address. */
export function splitRef(ref: string): { sheet: string | null; local: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.replace(/^=/, ""));
  if (!m) return { sheet: null, local: ref.replace(/^=/, "").replace(/\$/g, "") };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), local: m[3].replace(/\$/g, "") };
}

// Strings, not Excel's enums: those exist only where Office.js is loaded, and the adapter is also imported elsewhere.
const CHART_TYPES = {
  barStacked: "BarStacked",
  columnStacked: "ColumnStacked",
  columnClustered: "ColumnClustered",
} as const;

/** A chart: made on its first series' values, every series then pointed at its own range (ExcelApi 1.7). */
export function addChart(workbook: Excel.Workbook, sheet: Excel.Worksheet, spec: ChartSpec): void {
  const rangeOf = (ref: string, fallback: string): Excel.Range => {
    const { sheet: name, local } = splitRef(ref);
    return workbook.worksheets.getItem(name ?? fallback).getRange(local);
  };
  const [first, ...rest] = spec.series;
  if (!first) return;
  const chart = sheet.charts.add(CHART_TYPES[spec.type], rangeOf(first.values, ""), "Columns");
  chart.title.text = spec.title;
  const categories = rangeOf(spec.categories, "");
  const style = (s: Excel.ChartSeries, name: string, values: string, color: string) => {
    s.name = name;
    s.setValues(rangeOf(values, ""));
    s.setXAxisValues(categories);
    s.format.fill.setSolidColor(`#${color.replace(/^#/, "")}`);
  };
  style(chart.series.getItemAt(0), first.name, first.values, first.color);
  for (const s of rest) style(chart.series.add(s.name), s.name, s.values, s.color);
  chart.setPosition(spec.from, spec.to);
}

export const sheetRef = (sheet: string, local: string): string => `${quoteSheet(sheet)}!${local}`;

/** Addresses joined by "," in groups short enough for one `getRanges` call. */
export function joinAddresses(addresses: string[], maxChars = 2000): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + a.length + 1 > maxChars) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}
