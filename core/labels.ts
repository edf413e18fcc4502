import { defaultPlan, fieldWords, formatText } from "../schema";
import type { Language, MeasureStatus, SpendingSource, IndicatorKind } from "../schema";

/** Texts of the template a clerk reads, in the three interface languages. Plan texts stay Kyrgyz. */
export interface TemplateLabels {
  sheets: { report: string; instructions: string; lists: string; identity: string };
  /** ICU message: `{plan}` (the plan's full official name), `{period, period}`, `{agency}`. */
  title: string;
  preparedBy: { name: string; position: string; phone: string; email: string; date: string };
  groups: { plan: string; progress: string; indicator: string; money: string; evidence: string };
  columns: {
    measure: string;
    text: string;
    indicator: string;
    unit: string;
    deadline: string;
    expected: string;
    partners: string;
    status: string;
    narrative: string;
    value: string;
    women: string;
    men: string;
    total: string;
    reference: string;
    spent: string;
    source: string;
    document: string;
    date: string;
    link: string;
    obstacles: string;
  };
  task: string; // "Task {id}"
  partnersPrefix: string; // shown before the other bodies sharing a measure
  byAgreement: string;
  aloneLabel: string;
  kinds: Record<IndicatorKind, string>;
  statuses: Record<MeasureStatus, string>;
  /** What each status means, for the instructions sheet. */
  statusMeanings: Record<MeasureStatus, string>;
  sources: Record<SpendingSource, string>;
  yes: string;
  no: string;
  prompts: Record<
    | "status"
    | "narrative"
    | "count"
    | "people"
    | "percent"
    | "amount"
    | "document"
    | "text"
    | "reference"
    | "spent"
    | "source"
    | "evidence"
    | "date"
    | "reportDate"
    | "total"
    | "link"
    | "obstacles",
    string
  >;
  /**
   * Excel's own pop-up when a typed value breaks a cell's rule, saying what is allowed. ICU: `number` takes
   * `{kind}` (whole, decimal), `{min}` and `{max}` ("none" for no upper bound); `length` takes `{max}`.
   */
  errors: { title: string; list: string; number: string; date: string; length: string };
  instructions: string[];
  statusHelp: string;
}

const ky: TemplateLabels = {
  sheets: { report: "Отчет", instructions: "Нускама", lists: "Тизмелер", identity: "_tendik" },
  title: "{plan}: {period, period} үчүн аткарылышы жөнүндө отчет ({agency})",
  preparedBy: fieldWords.ky.preparedBy,
  groups: {
    plan: "Пландан (өзгөртүүгө болбойт)",
    progress: "Аткарылышы",
    indicator: "Индикатордун мааниси",
    money: "Жумшалган каражат",
    evidence: "Тастыктоочу документ",
  },
  columns: fieldWords.ky.columns,
  task: "{id}-милдет",
  partnersPrefix: "Бирге:",
  byAgreement: "макулдашуу боюнча",
  aloneLabel: "—",
  kinds: {
    count: "саны",
    people: "адамдар: аялдар / эркектер",
    percent: "%",
    amount: "сом",
    document: "ооба / жок",
    text: "текст",
  },
  statuses: fieldWords.ky.statuses,
  statusMeanings: {
    "not-started":
      "отчеттук мезгилдин аягына чейин иш башталган жок; маанилерди жазбаңыз, тоскоолдуктарды «Тоскоолдуктар» мамычасында түшүндүрүңүз",
    "in-progress": "иш жүрүп жатат, бирок чара толук аткарыла элек",
    completed: "чара толук аткарылды; тастыктоочу документ милдеттүү",
    suspended: "иш убактылуу токтотулду; себебин «Тоскоолдуктар» мамычасында жазыңыз",
    cancelled: "чара аткарылбайт (мисалы, башка программага өткөрүлдү); себебин жазыңыз",
  },
  sources: fieldWords.ky.sources,
  yes: fieldWords.ky.yes,
  no: fieldWords.ky.no,
  prompts: {
    status: "Абалын тизмеден тандаңыз.",
    narrative: "Отчеттук мезгилде эмне жасалганын кыскача жазыңыз.",
    count: "Бүтүн сан, 0 же андан көп.",
    people: "Адамдардын саны, бүтүн сан.",
    percent: "Пайыз, 0дөн 100гө чейин.",
    amount: "Сумма, сом менен.",
    document: "Ооба же Жок.",
    text: "Текст.",
    reference: "Документтин номери же кыскача эскертүү.",
    spent: "Отчеттук мезгилде жумшалган каражаттын суммасы, сом.",
    source: "Каржылоо булагын тизмеден тандаңыз.",
    evidence: "Тастыктоочу документтин номери жана аталышы.",
    date: "Документтин датасы, мисалы, 25.12.2019.",
    reportDate: "Отчет даярдалган күн, мисалы, 25.12.2019.",
    total: "Аялдар менен эркектердин суммасы өзү эсептелет; бул уячага эч нерсе жазбаңыз.",
    link: "https:// менен башталган шилтеме.",
    obstacles: "Аткарууга эмне тоскоол болду.",
  },
  errors: {
    title: "Туура эмес маани",
    list: "Маанини тизмеден тандаңыз.",
    number:
      "{kind, select, whole {Бүтүн сан} other {Сан}} жазыңыз: {max, select, none {{min, case, ablative} кем эмес} other {{min, case, ablative} {max, case, dative} чейин}}.",
    date: "Датаны КК.АА.ЖЖЖЖ түрүндө жазыңыз, мисалы, 25.12.2019.",
    length: "Текст {max, number} белгиден ашпашы керек; толук маалыматты документте жазыңыз.",
  },
  instructions: [
    "Бул китеп органыңыз жооптуу аткаруучу болгон чаралар боюнча отчет берүү үчүн арналган.",
    "1. «Отчет» барагынын жогору жагында отчетту ким даярдаганын толтуруңуз.",
    "2. Ар бир чара боюнча «Абалы» мамычасында абалын тизмеден тандап, «Эмне жасалды» мамычасында жасалган иштерди жазыңыз.",
    "3. Индикатордун маанисин ар бир индикатордун сабындагы «Мааниси» мамычасына жазыңыз; «Өлчөө бирдиги» мамычасы эмне жазыла турганын көрсөтөт. Адамдар саналса, аялдарды жана эркектерди өзүнчө жазыңыз; «Бардыгы» мамычасы автоматтык түрдө эсептелет.",
    "4. Жумшалган каражатты жана анын каржылоо булагын, тастыктоочу документти (№, датасы, шилтеме) жана тоскоолдуктарды көрсөтүңүз.",
    "5. Боз уячалар пландан алынган, аларды өзгөртүүгө болбойт. Саптарды жана мамычаларды кошпоңуз, өчүрбөңүз жана жылдырбаңыз.",
    "6. Жөнөтүүдөн мурун отчетту Tendik программасы менен текшериңиз: ар бир ката өз уячасын көрсөтөт.",
    "Суроолоруңуз болсо, отчеттуулук боюнча координаторго (ЭСӨМ) кайрылыңыз; байланыш маалыматтары шаблон менен кошо жөнөтүлгөн катта көрсөтүлөт.",
  ],
  statusHelp: "Абалдар:",
};

const ru: TemplateLabels = {
  sheets: { report: "Отчет", instructions: "Инструкция", lists: "Списки", identity: "_tendik" },
  title: "{plan}: отчет о выполнении за {period, period} ({agency})",
  preparedBy: fieldWords.ru.preparedBy,
  groups: {
    plan: "Из плана (не изменять)",
    progress: "Выполнение",
    indicator: "Значение индикатора",
    money: "Израсходованные средства",
    evidence: "Подтверждающий документ",
  },
  columns: fieldWords.ru.columns,
  task: "Задача {id}",
  partnersPrefix: "Совместно:",
  byAgreement: "по согласованию",
  aloneLabel: "—",
  kinds: {
    count: "количество",
    people: "люди: женщины / мужчины",
    percent: "%",
    amount: "сом",
    document: "да / нет",
    text: "текст",
  },
  statuses: fieldWords.ru.statuses,
  statusMeanings: {
    "not-started":
      "к концу отчетного периода работа не начата; значения не вносите, причины укажите в столбце «Препятствия»",
    "in-progress": "работа ведется, но мероприятие еще не выполнено полностью",
    completed: "мероприятие выполнено полностью; подтверждающий документ обязателен",
    suspended: "работа временно приостановлена; причину укажите в столбце «Препятствия»",
    cancelled: "мероприятие не будет выполняться (например, передано в другую программу); укажите причину",
  },
  sources: fieldWords.ru.sources,
  yes: fieldWords.ru.yes,
  no: fieldWords.ru.no,
  prompts: {
    status: "Выберите статус из списка.",
    narrative: "Кратко опишите, что сделано за отчетный период.",
    count: "Целое число, 0 или больше.",
    people: "Число людей, целое число.",
    percent: "Процент, от 0 до 100.",
    amount: "Сумма в сомах.",
    document: "Да или Нет.",
    text: "Текст.",
    reference: "Номер документа или краткое примечание.",
    spent: "Сумма средств, израсходованных за отчетный период, сом.",
    source: "Выберите источник финансирования из списка.",
    evidence: "Номер и название подтверждающего документа.",
    date: "Дата документа, например 25.12.2019.",
    reportDate: "Дата подготовки отчета, например 25.12.2019.",
    total: "Сумма женщин и мужчин считается сама; в эту ячейку ничего вводить не нужно.",
    link: "Ссылка, начинающаяся с https://.",
    obstacles: "Что препятствовало выполнению.",
  },
  errors: {
    title: "Неверное значение",
    list: "Выберите значение из списка.",
    number:
      "Введите {kind, select, whole {целое число} other {число}}{max, select, none { не меньше {min, number}} other { от {min, number} до {max, number}}}.",
    date: "Введите дату в виде ДД.ММ.ГГГГ, например 25.12.2019.",
    length: "Текст не длиннее {max, plural, one {# знака} other {# знаков}}; подробности изложите в документе.",
  },
  instructions: [
    "Эта книга предназначена для отчета по мероприятиям, ответственным исполнителем которых является ваше ведомство.",
    "1. В верхней части листа «Отчет» укажите, кто подготовил отчет.",
    "2. По каждому мероприятию выберите статус из списка в столбце «Статус» и опишите проделанную работу в столбце «Что сделано».",
    "3. Значение индикатора внесите в столбец «Значение» в строке каждого индикатора; столбец «Единица измерения» показывает, что именно вносится. Если учитываются люди, укажите женщин и мужчин отдельно; «Всего» рассчитывается автоматически.",
    "4. Укажите израсходованные средства и источник финансирования, подтверждающий документ (№, дата, ссылка) и препятствия.",
    "5. Серые ячейки взяты из плана, изменять их нельзя. Не добавляйте, не удаляйте и не перемещайте строки и столбцы.",
    "6. Перед отправкой проверьте отчет в Tendik: каждая ошибка указывает на свою ячейку.",
    "По всем вопросам обращайтесь к координатору отчетности (МТСР); контактные данные указаны в письме, с которым направлен шаблон.",
  ],
  statusHelp: "Статусы:",
};

const en: TemplateLabels = {
  sheets: { report: "Report", instructions: "Instructions", lists: "Lists", identity: "_tendik" },
  title: "{plan}: progress report, {period, period} ({agency})",
  preparedBy: fieldWords.en.preparedBy,
  groups: {
    plan: "From the plan (do not edit)",
    progress: "Progress",
    indicator: "Indicator value",
    money: "Money spent",
    evidence: "Supporting document",
  },
  columns: fieldWords.en.columns,
  task: "Task {id}",
  partnersPrefix: "With:",
  byAgreement: "by agreement",
  aloneLabel: "—",
  kinds: {
    count: "count",
    people: "people: women / men",
    percent: "%",
    amount: "som",
    document: "yes / no",
    text: "text",
  },
  statuses: fieldWords.en.statuses,
  statusMeanings: {
    "not-started":
      'no work had begun by the end of the period; leave the values empty and explain why in the column "Obstacles"',
    "in-progress": "work is under way but the measure is not yet fully done",
    completed: "the measure is fully done; the supporting document is required",
    suspended: 'work is paused; give the reason in the column "Obstacles"',
    cancelled: "the measure will not be carried out (e.g. moved to another programme); give the reason",
  },
  sources: fieldWords.en.sources,
  yes: fieldWords.en.yes,
  no: fieldWords.en.no,
  prompts: {
    status: "Pick the status from the list.",
    narrative: "Briefly, what was done in the reporting period.",
    count: "A whole number, 0 or more.",
    people: "Number of people, a whole number.",
    percent: "A percentage from 0 to 100.",
    amount: "An amount in som.",
    document: "Yes or No.",
    text: "Text.",
    reference: "Document number or a short note.",
    spent: "Money spent in the reporting period, in som.",
    source: "Pick the source of funding from the list.",
    evidence: "Number and title of the supporting document.",
    date: "Date of the document, such as 25.12.2019.",
    reportDate: "The date the report was prepared, such as 25.12.2019.",
    total: "Women plus men, computed by itself: nothing to type in this cell.",
    link: "A link starting with https://.",
    obstacles: "What stood in the way.",
  },
  errors: {
    title: "Invalid value",
    list: "Pick a value from the list.",
    number:
      "Type {kind, select, whole {a whole number} other {a number}}{max, select, none { of {min, number} or more} other { from {min, number} to {max, number}}}.",
    date: "Type a date as DD.MM.YYYY, for example 25.12.2019.",
    length: "At most {max, plural, one {# character} other {# characters}}; give the details in the document.",
  },
  instructions: [
    "This workbook is for reporting on the measures for which your body is a responsible body.",
    "1. At the top of the Report sheet, fill in who prepared the report.",
    '2. For each measure, pick its status from the list in the column "Status" and describe the work done in the column "What was done".',
    '3. Type each indicator\'s value in the column "Value" on that indicator\'s row; the column "Unit" says what to type. Where people are counted, give women and men separately; "Total" is computed.',
    "4. Give the money spent and its source of funding, the supporting document (number, date, link) and any obstacles.",
    "5. Grey cells come from the plan and cannot be edited. Do not add, delete or move rows or columns.",
    "6. Before sending, check the report with Tendik: every problem points to its cell.",
    "Questions: contact the reporting coordinator (MLSD); the contact details are in the letter that came with this template.",
  ],
  statusHelp: "Statuses:",
};

export const templateLabels: Record<Language, TemplateLabels> = { ky, ru, en };

/**
 * Labels a template showed before they were renamed: workbooks filled from an older template keep reading.
 * Add the old text here whenever a drop-down label or a column header changes.
 */
export const formerLabels: {
  statuses: Partial<Record<MeasureStatus, string[]>>;
  sources: Partial<Record<SpendingSource, string[]>>;
  yes: string[];
  no: string[];
} = {
  statuses: { "in-progress": ["В процессе"] },
  sources: {
    "international-organizations": ["Эл аралык уюмдар", "Международные организации", "International organisations"],
  },
  yes: [],
  no: [],
};

/**
 * The code a former drop-down label stood for (status or funding source), for tables that map labels to
 * codes themselves, such as a master written before a label was renamed.
 */
export function codeFromFormerLabel(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  for (const table of [formerLabels.statuses, formerLabels.sources] as Record<string, string[]>[])
    for (const [code, labels] of Object.entries(table)) if (labels.some((l) => l.toLowerCase() === t)) return code;
  return undefined;
}

/** Column headers of templates written before a header was renamed, per column (any language). */
export const formerColumns: Partial<Record<keyof TemplateLabels["columns"], string[]>> = {
  unit: ["Мааниси", "Значение", "Value is"],
  value: ["Маани"],
  deadline: ["Мөөнөтү", "Срок"],
  expected: ["Күтүлүүчү натыйжа", "Ожидаемый результат", "Expected result"],
  reference: ["Документ / эскертүү", "Документ / примечание", "Document / note"],
  spent: ["Сарпталды, сом"],
  source: ["Булагы", "Источник", "Source"],
  date: ["Күнү"],
};

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Every header a column has had, current in every language and former: for reading older templates. */
export function columnHeaders(key: keyof TemplateLabels["columns"]): string[] {
  return [...Object.values(templateLabels).map((l) => l.columns[key]), ...(formerColumns[key] ?? [])];
}

/** True when a header text is one the column has (or had) in any language. */
export function isColumnHeader(key: keyof TemplateLabels["columns"], text: string): boolean {
  return columnHeaders(key).some((h) => same(h, text));
}

/** The value whose label (current in any language, former, or the value itself) a clerk typed or pasted. */
function fromLabel<T extends string>(
  text: string,
  current: (l: TemplateLabels) => Record<T, string>,
  former: Partial<Record<T, string[]>>,
): T | undefined {
  const t = text.trim();
  for (const labels of Object.values(templateLabels))
    for (const [value, label] of Object.entries(current(labels)) as [T, string][])
      if (same(label, t) || value === t.toLowerCase()) return value;
  for (const [value, labels] of Object.entries(former) as [T, string[]][])
    if (labels.some((l) => same(l, t))) return value;
  return undefined;
}

/** Every label of a status in every language (and its former labels), for reading what a clerk typed. */
export function statusFromLabel(text: string): MeasureStatus | undefined {
  return fromLabel(text, (l) => l.statuses, formerLabels.statuses);
}

/** Every label of a funding source in every language (and its former labels). */
export function sourceFromLabel(text: string): SpendingSource | undefined {
  return fromLabel(text, (l) => l.sources, formerLabels.sources);
}

/** Yes or no in any language (and former labels). */
export function yesNoFromLabel(text: string): boolean | undefined {
  const t = text.trim();
  for (const labels of Object.values(templateLabels)) {
    if (same(labels.yes, t)) return true;
    if (same(labels.no, t)) return false;
  }
  if (formerLabels.yes.some((l) => same(l, t))) return true;
  if (formerLabels.no.some((l) => same(l, t))) return false;
  return undefined;
}

/** The language whose labels hold this exact template text (for callers that do not pass one). */
function languageOf(template: string): Language {
  for (const [lang, labels] of Object.entries(templateLabels) as [Language, TemplateLabels][])
    if (labels.title === template || labels.task === template) return lang;
  return "en";
}

/**
 * Fills a label template (ICU: `{period, period}` is written in words) in the label's language. A title
 * without a `plan` value names the embedded plan; pass `plan` (the plan's `title` in the language) for another.
 * @example fill(templateLabels.ru.title, { agency: "БИМ", period: "2019-H2" }, "ru")
 */
export function fill(template: string, params: Record<string, string>, lang?: Language): string {
  const language = lang ?? languageOf(template);
  const plan = params.plan ?? defaultPlan.title[language] ?? defaultPlan.title.ky;
  return formatText(template, { plan, ...params }, language);
}
