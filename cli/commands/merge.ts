import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { readMaster, writeMaster } from "../../adapters/xlsx/masterWorkbook";
import {
  buildMasterWorkbook,
  emptyMaster,
  MasterError,
  mergeSubmissions,
  nothingNew,
  outcomesOf,
  type FileOutcome,
  type FileStatus,
  type Master,
  type MergeResult,
  type Submission,
} from "../../core/merge";
import {
  bodyShortName,
  countWords,
  defaultPlan,
  periodWords,
  renderIssue,
  withMessage,
  type CountKey,
  type Language,
  type Plan,
} from "../../schema";
import { CliError, UsageError, usageError } from "../errors";
import { withFileLock } from "../fileLock";
import { realTarget, sha256File, writeFileAtomic } from "../files";
import {
  checkUnchanged,
  inputIssue,
  isInputProblem,
  kindOf,
  readInput,
  readNamedInput,
  type InputFile,
  type InputProblem,
} from "../inputs";
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

export type { FileStatus } from "../../core/merge";

/** Per-file status words and phrases; counts go through the words layer (`countWords`), in agreement. */
const WORDS: Record<
  Language,
  Record<FileStatus, string> & {
    created: string;
    written: string;
    nothingNew: string;
    duplicate: string;
    replaces: string;
  }
> = {
  ky: {
    accepted: "кабыл алынды",
    replaced: "алмаштырды",
    unchanged: "өзгөргөн жок",
    rejected: "четке кагылды",
    created: "түзүлдү",
    written: "жазылды",
    nothingNew: "жаңы эч нерсе жок, жыйынтык китеби өзгөргөн жок",
    duplicate: "мурда кабыл алынган файлдын көчүрмөсү",
    replaces: "алмаштырылган мурдагы файл:",
  },
  ru: {
    accepted: "принят",
    replaced: "заменил",
    unchanged: "без изменений",
    rejected: "отклонен",
    created: "создана",
    written: "записана",
    nothingNew: "нового нет, сводная книга не изменилась",
    duplicate: "копия уже принятого файла",
    replaces: "заменен прежний файл",
  },
  en: {
    accepted: "accepted",
    replaced: "replaced",
    unchanged: "unchanged",
    rejected: "rejected",
    created: "created",
    written: "written",
    nothingNew: "nothing new, the master is unchanged",
    duplicate: "a copy of a file accepted before",
    replaces: "replaces an earlier file",
  },
};

const MARK: Record<FileStatus, string> = { accepted: "✓", replaced: "↻", unchanged: "=", rejected: "✗" };

/**
 * `tendik merge --into MASTER.xlsx FILE|DIR...`: validates each file, merges them in the order given (a folder's
 * .xlsx files by name) and writes the master whole or not at all.
 * Exit code 0 when nothing was rejected, 1 when something was; misuse, an unreadable or foreign master throw (2).
 */
export async function runMerge(args: MergeArgs): Promise<number> {
  const report = await mergeIntoMaster(args);
  const lang = args.lang ?? "ky";
  // The JSON keeps each issue's code and params, and adds its message in the chosen language.
  if (args.json) {
    const files = report.files.map((f) => ({ ...f, issues: f.issues.map((i) => withMessage(i, lang)) }));
    process.stdout.write(JSON.stringify({ ...report, files }, null, 2) + "\n");
  } else process.stdout.write(formatReport(report, lang, args.plan ?? defaultPlan));
  return report.stats.rejected > 0 ? 1 : 0;
}

/** Validates and merges the files into the master, writes it whole or not at all, and says what happened. */
export async function mergeIntoMaster(args: MergeArgs): Promise<MergeReport> {
  const example = "tendik merge --into master.xlsx inbox/";
  if (!args.into) throw usageError("missingOption", { option: "--into MASTER.xlsx", example });
  if (args.inputs.length === 0) throw usageError("missingFiles", { example });
  const plan = args.plan ?? defaultPlan;
  // Messages name the master as the user typed it; the master itself is never merged into itself, even
  // when a symbolic link names it.
  const typed = args.into;
  const into = resolve(await realTarget(typed));
  const files = await expandInputs(args.inputs, into);
  if (files.length === 0) throw usageError("noWorkbooks", { paths: args.inputs.join(", ") });

  // Read, merge and write under one lock: a second merge into the same master is refused until this one ends.
  return withFileLock(typed, async () => {
    const existing = await loadMaster(into, plan);
    const master = existing?.master ?? emptyMaster(plan);
    const receivedAt = (args.now?.() ?? new Date()).toISOString();
    const submissions = await checkAll(files, master, plan, receivedAt, args.workers);
    const merged = mergeSubmissions(master, submissions, { plan });
    const language = args.lang ?? existing?.language ?? "ky";
    // Files already in the master change nothing: the master file is left as it is, not even rewritten, so a
    // merge of a whole folder can run every day. (A new language asked for is a change: it is written.)
    if (existing !== null && nothingNew(merged.results) && language === existing.language)
      return mergeReport(args.into ?? into, false, merged.results, false);
    const bytes = await writeMaster(buildMasterWorkbook(merged.master, plan, language));
    try {
      await writeFileAtomic(typed, bytes);
    } catch (e) {
      // A condition the file layer already named (a full disk, a read-only master) says it best as it is.
      if (e instanceof CliError) throw e;
      throw new UsageError(
        `${args.into}: the master could not be written (${(e as Error).message}); is it open in Excel? The previous master is unchanged.`,
      );
    }
    return mergeReport(args.into ?? into, !existing, merged.results, true);
  });
}

/**
 * Files as given; a folder's .xlsx files sorted by name. Excel's lock files ("~$...") and the master itself are
 * left out, and so are folders inside a folder. A pipe, device or socket in a folder is kept, for its file-level
 * issue (it is never opened); one named on the command line is misuse.
 * @throws {NotRegularFileError} for a pipe, device or socket named on the command line.
 */
export async function expandInputs(inputs: string[], master: string): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ELOOP") throw usageError("ELOOP", { path: input });
      return null;
    });
    if (!info) throw usageError("ENOENT", { path: input });
    const kind = kindOf(info);
    if (kind !== "folder" && kind !== "file") await readNamedInput(input); // throws, naming the path and its kind
    if (kind !== "folder") {
      if (!(await isMaster(input, master))) out.push(input);
      continue;
    }
    // The entries' types come with the listing: only a link needs a look at what it points to.
    const listed = await readdir(input, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === "EACCES" || e.code === "EPERM")
        throw new UsageError(`${input}: the folder may not be read by this user (no permission); nothing was merged.`);
      throw e;
    });
    const entries = listed
      .filter((e) => /\.xlsx$/i.test(e.name) && !e.name.startsWith("~$") && !e.name.startsWith("."))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(input, entry.name);
      if (entry.isDirectory() || (await isMaster(path, master))) continue;
      if (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory()) continue;
      out.push(path);
    }
  }
  return out;
}

/** Whether a path is the master (itself, or a link to it). */
async function isMaster(path: string, master: string): Promise<boolean> {
  if (resolve(path) === master) return true;
  return (await realpath(path).catch(() => null)) === master;
}

async function loadMaster(path: string, plan: Plan): Promise<{ master: Master; language: Language } | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "EACCES" || code === "EPERM")
      throw new UsageError(`${path}: the master may not be read by this user (no permission); nothing was changed.`, {
        cause: e,
      });
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
 * Validates each file (on every core when there are many). Each file is read once (cli/inputs.ts: regular files
 * only, at most the size limit) and hashed once; a file already accepted into the master is not validated: it is
 * a duplicate whatever it holds. A file that changed or vanished before the merge is written is not merged.
 */
export async function checkAll(
  files: string[],
  master: Master,
  plan: Plan,
  receivedAt: string,
  workers?: number,
): Promise<Submission[]> {
  const accepted = new Set(master.submissions.filter((s) => s.outcome === "accepted").map((s) => s.sha256));
  const inputs: (InputFile | InputProblem)[] = new Array(files.length);
  const toCheck: FileToCheck[] = files.map((file, j) => ({
    fileName: basename(file),
    // A refused file or a duplicate is handed to validation as no bytes (instant); its result is replaced below.
    bytes: async () => {
      const input = (inputs[j] = await readInput(file));
      return isInputProblem(input) || accepted.has(input.sha256) ? new Uint8Array(0) : input.bytes;
    },
    // Hashed once, when read.
    sha256: () => {
      const input = inputs[j];
      return input && !isInputProblem(input) ? input.sha256 : undefined;
    },
  }));
  const progress = new Progress(toCheck.length);
  const checked = await validateFiles(toCheck, { plan, workers, onDone: (name) => progress.tick(name) });
  progress.done();
  const out: Submission[] = [];
  for (const [j, input] of inputs.entries()) {
    const fileName = basename(files[j]);
    const problem = isInputProblem(input) ? input : await checkUnchanged(input);
    // A file not read has the hash of what was read of it, nothing: an empty hash would make the master's log
    // unreadable (its SHA-256 column is required), and every later merge of it refused.
    const sha256 = isInputProblem(input) ? NOTHING_READ : input.sha256;
    if (problem) out.push({ fileName, receivedAt, sha256, report: null, issues: [inputIssue(problem, fileName)] });
    else if (accepted.has(sha256)) out.push({ fileName, receivedAt, sha256, report: null, issues: [] });
    else out.push({ fileName, receivedAt, ...checked[j] });
  }
  return out;
}

/** SHA-256 of no bytes. */
const NOTHING_READ = sha256File(new Uint8Array(0));

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

/** One file's outcome, as the pane shows it too (core/merge/outcomes.ts). */
export type MergeFileReport = FileOutcome;

export interface MergeReport {
  master: string;
  created: boolean;
  /** False when nothing was new: the master file was left untouched. */
  written: boolean;
  stats: Record<FileStatus, number> & { files: number };
  files: MergeFileReport[];
}

function mergeReport(master: string, created: boolean, results: MergeResult[], written: boolean): MergeReport {
  const { files, stats } = outcomesOf(results);
  return { master, created, written, stats: { files: files.length, ...stats }, files };
}

/** The command line's account of a merge: one line per file, then the totals, numbers agreeing with nouns. */
/** Errors printed per rejected file; the rest are counted (all of them are in --json and the master). */
const ERRORS_SHOWN = 20;

export function formatReport(report: MergeReport, lang: Language, plan?: Plan): string {
  const W = WORDS[lang];
  const n = (key: CountKey, count: number) => countWords(key, count, lang);
  const lines: string[] = [];
  for (const f of report.files) {
    // The body as a reader of this language names it (МТСР, MLSD), given the plan.
    const agency = f.agency && plan ? bodyShortName(plan, f.agency, lang) : f.agency;
    const who = agency ? ` ${agency}${f.period ? `, ${periodWords(f.period, lang)}` : ""}` : "";
    let detail = "";
    if (f.status === "accepted" || f.status === "replaced") {
      detail = `: ${n("measures", f.measures)}, ${n("values", f.values)}${f.warnings ? `, ${n("warnings", f.warnings)}` : ""}${f.replaces ? `; ${W.replaces} ${f.replacesFile ?? ""}`.trimEnd() : ""}`;
    } else if (f.status === "unchanged") detail = `: ${W.duplicate}`;
    lines.push(`${MARK[f.status]} ${W[f.status].padEnd(14)} ${f.file}${who}${detail}`);
    if (f.status === "rejected") {
      // A file of junk has thousands of errors: the first ones say what is wrong, the count says how much.
      const errors = f.issues.filter((x) => x.severity === "error");
      for (const i of errors.slice(0, ERRORS_SHOWN)) {
        const where = i.location.cell ? `${i.location.sheet}!${i.location.cell}` : (i.location.sheet ?? "");
        lines.push(`    ${where.padEnd(12)} ${renderIssue(i, lang)}`);
      }
      if (errors.length > ERRORS_SHOWN) lines.push(`    ${n("moreErrors", errors.length - ERRORS_SHOWN)}`);
    }
  }
  const s = report.stats;
  const parts = [
    n("accepted", s.accepted),
    n("replaced", s.replaced),
    n("unchanged", s.unchanged),
    n("rejected", s.rejected),
  ];
  lines.push(
    "",
    `${report.master} ${report.written ? (report.created ? W.created : W.written) : W.nothingNew}: ${n("files", s.files)} — ${parts.join(", ")}`,
  );
  return lines.join("\n") + "\n";
}
