/**
 * The names of a report's fields and the words of its drop-downs, per language: the template's column headers
 * and the preparer's labels (core/labels.ts builds the template from these), and what an issue's `{field, field}`
 * and `{allowed, choices}` slots render, so a message names a field as the template's header does.
 */
import type { Language, MeasureStatus, SpendingSource } from "../generated/types";

export type ColumnKey =
  | "measure"
  | "text"
  | "indicator"
  | "unit"
  | "deadline"
  | "expected"
  | "partners"
  | "status"
  | "narrative"
  | "value"
  | "women"
  | "men"
  | "total"
  | "reference"
  | "spent"
  | "source"
  | "document"
  | "date"
  | "link"
  | "obstacles";

export type PreparerKey = "name" | "position" | "phone" | "email" | "date";

export interface FieldWords {
  columns: Record<ColumnKey, string>;
  preparedBy: Record<PreparerKey, string>;
  statuses: Record<MeasureStatus, string>;
  sources: Record<SpendingSource, string>;
  yes: string;
  no: string;
}

export const fieldWords: Record<Language, FieldWords> = {
  ky: {
    columns: {
      measure: "№",
      text: "Чара",
      indicator: "Индикатор",
      unit: "Өлчөө бирдиги",
      deadline: "Ишке ашыруу мөөнөтү",
      expected: "Күтүлүүчү натыйжалар",
      partners: "Бирге аткаруучулар",
      status: "Абалы",
      narrative: "Эмне жасалды",
      value: "Мааниси",
      women: "Аялдар",
      men: "Эркектер",
      total: "Бардыгы",
      reference: "Документ же эскертүү",
      spent: "Жумшалды, сом",
      source: "Каржылоо булагы",
      document: "Документтин № жана аталышы",
      date: "Датасы",
      link: "Шилтеме",
      obstacles: "Тоскоолдуктар",
    },
    preparedBy: {
      name: "Даярдаган (аты-жөнү)",
      position: "Кызматы",
      phone: "Телефон",
      email: "Электрондук почта",
      date: "Датасы",
    },
    statuses: {
      "not-started": "Башталган жок",
      "in-progress": "Аткарылууда",
      completed: "Аткарылды",
      suspended: "Токтотулду",
      cancelled: "Жокко чыгарылды",
    },
    sources: {
      "republican-budget": "Республикалык бюджет",
      "local-budget": "Жергиликтүү бюджет",
      "international-organizations": "Эл аралык уюмдардын каражаттары",
      other: "Башка булак",
    },
    yes: "Ооба",
    no: "Жок",
  },
  ru: {
    columns: {
      measure: "№",
      text: "Мероприятие",
      indicator: "Индикатор",
      unit: "Единица измерения",
      deadline: "Срок исполнения",
      expected: "Ожидаемые результаты",
      partners: "Соисполнители",
      status: "Статус",
      narrative: "Что сделано",
      value: "Значение",
      women: "Женщины",
      men: "Мужчины",
      total: "Всего",
      reference: "Документ или примечание",
      spent: "Израсходовано, сом",
      source: "Источник финансирования",
      document: "№ и название документа",
      date: "Дата",
      link: "Ссылка",
      obstacles: "Препятствия",
    },
    preparedBy: {
      name: "Подготовил (ФИО)",
      position: "Должность",
      phone: "Телефон",
      email: "Электронная почта",
      date: "Дата",
    },
    statuses: {
      "not-started": "Не начато",
      "in-progress": "Выполняется",
      completed: "Выполнено",
      suspended: "Приостановлено",
      cancelled: "Отменено",
    },
    sources: {
      "republican-budget": "Республиканский бюджет",
      "local-budget": "Местный бюджет",
      "international-organizations": "Средства международных организаций",
      other: "Другой источник",
    },
    yes: "Да",
    no: "Нет",
  },
  en: {
    columns: {
      measure: "No.",
      text: "Measure",
      indicator: "Indicator",
      unit: "Unit",
      deadline: "Deadline",
      expected: "Expected results",
      partners: "Co-executors",
      status: "Status",
      narrative: "What was done",
      value: "Value",
      women: "Women",
      men: "Men",
      total: "Total",
      reference: "Document or note",
      spent: "Spent, som",
      source: "Source of funding",
      document: "Document no. and title",
      date: "Date",
      link: "Link",
      obstacles: "Obstacles",
    },
    preparedBy: {
      name: "Prepared by (name)",
      position: "Position",
      phone: "Phone",
      email: "E-mail",
      date: "Date",
    },
    statuses: {
      "not-started": "Not started",
      "in-progress": "In progress",
      completed: "Completed",
      suspended: "Suspended",
      cancelled: "Cancelled",
    },
    sources: {
      "republican-budget": "Republican budget",
      "local-budget": "Local budget",
      "international-organizations": "Funds of international organisations",
      other: "Other source",
    },
    yes: "Yes",
    no: "No",
  },
};

/** Names of fields a deployment adds to the registry (a column of its own), by key, per language. */
export type ExtraFieldNames = Record<string, Record<Language, string>>;

/**
 * A field's name for a message: a report column's key ("status", "women"), a preparer's ("preparedBy.date"),
 * a name the caller adds, or, for a key nobody names, the key itself.
 * @example fieldName("women", "ru") // "Женщины"
 */
export function fieldName(key: string, lang: Language, extra?: ExtraFieldNames): string {
  const w = fieldWords[lang];
  if (extra && Object.hasOwn(extra, key)) return extra[key][lang];
  if (key.startsWith("preparedBy.")) {
    const k = key.slice("preparedBy.".length);
    if (Object.hasOwn(w.preparedBy, k)) return w.preparedBy[k as PreparerKey];
  }
  return Object.hasOwn(w.columns, key) ? w.columns[key as ColumnKey] : key;
}

/** The lists a drop-down offers, by the reader of the cell. */
export type ChoiceList = "status" | "source" | "yesNo";

/**
 * What a drop-down accepts, in a language: "Аткарылды, Башталган жок, …".
 * @example choiceWords("yesNo", "ru") // "Да, Нет"
 */
export function choiceWords(list: string, lang: Language): string | undefined {
  const w = fieldWords[lang];
  if (list === "status") return Object.values(w.statuses).join(", ");
  if (list === "source") return Object.values(w.sources).join(", ");
  if (list === "yesNo") return `${w.yes}, ${w.no}`;
  return undefined;
}
