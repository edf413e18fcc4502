/**
 * The words of the consolidated report as an official document (first page, summary, indicators, annexes,
 * notes, signature) in ky, ru and en. ICU messages: numbers, periods and plurals are filled in the reader's
 * language by `fill`. The words the master shares with the report stay in labels.ts.
 */
import type { Language, Verdict } from "../../schema";

export interface ReportWords {
  /** The outgoing reference: number and date, blank lines when not given. */
  reference: string;
  blankNumber: string;
  blankDate: string;
  /** The title's period line. */
  forPeriod: string;
  summaryHeading: string;
  /** The headline's start: of all measures, how many were completed; `share` is written out ("30,8 %"). */
  headline: string;
  /** The headline goes on with each other verdict that some measure has, `{n}` measures. */
  headlineParts: Record<Exclude<Verdict, "completed">, string>;
  /** Under the title, when the plan's texts in the report's language are our working translation. */
  translation: string;
  changeSince: string;
  firstPeriod: string;
  noChange: string;
  bodiesLine: string;
  bodiesAll: string;
  tableCaption: string;
  tableNote: string;
  measuresRow: string;
  shareRow: string;
  chapterShort: string;
  goalShort: string;
  taskShort: string;
  total: string;
  timeChartTitle: string;
  chapterChartTitle: string;
  chapterNames: string;
  detailsHeading: string;
  verdict: string;
  disagreement: string;
  bodyStatuses: string;
  noReport: string;
  indicators: string;
  indicator: string;
  body: string;
  value: string;
  women: string;
  men: string;
  peopleTotal: string;
  totalRow: string;
  noValues: string;
  yes: string;
  no: string;
  /** Units of an indicator whose plan gives none, by kind. */
  units: Record<"people" | "count" | "percent" | "amount", string>;
  annexMeasures: string;
  annexBodies: string;
  annexNo: string;
  measureColumn: string;
  bodyName: string;
  bodyShort: string;
  bodyMeasures: string;
  noneMissing: string;
  notesHeading: string;
  rule: string[];
  signaturePosition: string;
  signatureName: string;
  /** Text of the running head (pages after the first). */
  runningHead: string;
}

const ky: ReportWords = {
  reference: "{date} № {number}",
  blankNumber: "________",
  blankDate: "______________",
  forPeriod: "{period, period} боюнча",
  summaryHeading: "1. Кыскача жыйынтык",
  headline: "{period, period} боюнча Пландын {total} чарасынын {completed} чарасы аткарылды ({share})",
  headlineParts: {
    "in-progress": "{n} чарасы аткарылууда",
    "not-started": "{n} чарасы башталган жок",
    overdue: "{n} чарасынын мөөнөтү өттү",
    suspended: "{n} чарасы токтотулду",
    cancelled: "{n} чарасы жокко чыгарылды",
    "not-reported": "{n} чарасы боюнча отчет берилген жок",
  },
  translation: "Пландын кыргызча тексттеринин айрымдары – жумушчу котормо, расмий текст эмес.",
  changeSince: "Мурунку мезгил ({previous, period}) менен салыштырганда: {changes}.",
  noChange: "өзгөрүү жок",
  firstPeriod: "Бул отчеттор келген биринчи отчеттук мезгил: мурунку мезгил менен салыштыруу жок.",
  bodiesLine:
    "Отчет бериши керек болгон {bodies} органдын {reported} органы отчет берди, {missing} органы отчет берген жок (2-тиркеме).",
  bodiesAll: "Отчет бериши керек болгон {bodies} органдын баары отчет берди.",
  tableCaption: "Главалар боюнча чаралардын аткарылышы (чаралардын саны)",
  tableNote:
    "Таблица органдардын отчетторун эмес, чараларды эсептейт: ар бир чаранын мезгил үчүн бир баасы бар (баалоо эрежеси эскертүүлөрдө). Аткарылган чаралардын үлүшү = аткарылган чаралар ÷ чаралардын саны.",
  measuresRow: "Пландагы чаралар",
  shareRow: "Аткарылган чаралардын үлүшү, %",
  chapterShort: "{n}-глава",
  goalShort: "{n}-максат",
  taskShort: "{n}-милдет",
  total: "Бардыгы",
  timeChartTitle: "Мезгилдер боюнча чаралардын аткарылышы (чаралардын саны)",
  chapterChartTitle: "Главалар боюнча чаралардын аткарылышы (чаралардын саны)",
  chapterNames: "Главалар:",
  detailsHeading: "2. Чаралардын аткарылышы",
  verdict: "Баа",
  disagreement: "органдардын абалдары ар башка",
  bodyStatuses: "органдардын абалдары",
  noReport: "отчет жок",
  indicators: "Индикаторлор",
  indicator: "Индикатор, өлчөм бирдиги",
  body: "Орган",
  value: "Мааниси",
  women: "Аялдар",
  men: "Эркектер",
  peopleTotal: "Бардыгы",
  totalRow: "Бардыгы",
  noValues: "маалымат берилген жок",
  yes: "ооба",
  no: "жок",
  units: { people: "адам", count: "бирдик", percent: "%", amount: "сом" },
  annexMeasures: "1-тиркеме. Бардык чаралардын баалары",
  annexBodies: "2-тиркеме. Отчет бербеген органдар",
  annexNo: "№",
  measureColumn: "Чара",
  bodyName: "Органдын аталышы",
  bodyShort: "Кыскача",
  bodyMeasures: "Чаралар",
  noneMissing: "Бардык органдар отчет берди.",
  notesHeading: "Эскертүүлөр: чаранын баасы кантип аныкталат",
  rule: [
    "Отчет берилген жок: мезгил үчүн бир да жооптуу орган чара боюнча отчет берген жок.",
    "Жокко чыгарылды: отчет берген бардык органдар «жокко чыгарылды» дешти; токтотулду: баары «токтотулду» же «жокко чыгарылды» дешти.",
    "Аткарылды: негизги аткаруучу (план атаган, макулдашуу боюнча эмес, биринчи орган) чараны аткарылды деп, далилин (документ же шилтеме) берди, отчет берген башка органдардын баары да аткарылды дешти.",
    "Мөөнөтү өткөн: аткарылган жок (3-эреже боюнча), мөөнөтү мезгилдин аягына чейин өттү.",
    "Аткарылууда: кайсы бир орган аткарылууда же аткарылды деди.",
    "Башталган жок: калган учурлар.",
  ],
  signaturePosition: "(кызматы)",
  signatureName: "(аты-жөнү)",
  runningHead: "{title} — {period, period}",
};

const ru: ReportWords = {
  reference: "№ {number} от {date}",
  blankNumber: "________",
  blankDate: "______________",
  forPeriod: "за {period, period}",
  summaryHeading: "1. Краткие итоги",
  headline:
    "{total, plural, one {Из # мероприятия} other {Из # мероприятий}} Плана за {period, period} выполнено {completed} ({share})",
  headlineParts: {
    "in-progress": "выполняется {n}",
    "not-started": "не начато {n}",
    overdue: "просрочено {n}",
    suspended: "приостановлено {n}",
    cancelled: "отменено {n}",
    "not-reported": "по {n} нет отчетов",
  },
  translation: "Тексты плана на русском языке – рабочий перевод, а не официальный текст.",
  changeSince: "По сравнению с предыдущим периодом ({previous, period}): {changes}.",
  noChange: "без изменений",
  firstPeriod: "Это первый отчетный период, за который поступили отчеты: сравнения с предыдущим периодом нет.",
  bodiesLine:
    "Из {bodies} ведомств, обязанных отчитаться, отчеты представили {reported}, не представили {missing} (приложение 2).",
  bodiesAll: "Отчеты представили все {bodies} ведомств, обязанных отчитаться.",
  tableCaption: "Выполнение мероприятий по главам (число мероприятий)",
  tableNote:
    "Таблица считает мероприятия, а не отчеты ведомств: у каждого мероприятия одна оценка за период (правило оценки — в примечаниях). Доля выполненных = выполненные мероприятия ÷ число мероприятий.",
  measuresRow: "Мероприятий в плане",
  shareRow: "Доля выполненных, %",
  chapterShort: "Глава {n}",
  goalShort: "Цель {n}",
  taskShort: "Задача {n}",
  total: "Всего",
  timeChartTitle: "Выполнение мероприятий по периодам (число мероприятий)",
  chapterChartTitle: "Выполнение мероприятий по главам (число мероприятий)",
  chapterNames: "Главы:",
  detailsHeading: "2. Выполнение мероприятий",
  verdict: "Оценка",
  disagreement: "статусы ведомств расходятся",
  bodyStatuses: "статусы ведомств",
  noReport: "нет отчета",
  indicators: "Индикаторы",
  indicator: "Индикатор, единица",
  body: "Ведомство",
  value: "Значение",
  women: "Женщины",
  men: "Мужчины",
  peopleTotal: "Всего",
  totalRow: "Итого",
  noValues: "данные не представлены",
  yes: "да",
  no: "нет",
  units: { people: "человек", count: "единиц", percent: "%", amount: "сом" },
  annexMeasures: "Приложение 1. Оценки всех мероприятий",
  annexBodies: "Приложение 2. Ведомства, не представившие отчет",
  annexNo: "№",
  measureColumn: "Мероприятие",
  bodyName: "Наименование ведомства",
  bodyShort: "Сокращение",
  bodyMeasures: "Мероприятий",
  noneMissing: "Все ведомства представили отчеты.",
  notesHeading: "Примечание: как оценивается мероприятие",
  rule: [
    "Нет отчетов: ни одно ответственное ведомство не представило отчет по мероприятию за период.",
    "Отменено: все отчитавшиеся ведомства указали «отменено»; приостановлено: все указали «приостановлено» или «отменено».",
    "Выполнено: головной исполнитель (первое названное планом ведомство, отчитывающееся не «по согласованию») указал «выполнено» и привел подтверждение (документ или ссылку), и все остальные отчитавшиеся ведомства также указали «выполнено».",
    "Просрочено: не выполнено (по пункту 3), и срок истек к концу периода.",
    "Выполняется: какое-либо ведомство указало «выполняется» или «выполнено».",
    "Не начато: в остальных случаях.",
  ],
  signaturePosition: "(должность)",
  signatureName: "(Ф. И. О.)",
  runningHead: "{title} — {period, period}",
};

const en: ReportWords = {
  reference: "No. {number} of {date}",
  blankNumber: "________",
  blankDate: "______________",
  forPeriod: "for {half, select, yes {the } other {}}{period, period}",
  summaryHeading: "1. Summary",
  headline:
    "Of the Plan's {total} measures, {completed} ({share}) {completed, plural, one {was} other {were}} completed in {half, select, yes {the } other {}}{period, period}",
  headlineParts: {
    "in-progress": "{n} {n, plural, one {is} other {are}} in progress",
    "not-started": "{n} not started",
    overdue: "{n} overdue",
    suspended: "{n} suspended",
    cancelled: "{n} cancelled",
    "not-reported": "{n} not reported on",
  },
  translation: "The plan's English texts are a working translation, not an official text.",
  changeSince: "Compared with the previous period ({previous, period}): {changes}.",
  noChange: "no change",
  firstPeriod: "This is the first reporting period with reports: there is no previous period to compare with.",
  bodiesLine: "Of the {bodies} bodies due to report, {reported} reported and {missing} did not (Annex 2).",
  bodiesAll: "All {bodies} bodies due to report reported.",
  tableCaption: "Measures by verdict and chapter (number of measures)",
  tableNote:
    "The table counts measures, not the bodies' reports: each measure has one verdict for the period (the rule is in the notes). Share completed = completed measures ÷ number of measures.",
  measuresRow: "Measures in the Plan",
  shareRow: "Share completed, %",
  chapterShort: "Chapter {n}",
  goalShort: "Goal {n}",
  taskShort: "Task {n}",
  total: "Total",
  timeChartTitle: "Measures by verdict over time (number of measures)",
  chapterChartTitle: "Measures by verdict and chapter (number of measures)",
  chapterNames: "Chapters:",
  detailsHeading: "2. Implementation by measure",
  verdict: "Verdict",
  disagreement: "the bodies' statuses differ",
  bodyStatuses: "the bodies' statuses",
  noReport: "no report",
  indicators: "Indicators",
  indicator: "Indicator, unit",
  body: "Body",
  value: "Value",
  women: "Women",
  men: "Men",
  peopleTotal: "Total",
  totalRow: "Total",
  noValues: "no data reported",
  yes: "yes",
  no: "no",
  units: { people: "people", count: "number", percent: "%", amount: "som" },
  annexMeasures: "Annex 1. Verdicts of all measures",
  annexBodies: "Annex 2. Bodies that did not report",
  annexNo: "No.",
  measureColumn: "Measure",
  bodyName: "Name of the body",
  bodyShort: "Short name",
  bodyMeasures: "Measures",
  noneMissing: "All bodies reported.",
  notesHeading: "Note: how a measure's verdict is reached",
  rule: [
    "Not reported: no responsible body reported on the measure for the period.",
    "Cancelled: every body that reported says cancelled; suspended: every one says suspended or cancelled.",
    "Completed: the lead executor (the first body the plan names that reports on its own account, not by agreement) reported it completed with its evidence (a document or a link), and every other body that reported says completed too.",
    "Overdue: not completed (by rule 3), and the deadline passed by the end of the period.",
    "In progress: some body reported it in progress or completed.",
    "Not started: otherwise.",
  ],
  signaturePosition: "(position)",
  signatureName: "(name)",
  runningHead: "{title} — {period, period}",
};

export const reportWords: Record<Language, ReportWords> = { ky, ru, en };
