import { mkdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { renderReportDocx } from "../../adapters/docx/renderReport";
import { readWorkbook } from "../../adapters/xlsx";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { makeReturnCopy } from "../../adapters/xlsx/returnCopy";
import { validateWorkbook } from "../../core";
import { buildDataPackage } from "../../core/coordinator/dataPackage";
import { issueList, issueMarks } from "../../core/coordinator/returnList";
import { statusCsv, summarizeStatus } from "../../core/coordinator/status";
import { buildConsolidatedReport } from "../../core/coordinator/buildReport";
import type { ReportOptions } from "../../core/coordinator/reportModel";
import { coveredPeriods } from "../../core/coordinator/period";
import { MasterError, masterLabels, type Master } from "../../core/merge";
import { defaultPlan, type Language, type Plan } from "../../schema";
import { UsageError, usageError } from "../errors";
import { writeFileAtomic } from "../files";
import { loadPlanOption } from "../planOption";
import { resolveLanguage, resolvePeriod } from "../resolve";

export interface ReportArgs {
  master?: string;
  period?: string;
  lang?: Language;
  out?: string;
  plan?: Plan;
  /** The first page's addressee, in place of the plan's. */
  addressee?: string;
  /** The outgoing number and date (DD.MM.YYYY or YYYY-MM-DD); blank lines to fill by hand when not given. */
  number?: string;
  date?: string;
  /** "position, name" of who signs; blank lines when not given. */
  signatory?: string;
}

/**
 * The date as typed on the command line (15.01.2020 or 2020-01-15), as an ISO date.
 * @throws {UsageError} any other form, or a day that does not exist.
 */
export function parseOutgoingDate(typed: string): string {
  const t = typed.trim();
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const [y, mo, d] = t.includes("-") ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
    const iso = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
    const date = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso) return iso;
  }
  throw usageError("badDate", { typed });
}

/** "Министр, А. Б. Иванов": the position before the last comma, the name after it; no comma, a name alone. */
export function parseSignatory(typed: string): { position: string; name: string } {
  const at = typed.lastIndexOf(",");
  return at < 0
    ? { position: "", name: typed.trim() }
    : { position: typed.slice(0, at).trim(), name: typed.slice(at + 1).trim() };
}

/** The report's options from the command line's. */
function reportOptions(args: ReportArgs): ReportOptions {
  const signatory = args.signatory ? parseSignatory(args.signatory) : undefined;
  return {
    ...(args.addressee ? { addressee: args.addressee } : {}),
    ...(args.number ? { number: args.number } : {}),
    ...(args.date ? { date: parseOutgoingDate(args.date) } : {}),
    ...(signatory ? { signatory } : {}),
  };
}

/**
 * Reads a master workbook for the coordinator's commands.
 * @throws {UsageError} no such file, not a master, or a master of another plan.
 */
export async function readMasterFile(path: string, plan: Plan): Promise<{ master: Master; language: Language }> {
  const bytes = new Uint8Array(await readFile(path));
  try {
    return await readMaster(bytes, plan);
  } catch (e) {
    const reason = e instanceof MasterError ? e.message : `not a readable .xlsx workbook (${(e as Error).message})`;
    throw new UsageError(`${path}: ${reason}`, { cause: e });
  }
}

/**
 * `tendik report --master MASTER.xlsx --period 2019|2019-H2 [--lang ky|ru|en] --out report.docx [--addressee TEXT]
 * [--number N] [--date DD.MM.YYYY] [--signatory "position, name"]`: the consolidated report as a Word document.
 * Exit code 0, or 2 when it cannot run.
 */
export async function runReport(args: ReportArgs): Promise<number> {
  const example = "tendik report --master master.xlsx --period 2019 --out report.docx";
  if (!args.master) throw usageError("missingOption", { option: "--master MASTER.xlsx", example });
  if (!args.period) throw usageError("missingOption", { option: "--period 2019|2019-H2", example });
  if (!args.out) throw usageError("missingOption", { option: "--out REPORT.docx", example });
  const plan = args.plan ?? defaultPlan;
  const period = resolvePeriod(plan, args.period);
  const options = reportOptions(args);
  const { master, language } = await readMasterFile(args.master, plan);
  const lang = args.lang ?? language;
  const report = buildConsolidatedReport(master, plan, period, lang, options);
  await writeFileAtomic(args.out, await renderReportDocx(report));
  const covered = coveredPeriods(period);
  const rows = master.measureReports.filter((r) => covered.includes(r.period)).length;
  const words = { ky: "чара боюнча отчет", ru: "отчетов по мероприятиям", en: "measure reports" }[lang];
  process.stdout.write(`${args.out}: ${period} (${covered.join(", ")}), ${rows} ${words}\n`);
  return 0;
}

/** `tendik report` as main.ts registers it: parses its options and runs. */
export async function reportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      master: { type: "string" },
      period: { type: "string" },
      lang: { type: "string" },
      out: { type: "string" },
      plan: { type: "string" },
      addressee: { type: "string" },
      number: { type: "string" },
      date: { type: "string" },
      signatory: { type: "string" },
    },
  });
  return runReport({
    ...values,
    lang: values.lang === undefined ? undefined : resolveLanguage(values.lang),
    plan: await loadPlanOption(values.plan),
  });
}

/**
 * The coordinator's steps after the merge, for `tendik demo`: the consolidated report, the status with its
 * CSV, the rejected files sent back marked, and the open data. Returns the lines the demo prints.
 */
export async function handOnFromMaster(opts: {
  dir: string;
  master: string;
  period: string;
  /** Files the merge rejected, to send back. */
  rejected: string[];
  plan?: Plan;
}): Promise<string[]> {
  const plan = opts.plan ?? defaultPlan;
  const { master } = await readMasterFile(opts.master, plan);
  await mkdir(opts.dir, { recursive: true });
  const reportPath = join(opts.dir, `report-${opts.period}.docx`);
  await writeFileAtomic(reportPath, await renderReportDocx(buildConsolidatedReport(master, plan, opts.period, "ky")));
  const status = summarizeStatus(master, plan, opts.period);
  const statusPath = join(opts.dir, `status-${opts.period}.csv`);
  await writeFileAtomic(statusPath, "\uFEFF" + statusCsv(status, "ru", masterLabels.ru.states));
  const returned = join(opts.dir, "returned");
  await mkdir(returned, { recursive: true });
  const copies: string[] = [];
  for (const file of opts.rejected) {
    const bytes = new Uint8Array(await readFile(file));
    const checked = await validateWorkbook(bytes, { source: basename(file), readGrid: readWorkbook, plan });
    if (checked.unreadable || !checked.reading?.identity || checked.task.issues.length === 0) continue;
    const target = join(returned, basename(file).replace(/\.xlsx$/i, "") + "-return.xlsx");
    const issues = checked.task.issues;
    await writeFileAtomic(target, await makeReturnCopy(bytes, issueMarks(issues, "ky"), issueList(issues, "ky")));
    copies.push(target);
  }
  const openData = join(opts.dir, "open-data");
  await mkdir(openData, { recursive: true });
  const pkg = buildDataPackage(master, plan, "en", new Date().toISOString());
  for (const f of pkg.files) await writeFileAtomic(join(openData, f.path), f.text);
  await writeFileAtomic(join(openData, "datapackage.json"), JSON.stringify(pkg.descriptor, null, 2) + "\n");
  const t = status.totals.find((x) => x.period === opts.period);
  return [
    `5. Consolidated report for ${opts.period} (Word, in Kyrgyz): ${reportPath}`,
    `   Who has not reported: ${t ? `${t.missing} of ${t.expected} bodies` : "see"} — contacts for a mail merge in ${statusPath}`,
    `   Files sent back for correction, each issue marked at its cell: ${copies.length ? copies.join(", ") : "none"}`,
    `   Open data (Frictionless Data Package): ${join(openData, "datapackage.json")}`,
  ];
}
