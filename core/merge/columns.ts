/**
 * The master's data tables, column by column: the field of the model each column holds, how it is written,
 * and its header in each language. Writing and reading both derive from this list, so they cannot disagree.
 */
import type { Language } from "../../schema";
import type { Messages } from "../../schema";
import { templateLabels } from "../labels";
import { masterLabels } from "./labels";
import type { IndicatorValueRow, IssueRow, Master, MeasureReportRow, RejectionRow, SubmissionLogRow } from "./model";

/** text: a string, number format "@"; date: an ISO date written as an Excel date; enum: a code written as its label. */
export type ColumnKind = "text" | "int" | "number" | "bool" | "date" | "enum";

export interface ColumnDef<R> {
  key: keyof R & string;
  kind: ColumnKind;
  width: number;
  header: Messages;
  /** Labels of the codes, for enum columns. */
  labels?: (lang: Language) => Record<string, string>;
  /** The master cannot have written the row without it. */
  required?: boolean;
}

export type TableId = "measureReports" | "indicatorValues" | "submissions" | "warnings" | "rejections";

export interface TableDef<R> {
  id: TableId;
  /** The Excel table name: an identifier, the same in every language. */
  name: string;
  columns: ColumnDef<R>[];
}

const h = (ky: string, ru: string, en: string): Messages => ({ ky, ru, en });
const status = (l: Language) => templateLabels[l].statuses;
const source = (l: Language) => templateLabels[l].sources;
const kind = (l: Language) => templateLabels[l].kinds;
const outcome = (l: Language) => masterLabels[l].outcomes;
const severity = (l: Language) => masterLabels[l].severities;

const AGENCY = h("Мекеме", "Ведомство", "Body");
const PERIOD = h("Мезгил", "Период", "Period");
const SHA = h("SHA-256", "SHA-256", "SHA-256");

const measureReports: TableDef<MeasureReportRow> = {
  id: "measureReports",
  name: "MeasureReports",
  columns: [
    { key: "agency", kind: "text", width: 16, header: AGENCY, required: true },
    { key: "period", kind: "text", width: 10, header: PERIOD, required: true },
    { key: "chapterId", kind: "text", width: 8, header: h("Бөлүм", "Раздел", "Chapter") },
    { key: "goalId", kind: "text", width: 8, header: h("Максат", "Цель", "Goal") },
    { key: "taskId", kind: "text", width: 8, header: h("Милдет", "Задача", "Task") },
    { key: "measureId", kind: "text", width: 10, header: h("Чара", "Мероприятие", "Measure"), required: true },
    { key: "status", kind: "enum", width: 16, header: h("Абалы", "Статус", "Status"), labels: status, required: true },
    { key: "narrative", kind: "text", width: 50, header: h("Эмне жасалды", "Что сделано", "What was done") },
    {
      key: "spendingAmount",
      kind: "number",
      width: 14,
      header: h("Сарпталды, сом", "Израсходовано, сом", "Spent, som"),
    },
    {
      key: "spendingSource",
      kind: "enum",
      width: 22,
      header: h("Каражат булагы", "Источник средств", "Source of funds"),
      labels: source,
    },
    { key: "evidenceDocument", kind: "text", width: 28, header: h("Документ", "Документ", "Document") },
    { key: "evidenceDate", kind: "date", width: 12, header: h("Документтин күнү", "Дата документа", "Document date") },
    { key: "evidenceLink", kind: "text", width: 28, header: h("Шилтеме", "Ссылка", "Link") },
    { key: "obstacles", kind: "text", width: 36, header: h("Тоскоолдуктар", "Препятствия", "Obstacles") },
    { key: "sha256", kind: "text", width: 18, header: SHA, required: true },
  ],
};

const indicatorValues: TableDef<IndicatorValueRow> = {
  id: "indicatorValues",
  name: "IndicatorValues",
  columns: [
    { key: "agency", kind: "text", width: 16, header: AGENCY, required: true },
    { key: "period", kind: "text", width: 10, header: PERIOD, required: true },
    { key: "measureId", kind: "text", width: 10, header: h("Чара", "Мероприятие", "Measure"), required: true },
    { key: "indicatorId", kind: "text", width: 11, header: h("Индикатор", "Индикатор", "Indicator"), required: true },
    { key: "kind", kind: "enum", width: 16, header: h("Түрү", "Вид", "Kind"), labels: kind, required: true },
    { key: "value", kind: "number", width: 12, header: h("Маани", "Значение", "Value") },
    { key: "women", kind: "int", width: 9, header: h("Аялдар", "Женщины", "Women") },
    { key: "men", kind: "int", width: 9, header: h("Эркектер", "Мужчины", "Men") },
    { key: "total", kind: "int", width: 9, header: h("Бардыгы", "Всего", "Total") },
    { key: "done", kind: "bool", width: 10, header: h("Аткарылды", "Выполнено", "Done") },
    {
      key: "reference",
      kind: "text",
      width: 24,
      header: h("Документ / эскертүү", "Документ / примечание", "Document / note"),
    },
    { key: "text", kind: "text", width: 36, header: h("Текст", "Текст", "Text") },
    { key: "sha256", kind: "text", width: 18, header: SHA, required: true },
  ],
};

const submissions: TableDef<SubmissionLogRow> = {
  id: "submissions",
  name: "Submissions",
  columns: [
    { key: "seq", kind: "int", width: 6, header: h("№", "№", "No."), required: true },
    { key: "agency", kind: "text", width: 16, header: AGENCY },
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
  ],
};

const issueColumns: ColumnDef<IssueRow>[] = [
  { key: "fileName", kind: "text", width: 30, header: h("Файл", "Файл", "File"), required: true },
  { key: "sha256", kind: "text", width: 18, header: SHA, required: true },
  { key: "agency", kind: "text", width: 16, header: AGENCY },
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
  { key: "message", kind: "text", width: 80, header: h("Билдирүү", "Сообщение", "Message"), required: true },
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

/** The tables in the order of their sheets; each model field in `Master` has its table. */
export const TABLES = { measureReports, indicatorValues, submissions, warnings, rejections } satisfies {
  [K in TableId]: TableDef<Master[K][number]>;
};
export const TABLE_IDS: TableId[] = ["measureReports", "indicatorValues", "submissions", "warnings", "rejections"];

/** A table's columns over plain records, for code that handles every table alike. */
export type AnyColumn = ColumnDef<Record<string, unknown>>;
export function columnsOf(id: TableId): AnyColumn[] {
  return TABLES[id].columns as unknown as AnyColumn[];
}
