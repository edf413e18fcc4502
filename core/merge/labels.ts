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
    /** The verdicts of every half-year, for the plan and each chapter, with their charts. */
    trend: string;
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
    /** A verdict's column: how many measures have it ("{verdict}" is the verdict's word). */
    verdictColumn: string;
    /** Over the verdicts' columns of the chart sheets: they count measures. */
    verdictGroup: string;
    /** Body reports (one body's report on one measure) received for the group's measures. */
    bodyReports: string;
    shareCompleted: string;
    /** Title of the chart of measures by chapter ("{period}" in words). */
    chartTitle: string;
    /** The plan's row under the chapters on the chart sheet. */
    planTotal: string;
  };
  /** The sheet of the verdicts over time: every half-year the master holds, for the plan and each chapter. */
  trend: {
    title: string;
    note: string;
    group: string;
    period: string;
    /** Title of a group's chart ("{group}": the plan or "Chapter 1"). */
    chartTitle: string;
    /** Title of the table of changes ("{period}", "{previous}" in words). */
    sinceTitle: string;
    verdict: string;
    change: string;
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
    trend: "Мезгилдер боюнча",
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
    title: "Пландын аткарылышы: главалар, максаттар жана милдеттер боюнча чаралар",
    note: "Ар бир чара мезгилге бир жолу, бардык аткаруучуларынын отчеттору боюнча бир корутунду менен саналат: аткарылды — башкы аткаруучу тастыктоочу документ менен аткарылганын билдирди, башка эч ким башкача айткан жок; мөөнөтү өткөн — аткарылган жок, мөөнөтү мезгилдин аягына чейин өттү. Органдардын отчетторунун саны — ар бир органдын ар бир чара боюнча отчету өзүнчө.",
    period: "Мезгил",
    level: "Деңгээл",
    id: "№",
    name: "Аталышы",
    measures: "Пландагы чаралар",
    verdictColumn: "{verdict} (чаралар)",
    verdictGroup: "Корутундулар боюнча чаралардын саны",
    bodyReports: "Органдардын отчетторунун саны",
    shareCompleted: "Аткарылган чаралардын үлүшү",
    chartTitle: "Главалар боюнча чаралардын аткарылышы: {period}",
    planTotal: "План, бардыгы",
  },
  trend: {
    title: "Мезгилдер боюнча чаралардын аткарылышы: план жана главалар",
    note: "Жыйынтык китебиндеги ар бир жарым жылдык үчүн чаралардын саны, корутундулар боюнча (Аткарылышы баракчасындагыдай эле эреже). Мамычалар диаграммасы ар бир мезгилдин чараларын корутундулар боюнча көрсөтөт.",
    group: "План же глава",
    period: "Мезгил",
    chartTitle: "{group}: чаралар корутундулар боюнча, мезгилдер боюнча",
    sinceTitle: "Пландын чаралары: {previous} менен салыштырганда {period}",
    verdict: "Корутунду",
    change: "Өзгөрүү",
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
    trend: "По периодам",
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
    title: "Ход выполнения плана: мероприятия по главам, целям и задачам",
    note: "Каждое мероприятие учитывается за период один раз, с одним заключением по отчетам всех его исполнителей: выполнено — головной исполнитель сообщил о выполнении с подтверждающим документом, и никто не сообщил иного; просрочено — не выполнено, а срок истек к концу периода. Отчетов органов — отчет каждого ведомства по каждому мероприятию отдельно.",
    period: "Период",
    level: "Уровень",
    id: "№",
    name: "Наименование",
    measures: "Мероприятий в плане",
    verdictColumn: "{verdict} (мероприятий)",
    verdictGroup: "Число мероприятий по заключению",
    bodyReports: "Отчетов органов",
    shareCompleted: "Доля выполненных мероприятий",
    chartTitle: "Выполнение мероприятий по главам: {period}",
    planTotal: "План, всего",
  },
  trend: {
    title: "Выполнение мероприятий по периодам: план и главы",
    note: "Число мероприятий по заключениям за каждое полугодие, которое есть в сводной книге (по тому же правилу, что на листе «Ход выполнения»). Столбцы диаграмм показывают мероприятия периода по заключениям.",
    group: "План или глава",
    period: "Период",
    chartTitle: "{group}: мероприятия по заключениям, по периодам",
    sinceTitle: "Мероприятия плана: {period} по сравнению с {previous}",
    verdict: "Заключение",
    change: "Изменение",
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
    trend: "Over time",
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
    title: "Progress of the plan: measures by chapter, goal and task",
    note: "Each measure counts once a period, with one verdict from all its bodies' reports: completed — the lead executor reported it completed with a supporting document and no body said otherwise; overdue — not completed and the deadline passed by the end of the period. Body reports — each body's report on each measure on its own.",
    period: "Period",
    level: "Level",
    id: "No.",
    name: "Title",
    measures: "Measures in the plan",
    verdictColumn: "{verdict} (measures)",
    verdictGroup: "Number of measures by verdict",
    bodyReports: "Body reports",
    shareCompleted: "Share of measures completed",
    chartTitle: "Measures by chapter: {period}",
    planTotal: "Plan, total",
  },
  trend: {
    title: "Measures over time: the plan and its chapters",
    note: "The number of measures with each verdict in every half-year the master holds (the rule of the Progress sheet). Each chart's columns show a period's measures by verdict.",
    group: "Plan or chapter",
    period: "Period",
    chartTitle: "{group}: measures by verdict, period by period",
    sinceTitle: "The plan's measures: {period} against {previous}",
    verdict: "Verdict",
    change: "Change",
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
