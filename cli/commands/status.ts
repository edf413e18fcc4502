import { parseArgs } from "node:util";
import { coordinatorLabels } from "../../core/coordinator/labels";
import { statusCsv, summarizeStatus, type StatusSummary } from "../../core/coordinator/status";
import { statusCountLabels } from "../../core/coordinator/statusLabels";
import { masterLabels } from "../../core/merge";
import {
  defaultPlan,
  formatNumber,
  formatText,
  periodWords,
  VERDICTS,
  verdictWord,
  type Language,
  type Plan,
} from "../../schema";
import { usageError } from "../errors";
import { writeFileAtomic } from "../files";
import { loadPlanOption } from "../planOption";
import { resolveLanguage, resolvePeriod } from "../resolve";
import { readMasterFile } from "./report";

export interface StatusArgs {
  master?: string;
  period?: string;
  json: boolean;
  /** Also write the table as CSV (UTF-8 with a byte order mark, so Excel and Word's mail merge read it). */
  csv?: string;
  lang?: Language;
  plan?: Plan;
}

/**
 * `tendik status --master MASTER.xlsx [--period P] [--json] [--csv FILE] [--lang ky|ru|en]`: who reported,
 * who did not, overdue measures and whom to call. Exit code 0, or 2 when it cannot run.
 */
export async function runStatus(args: StatusArgs): Promise<number> {
  if (!args.master)
    throw usageError("missingOption", {
      option: "--master MASTER.xlsx",
      example: "tendik status --master master.xlsx",
    });
  const plan = args.plan ?? defaultPlan;
  const period = args.period === undefined ? undefined : resolvePeriod(plan, args.period);
  const { master, language } = await readMasterFile(args.master, plan);
  const lang = args.lang ?? language;
  const summary = summarizeStatus(master, plan, period);
  if (args.csv) await writeFileAtomic(args.csv, "\uFEFF" + statusCsv(summary, lang, masterLabels[lang].states));
  // --json gives the measures' verdicts (one per measure and period, from all its bodies' reports) and their counts.
  const json = () => JSON.stringify(summary, null, 2);
  process.stdout.write(args.json ? json() + "\n" : formatStatus(summary, lang));
  return 0;
}

/**
 * The status as a table for the terminal: per period the bodies by reporting state and the plan's measures by
 * verdict (each line says which it counts), then one line per body and period.
 */
export function formatStatus(summary: StatusSummary, lang: Language): string {
  const S = coordinatorLabels[lang].status;
  const C = statusCountLabels[lang];
  const states = masterLabels[lang].states;
  const lines = summary.totals.flatMap((t) => {
    const period = periodWords(t.period, lang);
    const bodies = `${formatText(C.bodiesLine, { period, expected: String(t.expected) }, lang)} — ${states.submitted} ${t.submitted}, ${states.rejected} ${t.rejected}, ${states.missing} ${t.missing}`;
    const plan = summary.counts.find((c) => c.period === t.period && c.chapterId === null);
    if (!plan) return [bodies];
    const verdicts = VERDICTS.map((v) => `${verdictWord(v, lang)} ${plan.counts[v]}`).join(", ");
    const share =
      plan.shareCompleted === null
        ? ""
        : `; ${formatText(C.shareCompleted, { share: percent(plan.shareCompleted, lang) }, lang)}`;
    const measures = `${formatText(C.measuresLine, { period, measures: String(plan.measures) }, lang)} — ${verdicts}${share}`;
    return [bodies, measures];
  });
  const table = [
    [S.agency, S.period, S.state, S.overdue, S.contact, S.phone, S.email, C.contactSource],
    ...summary.rows.map((r) => [
      r.shortName[lang] ?? r.agency,
      periodWords(r.period, lang),
      states[r.state],
      r.overdue.length
        ? `${r.overdue.length}: ${r.overdue.slice(0, 6).join(" ")}${r.overdue.length > 6 ? " …" : ""}`
        : "0",
      r.contact?.name ?? `(${S.noContact})`,
      r.contact?.phone ?? "",
      r.contact?.email ?? "",
      r.contact ? C.sources[r.contact.source] : "",
    ]),
  ];
  const widths = table[0].map((_, i) => Math.min(40, Math.max(...table.map((row) => row[i].length))));
  const pad = (row: string[]) =>
    row
      .map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return (
    [...lines, "", pad(table[0]), widths.map((w) => "-".repeat(w)).join("  "), ...table.slice(1).map(pad)].join("\n") +
    "\n"
  );
}

/** A share as a percentage with one decimal in the language's convention: "13,7 %" in Russian, "13.7%" in English. */
function percent(share: number, lang: Language): string {
  const n = formatNumber(Math.round(share * 1000) / 10, lang);
  return lang === "en" ? `${n}%` : `${n} %`;
}

/** `tendik status` as main.ts registers it. */
export async function statusCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      master: { type: "string" },
      period: { type: "string" },
      json: { type: "boolean", default: false },
      csv: { type: "string" },
      lang: { type: "string" },
      plan: { type: "string" },
    },
  });
  return runStatus({
    ...values,
    json: values.json ?? false,
    lang: values.lang === undefined ? undefined : resolveLanguage(values.lang),
    plan: await loadPlanOption(values.plan),
  });
}
