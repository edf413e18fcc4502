import {
  defaultPlan,
  findMeasure,
  makeIssue,
  planHash,
  type Issue,
  type MeasureInPlan,
  type Plan,
  type Report,
} from "../../schema";
import type { CheckedSubmission } from "../validate/validateWorkbook";
import { checkMasterIdentity } from "./errors";
import type {
  IndicatorValueRow,
  IssueRow,
  Master,
  MeasureReportRow,
  Outcome,
  RejectionRow,
  SubmissionLogRow,
} from "./model";
import type { ColumnSet } from "../template/layout";
import { indicatorValueRow, measureReportRow, PlanOrder } from "./rows";

/** One file to merge: what validation found in it, and where it came from. */
export interface Submission {
  fileName: string;
  /** ISO date-time the master received it (the caller's clock: merging itself is pure). */
  receivedAt: string;
  sha256: string;
  /** The report read from the file, or null when it could not be read as this plan's template. */
  report: Report | null;
  /** Everything validation found, errors and warnings. */
  issues: Issue[];
}

/** What became of one file. `replaces` is set when an accepted file replaced an earlier one. */
export interface MergeResult {
  seq: number;
  fileName: string;
  sha256: string;
  outcome: Outcome;
  agency: string | null;
  period: string | null;
  replaces: string | null;
  /** The name of the file it replaced, for people (the SHA-256 above is for machines). */
  replacesFile: string | null;
  measures: number;
  values: number;
  /** For a rejected file its errors (and warnings); for an accepted one its warnings. */
  issues: Issue[];
}

export interface MergeOptions {
  plan?: Plan;
  /** The report columns (the standard registry unless the templates carry fields of their own). */
  columns?: ColumnSet;
}

/** A validated file as a submission. */
export function submissionOf(
  checked: CheckedSubmission,
  receivedAt: string,
  fileName = checked.task.source,
): Submission {
  return { fileName, receivedAt, sha256: checked.sha256, report: checked.report, issues: checked.task.issues };
}

/** The data one accepted file contributes; replaced as a whole by a later file for the same body and period. */
interface Slot {
  measureReports: MeasureReportRow[];
  indicatorValues: IndicatorValueRow[];
  warnings: IssueRow[];
}

const slotKey = (agency: string, period: string) => `${agency}\u0000${period}`;

/**
 * A rejected file puts at most this many issues into "Rejected files", then one row saying how many more: a file
 * of 60,000 junk rows must not make the master (and every later merge of it) 60,000 rows heavier.
 */
export const MAX_REJECTION_ROWS = 50;

/**
 * Merges submissions into a master, in the order given. Pure and deterministic: the same master and the same
 * files give the same result.
 * - A file with errors (or one that could not be read) changes nothing but the log: rejected, with its issues.
 * - A file whose SHA-256 is that of a file accepted before is a duplicate: logged, nothing else changes.
 * - A later file for the same body and period replaces the earlier one's data; the log says which replaced which.
 * - Reports of several bodies on the same measure are all kept (one row per measure x body x period).
 * - Data tables come out in the plan's order (measure, then body, then period), so merging the same files in
 *   any order gives the same tables; only the log, and which of two files for one body and period wins, differ.
 * @throws {MasterError} when the master is not this plan's (see checkMasterIdentity).
 * @example const { master, results } = mergeSubmissions(emptyMaster(plan), [submissionOf(checked, now)]);
 */
export function mergeSubmissions(
  master: Master,
  submissions: Submission[],
  opts: MergeOptions = {},
): { master: Master; results: MergeResult[] } {
  const plan = opts.plan ?? defaultPlan;
  checkMasterIdentity(master.identity, plan);
  const order = new PlanOrder(plan);

  const log = master.submissions.map((r) => ({ ...r }));
  const rejections: RejectionRow[] = [...master.rejections];
  const acceptedBySha = new Map<string, SubmissionLogRow>();
  const current = new Map<string, SubmissionLogRow>();
  for (const row of log) {
    if (row.outcome !== "accepted") continue;
    acceptedBySha.set(row.sha256, row);
    if (row.replacedBy === null && row.agency !== null && row.period !== null)
      current.set(slotKey(row.agency, row.period), row);
  }
  const slots = new Map<string, Slot>();
  const slotOf = (r: { agency: string | null; period: string | null }): Slot => {
    const key = slotKey(r.agency ?? "", r.period ?? "");
    let slot = slots.get(key);
    if (!slot) slots.set(key, (slot = { measureReports: [], indicatorValues: [], warnings: [] }));
    return slot;
  };
  for (const r of master.measureReports) slotOf(r).measureReports.push(r);
  for (const r of master.indicatorValues) slotOf(r).indicatorValues.push(r);
  for (const r of master.warnings) slotOf(r).warnings.push(r);

  let seq = log.reduce((n, r) => Math.max(n, r.seq), 0);
  const results: MergeResult[] = [];
  for (const sub of submissions) {
    seq++;
    const base = {
      seq,
      fileName: sub.fileName,
      sha256: sub.sha256,
      receivedAt: sub.receivedAt,
      replaces: null,
      replacedBy: null,
      ...contactOf(sub.report),
    };
    const earlier = acceptedBySha.get(sub.sha256);
    if (earlier) {
      // A file accepted before: nothing changes, not even the log, so merging a folder again is harmless.
      seq--;
      results.push(
        resultOf(
          { ...earlier, fileName: sub.fileName, outcome: "duplicate", replaces: null, measures: 0, values: 0 },
          [],
        ),
      );
      continue;
    }
    const report = sub.report;
    const places = new Map<string, MeasureInPlan>();
    const issues = [...sub.issues];
    if (report) issues.push(...planIssues(report, plan, sub, places));
    const errors = issues.filter((i) => i.severity === "error").length;
    const agency = report?.header.agency ?? null;
    const period = report?.header.period ?? null;
    const warningCount = issues.length - errors;

    if (!report || errors > 0) {
      const row: SubmissionLogRow = {
        ...base,
        agency,
        period,
        outcome: "rejected",
        measures: 0,
        values: 0,
        errors,
        warnings: warningCount,
      };
      log.push(row);
      for (const issue of issues.slice(0, MAX_REJECTION_ROWS))
        rejections.push({ seq, ...issueRow(issue, sub, agency, period) });
      if (issues.length > MAX_REJECTION_ROWS) {
        const more = makeIssue("file-more-issues", { count: issues.length - MAX_REJECTION_ROWS }, "", {
          workbook: sub.fileName,
        });
        rejections.push({ seq, ...issueRow(more, sub, agency, period) });
      }
      results.push(resultOf(row, issues));
      continue;
    }

    const slot: Slot = {
      measureReports: [],
      indicatorValues: [],
      warnings: issues.map((i) => issueRow(i, sub, agency, period)),
    };
    for (const entry of report.entries) {
      slot.measureReports.push(measureReportRow(report, entry, places.get(entry.measureId)!, sub.sha256, opts.columns));
      for (const v of entry.indicators)
        slot.indicatorValues.push(indicatorValueRow(report, entry.measureId, v, sub.sha256, opts.columns));
    }
    const key = slotKey(report.header.agency, report.header.period);
    const previous = current.get(key);
    if (previous) previous.replacedBy = sub.sha256;
    const row: SubmissionLogRow = {
      ...base,
      agency,
      period,
      outcome: "accepted",
      measures: slot.measureReports.length,
      values: slot.indicatorValues.length,
      errors: 0,
      warnings: warningCount,
      replaces: previous?.sha256 ?? null,
    };
    log.push(row);
    slots.set(key, slot);
    current.set(key, row);
    acceptedBySha.set(sub.sha256, row);
    results.push({ ...resultOf(row, issues), replacesFile: previous?.fileName ?? null });
  }

  const all = [...slots.values()];
  return {
    master: {
      identity: master.identity,
      measureReports: all.flatMap((s) => s.measureReports).sort(order.compareMeasureReports),
      indicatorValues: all.flatMap((s) => s.indicatorValues).sort(order.compareIndicatorValues),
      submissions: log,
      warnings: all.flatMap((s) => s.warnings).sort(order.compareIssues),
      rejections,
    },
    results,
  };
}

/**
 * What validation cannot know about a report but the master can: that it is this plan's (a template of
 * another plan or version is rejected even if someone merges it without validating), with known measures.
 * A missing status is told here only when validation has not told it already (one problem, one issue: a
 * validated file and its merge count alike).
 */
function planIssues(report: Report, plan: Plan, sub: Submission, places: Map<string, MeasureInPlan>): Issue[] {
  const at = { workbook: sub.fileName };
  if (report.header.planId !== plan.id)
    return [makeIssue("identity-other-plan", { found: report.header.planId, expected: plan.id }, "/header/planId", at)];
  const hash = planHash(plan);
  if (report.header.planHash !== hash)
    return [
      makeIssue(
        "identity-plan-version",
        { found: report.header.planHash.slice(0, 12), expected: hash.slice(0, 12) },
        "/header/planHash",
        at,
      ),
    ];
  const told = new Set(sub.issues.filter((i) => i.severity === "error").map((i) => i.path));
  const out: Issue[] = [];
  report.entries.forEach((entry, i) => {
    const place = findMeasure(plan, entry.measureId);
    const path = `/entries/${i}/status`;
    if (!place) out.push(makeIssue("row-unexpected", { value: entry.measureId }, `/entries/${i}`, at));
    else if (!entry.status) {
      if (!told.has(path))
        out.push(makeIssue("value-required", { field: "status", measure: entry.measureId }, path, at));
    } else places.set(entry.measureId, place);
  });
  return out;
}

/** Who prepared a report and how to reach them, as typed in the template's header (null when not typed). */
function contactOf(
  report: Report | null,
): Pick<SubmissionLogRow, "preparedBy" | "position" | "phone" | "email" | "preparedOn"> {
  const p = report?.header.preparedBy;
  return {
    preparedBy: p?.name ?? null,
    position: p?.position ?? null,
    phone: p?.phone ?? null,
    email: p?.email ?? null,
    preparedOn: p?.date ?? null,
  };
}

function resultOf(row: SubmissionLogRow, issues: Issue[]): MergeResult {
  const { seq, fileName, sha256, outcome, agency, period, replaces, measures, values } = row;
  return { seq, fileName, sha256, outcome, agency, period, replaces, replacesFile: null, measures, values, issues };
}

function issueRow(issue: Issue, sub: Submission, agency: string | null, period: string | null): IssueRow {
  return {
    fileName: sub.fileName,
    sha256: sub.sha256,
    agency,
    period,
    code: issue.code,
    severity: issue.severity,
    sheet: issue.location.sheet ?? null,
    cell: issue.location.cell ?? null,
    params: JSON.stringify(issue.params),
    message: null,
  };
}
