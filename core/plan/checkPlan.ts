import { checkPlanSchema, findBody, type IssueCode, type IssueParams, type Plan } from "../../schema";

/** A problem of a plan document, at a JSON path; the caller locates it (a cell of the workbook, or the file). */
export interface PlanProblem {
  code: IssueCode;
  params: IssueParams;
  path: string;
}

/**
 * Checks a plan document: its schema first, then what the schema cannot say: ids unique at every level,
 * goal ids under their chapter, measure ids under their task, indicator ids under their measure, every
 * responsible body in the registry, body codes and Latin aliases unique.
 * @example checkPlan(JSON.parse(text)).length === 0
 */
export function checkPlan(doc: unknown): PlanProblem[] {
  const schema = checkPlanSchema(doc);
  if (!schema.valid)
    return schema.errors.map((e) => ({
      code: "plan-schema-violation",
      params: { detail: `${e.instancePath || "/"} ${e.message ?? e.keyword}` },
      path: e.instancePath,
    }));
  return checkReferences(schema.value);
}

/** The cross-references of a plan that already matches the schema. */
export function checkReferences(plan: Plan): PlanProblem[] {
  const out: PlanProblem[] = [];
  const seen = new Map<string, Set<string>>();
  const unique = (kind: string, id: string, path: string) => {
    const ids = seen.get(kind) ?? new Set<string>();
    seen.set(kind, ids);
    if (ids.has(id)) out.push({ code: "plan-duplicate-id", params: { kind, id }, path });
    ids.add(id);
  };
  const under = (kind: string, id: string, parent: string, path: string) => {
    if (!id.startsWith(`${parent}.`)) out.push({ code: "plan-id-outside-parent", params: { kind, id, parent }, path });
  };
  plan.chapters.forEach((c, ci) => {
    const cp = `/chapters/${ci}`;
    unique("chapter", c.id, `${cp}/id`);
    c.goals.forEach((g, gi) => {
      const gp = `${cp}/goals/${gi}`;
      unique("goal", g.id, `${gp}/id`);
      under("goal", g.id, c.id, `${gp}/id`);
      g.tasks.forEach((t, ti) => {
        const tp = `${gp}/tasks/${ti}`;
        unique("task", t.id, `${tp}/id`);
        t.measures.forEach((m, mi) => {
          const mp = `${tp}/measures/${mi}`;
          unique("measure", m.id, `${mp}/id`);
          under("measure", m.id, t.id, `${mp}/id`);
          m.indicators.forEach((ind, ii) => {
            unique("indicator", ind.id, `${mp}/indicators/${ii}/id`);
            under("indicator", ind.id, m.id, `${mp}/indicators/${ii}/id`);
          });
          m.responsible.forEach((r, ri) => {
            if (findBody(plan.bodies, r.code)?.code !== r.code)
              out.push({
                code: "plan-unknown-body",
                params: { body: r.code, measure: m.id },
                path: `${mp}/responsible/${ri}`,
              });
          });
        });
      });
    });
  });
  plan.bodies.forEach((b, bi) => {
    unique("body", b.code, `/bodies/${bi}/code`);
    unique("Latin alias", b.latin, `/bodies/${bi}/latin`);
  });
  return out;
}
