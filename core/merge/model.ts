/**
 * The master workbook as data: flat records, one per table row, so the same model is written as Excel
 * Tables, read back from them, and merged again. Nothing here knows of Excel.
 */
import { planHash, type IndicatorKind, type MeasureStatus, type Plan, type SpendingSource } from "../../schema";

export const MASTER_FORMAT_VERSION = 1;

export interface MasterIdentity {
  kind: "master";
  formatVersion: number;
  planId: string;
  planHash: string;
}

/** One body's report on one measure for one period (measure x body x period). */
export interface MeasureReportRow {
  agency: string;
  period: string;
  chapterId: string;
  goalId: string;
  taskId: string;
  measureId: string;
  status: MeasureStatus;
  narrative: string | null;
  spendingAmount: number | null;
  spendingSource: SpendingSource | null;
  evidenceDocument: string | null;
  /** ISO date. */
  evidenceDate: string | null;
  evidenceLink: string | null;
  obstacles: string | null;
  /** The submission the row came from (see the log). */
  sha256: string;
}

/** One typed indicator value; the columns that do not apply to its kind are null. */
export interface IndicatorValueRow {
  agency: string;
  period: string;
  measureId: string;
  indicatorId: string;
  kind: IndicatorKind;
  /** count, percent, amount. */
  value: number | null;
  women: number | null;
  men: number | null;
  total: number | null;
  /** document: done or not, and its reference. */
  done: boolean | null;
  reference: string | null;
  /** text. */
  text: string | null;
  sha256: string;
}

/** What became of a file: duplicates (files accepted before) are told to the caller but not logged. */
export type Outcome = "accepted" | "duplicate" | "rejected";

/** One file that reached the master, whatever became of it. */
export interface SubmissionLogRow {
  seq: number;
  /** Null when the file could not be read far enough to know. */
  agency: string | null;
  period: string | null;
  fileName: string;
  sha256: string;
  /** ISO date-time. */
  receivedAt: string;
  outcome: Outcome;
  measures: number;
  values: number;
  errors: number;
  warnings: number;
  /** The accepted file for the same body and period this one replaced. */
  replaces: string | null;
  /** The later file that replaced this one. */
  replacedBy: string | null;
  /** Who prepared the report, their position, phone, e-mail and date, as typed in the template (for follow-up). */
  preparedBy: string | null;
  position: string | null;
  phone: string | null;
  email: string | null;
  /** ISO date. */
  preparedOn: string | null;
}

/** An issue of a file: warnings of accepted files, errors (and warnings) of rejected ones. */
export interface IssueRow {
  fileName: string;
  sha256: string;
  agency: string | null;
  period: string | null;
  code: string;
  severity: "error" | "warning";
  sheet: string | null;
  cell: string | null;
  /** The issue's params as JSON; its message is rendered from code and params when the master is written. */
  params: string | null;
  /** The message as a master written before params were kept holds it; null for a row that has params. */
  message: string | null;
}

/** A rejected file's issue, tied to its attempt in the log. */
export interface RejectionRow extends IssueRow {
  seq: number;
}

export interface Master {
  identity: MasterIdentity;
  measureReports: MeasureReportRow[];
  indicatorValues: IndicatorValueRow[];
  submissions: SubmissionLogRow[];
  /** Warnings of the files whose data is in the master now (a replaced file's warnings go with its data). */
  warnings: IssueRow[];
  rejections: RejectionRow[];
}

/** A master with nothing merged yet. */
export function emptyMaster(plan: Plan): Master {
  return {
    identity: { kind: "master", formatVersion: MASTER_FORMAT_VERSION, planId: plan.id, planHash: planHash(plan) },
    measureReports: [],
    indicatorValues: [],
    submissions: [],
    warnings: [],
    rejections: [],
  };
}
