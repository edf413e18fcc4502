/** Texts of the coordinator's outputs (consolidated report, status, returned copy, open data) in ky, ru and en. */
import { formatText, type Language } from "../../schema";

export interface CoordinatorLabels {
  report: {
    title: string;
    periodLine: string;
    /** Shown when an annual period joins the half-years. */
    joins: string;
    generated: string;
    toc: string;
    summary: string;
    summaryNote: string;
    chartTitle: string;
    contents: string;
    chapter: string;
    goal: string;
    task: string;
    measure: string;
    deadline: string;
    responsible: string;
    byAgreement: string;
    notReported: string;
    noReportFor: string;
    status: string;
    narrative: string;
    values: string;
    spending: string;
    documents: string;
    obstacles: string;
    overdue: string;
    page: string;
    total: string;
    measures: string;
    reportedMeasures: string;
    reports: string;
    completed: string;
    inProgress: string;
    notStarted: string;
    otherStatus: string;
    bodies: string;
    bodiesReported: string;
    bodiesMissing: string;
  };
  status: {
    agency: string;
    name: string;
    period: string;
    state: string;
    file: string;
    received: string;
    overdue: string;
    contact: string;
    position: string;
    phone: string;
    email: string;
    preparedOn: string;
    noContact: string;
    overdueTitle: string;
    totals: string;
  };
  returned: {
    sheet: string;
    title: string;
    intro: string;
    no: string;
    severity: string;
    where: string;
    message: string;
    code: string;
    none: string;
  };
}

const ky: CoordinatorLabels = {
  report: {
    title: "Иш-аракеттердин улуттук планынын аткарылышы жөнүндө жыйынтык отчет",
    periodLine: "Отчеттук мезгил: {period, period}",
    joins: "Жылдык отчет эки жарым жылдыкты бириктирет: {periods}",
    generated: "Tendik тарабынан жыйынтык китебинен түзүлдү",
    toc: "Мазмуну",
    summary: "Жыйынтык",
    summaryNote:
      "Бир органдын бир чара боюнча отчету бир жолу эсептелет; мөөнөтү өткөн: аткарыла элек, мөөнөтү отчеттук мезгилдин аягына чейин өткөн.",
    chartTitle: "Главалар боюнча аткарылышы",
    contents: "Чаралардын аткарылышы",
    chapter: "Глава",
    goal: "Максат",
    task: "Милдет",
    measure: "Чара",
    deadline: "Мөөнөтү",
    responsible: "Жооптуу аткаруучулар",
    byAgreement: "макулдашуу боюнча",
    notReported: "отчет берген жок",
    noReportFor: "{period} үчүн отчет жок",
    status: "Абалы",
    narrative: "Эмне жасалды",
    values: "Индикаторлор",
    spending: "Сарпталган каражат",
    documents: "Документтер",
    obstacles: "Тоскоолдуктар",
    overdue: "мөөнөтү өттү",
    page: "Барак",
    total: "Бардыгы",
    measures: "Чаралар",
    reportedMeasures: "Отчет берилген чаралар",
    reports: "Отчеттор",
    completed: "Аткарылды",
    inProgress: "Аткарылууда",
    notStarted: "Башталган жок",
    otherStatus: "Токтотулду / жокко чыгарылды",
    bodies: "Отчет бериши керек болгон органдар",
    bodiesReported: "Отчет бергендер",
    bodiesMissing: "Отчет бербегендер",
  },
  status: {
    agency: "Орган",
    name: "Аталышы",
    period: "Мезгил",
    state: "Абалы",
    file: "Файл",
    received: "Келген убакыт",
    overdue: "Мөөнөтү өткөн чаралар",
    contact: "Даярдаган",
    position: "Кызматы",
    phone: "Телефон",
    email: "Электрондук почта",
    preparedOn: "Күнү",
    noContact: "байланыш маалыматы жок",
    overdueTitle: "Мөөнөтү өткөн чаралар",
    totals: "Бардыгы",
  },
  returned: {
    sheet: "Оңдоо үчүн",
    title: "Файл оңдоо үчүн кайтарылды",
    intro:
      "Төмөнкү маселелерди оңдоп, файлды кайра жөнөтүңүз. Ар бир маселе өз уячасында белгиленген (түс жана эскертме).",
    no: "№",
    severity: "Деңгээли",
    where: "Кайда",
    message: "Эмне оңдоо керек",
    code: "Код",
    none: "Маселе табылган жок.",
  },
};

const ru: CoordinatorLabels = {
  report: {
    title: "Сводный отчет о выполнении Национального плана действий",
    periodLine: "Отчетный период: {period, period}",
    joins: "Годовой отчет объединяет оба полугодия: {periods}",
    generated: "Составлен Tendik по сводной книге",
    toc: "Содержание",
    summary: "Итоги",
    summaryNote:
      "Отчет одного ведомства по одному мероприятию считается один раз; просрочено: не выполнено, срок истек к концу отчетного периода.",
    chartTitle: "Выполнение по главам",
    contents: "Выполнение мероприятий",
    chapter: "Глава",
    goal: "Цель",
    task: "Задача",
    measure: "Мероприятие",
    deadline: "Срок",
    responsible: "Ответственные исполнители",
    byAgreement: "по согласованию",
    notReported: "не представил отчет",
    noReportFor: "нет отчета за {period}",
    status: "Статус",
    narrative: "Что сделано",
    values: "Индикаторы",
    spending: "Израсходовано",
    documents: "Документы",
    obstacles: "Препятствия",
    overdue: "просрочено",
    page: "Стр.",
    total: "Всего",
    measures: "Мероприятия",
    reportedMeasures: "Мероприятия с отчетом",
    reports: "Отчеты",
    completed: "Выполнено",
    inProgress: "Выполняется",
    notStarted: "Не начато",
    otherStatus: "Приостановлено / отменено",
    bodies: "Ведомства, обязанные отчитаться",
    bodiesReported: "Представили отчет",
    bodiesMissing: "Не представили отчет",
  },
  status: {
    agency: "Ведомство",
    name: "Наименование",
    period: "Период",
    state: "Состояние",
    file: "Файл",
    received: "Получен",
    overdue: "Просроченные мероприятия",
    contact: "Исполнитель",
    position: "Должность",
    phone: "Телефон",
    email: "Эл. почта",
    preparedOn: "Дата",
    noContact: "нет контактных данных",
    overdueTitle: "Просроченные мероприятия",
    totals: "Итого",
  },
  returned: {
    sheet: "На исправление",
    title: "Файл возвращен на исправление",
    intro:
      "Исправьте перечисленное ниже и направьте файл повторно. Каждая проблема отмечена в своей ячейке (заливкой и примечанием).",
    no: "№",
    severity: "Уровень",
    where: "Где",
    message: "Что исправить",
    code: "Код",
    none: "Проблем не найдено.",
  },
};

const en: CoordinatorLabels = {
  report: {
    title: "Consolidated report on the implementation of the National Action Plan",
    periodLine: "Reporting period: {period, period}",
    joins: "The annual report joins both half-years: {periods}",
    generated: "Compiled by Tendik from the master workbook",
    toc: "Contents",
    summary: "Summary",
    summaryNote:
      "Each body's report on a measure counts once; overdue: not completed although the deadline passed by the end of the period.",
    chartTitle: "Progress by chapter",
    contents: "Implementation by measure",
    chapter: "Chapter",
    goal: "Goal",
    task: "Task",
    measure: "Measure",
    deadline: "Deadline",
    responsible: "Responsible bodies",
    byAgreement: "by agreement",
    notReported: "did not report",
    noReportFor: "no report for {period}",
    status: "Status",
    narrative: "What was done",
    values: "Indicators",
    spending: "Money spent",
    documents: "Documents",
    obstacles: "Obstacles",
    overdue: "overdue",
    page: "Page",
    total: "Total",
    measures: "Measures",
    reportedMeasures: "Measures reported on",
    reports: "Reports",
    completed: "Completed",
    inProgress: "In progress",
    notStarted: "Not started",
    otherStatus: "Suspended / cancelled",
    bodies: "Bodies expected to report",
    bodiesReported: "Reported",
    bodiesMissing: "Did not report",
  },
  status: {
    agency: "Body",
    name: "Name",
    period: "Period",
    state: "State",
    file: "File",
    received: "Received",
    overdue: "Overdue measures",
    contact: "Prepared by",
    position: "Position",
    phone: "Phone",
    email: "E-mail",
    preparedOn: "Date",
    noContact: "no contact details",
    overdueTitle: "Overdue measures",
    totals: "Total",
  },
  returned: {
    sheet: "To correct",
    title: "File returned for correction",
    intro:
      "Correct what is listed below and send the file again. Each problem is marked at its cell (a fill and a note).",
    no: "No.",
    severity: "Severity",
    where: "Where",
    message: "What to correct",
    code: "Code",
    none: "No problems found.",
  },
};

export const coordinatorLabels: Record<Language, CoordinatorLabels> = { ky, ru, en };

/** Fills a label (ICU, as every text: `{period, period}` in words) in its language. */
export function fill(template: string, params: Record<string, string | number>, lang: Language): string {
  return formatText(template, params, lang);
}
