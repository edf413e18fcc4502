import {
  catalogue,
  checkReportSchema,
  defaultPlan,
  findMeasure,
  makeIssue,
  parsePeriod,
  sha256Hex,
  type Issue,
  type Plan,
  type Report,
} from "../../schema";
import type { WorkbookGrid } from "../grid";
import { ReadContext } from "../read/context";
import { isWorkbookReadError, readErrorIssue } from "../read/errors";
import type { ColumnSet } from "../template/layout";
import { readReport, type ReportReading } from "../read/readReport";
import { checkFileBytes } from "./fileChecks";
import { ENTRY_RULES } from "./rules";
import { schemaIssues } from "./schemaIssues";

/** The port to a workbook reader (the .xlsx adapter in Node and the browser). */
export type ReadGrid = (bytes: Uint8Array) => Promise<WorkbookGrid>;

export interface ValidationTask {
  /** The file as given (path or name). */
  source: string;
  valid: boolean;
  stats: { errors: number; warnings: number };
  issues: Issue[];
}

export interface ValidationReport {
  valid: boolean;
  stats: { files: number; errors: number; warnings: number; invalidFiles: number; unreadableFiles: number };
  tasks: ValidationTask[];
}

/** One file checked: the task for the validation report, and what merging needs. */
export interface CheckedSubmission {
  task: ValidationTask;
  /** The report document, when the file could be read as this plan's template (valid or not). */
  report: Report | null;
  reading: ReportReading | null;
  sha256: string;
  /** True when the file could not be opened at all (file-level issue). */
  unreadable: boolean;
}

export interface ValidateOptions {
  source: string;
  readGrid: ReadGrid;
  plan?: Plan;
  /** The report columns the template was built with (the standard registry by default). */
  columns?: ColumnSet;
  /** SHA-256 of the bytes as hex; Node passes its native hash (the portable one runs at ~20 MB/s). */
  hash?: (bytes: Uint8Array) => string;
}

const LEVEL_ORDER = { file: 0, identity: 1, structure: 2, cell: 3, rule: 4 } as const;

/** Errors first; then file, identity, structure, cells, rules; then as the sheet reads, top to bottom. */
export function sortIssues(issues: Issue[]): Issue[] {
  const level = (i: Issue) => LEVEL_ORDER[catalogue[i.code as keyof typeof catalogue]?.level ?? "cell"];
  return [...issues].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
      level(a) - level(b) ||
      (a.location.row ?? 0) - (b.location.row ?? 0) ||
      (a.location.column ?? "").length - (b.location.column ?? "").length ||
      (a.location.column ?? "").localeCompare(b.location.column ?? ""),
  );
}

function taskOf(source: string, issues: Issue[]): ValidationTask {
  const sorted = sortIssues(issues);
  const errors = sorted.filter((i) => i.severity === "error").length;
  return { source, valid: errors === 0, stats: { errors, warnings: sorted.length - errors }, issues: sorted };
}

/**
 * Everything Tendik checks in one submitted file: its bytes, identity, structure, every cell against the
 * report schema, and the rules across cells. Data problems come back as issues; nothing is thrown for them.
 */
export async function validateWorkbook(bytes: Uint8Array, opts: ValidateOptions): Promise<CheckedSubmission> {
  const plan = opts.plan ?? defaultPlan;
  const sha256 = (opts.hash ?? sha256Hex)(bytes);
  const fileIssue = (
    code: Parameters<typeof makeIssue>[0],
    params: Parameters<typeof makeIssue>[1],
  ): CheckedSubmission => ({
    task: taskOf(opts.source, [makeIssue(code, params, "", { workbook: opts.source })]),
    report: null,
    reading: null,
    sha256,
    unreadable: true,
  });
  const problem = checkFileBytes(bytes);
  // "A text file renamed to .xlsx" is said only of a file named .xlsx: README.md is simply no workbook.
  if (problem?.code === "file-text-renamed" && !/\.xlsx$/i.test(opts.source)) return fileIssue("file-not-workbook", {});
  if (problem) return fileIssue(problem.code, problem.params);
  let grid: WorkbookGrid;
  try {
    grid = await opts.readGrid(bytes);
  } catch (e) {
    // Only "cannot read this workbook" is a data issue; anything else (a TypeError, a bug) goes up as what it is.
    if (!isWorkbookReadError(e)) throw e;
    const issue = readErrorIssue(e);
    return fileIssue(issue.code, issue.params);
  }
  const checked = validateGrid(grid, { ...opts, plan });
  return { task: checked.task, report: checked.reading.report, reading: checked.reading, sha256, unreadable: false };
}

/**
 * Everything Tendik checks in a workbook's grid (identity, structure, cells, rules): what `validateWorkbook` does
 * after reading a file, and what the task pane does on the workbook open in Excel.
 */
export function validateGrid(
  grid: WorkbookGrid,
  opts: Pick<ValidateOptions, "source" | "plan" | "columns">,
): { reading: ReportReading; task: ValidationTask } {
  const plan = opts.plan ?? defaultPlan;
  const reading = readReport(grid, { plan, workbook: opts.source || undefined, columns: opts.columns });
  const issues = [...reading.issues];
  if (reading.report) issues.push(...checkReport(reading, plan, opts.source || undefined, opts.columns));
  return { reading, task: taskOf(opts.source, issues) };
}

/** Schema and rules on a report that was read; issues located through the reading's cell map. */
export function checkReport(reading: ReportReading, plan: Plan, source?: string, columns?: ColumnSet): Issue[] {
  const report = reading.report!;
  const ctx = new ReadContext(plan, source);
  const out: Issue[] = [];
  const schema = checkReportSchema(report);
  if (!schema.valid) out.push(...schemaIssues(report, schema.errors, reading.cells, ctx, columns));
  const period = parsePeriod(report.header.period);
  if (period) {
    report.entries.forEach((entry, i) => {
      const measure = findMeasure(plan, entry.measureId)?.measure;
      if (!measure) return;
      for (const rule of ENTRY_RULES)
        rule(entry, {
          measure,
          period,
          path: `/entries/${i}`,
          report: (code, params, path, field) => out.push(ctx.issueAt(code, params, path, reading.cells, field)),
        });
    });
  }
  // One issue per cell: what the reader found in the cell itself (a value it could not parse) says more than
  // what a check of the document infers from the value's absence; a rule naming the missing status says
  // more than the schema's bare "required".
  const read = new Set(reading.issues.map((i) => i.path).filter(Boolean));
  const specific = new Set(out.filter((i) => i.code === "status-missing-with-values").map((i) => i.path));
  return out.filter((i) => !read.has(i.path) && !(i.code === "value-required" && specific.has(i.path)));
}

/** The report over several files, as `tendik validate --json` prints it. */
export function summarize(checked: Pick<CheckedSubmission, "task" | "unreadable">[]): ValidationReport {
  const tasks = checked.map((c) => c.task);
  const errors = tasks.reduce((n, t) => n + t.stats.errors, 0);
  const warnings = tasks.reduce((n, t) => n + t.stats.warnings, 0);
  return {
    valid: tasks.every((t) => t.valid),
    stats: {
      files: tasks.length,
      errors,
      warnings,
      invalidFiles: tasks.filter((t) => !t.valid).length,
      unreadableFiles: checked.filter((c) => c.unreadable).length,
    },
    tasks,
  };
}
