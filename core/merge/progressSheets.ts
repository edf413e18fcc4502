/**
 * The master's progress sheet, its chart's figures and the progress over time, all counting measures by their
 * verdict (core/coordinator/verdictTallies.ts): the sheet, the chart beside it and the report cannot disagree.
 * The one count of body reports left (how many reports came in for a group's measures) says so in its header.
 */
import {
  formatText,
  listMeasures,
  periodWords,
  planText,
  translationNotice,
  VERDICT_COLOURS,
  VERDICTS,
  verdictWord,
  type Language,
  type Plan,
  type Verdict,
} from "../../schema";
import { changeSince, heldHalfYears, previousPeriod } from "../coordinator/verdicts";
import { groupTallies, masterTallies, shareCompleted, type MasterTallies } from "../coordinator/verdictTallies";
import { masterLabels } from "./labels";
import type { Master } from "./model";
import type { MasterColumn, SummaryRow, SummarySheetSpec } from "./sheets";

/** A chapter named with its number as the plan writes it: "1-глава" in Kyrgyz, "Глава 1", "Chapter 1". */
export function levelName(word: string, id: string, lang: Language): string {
  return lang === "ky" ? `${id}-${word.toLowerCase()}` : `${word} ${id}`;
}

/** One column per verdict, in VERDICTS order, its header saying that it counts measures. */
export interface VerdictSeries {
  verdict: Verdict;
  /** The verdict's column on a one-row header: "Completed (measures)". */
  name: string;
  /** The verdict alone, under a header that says the columns count measures, and in a chart's legend. */
  word: string;
  color: string;
  /** Drawn in the chart: a verdict no measure has in the figures is left out of the chart, not of the figures. */
  inChart: boolean;
}

/** The figures of the chart of measures by chapter in the latest period. */
export interface ChartData {
  period: string;
  /** The period in words, for the title. */
  periodLabel: string;
  series: VerdictSeries[];
  /** One row per chapter, values in `series` order. */
  rows: { category: string; values: number[] }[];
  /** The plan's row below the chapters (not drawn). */
  total: { category: string; values: number[] };
}

/** The verdicts of every half-year the master holds, for the plan and each chapter, and the plan's latest change. */
export interface TrendData {
  periods: { code: string; label: string }[];
  series: VerdictSeries[];
  /** The plan, then each chapter: one row of counts per period (in `series` order), and the share completed. */
  groups: { label: string; measures: number; rows: { values: number[]; share: number | null }[] }[];
  /** The plan's counts in the last period against the one before; null with fewer than two half-years. */
  since: {
    period: string;
    previous: string;
    rows: { name: string; before: number; now: number; change: number }[];
  } | null;
}

const seriesOf = (lang: Language, used: (v: Verdict) => boolean): VerdictSeries[] =>
  VERDICTS.map((verdict) => ({
    verdict,
    name: formatText(masterLabels[lang].progress.verdictColumn, { verdict: verdictWord(verdict, lang) }, lang),
    word: verdictWord(verdict, lang),
    color: VERDICT_COLOURS[verdict],
    inChart: used(verdict),
  }));

/** The progress sheet: per period, the plan, each chapter, goal and task with its measures by verdict. */
export function progressSheet(master: Master, plan: Plan, lang: Language, t: MasterTallies): SummarySheetSpec {
  const L = masterLabels[lang];
  const P = L.progress;
  const columns: MasterColumn[] = [
    { header: P.period, width: 22, kind: "text" },
    { header: P.level, width: 9, kind: "text" },
    { header: P.id, width: 6, kind: "text" },
    { header: P.name, width: 60, kind: "text" },
    { header: P.measures, width: 13, kind: "int" },
    ...seriesOf(lang, () => true).map((s): MasterColumn => ({ header: s.name, width: 15, kind: "int" })),
    { header: P.shareCompleted, width: 13, kind: "percent" },
    { header: P.bodyReports, width: 13, kind: "int" },
  ];
  const where = new Map(listMeasures(plan).map((m) => [m.measure.id, m]));
  const reports = new Map<string, number>();
  for (const r of master.measureReports) {
    const m = where.get(r.measureId);
    if (!m) continue;
    for (const key of ["", `chapter:${m.chapter.id}`, `goal:${m.goal.id}`, `task:${m.task.id}`]) {
      const k = `${r.period}\u0000${key}`;
      reports.set(k, (reports.get(k) ?? 0) + 1);
    }
  }
  const rows = groupTallies(t.verdicts, plan).map((g): SummaryRow => ({
    style: g.level === "task" ? "item" : g.level,
    cells: [
      periodWords(g.period, lang),
      L.levels[g.level],
      g.id,
      planText(g.title, lang),
      g.measures,
      ...VERDICTS.map((v) => g.counts[v]),
      shareCompleted(g),
      reports.get(`${g.period}\u0000${g.level === "plan" ? "" : `${g.level}:${g.id}`}`) ?? 0,
    ],
  }));
  // The sheet that shows the plan's texts says once, quietly, where they are our working translation.
  const notice = translationNotice(plan, lang);
  const note = notice ? `${P.note} ${notice}` : P.note;
  return { name: L.sheets.progress, title: P.title, note, columns, rows, frozenCols: 4 };
}

/** Measures by chapter and verdict in the latest period with reports, as the progress sheet counts them. */
export function chartData(plan: Plan, lang: Language, t: MasterTallies): ChartData | undefined {
  const period = t.periods[t.periods.length - 1];
  if (period === undefined) return undefined;
  const L = masterLabels[lang];
  const mine = t.tallies.filter((x) => x.period === period);
  const series = seriesOf(lang, (v) => mine.some((x) => x.chapterId !== null && x.counts[v] > 0));
  const whole = mine.find((x) => x.chapterId === null)!;
  return {
    period,
    periodLabel: periodWords(period, lang),
    series,
    rows: plan.chapters.map((c) => ({
      category: levelName(L.levels.chapter, c.id, lang),
      values: VERDICTS.map((v) => mine.find((x) => x.chapterId === c.id)?.counts[v] ?? 0),
    })),
    total: { category: L.progress.planTotal, values: VERDICTS.map((v) => whole.counts[v]) },
  };
}

/** The verdicts of every half-year the master holds (2018-H2 → 2020-H2), for the plan and each chapter. */
export function trendData(master: Master, plan: Plan, lang: Language): TrendData | undefined {
  const periods = heldHalfYears(master);
  if (periods.length === 0) return undefined;
  const { tallies } = masterTallies(master, plan, periods);
  const L = masterLabels[lang];
  const series = seriesOf(lang, (v) => tallies.some((x) => x.counts[v] > 0));
  const groups = [null, ...plan.chapters.map((c) => c.id)].map((chapterId) => {
    const mine = periods.map((p) => tallies.find((x) => x.period === p && x.chapterId === chapterId)!);
    return {
      label: chapterId === null ? L.levels.plan : levelName(L.levels.chapter, chapterId, lang),
      measures: mine[0].measures,
      rows: mine.map((x) => ({ values: VERDICTS.map((v) => x.counts[v]), share: shareCompleted(x) })),
    };
  });
  const last = periods[periods.length - 1];
  const previous = previousPeriod(periods, last);
  const planAt = (p: string) => tallies.find((x) => x.period === p && x.chapterId === null)!;
  const change = changeSince(tallies, last, previous);
  const since =
    previous === null || change === null
      ? null
      : {
          period: last,
          previous,
          rows: VERDICTS.map((v) => ({
            name: verdictWord(v, lang),
            before: planAt(previous).counts[v],
            now: planAt(last).counts[v],
            change: change[v],
          })),
        };
  return { periods: periods.map((code) => ({ code, label: periodWords(code, lang) })), series, groups, since };
}
