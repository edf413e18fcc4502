import { parseArgs } from "node:util";
import {
  bodiesWithMeasures,
  bodyNames,
  bodyShortName,
  defaultPlan,
  findBody,
  listMeasures,
  measuresForBody,
  planHash,
  planText,
  type Language,
  type Plan,
} from "../../schema";
import { usageError } from "../errors";
import { loadPlanOption } from "../planOption";
import { resolveLanguage } from "../resolve";
import { runPlanExport } from "./planExport";
import { runPlanImport } from "./planImport";

export interface PlanSummary {
  id: string;
  title: string;
  hash: string;
  period: string;
  counts: { chapters: number; goals: number; tasks: number; measures: number; indicators: number; bodies: number };
  chapters: {
    id: string;
    title: string;
    measures: number;
    goals: { id: string; title: string; tasks: number; measures: number }[];
  }[];
  bodies: {
    code: string;
    latin: string;
    /** The short name a reader of the summary's language uses (МТСР, MLSD). */
    short: string;
    name: string;
    /** Every name the body answers to on the command line: codes, alias, short and full names in every language. */
    names: string[];
    /** Its codes as the plan prints them and its short names in every language. */
    shortNames: string[];
    measures: number;
    byAgreement: number;
  }[];
}

/** Counts of the plan per chapter, goal and responsible body, its texts in the language asked for. */
export function summarizePlan(plan: Plan, lang: Language = "ky"): PlanSummary {
  const measures = listMeasures(plan);
  const goals = plan.chapters.flatMap((c) => c.goals);
  const codes = bodiesWithMeasures(plan);
  return {
    id: plan.id,
    title: planText(plan.title, lang),
    hash: planHash(plan),
    period: `${plan.period.startYear}-H${plan.period.startHalf} .. ${plan.period.endYear}-H${plan.period.endHalf}`,
    counts: {
      chapters: plan.chapters.length,
      goals: goals.length,
      tasks: goals.flatMap((g) => g.tasks).length,
      measures: measures.length,
      indicators: measures.reduce((n, m) => n + m.measure.indicators.length, 0),
      bodies: codes.length,
    },
    chapters: plan.chapters.map((c) => ({
      id: c.id,
      title: planText(c.title, lang),
      measures: measures.filter((m) => m.chapter === c).length,
      goals: c.goals.map((g) => ({
        id: g.id,
        title: planText(g.title, lang),
        tasks: g.tasks.length,
        measures: g.tasks.reduce((n, t) => n + t.measures.length, 0),
      })),
    })),
    bodies: codes
      .map((code) => {
        const body = findBody(plan.bodies, code);
        const own = measuresForBody(plan, code);
        return {
          code,
          latin: body?.latin ?? "",
          short: bodyShortName(plan, code, lang),
          name: body ? planText(body.name, lang) : code,
          names: body ? bodyNames(body) : [code],
          shortNames: body
            ? [
                ...new Set(
                  [body.code, ...body.variants, body.shortName?.ky, body.shortName?.ru, body.shortName?.en].filter(
                    (n): n is string => !!n,
                  ),
                ),
              ]
            : [code],
          measures: own.length,
          byAgreement: own.filter((m) => m.measure.responsible.some((r) => r.code === code && r.byAgreement)).length,
        };
      })
      .sort((a, b) => b.measures - a.measures || a.code.localeCompare(b.code)),
  };
}

export function formatPlanSummary(s: PlanSummary): string {
  const out = [
    `${s.title}`,
    `plan ${s.id}  period ${s.period}  sha256 ${s.hash.slice(0, 16)}…`,
    `${s.counts.chapters} chapters, ${s.counts.goals} goals, ${s.counts.tasks} tasks, ${s.counts.measures} measures, ${s.counts.indicators} indicators, ${s.counts.bodies} responsible bodies`,
    "",
  ];
  for (const c of s.chapters) {
    out.push(`${c.id}. ${c.title}  (${c.measures} measures)`);
    for (const g of c.goals) out.push(`   ${g.id}  ${g.tasks} tasks, ${g.measures} measures  ${g.title}`);
  }
  out.push("", "Measures per responsible body (code, alias, measures, of which by agreement):");
  for (const b of s.bodies) {
    out.push(
      `  ${b.short.padEnd(46)} ${b.latin.padEnd(22)} ${String(b.measures).padStart(3)} ${b.byAgreement ? `(${b.byAgreement} by agreement)` : ""}  ${b.name}`,
    );
    // The other names it answers to (--agency takes any, full names too): codes as printed, other short names.
    const short = b.shortNames.filter((n) => n !== b.short);
    if (short.length) out.push(`  ${" ".repeat(46)} = ${short.join(" · ")}`);
  }
  return out.join("\n");
}

export function runPlan(args: { json: boolean; plan?: Plan; lang?: Language }): number {
  const summary = summarizePlan(args.plan ?? defaultPlan, args.lang);
  process.stdout.write((args.json ? JSON.stringify(summary, null, 2) : formatPlanSummary(summary)) + "\n");
  return 0;
}

/**
 * `tendik plan [--json] [--lang ky|ru|en] [--plan PLAN.json]`: the plan's summary, bodies by every name; `tendik plan export --xlsx FILE`: the plan as an
 * authoring workbook; `tendik plan import FILE --out PLAN.json`: an authoring workbook as a plan document.
 */
export async function runPlanCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "export") {
    const { values } = parseArgs({
      args: rest,
      strict: true,
      options: { xlsx: { type: "string" }, plan: { type: "string" }, blank: { type: "boolean", default: false } },
    });
    return runPlanExport({ xlsx: values.xlsx, plan: await loadPlanOption(values.plan), blank: values.blank });
  }
  if (sub === "import") {
    const { values, positionals } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: true,
      options: { out: { type: "string" }, lang: { type: "string" }, json: { type: "boolean", default: false } },
    });
    if (positionals.length !== 1)
      throw usageError("oneFile", { example: "tendik plan import plan.xlsx --out plan.json" });
    return runPlanImport({
      file: positionals[0],
      out: values.out,
      lang: resolveLanguage(values.lang),
      json: values.json ?? false,
    });
  }
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { json: { type: "boolean", default: false }, plan: { type: "string" }, lang: { type: "string" } },
  });
  return runPlan({
    json: values.json ?? false,
    plan: await loadPlanOption(values.plan),
    lang: resolveLanguage(values.lang),
  });
}
