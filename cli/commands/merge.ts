import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { readMaster, writeMaster } from "../../adapters/xlsx/masterWorkbook";
import {
  buildMasterWorkbook,
  emptyMaster,
  MasterError,
  mergeSubmissions,
  type Master,
  type MergeResult,
  type Submission,
} from "../../core/merge";
import { defaultPlan, type Issue, type Language, type Plan } from "../../schema";
import { UsageError } from "../errors";
import { sha256File, withFileLock, writeFileAtomic } from "../files";
import { validateFiles, type FileToCheck } from "./validatePool";

export interface MergeArgs {
  into?: string;
  inputs: string[];
  json: boolean;
  /** Language of messages, and of the master's labels (an existing master keeps its own unless this is given). */
  lang?: Language;
  plan?: Plan;
  /** The clock, for tests. */
  now?: () => Date;
  /** Worker threads for validation (default: one per core when there are many files; 0: none). */
  workers?: number;
}

/** What the command line says of one file: a replaced file is accepted, and says what it replaced. */
export type FileStatus = "accepted" | "replaced" | "unchanged" | "rejected";

const WORDS: Record<
  Language,
  Record<FileStatus, string> & {
    created: string;
    written: string;
    files: string;
    duplicate: string;
    replaces: string;
    measures: string;
    values: string;
    warnings: string;
  }
> = {
  ky: {
    accepted: "кабыл алынды",
    replaced: "алмаштырды",
    unchanged: "өзгөргөн жок",
    rejected: "четке кагылды",
    created: "түзүлдү",
    written: "жазылды",
    files: "файл",
    duplicate: "мурда кабыл алынган файлдын көчүрмөсү",
    replaces: "мурдагысын алмаштырды",
    measures: "чара",
    values: "маани",
    warnings: "эскертүү",
  },
  ru: {
    accepted: "принят",
    replaced: "заменил",
    unchanged: "без изменений",
    rejected: "отклонен",
    created: "создан",
    written: "записан",
    files: "файлов",
    duplicate: "копия уже принятого файла",
    replaces: "заменил прежний",
    measures: "мероприятий",
    values: "значений",
    warnings: "предупреждений",
  },
  en: {
    accepted: "accepted",
    replaced: "replaced",
    unchanged: "unchanged",
    rejected: "rejected",
    created: "created",
    written: "written",
    files: "files",
    duplicate: "a copy of a file accepted before",
    replaces: "replaces an earlier file",
    measures: "measures",
    values: "values",
    warnings: "warnings",
  },
};

const MARK: Record<FileStatus, string> = { accepted: "✓", replaced: "↻", unchanged: "=", rejected: "✗" };

export function fileStatus(r: MergeResult): FileStatus {
  return r.outcome === "duplicate"
    ? "unchanged"
    : r.outcome === "rejected"
      ? "rejected"
      : r.replaces
        ? "replaced"
        : "accepted";
}

/**
 * `tendik merge --into MASTER.xlsx FILE|DIR...`: validates each file, merges them in the order given (a folder's
 * .xlsx files by name) and writes the master whole or not at all.
 * Exit code 0 when nothing was rejected, 1 when something was; misuse, an unreadable or foreign master throw (2).
 */
export async function runMerge(args: MergeArgs): Promise<number> {
  const report = await mergeIntoMaster(args);
  if (args.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else process.stdout.write(formatReport(report, args.lang ?? "ky"));
  return report.stats.rejected > 0 ? 1 : 0;
}

/** Validates and merges the files into the master, writes it whole or not at all, and says what happened. */
export async function mergeIntoMaster(args: MergeArgs): Promise<MergeReport> {
  if (!args.into || args.inputs.length === 0)
    throw new UsageError("tendik merge --into MASTER.xlsx FILE|DIR... [--json] [--lang ky|ru|en]");
  const plan = args.plan ?? defaultPlan;
  const lang = args.lang ?? "ky";
  const into = resolve(args.into);
  const files = await expandInputs(args.inputs, into);
  if (files.length === 0) throw new UsageError(`no .xlsx files in ${args.inputs.join(", ")}`);

  // Read, merge and write under one lock: a second merge into the same master is refused until this one ends.
  return withFileLock(into, async () => {
    const existing = await loadMaster(into, plan);
    const master = existing?.master ?? emptyMaster(plan);
    const receivedAt = (args.now?.() ?? new Date()).toISOString();
    const submissions = await checkAll(files, master, plan, lang, receivedAt, args.workers);
    const merged = mergeSubmissions(master, submissions, { plan, lang });
    const language = args.lang ?? existing?.language ?? "ky";
    const bytes = await writeMaster(buildMasterWorkbook(merged.master, plan, language));
    try {
      await writeFileAtomic(into, bytes);
    } catch (e) {
      throw new UsageError(
        `${args.into}: the master could not be written (${(e as Error).message}); is it open in Excel? The previous master is unchanged.`,
      );
    }
    return mergeReport(args.into ?? into, !existing, merged.results);
  });
}

/** Files as given; a folder's .xlsx files sorted by name. Excel's lock files ("~$...") and the master itself are left out. */
export async function expandInputs(inputs: string[], master: string): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new UsageError(`${input}: no such file or folder`);
    if (!info.isDirectory()) {
      if (resolve(input) !== master) out.push(input);
      continue;
    }
    const names = (await readdir(input))
      .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$") && !n.startsWith("."))
      .sort();
    for (const name of names) if (resolve(input, name) !== master) out.push(join(input, name));
  }
  return out;
}

async function loadMaster(path: string, plan: Plan): Promise<{ master: Master; language: Language } | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  try {
    return await readMaster(bytes, plan);
  } catch (e) {
    // A foreign or broken master is refused as a target: nothing is written, exit code 2.
    const reason = e instanceof MasterError ? e.message : `not a readable .xlsx workbook (${(e as Error).message})`;
    throw new UsageError(`${path}: cannot merge into this master: ${reason}`, { cause: e });
  }
}

/**
 * Validates each file (on every core when there are many); a file already accepted into the master is not
 * read again: it is a duplicate whatever it holds.
 */
export async function checkAll(
  files: string[],
  master: Master,
  plan: Plan,
  lang: Language,
  receivedAt: string,
  workers?: number,
): Promise<Submission[]> {
  const accepted = new Set(master.submissions.filter((s) => s.outcome === "accepted").map((s) => s.sha256));
  const known: (Submission | null)[] = [];
  const toCheck: FileToCheck[] = [];
  for (const file of files) {
    const fileName = basename(file);
    const sha256 = sha256File(new Uint8Array(await readFile(file)));
    if (accepted.has(sha256)) known.push({ fileName, receivedAt, sha256, report: null, issues: [] });
    else {
      known.push(null);
      toCheck.push({ fileName, bytes: async () => new Uint8Array(await readFile(file)) });
    }
  }
  const progress = new Progress(toCheck.length);
  const checked = await validateFiles(toCheck, { plan, lang, workers, onDone: (name) => progress.tick(name) });
  progress.done();
  let i = 0;
  return known.map((k, j) => k ?? { fileName: basename(files[j]), receivedAt, ...checked[i++] });
}

/** A progress bar on stderr, only on a terminal and only when there are enough files to wait for. */
class Progress {
  private readonly on: boolean;
  private n = 0;
  private last = 0;
  constructor(private readonly total: number) {
    this.on = Boolean(process.stderr.isTTY) && total >= 20;
  }
  tick(file: string): void {
    this.n++;
    if (!this.on || (Date.now() - this.last < 100 && this.n < this.total)) return;
    this.last = Date.now();
    const width = 30;
    const full = Math.round((this.n / this.total) * width);
    process.stderr.write(
      `\r[${"#".repeat(full)}${".".repeat(width - full)}] ${this.n}/${this.total} ${basename(file).slice(0, 40).padEnd(40)}`,
    );
  }
  done(): void {
    if (this.on) process.stderr.write(`\r${" ".repeat(90)}\r`);
  }
}

export interface MergeFileReport {
  file: string;
  status: FileStatus;
  outcome: MergeResult["outcome"];
  sha256: string;
  agency: string | null;
  period: string | null;
  replaces: string | null;
  measures: number;
  values: number;
  errors: number;
  warnings: number;
  issues: Issue[];
}

export interface MergeReport {
  master: string;
  created: boolean;
  stats: Record<FileStatus, number> & { files: number };
  files: MergeFileReport[];
}

function mergeReport(master: string, created: boolean, results: MergeResult[]): MergeReport {
  const files = results.map((r): MergeFileReport => {
    const errors = r.issues.filter((i) => i.severity === "error").length;
    return {
      file: r.fileName,
      status: fileStatus(r),
      outcome: r.outcome,
      sha256: r.sha256,
      agency: r.agency,
      period: r.period,
      replaces: r.replaces,
      measures: r.measures,
      values: r.values,
      errors,
      warnings: r.issues.length - errors,
      issues: r.issues,
    };
  });
  const stats = { files: files.length, accepted: 0, replaced: 0, unchanged: 0, rejected: 0 };
  for (const f of files) stats[f.status]++;
  return { master, created, stats, files };
}

export function formatReport(report: MergeReport, lang: Language): string {
  const W = WORDS[lang];
  const lines: string[] = [];
  for (const f of report.files) {
    const who = f.agency ? ` ${f.agency} ${f.period}` : "";
    let detail = "";
    if (f.status === "accepted" || f.status === "replaced") {
      detail = `: ${f.measures} ${W.measures}, ${f.values} ${W.values}${f.warnings ? `, ${f.warnings} ${W.warnings}` : ""}${f.replaces ? `; ${W.replaces} ${f.replaces.slice(0, 12)}` : ""}`;
    } else if (f.status === "unchanged") detail = `: ${W.duplicate}`;
    lines.push(`${MARK[f.status]} ${W[f.status].padEnd(14)} ${f.file}${who}${detail}`);
    if (f.status === "rejected")
      for (const i of f.issues.filter((x) => x.severity === "error")) {
        const where = i.location.cell ? `${i.location.sheet}!${i.location.cell}` : (i.location.sheet ?? "");
        lines.push(`    ${where.padEnd(12)} ${i.message}  [${i.code}]`);
      }
  }
  const s = report.stats;
  lines.push(
    "",
    `${report.master} ${report.created ? W.created : W.written}: ${s.files} ${W.files} — ${s.accepted} ${W.accepted}, ${s.replaced} ${W.replaced}, ${s.unchanged} ${W.unchanged}, ${s.rejected} ${W.rejected}`,
  );
  return lines.join("\n") + "\n";
}
