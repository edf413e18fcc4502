/** Texts of the master workbook in the three interface languages (plan texts stay as the plan has them). */
import type { Language } from "../../schema";
import type { Outcome } from "./model";
import type { ReportingState } from "./summaries";

export interface MasterLabels {
  title: string;
  sheets: {
    progress: string;
    /** The progress chart's own sheet, so that chart and table print on their own pages. */
    chart: string;
    completeness: string;
    byMeasure: string;
    measureReports: string;
    indicatorValues: string;
    submissions: string;
    warnings: string;
    rejections: string;
  };
  outcomes: Record<Outcome, string>;
  severities: Record<"error" | "warning", string>;
  states: Record<ReportingState, string>;
  levels: Record<"plan" | "chapter" | "goal" | "task", string>;
  progress: {
    title: string;
    note: string;
    period: string;
    level: string;
    id: string;
    name: string;
    measures: string;
    reportedMeasures: string;
    reports: string;
    shareCompleted: string;
    overdue: string;
    /** Title of the chart of progress by chapter. */
    chartTitle: string;
  };
  completeness: {
    title: string;
    note: string;
    agency: string;
    name: string;
    total: Record<ReportingState, string>;
    expected: string;
  };
  byMeasure: {
    title: string;
    note: string;
    measure: string;
    text: string;
    agency: string;
    byAgreement: string;
    status: string;
    narrative: string;
    values: string;
    empty: string;
  };
  valueWords: { women: string; men: string; total: string };
}

const ky: MasterLabels = {
  title: "Иш-аракеттердин улуттук планынын аткарылышы: жыйынтык китеби",
  sheets: {
    progress: "Аткарылышы",
    chart: "Диаграмма",
    completeness: "Толуктугу",
    byMeasure: "Чаралар боюнча",
    measureReports: "Чаралар боюнча отчеттор",
    indicatorValues: "Индикатор маанилери",
    submissions: "Келген файлдар",
    warnings: "Эскертүүлөр",
    rejections: "Четке кагылгандар",
  },
  outcomes: { accepted: "Кабыл алынды", duplicate: "Кайталанма", rejected: "Четке кагылды" },
  severities: { error: "ката", warning: "эскертүү" },
  states: { submitted: "Тапшырды", rejected: "Четке кагылды", missing: "Жок" },
  levels: { plan: "План", chapter: "Глава", goal: "Максат", task: "Милдет" },
  progress: {
    title: "Пландын аткарылышы: главалар, максаттар жана милдеттер боюнча",
    note: "Ар бир органдын ар бир чара боюнча отчету өзүнчө эсептелет: бир нече жооптуу аткаруучусу бар чара ар бир аткаруучу үчүн бир жолу саналат.",
    period: "Мезгил",
    level: "Деңгээл",
    id: "№",
    name: "Аталышы",
    measures: "Пландагы чаралар",
    reportedMeasures: "Отчет берилген чаралар",
    reports: "Отчеттор",
    shareCompleted: "Аткарылган чаралардын үлүшү",
    overdue: "Мөөнөтү өткөн",
    chartTitle: "Главалар боюнча аткарылышы",
  },
  completeness: {
    title: "Отчеттордун толуктугу: органдар жана мезгилдер боюнча",
    note: "Тапшырды: маалыматтары жыйынтык китебинде. Четке кагылды: каталуу файлдар гана келген. Жок: эч нерсе келген жок.",
    agency: "Орган",
    name: "Аталышы",
    total: { submitted: "Тапшырды, бардыгы", rejected: "Четке кагылды, бардыгы", missing: "Жок, бардыгы" },
    expected: "Күтүлгөн",
  },
  byMeasure: {
    title: "Чаралар боюнча: ар бир жооптуу аткаруучу эмнени билдирди",
    note: "Ар бир чаранын жооптуу аткаруучулары катар саптарда, ар бир мезгил өз мамычаларында.",
    measure: "№",
    text: "Чара",
    agency: "Орган",
    byAgreement: "Макулдашуу боюнча",
    status: "абалы",
    narrative: "эмне жасалды",
    values: "индикаторлор",
    empty: "—",
  },
  valueWords: { women: "аялдар", men: "эркектер", total: "бардыгы" },
};

const ru: MasterLabels = {
  title: "Выполнение Национального плана действий: сводная книга",
  sheets: {
    progress: "Ход выполнения",
    chart: "Диаграмма",
    completeness: "Полнота отчетности",
    byMeasure: "По мероприятиям",
    measureReports: "Отчеты по мероприятиям",
    indicatorValues: "Значения индикаторов",
    submissions: "Журнал файлов",
    warnings: "Предупреждения",
    rejections: "Отклоненные файлы",
  },
  outcomes: { accepted: "Принят", duplicate: "Повтор", rejected: "Отклонен" },
  severities: { error: "ошибка", warning: "предупреждение" },
  states: { submitted: "Сдан", rejected: "Отклонен", missing: "Нет" },
  levels: { plan: "План", chapter: "Глава", goal: "Цель", task: "Задача" },
  progress: {
    title: "Ход выполнения плана по главам, целям и задачам",
    note: "Отчет каждого ведомства по каждому мероприятию учитывается отдельно: мероприятие с несколькими ответственными исполнителями учитывается один раз для каждого из них.",
    period: "Период",
    level: "Уровень",
    id: "№",
    name: "Наименование",
    measures: "Мероприятий в плане",
    reportedMeasures: "Мероприятий с отчетом",
    reports: "Отчетов",
    shareCompleted: "Доля выполненных мероприятий",
    overdue: "Просрочено",
    chartTitle: "Выполнение по главам",
  },
  completeness: {
    title: "Полнота отчетности по ведомствам и периодам",
    note: "Сдан: данные в сводной книге. Отклонен: поступали только файлы с ошибками. Нет: ничего не поступало.",
    agency: "Ведомство",
    name: "Наименование",
    total: { submitted: "Сдано, всего", rejected: "Отклонено, всего", missing: "Нет, всего" },
    expected: "Ожидается",
  },
  byMeasure: {
    title: "По мероприятиям: что сообщил каждый ответственный исполнитель",
    note: "Ответственные исполнители мероприятия указаны в соседних строках, каждый период — в отдельных столбцах.",
    measure: "№",
    text: "Мероприятие",
    agency: "Ведомство",
    byAgreement: "По согласованию",
    status: "статус",
    narrative: "что сделано",
    values: "индикаторы",
    empty: "—",
  },
  valueWords: { women: "женщин", men: "мужчин", total: "всего" },
};

const en: MasterLabels = {
  title: "National action plan progress: master workbook",
  sheets: {
    progress: "Progress",
    chart: "Chart",
    completeness: "Completeness",
    byMeasure: "By measure",
    measureReports: "Measure reports",
    indicatorValues: "Indicator values",
    submissions: "Submissions",
    warnings: "Warnings",
    rejections: "Rejected files",
  },
  outcomes: { accepted: "accepted", duplicate: "duplicate", rejected: "rejected" },
  severities: { error: "error", warning: "warning" },
  states: { submitted: "submitted", rejected: "rejected", missing: "missing" },
  levels: { plan: "Plan", chapter: "Chapter", goal: "Goal", task: "Task" },
  progress: {
    title: "Progress of the plan by chapter, goal and task",
    note: "Each body's report on each measure counts on its own: a measure with several responsible bodies counts once per body.",
    period: "Period",
    level: "Level",
    id: "No.",
    name: "Title",
    measures: "Measures in the plan",
    reportedMeasures: "Measures reported",
    reports: "Reports",
    shareCompleted: "Share of measures completed",
    overdue: "Overdue",
    chartTitle: "Progress by chapter",
  },
  completeness: {
    title: "Completeness of reporting by body and period",
    note: "submitted: its data is in the master workbook. rejected: only files with errors arrived. missing: nothing arrived.",
    agency: "Body",
    name: "Name",
    total: { submitted: "Submitted, total", rejected: "Rejected, total", missing: "Missing, total" },
    expected: "Expected",
  },
  byMeasure: {
    title: "By measure: what each responsible body reported",
    note: "A measure's responsible bodies are on adjacent rows; each period has its own columns.",
    measure: "No.",
    text: "Measure",
    agency: "Body",
    byAgreement: "By agreement",
    status: "status",
    narrative: "what was done",
    values: "indicators",
    empty: "—",
  },
  valueWords: { women: "women", men: "men", total: "total" },
};

export const masterLabels: Record<Language, MasterLabels> = { ky, ru, en };

/** Sheet names of masters written before a sheet was renamed: an older master keeps reading. */
export const formerMasterSheets: Partial<Record<keyof MasterLabels["sheets"], string[]>> = {
  measureReports: ["Чаралар отчеттору"],
};
