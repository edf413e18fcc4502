/** Texts of the coordinator's outputs (consolidated report, status, returned copy, open data) in ky, ru and en. */
import { formatText, type Language } from "../../schema";

export interface CoordinatorLabels {
  report: {
    title: string;
    /** Shown when an annual period joins the half-years. */
    joins: string;
    toc: string;
    deadline: string;
    responsible: string;
    byAgreement: string;
    status: string;
    narrative: string;
    spending: string;
    documents: string;
    obstacles: string;
    overdue: string;
    page: string;
    completed: string;
    inProgress: string;
    notStarted: string;
    otherStatus: string;
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
    joins: "Жылдык отчет эки жарым жылдыкты бириктирет: {periods}",
    toc: "Мазмуну",
    deadline: "Мөөнөтү",
    responsible: "Жооптуу аткаруучулар",
    byAgreement: "макулдашуу боюнча",
    status: "Абалы",
    narrative: "Эмне жасалды",
    spending: "Сарпталган каражат",
    documents: "Документтер",
    obstacles: "Тоскоолдуктар",
    overdue: "мөөнөтү өттү",
    page: "Барак",
    completed: "Аткарылды",
    inProgress: "Аткарылууда",
    notStarted: "Башталган жок",
    otherStatus: "Токтотулду / жокко чыгарылды",
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
    joins: "Годовой отчет объединяет оба полугодия: {periods}",
    toc: "Содержание",
    deadline: "Срок",
    responsible: "Ответственные исполнители",
    byAgreement: "по согласованию",
    status: "Статус",
    narrative: "Что сделано",
    spending: "Израсходовано",
    documents: "Документы",
    obstacles: "Препятствия",
    overdue: "просрочено",
    page: "Стр.",
    completed: "Выполнено",
    inProgress: "Выполняется",
    notStarted: "Не начато",
    otherStatus: "Приостановлено / отменено",
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
    joins: "The annual report joins both half-years: {periods}",
    toc: "Contents",
    deadline: "Deadline",
    responsible: "Responsible bodies",
    byAgreement: "by agreement",
    status: "Status",
    narrative: "What was done",
    spending: "Money spent",
    documents: "Documents",
    obstacles: "Obstacles",
    overdue: "overdue",
    page: "Page",
    completed: "Completed",
    inProgress: "In progress",
    notStarted: "Not started",
    otherStatus: "Suspended / cancelled",
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
