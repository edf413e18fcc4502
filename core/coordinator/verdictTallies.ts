/**
 * The measure counts every output shows (the master's progress sheet, its chart and figures, the progress over
 * time, `tendik status`, the open data and the report), taken from one place: `measureVerdicts` then
 * `tallyVerdicts` for the plan and its chapters. Goals and tasks, which only the master's progress sheet shows,
 * are counted from the same verdicts by the same rule, so a goal's rows add up to its chapter's.
 */
import { listMeasures, VERDICTS, type LocalizedString, type Plan, type Verdict } from "../../schema";
import type { Master } from "../merge/model";
import { sortPeriods } from "../merge/summaries";
import { measureVerdicts, tallyVerdicts, type MeasureVerdict, type VerdictTally } from "./verdicts";

/** The periods the master holds measure reports for, in time order (half-years, and any whole year reported). */
export function reportedPeriods(master: Master): string[] {
  return sortPeriods(master.measureReports.map((r) => r.period));
}

export interface MasterTallies {
  periods: string[];
  verdicts: MeasureVerdict[];
  /** Per period: the plan (chapterId null), then each chapter in plan order. */
  tallies: VerdictTally[];
}

/**
 * The verdicts and their counts for the periods given (by default every period the master holds).
 * @example masterTallies(master, plan, ["2019-H2"]).tallies[0].counts.completed // measures completed in 2019-H2
 */
export function masterTallies(master: Master, plan: Plan, periods: readonly string[] = reportedPeriods(master)) {
  const verdicts = measureVerdicts(master, plan, periods);
  return { periods: [...periods], verdicts, tallies: tallyVerdicts(verdicts, plan) } satisfies MasterTallies;
}

/**
 * How many of the plan's measures have each verdict in one period: the figure a test compares across the master,
 * `status`, the open data and the report, which must all show it.
 * @example planCounts(master, plan, "2019-H2") // { completed: 31, "in-progress": 52, …, "not-reported": 9 }
 */
export function planCounts(master: Master, plan: Plan, period: string): Record<Verdict, number> {
  return planTally(masterTallies(master, plan, [period]).tallies, period)!.counts;
}

/** The plan's tally of a period among `tallies`, or undefined. */
export function planTally(tallies: readonly VerdictTally[], period: string): VerdictTally | undefined {
  return tallies.find((t) => t.period === period && t.chapterId === null);
}

/** Completed measures ÷ the measures counted (117 for the plan), null for a group without measures. */
export function shareCompleted(t: Pick<VerdictTally, "measures" | "counts">): number | null {
  return t.measures ? t.counts.completed / t.measures : null;
}

export type TallyLevel = "plan" | "chapter" | "goal" | "task";

/** One row of the progress sheet: a group of measures (the plan, a chapter, goal or task) in one period. */
export interface GroupTally extends VerdictTally {
  level: TallyLevel;
  /** Empty for the plan. */
  id: string;
  title: LocalizedString;
}

const zero = (): Record<Verdict, number> => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;

/**
 * Per period: the plan, then each chapter with its goals and tasks, in printed order. The plan's and the chapters'
 * counts are `tallyVerdicts`'s own; goals and tasks count the same verdicts.
 */
export function groupTallies(verdicts: readonly MeasureVerdict[], plan: Plan): GroupTally[] {
  const tallies = tallyVerdicts(verdicts, plan);
  const where = new Map(listMeasures(plan).map((m) => [m.measure.id, m]));
  const out: GroupTally[] = [];
  for (const period of [...new Set(verdicts.map((v) => v.period))]) {
    const below = new Map<string, { measures: number; counts: Record<Verdict, number> }>();
    for (const v of verdicts) {
      if (v.period !== period) continue;
      const m = where.get(v.id);
      if (!m) continue;
      for (const key of [`goal:${m.goal.id}`, `task:${m.task.id}`]) {
        const t = below.get(key) ?? { measures: 0, counts: zero() };
        t.measures++;
        t.counts[v.verdict]++;
        below.set(key, t);
      }
    }
    const of = (chapterId: string | null) => tallies.find((t) => t.period === period && t.chapterId === chapterId)!;
    const lower = (level: "goal" | "task", id: string, title: LocalizedString): GroupTally => ({
      period,
      chapterId: null,
      ...(below.get(`${level}:${id}`) ?? { measures: 0, counts: zero() }),
      level,
      id,
      title,
    });
    out.push({ ...of(null), level: "plan", id: "", title: plan.title });
    for (const chapter of plan.chapters) {
      out.push({ ...of(chapter.id), level: "chapter", id: chapter.id, title: chapter.title });
      for (const goal of chapter.goals) {
        out.push({ ...lower("goal", goal.id, goal.title), chapterId: chapter.id });
        for (const task of goal.tasks) out.push({ ...lower("task", task.id, task.title), chapterId: chapter.id });
      }
    }
  }
  return out;
}
