import type { Language, MeasureStatus, SpendingSource, IndicatorKind } from "../schema";

/** Texts of the template a clerk reads, in the three interface languages. Plan texts stay Kyrgyz. */
export interface TemplateLabels {
  sheets: { report: string; instructions: string; lists: string; identity: string };
  title: string; // "{agency} — {period}"
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
    | "link"
    | "obstacles",
    string
  >;
  errors: { title: string; list: string; number: string; date: string; length: string };
  instructions: string[];
  statusHelp: string;
}

const ky: TemplateLabels = {
  sheets: { report: "Отчет", instructions: "Нускама", lists: "Тизмелер", identity: "_tendik" },
  title: "{agency}: {period} мезгили үчүн иш-аракеттердин улуттук планынын аткарылышы жөнүндө отчет",
  preparedBy: {
    name: "Даярдаган (аты-жөнү)",
    position: "Кызматы",
    phone: "Телефон",
    email: "Электрондук почта",
    date: "Күнү",
  },
  groups: {
    plan: "Пландан (өзгөртүүгө болбойт)",
    progress: "Аткарылышы",
    indicator: "Индикатордун мааниси",
    money: "Сарпталган каражат",
    evidence: "Тастыктоочу документ",
  },
  columns: {
    measure: "№",
    text: "Чара",
    indicator: "Индикатор",
    unit: "Мааниси",
    deadline: "Мөөнөтү",
    expected: "Күтүлүүчү натыйжа",
    partners: "Бирге аткаруучулар",
    status: "Абалы",
    narrative: "Эмне жасалды",
    value: "Маани",
    women: "Аялдар",
    men: "Эркектер",
    total: "Бардыгы",
    reference: "Документ / эскертүү",
    spent: "Сарпталды, сом",
    source: "Булагы",
    document: "Документтин № жана аталышы",
    date: "Күнү",
    link: "Шилтеме",
    obstacles: "Тоскоолдуктар",
  },
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
  statuses: {
    "not-started": "Башталган жок",
    "in-progress": "Аткарылууда",
    completed: "Аткарылды",
    suspended: "Токтотулду",
    cancelled: "Жокко чыгарылды",
  },
  statusMeanings: {
    "not-started":
      "отчеттук мезгилдин аягына чейин иш башталган жок; маанилерди жазбаңыз, тоскоолдуктарды түшүндүрүңүз",
    "in-progress": "иш жүрүп жатат, бирок чара толук аткарыла элек",
    completed: "чара толук аткарылды; тастыктоочу документ милдеттүү",
    suspended: "иш убактылуу токтотулду; себебин тоскоолдуктарда жазыңыз",
    cancelled: "чара аткарылбайт (мисалы, башка программага өткөрүлдү); себебин жазыңыз",
  },
  sources: {
    "republican-budget": "Республикалык бюджет",
    "local-budget": "Жергиликтүү бюджет",
    "international-organizations": "Эл аралык уюмдар",
    other: "Башка булак",
  },
  yes: "Ооба",
  no: "Жок",
  prompts: {
    status: "Тизмеден тандаңыз.",
    narrative: "Отчеттук мезгилде эмне жасалганын кыскача жазыңыз.",
    count: "Бүтүн сан, 0 же андан көп.",
    people: "Адамдардын саны, бүтүн сан.",
    percent: "Пайыз, 0дон 100гө чейин.",
    amount: "Сом менен сумма.",
    document: "Ооба же Жок.",
    text: "Текст.",
    reference: "Документтин номери же кыскача эскертүү.",
    spent: "Отчеттук мезгилде сарпталган сумма, сом.",
    source: "Каражаттын булагын тизмеден тандаңыз.",
    evidence: "Тастыктоочу документтин номери жана аталышы.",
    date: "Документтин күнү, мисалы 25.12.2019.",
    link: "https:// менен башталган шилтеме.",
    obstacles: "Аткарууга эмне тоскоол болду.",
  },
  errors: {
    title: "Туура эмес маани",
    list: "Тизмеден тандаңыз.",
    number: "Туура сан жазыңыз.",
    date: "Туура күн жазыңыз.",
    length: "Текст өтө узун.",
  },
  instructions: [
    "Бул китеп сиздин мекемеңиз жооптуу болгон чаралар боюнча отчет үчүн.",
    "1. «Отчет» барагынын жогору жагында отчетту ким даярдаганын толтуруңуз.",
    "2. Ар бир чара үчүн абалын тизмеден тандап, эмне жасалганын жазыңыз.",
    "3. Индикатордун маанисин ар бир индикатордун сабына жазыңыз. Адамдар саналса, аялдарды жана эркектерди өзүнчө жазыңыз; бардыгы өзү эсептелет.",
    "4. Сарпталган каражатты жана анын булагын, тастыктоочу документти (№, күнү, шилтеме) жана тоскоолдуктарды көрсөтүңүз.",
    "5. Боз уячалар пландан алынган, аларды өзгөртүүгө болбойт. Саптарды жана мамычаларды кошпоңуз, өчүрбөңүз жана жылдырбаңыз.",
    "6. Жөнөтүүдөн мурун Tendik менен текшериңиз: ар бир ката өз уячасын көрсөтөт.",
    "Суроолор боюнча: гендердик саясатты координациялоочу министрлик (ЭСӨМ).",
  ],
  statusHelp: "Абалдар:",
};

const ru: TemplateLabels = {
  sheets: { report: "Отчет", instructions: "Инструкция", lists: "Списки", identity: "_tendik" },
  title: "{agency}: отчет о выполнении Национального плана действий за период {period}",
  preparedBy: {
    name: "Подготовил (ФИО)",
    position: "Должность",
    phone: "Телефон",
    email: "Электронная почта",
    date: "Дата",
  },
  groups: {
    plan: "Из плана (не изменять)",
    progress: "Выполнение",
    indicator: "Значение индикатора",
    money: "Израсходовано",
    evidence: "Подтверждающий документ",
  },
  columns: {
    measure: "№",
    text: "Мероприятие",
    indicator: "Индикатор",
    unit: "Значение",
    deadline: "Срок",
    expected: "Ожидаемый результат",
    partners: "Соисполнители",
    status: "Статус",
    narrative: "Что сделано",
    value: "Значение",
    women: "Женщины",
    men: "Мужчины",
    total: "Всего",
    reference: "Документ / примечание",
    spent: "Израсходовано, сом",
    source: "Источник",
    document: "№ и название документа",
    date: "Дата",
    link: "Ссылка",
    obstacles: "Препятствия",
  },
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
  statuses: {
    "not-started": "Не начато",
    "in-progress": "В процессе",
    completed: "Выполнено",
    suspended: "Приостановлено",
    cancelled: "Отменено",
  },
  statusMeanings: {
    "not-started": "к концу отчетного периода работа не начата; значения не вносите, объясните препятствия",
    "in-progress": "работа идет, но мероприятие еще не выполнено полностью",
    completed: "мероприятие выполнено полностью; подтверждающий документ обязателен",
    suspended: "работа временно приостановлена; причину укажите в препятствиях",
    cancelled: "мероприятие не будет выполняться (например, передано в другую программу); укажите причину",
  },
  sources: {
    "republican-budget": "Республиканский бюджет",
    "local-budget": "Местный бюджет",
    "international-organizations": "Международные организации",
    other: "Другой источник",
  },
  yes: "Да",
  no: "Нет",
  prompts: {
    status: "Выберите из списка.",
    narrative: "Кратко опишите, что сделано за отчетный период.",
    count: "Целое число, 0 или больше.",
    people: "Число людей, целое.",
    percent: "Процент, от 0 до 100.",
    amount: "Сумма в сомах.",
    document: "Да или Нет.",
    text: "Текст.",
    reference: "Номер документа или краткое примечание.",
    spent: "Сумма, израсходованная за отчетный период, сом.",
    source: "Выберите источник средств из списка.",
    evidence: "Номер и название подтверждающего документа.",
    date: "Дата документа, например 25.12.2019.",
    link: "Ссылка, начинающаяся с https://.",
    obstacles: "Что помешало выполнению.",
  },
  errors: {
    title: "Неверное значение",
    list: "Выберите значение из списка.",
    number: "Введите правильное число.",
    date: "Введите правильную дату.",
    length: "Слишком длинный текст.",
  },
  instructions: [
    "Эта книга предназначена для отчета по мероприятиям, за которые отвечает ваше ведомство.",
    "1. Вверху листа «Отчет» укажите, кто подготовил отчет.",
    "2. Для каждого мероприятия выберите статус из списка и опишите, что сделано.",
    "3. Значение индикатора вводится в строке каждого индикатора. Если считаются люди, укажите женщин и мужчин отдельно; «Всего» считается само.",
    "4. Укажите израсходованные средства и их источник, подтверждающий документ (№, дата, ссылка) и препятствия.",
    "5. Серые ячейки взяты из плана и не изменяются. Не добавляйте, не удаляйте и не перемещайте строки и столбцы.",
    "6. Перед отправкой проверьте отчет в Tendik: каждая ошибка указывает на свою ячейку.",
    "По вопросам: министерство, координирующее гендерную политику (МТСР, ЭСӨМ).",
  ],
  statusHelp: "Статусы:",
};

const en: TemplateLabels = {
  sheets: { report: "Report", instructions: "Instructions", lists: "Lists", identity: "_tendik" },
  title: "{agency}: report on the National Action Plan for {period}",
  preparedBy: { name: "Prepared by (name)", position: "Position", phone: "Phone", email: "E-mail", date: "Date" },
  groups: {
    plan: "From the plan (do not edit)",
    progress: "Progress",
    indicator: "Indicator value",
    money: "Money spent",
    evidence: "Evidence",
  },
  columns: {
    measure: "No.",
    text: "Measure",
    indicator: "Indicator",
    unit: "Value is",
    deadline: "Deadline",
    expected: "Expected result",
    partners: "Co-executors",
    status: "Status",
    narrative: "What was done",
    value: "Value",
    women: "Women",
    men: "Men",
    total: "Total",
    reference: "Document / note",
    spent: "Spent, som",
    source: "Source",
    document: "Document no. and title",
    date: "Date",
    link: "Link",
    obstacles: "Obstacles",
  },
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
  statuses: {
    "not-started": "Not started",
    "in-progress": "In progress",
    completed: "Completed",
    suspended: "Suspended",
    cancelled: "Cancelled",
  },
  statusMeanings: {
    "not-started": "no work had begun by the end of the period; leave the values empty and explain the obstacles",
    "in-progress": "work is under way but the measure is not yet fully done",
    completed: "the measure is fully done; the supporting document is required",
    suspended: "work is paused; give the reason under obstacles",
    cancelled: "the measure will not be carried out (e.g. moved to another programme); give the reason",
  },
  sources: {
    "republican-budget": "Republican budget",
    "local-budget": "Local budget",
    "international-organizations": "International organisations",
    other: "Other source",
  },
  yes: "Yes",
  no: "No",
  prompts: {
    status: "Pick from the list.",
    narrative: "Briefly, what was done in the reporting period.",
    count: "A whole number, 0 or more.",
    people: "Number of people, a whole number.",
    percent: "A percentage from 0 to 100.",
    amount: "An amount in som.",
    document: "Yes or No.",
    text: "Text.",
    reference: "Document number or a short note.",
    spent: "Money spent in the period, in som.",
    source: "Pick the source of the money from the list.",
    evidence: "Number and title of the supporting document.",
    date: "Date of the document, such as 25.12.2019.",
    link: "A link starting with https://.",
    obstacles: "What stood in the way.",
  },
  errors: {
    title: "Invalid value",
    list: "Pick a value from the list.",
    number: "Type a valid number.",
    date: "Type a valid date.",
    length: "The text is too long.",
  },
  instructions: [
    "This workbook is for reporting on the measures your agency is responsible for.",
    "1. At the top of the Report sheet, fill in who prepared the report.",
    "2. For each measure, pick its status from the list and describe what was done.",
    "3. Type each indicator's value on that indicator's row. Where people are counted, give women and men separately; the total is computed.",
    "4. Give the money spent and its source, the supporting document (number, date, link) and any obstacles.",
    "5. Grey cells come from the plan and cannot be edited. Do not add, delete or move rows or columns.",
    "6. Before sending, check the report with Tendik: every problem points to its cell.",
    "Questions: the ministry coordinating gender policy (ЭСӨМ).",
  ],
  statusHelp: "Statuses:",
};

export const templateLabels: Record<Language, TemplateLabels> = { ky, ru, en };

/** Every label of a status in every language, for reading what a clerk typed or pasted. */
export function statusFromLabel(text: string): MeasureStatus | undefined {
  const t = text.trim().toLowerCase();
  for (const labels of Object.values(templateLabels))
    for (const [status, label] of Object.entries(labels.statuses))
      if (label.toLowerCase() === t || status === t) return status as MeasureStatus;
  return undefined;
}

export function sourceFromLabel(text: string): SpendingSource | undefined {
  const t = text.trim().toLowerCase();
  for (const labels of Object.values(templateLabels))
    for (const [source, label] of Object.entries(labels.sources))
      if (label.toLowerCase() === t || source === t) return source as SpendingSource;
  return undefined;
}

export function yesNoFromLabel(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  for (const labels of Object.values(templateLabels)) {
    if (labels.yes.toLowerCase() === t) return true;
    if (labels.no.toLowerCase() === t) return false;
  }
  return undefined;
}

export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);
}
