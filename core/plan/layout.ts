/**
 * The authoring workbook's layout, declared once for writing and reading: sheet names, and for each sheet its
 * columns (machine key, header in ky/ru/en, width, and which level of the plan a value belongs to).
 * Columns are found by their key in the key row, so a plan writer may reorder or hide them.
 */
import type { Language } from "../../schema";

export const PLAN_SHEETS = {
  instructions: "Нускама",
  facts: "План",
  measures: "Чаралар",
  bodies: "Аткаруучулар",
} as const;

/** Row of the machine keys (under the header row); data starts on the next row. */
export const HEADER_ROW = 1;
export const KEY_ROW = 2;
export const FIRST_DATA_ROW = 3;

export type Texts = Record<Language, string>;

/**
 * heading: the № and title columns of chapter and goal rows; task, measure, indicator: filled on the first
 * row of that item and left blank (or repeated) on the rows of the same item below.
 */
export type ColumnLevel = "task" | "measure" | "indicator";

export interface PlanColumn {
  key: string;
  header: Texts;
  width: number;
  level: ColumnLevel;
  /** Which block it sits in: the annex's own columns, the structured values, translations, provenance. */
  block: "annex" | "values" | "ru" | "en" | "provenance";
}

const col = (
  key: string,
  block: PlanColumn["block"],
  level: ColumnLevel,
  width: number,
  ky: string,
  ru: string,
  en: string,
): PlanColumn => ({ key, block, level, width, header: { ky, ru, en } });

/** Columns of the measures sheet, left to right: first the annex's own columns, in its order. */
export const MEASURE_COLUMNS: PlanColumn[] = [
  col("no", "annex", "task", 11, "№", "№", "No."),
  col("task", "annex", "task", 24, "Милдеттер", "Задачи", "Tasks"),
  col("measure.id", "annex", "measure", 9, "Чара №", "№ меропр.", "Measure No."),
  col("measure", "annex", "measure", 44, "Чаралар / иш-аракеттер", "Меры / мероприятия", "Measures / actions"),
  col("baseline", "annex", "measure", 28, "Баштапкы маалыматтар", "Исходные данные", "Baseline"),
  col("indicator.id", "annex", "indicator", 10, "Индикатор №", "№ индикатора", "Indicator No."),
  col("indicator", "annex", "indicator", 32, "Индикатор", "Индикатор", "Indicator"),
  col("deadline", "annex", "measure", 14, "Ишке ашыруу мөөнөтү", "Срок исполнения", "Deadline"),
  col("expectedResults", "annex", "measure", 30, "Күтүлүүчү натыйжалар", "Ожидаемые результаты", "Expected results"),
  col("responsible", "annex", "measure", 26, "Жооптуу аткаруучулар", "Ответственные исполнители", "Responsible"),
  col("funding", "annex", "measure", 22, "Каржылоо булактары", "Источники финансирования", "Funding"),
  col("indicator.kind", "values", "indicator", 11, "Индикатордун түрү", "Вид индикатора", "Indicator kind"),
  col("indicator.sex", "values", "indicator", 10, "Аял/эркек өзүнчө", "Жен./муж. отдельно", "Women/men apart"),
  col("indicator.unit", "values", "indicator", 8, "Бирдиги", "Единица", "Unit"),
  col("deadline.periods", "values", "measure", 16, "Мөөнөт: мезгилдер", "Срок: периоды", "Deadline: periods"),
  col("deadline.recurrence", "values", "measure", 10, "Кайталануу", "Повторение", "Recurrence"),
  col("funding.sources", "values", "measure", 22, "Каржылоо: коддор", "Финансирование: коды", "Funding: codes"),
  col("task.ru", "ru", "task", 24, "Милдеттер (ru)", "Задачи (ru)", "Tasks (ru)"),
  col("measure.ru", "ru", "measure", 36, "Чаралар (ru)", "Меры (ru)", "Measures (ru)"),
  col("baseline.ru", "ru", "measure", 24, "Баштапкы маалыматтар (ru)", "Исходные данные (ru)", "Baseline (ru)"),
  col("indicator.ru", "ru", "indicator", 28, "Индикатор (ru)", "Индикатор (ru)", "Indicator (ru)"),
  col("indicator.unit.ru", "ru", "indicator", 8, "Бирдиги (ru)", "Единица (ru)", "Unit (ru)"),
  col(
    "expectedResults.ru",
    "ru",
    "measure",
    24,
    "Күтүлүүчү натыйжалар (ru)",
    "Ожидаемые результаты (ru)",
    "Expected results (ru)",
  ),
  col("funding.ru", "ru", "measure", 22, "Каржылоо булактары (ru)", "Источники финансирования (ru)", "Funding (ru)"),
  col("task.en", "en", "task", 24, "Милдеттер (en)", "Задачи (en)", "Tasks (en)"),
  col("measure.en", "en", "measure", 36, "Чаралар (en)", "Меры (en)", "Measures (en)"),
  col("baseline.en", "en", "measure", 24, "Баштапкы маалыматтар (en)", "Исходные данные (en)", "Baseline (en)"),
  col("indicator.en", "en", "indicator", 28, "Индикатор (en)", "Индикатор (en)", "Indicator (en)"),
  col("indicator.unit.en", "en", "indicator", 8, "Бирдиги (en)", "Единица (en)", "Unit (en)"),
  col(
    "expectedResults.en",
    "en",
    "measure",
    24,
    "Күтүлүүчү натыйжалар (en)",
    "Ожидаемые результаты (en)",
    "Expected results (en)",
  ),
  col("funding.en", "en", "measure", 22, "Каржылоо булактары (en)", "Источники финансирования (en)", "Funding (en)"),
  col("indicator.interpreted", "provenance", "indicator", 10, "Түрү чечмеленген", "Вид истолкован", "Kind interpreted"),
  col(
    "indicator.note",
    "provenance",
    "indicator",
    24,
    "Индикатор: эскертүү",
    "Индикатор: примечание",
    "Indicator note",
  ),
  col("deadline.note", "provenance", "measure", 20, "Мөөнөт: эскертүү", "Срок: примечание", "Deadline note"),
  col(
    "indicatorsText",
    "provenance",
    "measure",
    28,
    "Индикатор уячасы басылгандай",
    "Ячейка индикаторов как напечатана",
    "Indicator cell as printed",
  ),
  col(
    "indicatorsText.ru",
    "provenance",
    "measure",
    28,
    "Индикатор уячасы басылгандай (ru)",
    "Ячейка индикаторов как напечатана (ru)",
    "Indicator cell as printed (ru)",
  ),
  col(
    "indicatorsText.en",
    "provenance",
    "measure",
    28,
    "Индикатор уячасы басылгандай (en)",
    "Ячейка индикаторов как напечатана (en)",
    "Indicator cell as printed (en)",
  ),
  col(
    "responsibleText",
    "provenance",
    "measure",
    26,
    "Аткаруучулар уячасы басылгандай",
    "Ячейка исполнителей как напечатана",
    "Responsible cell as printed",
  ),
  col(
    "agreementMarker",
    "provenance",
    "measure",
    10,
    "«Макулдашуу боюнча» орду",
    "Место «по согласованию»",
    "Agreement marker",
  ),
  col(
    "task.sourceLines",
    "provenance",
    "task",
    12,
    "Милдет: булак саптары",
    "Задача: строки источника",
    "Task source lines",
  ),
  col(
    "sourceLines",
    "provenance",
    "measure",
    30,
    "Чара: булак саптары",
    "Мероприятие: строки источника",
    "Measure source lines",
  ),
  col(
    "notes",
    "provenance",
    "measure",
    40,
    "Которуучунун эскертүүлөрү",
    "Примечания переписчика",
    "Transcriber's notes",
  ),
];

/** Columns of the bodies sheet. */
export const BODY_COLUMNS: PlanColumn[] = [
  col("code", "annex", "measure", 22, "Код (кыскартуу)", "Код (сокращение)", "Code (abbreviation)"),
  col("name", "annex", "measure", 44, "Толук аталышы", "Полное название (ky)", "Full name (ky)"),
  col("name.ru", "ru", "measure", 40, "Толук аталышы (ru)", "Полное название", "Full name (ru)"),
  col("name.en", "en", "measure", 40, "Толук аталышы (en)", "Полное название (en)", "Full name"),
  col("shortName", "annex", "measure", 14, "Кыскача аталышы", "Краткое название (ky)", "Short name (ky)"),
  col("shortName.ru", "ru", "measure", 14, "Кыскача аталышы (ru)", "Краткое название", "Short name (ru)"),
  col("shortName.en", "en", "measure", 14, "Кыскача аталышы (en)", "Краткое название (en)", "Short name"),
  col("kind", "values", "measure", 16, "Түрү", "Вид", "Kind"),
  col(
    "byAgreement",
    "values",
    "measure",
    14,
    "Адатта макулдашуу боюнча",
    "По умолчанию по согласованию",
    "By agreement by default",
  ),
  col(
    "reports",
    "values",
    "measure",
    12,
    "Отчет берет (эсептелет)",
    "Отчитывается (вычисляется)",
    "Reports (computed)",
  ),
  col("latin", "values", "measure", 20, "Латынча код", "Латинский код", "Latin alias"),
  col("variants", "values", "measure", 22, "Башка жазылыштары", "Другие написания", "Other spellings"),
  // The contacts register: whom to call about the body's reports when none of its reports names anyone.
  col("contact.name", "values", "measure", 24, "Байланыш: аты-жөнү", "Контакт: ФИО", "Contact: name"),
  col("contact.position", "values", "measure", 20, "Байланыш: кызматы", "Контакт: должность", "Contact: position"),
  col("contact.phone", "values", "measure", 18, "Байланыш: телефону", "Контакт: телефон", "Contact: phone"),
  col("contact.email", "values", "measure", 24, "Байланыш: эл. почтасы", "Контакт: эл. почта", "Contact: e-mail"),
  col(
    "printedInList",
    "provenance",
    "measure",
    16,
    "Кыскартуулар тизмесинде",
    "В списке сокращений",
    "As in the list of abbreviations",
  ),
  col("source", "provenance", "measure", 10, "Булагы", "Источник", "Source"),
  col("note", "provenance", "measure", 40, "Эскертүү", "Примечание", "Note"),
];

/** Rows of the facts sheet: key, label, and whether the value is a text in three languages. */
export interface FactRow {
  key: string;
  label: Texts;
  localized: boolean;
  required: boolean;
}

const fact = (key: string, localized: boolean, required: boolean, ky: string, ru: string, en: string): FactRow => ({
  key,
  localized,
  required,
  label: { ky, ru, en },
});

export const FACT_ROWS: FactRow[] = [
  fact(
    "id",
    false,
    true,
    "Пландын коду (латынча, кичине тамгалар, дефис)",
    "Код плана (латиница, строчные, дефис)",
    "Plan id (lowercase Latin, hyphens)",
  ),
  fact("title", true, true, "Пландын аталышы", "Название плана", "Plan title"),
  fact(
    "period.start",
    false,
    true,
    "Мезгилдин башталышы (2018-H2)",
    "Начало периода (2018-H2)",
    "Period start (2018-H2)",
  ),
  fact("period.end", false, true, "Мезгилдин аягы (2020-H2)", "Конец периода (2020-H2)", "Period end (2020-H2)"),
  fact("source.issuer", true, true, "Кабыл алган орган", "Принявший орган", "Issued by"),
  fact("source.actType", true, true, "Актынын түрү", "Вид акта", "Type of act"),
  fact("source.number", false, true, "Актынын номери", "Номер акта", "Act number"),
  fact("source.date", false, true, "Актынын датасы (ЖЖЖЖ-АА-КК)", "Дата акта (ГГГГ-ММ-ДД)", "Act date (YYYY-MM-DD)"),
  fact("source.annex", false, false, "Тиркеменин номери", "Номер приложения", "Annex number"),
  fact("source.signatory", false, false, "Кол койгон", "Подписал", "Signed by"),
  fact(
    "source.language",
    false,
    true,
    "Пландын тили (ky, ru, en)",
    "Язык плана (ky, ru, en)",
    "Language of the plan (ky, ru, en)",
  ),
  fact("source.text", false, false, "Булак тексттин файлы", "Файл исходного текста", "Source text file"),
  fact(
    "source.amends.number",
    false,
    false,
    "Өзгөртүлгөн актынын номери",
    "Номер изменяемого акта",
    "Amended act: number",
  ),
  fact("source.amends.date", false, false, "Өзгөртүлгөн актынын датасы", "Дата изменяемого акта", "Amended act: date"),
  fact(
    "source.amends.title",
    true,
    false,
    "Өзгөртүлгөн актынын аталышы",
    "Название изменяемого акта",
    "Amended act: title",
  ),
  fact(
    "coordination.coordinator",
    false,
    false,
    "Координациялоочу орган (коду, жыйынтык отчетту берет)",
    "Координирующий орган (код; издает сводный отчет)",
    "Coordinating body (code; issues the consolidated report)",
  ),
  fact(
    "coordination.addressee",
    true,
    false,
    "Жыйынтык отчет кимге жөнөтүлөт",
    "Адресат сводного отчета",
    "Addressee of the consolidated report",
  ),
];

/** Columns of the facts sheet. */
export const FACT_COLUMNS = { key: 1, label: 2, ky: 3, ru: 4, en: 5 } as const;

/** Markers of heading rows in the № column, as the annex prints them: "1-глава", "1.1-максат". */
/** The heading line pasted whole from the annex ("1-глава. Аялдардын ...") also reads: the title follows the mark. */
export const CHAPTER_MARK = /^(\d+)\s*-?\s*(?:глава|chapter|бөлүм)\.?(?:\s+([^]+))?$/i;
export const GOAL_MARK = /^(\d+\.\d+)\s*-?\s*(?:максат|цель|goal)\.?(?:\s+([^]+))?$/i;
export const chapterMark = (id: string): string => `${id}-глава`;
export const goalMark = (id: string): string => `${id}-максат`;

/** The marker of a by-agreement body in the Responsible column, in each language. */
export const AGREEMENT_SUFFIX = /\s*\((?:макулдашуу боюнча|по согласованию|by agreement)\)\s*$/i;
export const AGREEMENT_PREFIX = /^(?:макулдашуу боюнча|по согласованию|by agreement)\s*:\s*/i;
export const AGREEMENT_WRITTEN = " (макулдашуу боюнча)";
