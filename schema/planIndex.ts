import { findBody, isReportingBody } from "./bodies";
import type { Chapter, Goal, Measure, Plan, Task } from "./generated/types";

/** A measure with its place in the plan, so callers need not walk the tree. */
export interface MeasureInPlan {
  measure: Measure;
  task: Task;
  goal: Goal;
  chapter: Chapter;
}

const cache = new WeakMap<Plan, MeasureInPlan[]>();

/** Every measure of the plan in printed order. */
export function listMeasures(plan: Plan): MeasureInPlan[] {
  let list = cache.get(plan);
  if (!list) {
    list = [];
    for (const chapter of plan.chapters)
      for (const goal of chapter.goals)
        for (const task of goal.tasks) for (const measure of task.measures) list.push({ measure, task, goal, chapter });
    cache.set(plan, list);
  }
  return list;
}

/** The measures a body is responsible for (alone or with others), in printed order. */
export function measuresForBody(plan: Plan, code: string): MeasureInPlan[] {
  return listMeasures(plan).filter((m) => m.measure.responsible.some((r) => r.code === code));
}

/** Codes of the bodies that have at least one measure, in order of first appearance. */
export function bodiesWithMeasures(plan: Plan): string[] {
  const seen = new Set<string>();
  for (const { measure } of listMeasures(plan)) for (const r of measure.responsible) seen.add(r.code);
  return [...seen];
}

/**
 * The bodies expected to report, in order of first appearance: responsible for a measure, and not a generic
 * group ("министрликтер", "ведомстволор"), which names no one who could fill a template.
 */
export function reportingBodies(plan: Plan): string[] {
  return bodiesWithMeasures(plan).filter((code) => {
    const body = findBody(plan.bodies, code);
    return body !== undefined && body.code === code && isReportingBody(body);
  });
}

export function findMeasure(plan: Plan, id: string): MeasureInPlan | undefined {
  return listMeasures(plan).find((m) => m.measure.id === id);
}
