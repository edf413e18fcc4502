/**
 * What a person is told of each merged file, the same in the command line and the coordinator's pane: a
 * replaced file is accepted and says what it replaced; a file already in the master is "unchanged".
 */
import type { Issue } from "../../schema";
import type { MergeResult } from "./mergeSubmissions";
import type { Outcome } from "./model";

export type FileStatus = "accepted" | "replaced" | "unchanged" | "rejected";

export interface FileOutcome {
  file: string;
  status: FileStatus;
  outcome: Outcome;
  sha256: string;
  agency: string | null;
  period: string | null;
  replaces: string | null;
  /** The file it replaced, by name. */
  replacesFile: string | null;
  measures: number;
  values: number;
  errors: number;
  warnings: number;
  issues: Issue[];
}

export function fileStatus(r: MergeResult): FileStatus {
  if (r.outcome === "duplicate") return "unchanged";
  if (r.outcome === "rejected") return "rejected";
  return r.replaces ? "replaced" : "accepted";
}

/** Each file's outcome and the counts per status, in the order the files were merged. */
export function outcomesOf(results: MergeResult[]): { files: FileOutcome[]; stats: Record<FileStatus, number> } {
  const files = results.map((r): FileOutcome => {
    const errors = r.issues.filter((i) => i.severity === "error").length;
    return {
      file: r.fileName,
      status: fileStatus(r),
      outcome: r.outcome,
      sha256: r.sha256,
      agency: r.agency,
      period: r.period,
      replaces: r.replaces,
      replacesFile: r.replacesFile,
      measures: r.measures,
      values: r.values,
      errors,
      warnings: r.issues.length - errors,
      issues: r.issues,
    };
  });
  const stats: Record<FileStatus, number> = { accepted: 0, replaced: 0, unchanged: 0, rejected: 0 };
  for (const f of files) stats[f.status]++;
  return { files, stats };
}

/** True when merging changed nothing: every file was already in the master (so nothing need be written). */
export function nothingNew(results: MergeResult[]): boolean {
  return results.every((r) => r.outcome === "duplicate");
}
