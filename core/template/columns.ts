/**
 * The column registry: what one column of the report sheet is, declared once. The template builder (where it
 * sits, how wide, its style, its drop-down or rule and prompt), the reader (how its cell is read and into which
 * JSON path), the mapping of schema errors back to a column's name, and the master's data tables (which column
 * of which table holds it) all derive from this list, so adding a field is adding an entry.
 */
import type { IndicatorKind, Language, Messages } from "../../schema";
import { templateLabels, type TemplateLabels } from "../labels";

/**
 * plan: filled from the plan and locked; measure: one input per measure, merged down over its indicator rows;
 * indicator: one input per indicator row, for the kinds it applies to (grey and locked for the others).
 */
export type ColumnLevel = "plan" | "measure" | "indicator";

/** The group header a column sits under (row 5 of the report sheet). */
export type ColumnGroup = "plan" | "progress" | "indicator" | "money" | "evidence" | "obstacles";

/** How a cell is read: the value's type, or the drop-down whose labels it holds. */
export type CellReader = "text" | "number" | "date" | "status" | "source" | "yesNo" | "peopleTotal";

/** Excel's own data validation for an input cell (a convenience: the add-in's validation is the real one). */
export type InputRule =
  | { type: "list"; list: "status" | "yesNo" | "source" }
  | { type: "whole" | "decimal"; min: number; max?: number }
  | { type: "date" }
  | { type: "textLength"; max: number };

/** A master table column kind: text "@", a date as an Excel date, an enum written as its label. */
export type MasterColumnKind = "text" | "int" | "number" | "bool" | "date" | "enum";

/** Where a field lands in the master's data tables. */
export interface MasterField {
  /** The row field (and column) of the master table. */
  key: string;
  kind: MasterColumnKind;
  width: number;
  header: Messages;
  /** The code -> label table of an enum column. */
  labels?: (lang: Language) => Record<string, string>;
  /** Headers the column had before a wording was revised, so older masters still read. */
  former?: string[];
}

/** One input of a column: what a clerk types there and where it goes in the report document. */
export interface InputDef {
  /** JSON Pointer below the entry (measure level) or the indicator value (indicator level), e.g. "/spending/amount". */
  path: string;
  /** Key into the template's named styles. */
  style: string;
  read: CellReader;
  rule: InputRule;
  /** The input prompt Excel shows: a key of `TemplateLabels.prompts`, or texts of its own. */
  prompt: keyof TemplateLabels["prompts"] | Messages;
  /** Master table (measure reports or indicator values) column; none for a value the master derives. */
  master?: MasterField;
  /** A formula the cell starts with (the people total), with `{women}`/`{men}` for their cells on the row. */
  formula?: string;
}

export interface ReportColumn {
  key: string;
  level: ColumnLevel;
  group: ColumnGroup;
  /** Width in characters. */
  width: number;
  /** Header texts; the standard columns take theirs from `templateLabels[lang].columns`. */
  header?: Messages;
  /** Measure-level input. */
  input?: InputDef;
  /** Indicator-level inputs by indicator kind; kinds not listed get a grey, locked cell. */
  byKind?: Partial<Record<IndicatorKind, InputDef>>;
}

const h = (ky: string, ru: string, en: string): Messages => ({ ky, ru, en });
const statuses = (l: Language) => templateLabels[l].statuses;
const sources = (l: Language) => templateLabels[l].sources;

const VALUE_MASTER: MasterField = {
  key: "value",
  kind: "number",
  width: 12,
  header: h("Мааниси", "Значение", "Value"),
  former: ["Маани"],
};

const TOTAL_FORMULA = 'IF(COUNT({women}:{men})=0,"",SUM({women}:{men}))';

/** The report sheet's columns, left to right (A, B, ...). */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  { key: "measure", level: "plan", group: "plan", width: 7 },
  { key: "text", level: "plan", group: "plan", width: 46 },
  { key: "indicator", level: "plan", group: "plan", width: 34 },
  { key: "unit", level: "plan", group: "plan", width: 12 },
  { key: "deadline", level: "plan", group: "plan", width: 13 },
  { key: "expected", level: "plan", group: "plan", width: 34 },
  { key: "partners", level: "plan", group: "plan", width: 18 },
  {
    key: "status",
    level: "measure",
    group: "progress",
    width: 15,
    input: {
      path: "/status",
      style: "inputChoice",
      read: "status",
      rule: { type: "list", list: "status" },
      prompt: "status",
      master: { key: "status", kind: "enum", width: 16, header: h("Абалы", "Статус", "Status"), labels: statuses },
    },
  },
  {
    key: "narrative",
    level: "measure",
    group: "progress",
    width: 40,
    input: {
      path: "/narrative",
      style: "input",
      read: "text",
      rule: { type: "textLength", max: 4000 },
      prompt: "narrative",
      master: { key: "narrative", kind: "text", width: 50, header: h("Эмне жасалды", "Что сделано", "What was done") },
    },
  },
  {
    key: "value",
    level: "indicator",
    group: "indicator",
    width: 11,
    byKind: {
      count: {
        path: "/value",
        style: "inputCount",
        read: "number",
        rule: { type: "whole", min: 0, max: 1e9 },
        prompt: "count",
        master: VALUE_MASTER,
      },
      percent: {
        path: "/value",
        style: "inputPercent",
        read: "number",
        rule: { type: "decimal", min: 0, max: 100 },
        prompt: "percent",
        master: VALUE_MASTER,
      },
      amount: {
        path: "/value",
        style: "inputAmount",
        read: "number",
        rule: { type: "decimal", min: 0 },
        prompt: "amount",
        master: VALUE_MASTER,
      },
      document: {
        path: "/done",
        style: "inputChoice",
        read: "yesNo",
        rule: { type: "list", list: "yesNo" },
        prompt: "document",
        master: { key: "done", kind: "bool", width: 10, header: h("Аткарылды", "Выполнено", "Done") },
      },
      text: {
        path: "/value",
        style: "input",
        read: "text",
        rule: { type: "textLength", max: 4000 },
        prompt: "text",
        master: { key: "text", kind: "text", width: 36, header: h("Текст", "Текст", "Text") },
      },
    },
  },
  ...(["women", "men"] as const).map((key): ReportColumn => ({
    key,
    level: "indicator",
    group: "indicator",
    width: 9,
    byKind: {
      people: {
        path: `/${key}`,
        style: "inputCount",
        read: "number",
        rule: { type: "whole", min: 0, max: 1e9 },
        prompt: "people",
        master: {
          key,
          kind: "int",
          width: 9,
          header: key === "women" ? h("Аялдар", "Женщины", "Women") : h("Эркектер", "Мужчины", "Men"),
        },
      },
    },
  })),
  {
    key: "total",
    level: "indicator",
    group: "indicator",
    width: 9,
    byKind: {
      people: {
        path: "/total",
        style: "total",
        read: "peopleTotal",
        rule: { type: "whole", min: 0, max: 2e9 },
        prompt: "total",
        formula: TOTAL_FORMULA,
        master: { key: "total", kind: "int", width: 9, header: h("Бардыгы", "Всего", "Total") },
      },
    },
  },
  {
    key: "reference",
    level: "indicator",
    group: "indicator",
    width: 18,
    byKind: {
      document: {
        path: "/reference",
        style: "input",
        read: "text",
        rule: { type: "textLength", max: 500 },
        prompt: "reference",
        master: {
          key: "reference",
          kind: "text",
          width: 24,
          header: h("Документ / эскертүү", "Документ / примечание", "Document / note"),
        },
      },
    },
  },
  {
    key: "spent",
    level: "measure",
    group: "money",
    width: 13,
    input: {
      path: "/spending/amount",
      style: "inputAmount",
      read: "number",
      rule: { type: "decimal", min: 0 },
      prompt: "spent",
      master: {
        key: "spendingAmount",
        kind: "number",
        width: 14,
        header: h("Жумшалды, сом", "Израсходовано, сом", "Spent, som"),
        former: ["Сарпталды, сом"],
      },
    },
  },
  {
    key: "source",
    level: "measure",
    group: "money",
    width: 18,
    input: {
      path: "/spending/source",
      style: "inputChoice",
      read: "source",
      rule: { type: "list", list: "source" },
      prompt: "source",
      master: {
        key: "spendingSource",
        kind: "enum",
        width: 22,
        header: h("Каржылоо булагы", "Источник финансирования", "Source of funding"),
        former: ["Каражат булагы", "Источник средств", "Source of funds"],
        labels: sources,
      },
    },
  },
  {
    key: "document",
    level: "measure",
    group: "evidence",
    width: 24,
    input: {
      path: "/evidence/document",
      style: "input",
      read: "text",
      rule: { type: "textLength", max: 500 },
      prompt: "evidence",
      master: { key: "evidenceDocument", kind: "text", width: 28, header: h("Документ", "Документ", "Document") },
    },
  },
  {
    key: "date",
    level: "measure",
    group: "evidence",
    width: 11,
    input: {
      path: "/evidence/date",
      style: "inputDate",
      read: "date",
      rule: { type: "date" },
      prompt: "date",
      master: {
        key: "evidenceDate",
        kind: "date",
        width: 12,
        header: h("Документтин күнү", "Дата документа", "Document date"),
      },
    },
  },
  {
    key: "link",
    level: "measure",
    group: "evidence",
    width: 22,
    input: {
      path: "/evidence/link",
      style: "input",
      read: "text",
      rule: { type: "textLength", max: 2000 },
      prompt: "link",
      master: { key: "evidenceLink", kind: "text", width: 28, header: h("Шилтеме", "Ссылка", "Link") },
    },
  },
  {
    key: "obstacles",
    level: "measure",
    group: "obstacles",
    width: 30,
    input: {
      path: "/obstacles",
      style: "input",
      read: "text",
      rule: { type: "textLength", max: 4000 },
      prompt: "obstacles",
      master: { key: "obstacles", kind: "text", width: 36, header: h("Тоскоолдуктар", "Препятствия", "Obstacles") },
    },
  },
];

/** A column's header as the template shows it in a language. */
export function columnHeader(c: ReportColumn, lang: Language): string {
  if (c.header) return c.header[lang];
  return (templateLabels[lang].columns as Record<string, string>)[c.key] ?? c.key;
}

/** An input's prompt text in a language. */
export function promptText(input: InputDef, lang: Language): string {
  return typeof input.prompt === "string" ? templateLabels[lang].prompts[input.prompt] : input.prompt[lang];
}

/** Every input of a column, with the kind it serves (undefined for a measure-level input). */
export function inputsOf(c: ReportColumn): { kind?: IndicatorKind; input: InputDef }[] {
  if (c.input) return [{ input: c.input }];
  return Object.entries(c.byKind ?? {}).map(([kind, input]) => ({ kind: kind as IndicatorKind, input: input! }));
}
