/**
 * The consolidated report on the plan's implementation, as the Government receives it twice a year: a
 * summary table and the progress chart, then the plan in printed order (chapter, goal, task, measure), for
 * each measure its deadline, its responsible bodies, and what each body reported in the period, the bodies
 * that did not report named as such. Pure: built from the master and the plan.
 */
import {
  bodyName,
  bodyShortName,
  deadlineText,
  listMeasures,
  periodWords,
  planText,
  translationNotice,
  type Language,
  type LocalizedString,
  type Measure,
  type Plan,
} from "../../schema";
import { templateLabels } from "../labels";
import { reportingBodies } from "../merge/summaries";
import { valueText } from "../merge/sheets";
import type { IndicatorValueRow, Master, MeasureReportRow } from "../merge/model";
import { coordinatorLabels, fill } from "./labels";
import { coveredPeriods, isOverdue } from "./period";
import { GROUP_COLOURS, progressByChapter, type ProgressGroup } from "./progress";
import type { ChartData, ConsolidatedReport, ReportBlock } from "./reportModel";

const text = (s: LocalizedString | null | undefined, lang: Language) => planText(s, lang);

/**
 * @throws {BadPeriodError} the period is not `YYYY` or `YYYY-H1|H2`.
 * @example const doc = buildConsolidatedReport(master, plan, "2019", "ru");
 */
export function buildConsolidatedReport(
  master: Master,
  plan: Plan,
  period: string,
  lang: Language,
): ConsolidatedReport {
  const L = coordinatorLabels[lang].report;
  const covered = coveredPeriods(period);
  // The periods a body is expected to have reported for: those anyone reported for, else the half-years asked.
  const received = new Set(master.submissions.flatMap((s) => (s.period ? [s.period] : [])));
  const expected = covered.filter((p) => received.has(p));
  const periods = expected.length ? expected : covered.filter((p) => p.includes("-H"));
  const blocks: ReportBlock[] = [
    {
      kind: "title",
      text: L.title,
      subtitle: [
        text(plan.title, lang),
        fill(L.periodLine, { period }, lang),
        ...(covered.length > 1
          ? [fill(L.joins, { periods: periods.map((p) => periodWords(p, lang)).join(", ") }, lang)]
          : []),
        L.generated,
      ],
    },
    // Said once, quietly, under the title: the plan's texts here are our working translation.
    ...((notice): ReportBlock[] => (notice ? [{ kind: "paragraph", text: notice, style: "note" }] : []))(
      translationNotice(plan, lang),
    ),
    { kind: "toc", title: L.toc },
    ...summaryBlocks(master, plan, period, periods, lang),
    { kind: "heading", level: 1, text: L.contents },
    ...measureBlocks(master, plan, periods, lang),
  ];
  return {
    language: lang,
    title: L.title,
    runningHead: `${L.title} — ${periodWords(period, lang)}`,
    pageWord: L.page,
    period,
    blocks,
  };
}

function summaryBlocks(master: Master, plan: Plan, period: string, periods: string[], lang: Language): ReportBlock[] {
  const L = coordinatorLabels[lang].report;
  const rows = progressByChapter(master, plan, period);
  const chapterTitle = new Map(plan.chapters.map((c) => [c.id, `${c.id}. ${text(c.title, lang)}`]));
  const groups: ProgressGroup[] = ["completed", "inProgress", "notStarted", "overdue", "other"];
  const groupName: Record<ProgressGroup, string> = {
    completed: L.completed,
    inProgress: L.inProgress,
    notStarted: L.notStarted,
    overdue: L.overdue.charAt(0).toUpperCase() + L.overdue.slice(1),
    other: L.otherStatus,
  };
  const line = (label: string, r: (typeof rows)[number]) => [
    label,
    String(r.measures),
    String(r.reportedMeasures),
    String(r.reports),
    ...groups.map((g) => String(r.groups[g])),
  ];
  const total = rows.reduce(
    (t, r) => ({
      ...t,
      measures: t.measures + r.measures,
      reportedMeasures: t.reportedMeasures + r.reportedMeasures,
      reports: t.reports + r.reports,
      groups: Object.fromEntries(groups.map((g) => [g, t.groups[g] + r.groups[g]])) as Record<ProgressGroup, number>,
    }),
    { ...rows[0], chapterId: "", measures: 0, reportedMeasures: 0, reports: 0, groups: zero() },
  );
  const chart: ChartData = {
    title: L.chartTitle,
    categories: rows.map((r) => shorten(chapterTitle.get(r.chapterId)!, 48)),
    series: groups
      .filter((g) => g !== "other" || total.groups.other > 0)
      .map((g) => ({ name: groupName[g], color: GROUP_COLOURS[g], values: rows.map((r) => r.groups[g]) })),
  };
  const bodies = reportingBodies(plan);
  const reportedBy = new Set(
    master.submissions
      .filter((s) => s.outcome === "accepted" && s.replacedBy === null && s.period && periods.includes(s.period))
      .map((s) => s.agency),
  );
  const missing = bodies.filter((b) => !reportedBy.has(b));
  return [
    { kind: "heading", level: 1, text: L.summary },
    {
      kind: "table",
      headers: [L.chapter, L.measures, L.reportedMeasures, L.reports, ...groups.map((g) => groupName[g])],
      rows: [...rows.map((r) => line(chapterTitle.get(r.chapterId)!, r)), line(L.total, total)],
      widths: [34, 8, 9, 8, 9, 9, 9, 9, 9],
      totalRow: true,
    },
    { kind: "paragraph", text: L.summaryNote, style: "note" },
    { kind: "chart", chart },
    {
      kind: "fields",
      fields: [
        [L.bodies, String(bodies.length)],
        [L.bodiesReported, String(bodies.length - missing.length)],
        [L.bodiesMissing, missing.length ? missing.map((b) => bodyShortName(plan, b, lang)).join(", ") : "—"],
      ],
    },
  ];
}

const zero = (): Record<ProgressGroup, number> => ({
  completed: 0,
  inProgress: 0,
  notStarted: 0,
  overdue: 0,
  other: 0,
});

function measureBlocks(master: Master, plan: Plan, periods: string[], lang: Language): ReportBlock[] {
  const L = coordinatorLabels[lang].report;
  const T = templateLabels[lang];
  const key = (m: string, a: string, p: string) => `${m}\u0000${a}\u0000${p}`;
  const reports = new Map(master.measureReports.map((r) => [key(r.measureId, r.agency, r.period), r]));
  // Each table read once into maps (a copied array per value, or a scan of every report per measure, made a
  // master of 100,000 rows take minutes).
  const values = new Map<string, IndicatorValueRow[]>();
  for (const v of master.indicatorValues) {
    const k = key(v.measureId, v.agency, v.period);
    const list = values.get(k);
    if (list) list.push(v);
    else values.set(k, [v]);
  }
  const inPeriods = new Set(periods);
  const reportedBy = new Map<string, Set<string>>();
  for (const r of master.measureReports) {
    if (!inPeriods.has(r.period)) continue;
    const agencies = reportedBy.get(r.measureId);
    if (agencies) agencies.add(r.agency);
    else reportedBy.set(r.measureId, new Set([r.agency]));
  }
  const reporting = new Set(reportingBodies(plan));
  const shortName = (code: string) => bodyShortName(plan, code, lang);
  const out: ReportBlock[] = [];
  let chapter = "";
  let goal = "";
  let task = "";
  for (const { chapter: c, goal: g, task: t, measure } of listMeasures(plan)) {
    if (c.id !== chapter) out.push({ kind: "heading", level: 2, text: `${L.chapter} ${c.id}. ${text(c.title, lang)}` });
    if (g.id !== goal) out.push({ kind: "heading", level: 3, text: `${L.goal} ${g.id}. ${text(g.title, lang)}` });
    if (t.id !== task) out.push({ kind: "paragraph", text: `${L.task} ${t.id}. ${text(t.title, lang)}` });
    [chapter, goal, task] = [c.id, g.id, t.id];
    out.push({ kind: "heading", level: 4, text: `${measure.id}. ${text(measure.text, lang)}` });
    out.push({
      kind: "fields",
      fields: [
        [L.deadline, deadlineText(measure.deadline, lang)],
        [L.responsible, responsibleText(measure, plan, lang)],
      ],
    });
    // The responsible bodies in the plan's order, then any other body that reported on the measure.
    const bodies = [
      ...new Set([
        ...measure.responsible.filter((r) => reporting.has(r.code)).map((r) => r.code),
        ...(reportedBy.get(measure.id) ?? []),
      ]),
    ];
    for (const agency of bodies) {
      const mine = periods.map((p) => reports.get(key(measure.id, agency, p)));
      if (mine.every((r) => !r)) {
        out.push({
          kind: "bodyReport",
          code: agency,
          body: shortName(agency),
          period: null,
          missing: true,
          overdue: false,
          fields: [],
        });
        continue;
      }
      periods.forEach((p, i) => {
        const r = mine[i];
        if (!r) {
          out.push({
            kind: "bodyReport",
            code: agency,
            body: shortName(agency),
            period: p,
            missing: true,
            overdue: false,
            fields: [],
          });
          return;
        }
        const overdue = isOverdue(measure.deadline.periods, r.status, r.period);
        out.push({
          kind: "bodyReport",
          code: agency,
          body: shortName(agency),
          period: p,
          missing: false,
          overdue,
          fields: reportFields(r, values.get(key(measure.id, agency, p)) ?? [], lang, T),
        });
      });
    }
  }
  return out;
}

function responsibleText(measure: Measure, plan: Plan, lang: Language): string {
  const L = coordinatorLabels[lang].report;
  return measure.responsible
    .map((r) => {
      const short = bodyShortName(plan, r.code, lang, r.printed);
      const name = bodyName(plan, r.code, lang);
      return `${short === name ? name : `${short} (${name})`}${r.byAgreement ? `, ${L.byAgreement}` : ""}`;
    })
    .join("; ");
}

function reportFields(
  r: MeasureReportRow,
  values: IndicatorValueRow[],
  lang: Language,
  T: (typeof templateLabels)[Language],
): [string, string][] {
  const L = coordinatorLabels[lang].report;
  const money =
    r.spendingAmount === null && r.spendingSource === null
      ? ""
      : [
          r.spendingAmount === null ? "" : `${formatAmount(r.spendingAmount)} ${lang === "en" ? "som" : "сом"}`,
          r.spendingSource ? T.sources[r.spendingSource] : "",
        ]
          .filter(Boolean)
          .join(", ");
  const doc = [r.evidenceDocument, r.evidenceDate, r.evidenceLink].filter(Boolean).join(", ");
  const fields: [string, string | null][] = [
    [L.status, T.statuses[r.status]],
    [L.narrative, r.narrative],
    [L.values, values.map((v) => valueText(v, lang)).join("; ")],
    [L.spending, money],
    [L.documents, doc],
    [L.obstacles, r.obstacles],
  ];
  return fields.filter((f): f is [string, string] => Boolean(f[1]));
}

/** 1234567.5 -> "1 234 567.50", as both languages' readers expect (thin grouping, no locale data needed). */
function formatAmount(n: number): string {
  const [int, frac] = n.toFixed(2).split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")}${frac === "00" ? "" : `.${frac}`}`;
}

/** A chart's category label is one line: long chapter titles are cut at a word. */
function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}
