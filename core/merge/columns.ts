/**
 * The master's data tables, column by column: the field of the model each column holds, how it is written,
 * and its header in each language. Writing and reading both derive from this list, so they cannot disagree.
 */
import type { Language } from "../../schema";
import type { Messages } from "../../schema";
import type { MasterColumnKind } from "../template/columns";
import { templateLabels } from "../labels";
import { inputsOf, type MasterField } from "../template/columns";
import { DEFAULT_COLUMNS, type ColumnSet } from "../template/layout";
import { issueRowMessage } from "./issueText";
import { masterLabels } from "./labels";
import type { IndicatorValueRow, IssueRow, Master, MeasureReportRow, RejectionRow, SubmissionLogRow } from "./model";

/** text: a string, number format "@"; date: an ISO date written as an Excel date; enum: a code written as its label. */
export type ColumnKind = MasterColumnKind;

export interface ColumnDef<R> {
  key: keyof R & string;
  kind: ColumnKind;
  width: number;
  header: Messages;
  /** Labels of the codes, for enum columns. */
  labels?: (lang: Language) => Record<string, string>;
  /** The master cannot have written the row without it. */
  required?: boolean;
  /** Headers the column had before a wording was revised, so older masters still read. */
  former?: string[];
  /**
   * A body's code, shown by the short name a reader of the master's language uses (МТСР, MLSD) and read back from
   * any of the body's names, so a master kept in one language merges in another.
   */
  body?: boolean;
  /** What the column shows when it is written, when that is not the row's field as it is (a rendered message). */
  value?: (row: R, lang: Language) => unknown;
}

export type TableId = "measureReports" | "indicatorValues" | "submissions" | "warnings" | "rejections";

export interface TableDef<R> {
  id: TableId;
  /** The Excel table name: an identifier, the same in every language. */
  name: string;
  columns: ColumnDef<R>[];
}

const h = (ky: string, ru: string, en: string): Messages => ({ ky, ru, en });
const kind = (l: Language) => templateLabels[l].kinds;
const outcome = (l: Language) => masterLabels[l].outcomes;
const severity = (l: Language) => masterLabels[l].severities;

const AGENCY = h("Орган", "Ведомство", "Body");
/** The body column's header before the wording was revised ("мекеме" is not the plan's word). */
const FORMER_AGENCY = ["Мекеме"];
const PERIOD = h("Мезгил", "Период", "Period");
const SHA = h("SHA-256", "SHA-256", "SHA-256");

/** A registry field's master column. */
function fieldColumn<R>(f: MasterField, required = false): ColumnDef<R> {
  return {
    key: f.key as keyof R & string,
    kind: f.kind,
    width: f.width,
    header: f.header,
    ...(f.labels ? { labels: f.labels } : {}),
    ...(f.former ? { former: f.former } : {}),
    ...(required ? { required } : {}),
  };
}

/** Measure reports: where the report sits in the plan, then every measure-level field of the registry. */
function measureReportsTable(columns: ColumnSet): TableDef<MeasureReportRow> {
  const fields = columns.list.flatMap((c) => (c.level === "measure" && c.input?.master ? [c.input.master] : []));
  return {
    id: "measureReports",
    name: "MeasureReports",
    columns: [
      { key: "agency", kind: "text", width: 16, header: AGENCY, body: true, required: true, former: FORMER_AGENCY },
      { key: "period", kind: "text", width: 10, header: PERIOD, required: true },
      { key: "chapterId", kind: "text", width: 8, header: h("Глава", "Глава", "Chapter"), former: ["Бөлүм", "Раздел"] },
      { key: "goalId", kind: "text", width: 8, header: h("Максат", "Цель", "Goal") },
      { key: "taskId", kind: "text", width: 8, header: h("Милдет", "Задача", "Task") },
      { key: "measureId", kind: "text", width: 10, header: h("Чара", "Мероприятие", "Measure"), required: true },
      ...fields.map((f) => fieldColumn<MeasureReportRow>(f, f.key === "status")),
      { key: "sha256", kind: "text", width: 18, header: SHA, required: true },
    ],
  };
}

/** The master columns of indicator values in a stable order: the standard ones as they always were, others after. */
const VALUE_ORDER = ["value", "women", "men", "total", "done", "reference", "text"];

/** The master fields of the registry's indicator inputs, each once (count, percent and amount share "value"). */
export function indicatorFields(columns: ColumnSet): MasterField[] {
  const byKey = new Map<string, MasterField>();
  for (const c of columns.list)
    if (c.level === "indicator")
      for (const { input } of inputsOf(c))
        if (input.master && !byKey.has(input.master.key)) byKey.set(input.master.key, input.master);
  const rank = (k: string) => (VALUE_ORDER.includes(k) ? VALUE_ORDER.indexOf(k) : VALUE_ORDER.length);
  return [...byKey.values()].sort((a, b) => rank(a.key) - rank(b.key));
}

/** Indicator values: one row per typed value, its kind's columns filled and the others empty. */
function indicatorValuesTable(columns: ColumnSet): TableDef<IndicatorValueRow> {
  return {
    id: "indicatorValues",
    name: "IndicatorValues",
    columns: [
      { key: "agency", kind: "text", width: 16, header: AGENCY, body: true, required: true, former: FORMER_AGENCY },
      { key: "period", kind: "text", width: 10, header: PERIOD, required: true },
      { key: "measureId", kind: "text", width: 10, header: h("Чара", "Мероприятие", "Measure"), required: true },
      { key: "indicatorId", kind: "text", width: 11, header: h("Индикатор", "Индикатор", "Indicator"), required: true },
      { key: "kind", kind: "enum", width: 16, header: h("Түрү", "Вид", "Kind"), labels: kind, required: true },
      ...indicatorFields(columns).map((f) => fieldColumn<IndicatorValueRow>(f)),
      { key: "sha256", kind: "text", width: 18, header: SHA, required: true },
    ],
  };
}

const submissions: TableDef<SubmissionLogRow> = {
  id: "submissions",
  name: "Submissions",
  columns: [
    { key: "seq", kind: "int", width: 6, header: h("№", "№", "No."), required: true },
    { key: "agency", kind: "text", width: 16, header: AGENCY, body: true, former: FORMER_AGENCY },
    { key: "period", kind: "text", width: 10, header: PERIOD },
    { key: "fileName", kind: "text", width: 30, header: h("Файл", "Файл", "File"), required: true },
    { key: "sha256", kind: "text", width: 18, header: SHA, required: true },
    { key: "receivedAt", kind: "text", width: 22, header: h("Келген убакыт", "Получен", "Received"), required: true },
    {
      key: "outcome",
      kind: "enum",
      width: 14,
      header: h("Натыйжа", "Результат", "Outcome"),
      labels: outcome,
      required: true,
    },
    { key: "measures", kind: "int", width: 9, header: h("Чаралар", "Мероприятий", "Measures"), required: true },
    { key: "values", kind: "int", width: 9, header: h("Маанилер", "Значений", "Values"), required: true },
    { key: "errors", kind: "int", width: 8, header: h("Каталар", "Ошибок", "Errors"), required: true },
    { key: "warnings", kind: "int", width: 8, header: h("Эскертүүлөр", "Предупреждений", "Warnings"), required: true },
    { key: "replaces", kind: "text", width: 18, header: h("Алмаштырды", "Заменил", "Replaces") },
    { key: "replacedBy", kind: "text", width: 18, header: h("Алмаштырылды", "Заменен", "Replaced by") },
    { key: "preparedBy", kind: "text", width: 24, header: h("Даярдаган", "Подготовил", "Prepared by") },
    { key: "position", kind: "text", width: 20, header: h("Кызматы", "Должность", "Position") },
    { key: "phone", kind: "text", width: 16, header: h("Телефон", "Телефон", "Phone") },
    { key: "email", kind: "text", width: 24, header: h("Электрондук почта", "Электронная почта", "E-mail") },
    { key: "preparedOn", kind: "date", width: 12, header: h("Даярдалган күнү", "Дата подготовки", "Prepared on") },
  ],
};

const issueColumns: ColumnDef<IssueRow>[] = [
  { key: "fileName", kind: "text", width: 30, header: h("Файл", "Файл", "File"), required: true },
  { key: "sha256", kind: "text", width: 18, header: SHA, required: true },
  { key: "agency", kind: "text", width: 16, header: AGENCY, body: true, former: FORMER_AGENCY },
  { key: "period", kind: "text", width: 10, header: PERIOD },
  { key: "code", kind: "text", width: 24, header: h("Код", "Код", "Code"), required: true },
  {
    key: "severity",
    kind: "enum",
    width: 14,
    header: h("Деңгээли", "Уровень", "Severity"),
    labels: severity,
    required: true,
  },
  { key: "sheet", kind: "text", width: 12, header: h("Барак", "Лист", "Sheet") },
  { key: "cell", kind: "text", width: 8, header: h("Уяча", "Ячейка", "Cell") },
  {
    key: "message",
    kind: "text",
    width: 80,
    header: h("Билдирүү", "Сообщение", "Message"),
    required: true,
    value: issueRowMessage,
  },
  // The message's values, for whoever loads the table elsewhere; not required, as older masters lack it.
  { key: "params", kind: "text", width: 24, header: h("Параметрлер", "Параметры", "Parameters") },
];

const warnings: TableDef<IssueRow> = { id: "warnings", name: "Warnings", columns: issueColumns };

const rejections: TableDef<RejectionRow> = {
  id: "rejections",
  name: "Rejections",
  columns: [
    { key: "seq", kind: "int", width: 6, header: h("№", "№", "No."), required: true },
    ...(issueColumns as ColumnDef<RejectionRow>[]),
  ],
};

/** The tables of a master whose reports have these columns, in the order of their sheets. */
export function tablesFor(columns: ColumnSet = DEFAULT_COLUMNS): { [K in TableId]: TableDef<Master[K][number]> } {
  return {
    measureReports: measureReportsTable(columns),
    indicatorValues: indicatorValuesTable(columns),
    submissions,
    warnings,
    rejections,
  };
}

/** The tables of the standard registry. */
export const TABLES = tablesFor();
export const TABLE_IDS: TableId[] = ["measureReports", "indicatorValues", "submissions", "warnings", "rejections"];

/** A table's columns over plain records, for code that handles every table alike. */
export type AnyColumn = ColumnDef<Record<string, unknown>>;
export function columnsOf(id: TableId, columns: ColumnSet = DEFAULT_COLUMNS): AnyColumn[] {
  const tables = columns === DEFAULT_COLUMNS ? TABLES : tablesFor(columns);
  return tables[id].columns as unknown as AnyColumn[];
}
