import type { Issue, Plan } from "../../schema";
import { findSheet, type WorkbookGrid } from "../grid";
import { checkPlan } from "./checkPlan";
import { PLAN_SHEETS } from "./layout";
import { PlanContext } from "./planContext";
import { readBodies } from "./readBodies";
import { readFacts } from "./readFacts";
import { readMeasures } from "./readMeasures";
import { applyStanding } from "./standing";

export const PLAN_SCHEMA_ID = "https://schema.tendik.kg/v1/plan.json";

export interface PlanReading {
  /** The plan document, only when the workbook had no errors. */
  plan: Plan | null;
  issues: Issue[];
}

/**
 * Reads an authoring workbook (as `buildPlanWorkbook` writes it) into a plan document checked against the
 * plan schema and its cross-references. Every problem is an issue at its cell, in no language: render it with
 * `renderIssue(issue, lang, planFieldNames)`.
 * @example const { plan, issues } = readPlanWorkbook(await readWorkbook(bytes), {});
 */
export function readPlanWorkbook(grid: WorkbookGrid, opts: { workbook?: string } = {}): PlanReading {
  const ctx = new PlanContext(opts.workbook);
  const sheets = Object.fromEntries(
    (["facts", "measures", "bodies"] as const).map((k) => {
      const sheet = findSheet(grid, PLAN_SHEETS[k]);
      if (!sheet) ctx.add("plan-sheet-missing", { sheet: PLAN_SHEETS[k] });
      return [k, sheet];
    }),
  );
  if (!sheets.facts || !sheets.measures || !sheets.bodies) return { plan: null, issues: ctx.issues };
  const facts = readFacts(sheets.facts, ctx);
  const registry = readBodies(sheets.bodies, ctx);
  const chapters = registry ? readMeasures(sheets.measures, ctx, registry.bodies, registry.byAgreement) : null;
  if (!facts || !registry || !chapters || ctx.issues.length) return { plan: null, issues: ctx.issues };

  const used = new Set(
    chapters.flatMap((c) =>
      c.goals.flatMap((g) => g.tasks.flatMap((t) => t.measures.flatMap((m) => m.responsible.map((r) => r.code)))),
    ),
  );
  for (const body of registry.bodies) body.usedInTable = used.has(body.code);
  const plan: Plan = {
    $schema: PLAN_SCHEMA_ID,
    id: facts.id,
    title: facts.title,
    source: facts.source,
    ...(facts.coordination ? { coordination: facts.coordination } : {}),
    period: facts.period,
    chapters: chapters as Plan["chapters"],
    bodies: registry.bodies,
  };
  applyStanding(plan, grid);
  for (const p of checkPlan(plan)) ctx.addAtPath(p.code, p.params, p.path);
  return ctx.issues.length ? { plan: null, issues: ctx.issues } : { plan, issues: [] };
}
