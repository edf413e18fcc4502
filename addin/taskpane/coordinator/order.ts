/**
 * The order the coordinator reads a merge's outcome in: what needs action first (rejected files, to send back),
 * then what changed the master (replaced, accepted), then files that changed nothing; file order within each.
 */
import type { FileOutcome, FileStatus } from "../../../core/merge";

const RANK: Record<FileStatus, number> = { rejected: 0, replaced: 1, accepted: 2, unchanged: 3 };

/** The outcomes, rejected first, then replaced, accepted and unchanged; a stable sort keeps the files' order. */
export function sortOutcomes<T extends Pick<FileOutcome, "status">>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => RANK[a.status] - RANK[b.status]);
}
