/**
 * The coordinator's merge, as `tendik merge` does it, with this workbook as the master: the existing master is
 * read from this workbook's grid, each file is checked by the same core and reader as `tendik validate`, the
 * submissions are merged by the core, and the master's sheets are rendered back through the adapter. A file
 * accepted before is not read again (a duplicate whatever it holds), so merging the same files again changes
 * no data. Loaded only when the coordinator merges (ExcelJS is in this chunk).
 */
import { readWorkbook } from "../../../adapters/xlsx";
import { validateWorkbook, type WorkbookGrid } from "../../../core";
import type { WorkbookPort } from "../../../core/port";
import {
  buildMasterWorkbook,
  emptyMaster,
  masterFromGrid,
  masterSpec,
  mergeSubmissions,
  nothingNew,
  outcomesOf,
  submissionOf,
  type FileOutcome,
  type FileStatus,
  type Master,
  type Submission,
} from "../../../core/merge";
import { readIdentitySheet } from "../../../core/template/identity";
import { sha256Hex, type Language, type Plan } from "../../../schema";

export type { FileOutcome, FileStatus } from "../../../core/merge";

/** What a merge did; its issues are data, worded by the pane in whatever language it shows. */
export interface MergeOutcome {
  created: boolean;
  files: FileOutcome[];
  /** The master as written, for who has not reported. */
  master: Master;
  stats: Record<FileStatus, number>;
}

/** A file the coordinator picked: its name, and its bytes when asked (read one at a time). */
export interface PickedFile {
  name: string;
  bytes: () => Promise<Uint8Array>;
}

/** The master in this workbook, if it holds one (refused if it is another plan's). */
function masterIn(grid: WorkbookGrid, plan: Plan): { master: Master; language: Language } | null {
  return readIdentitySheet(grid)?.values.get("kind") === "master" ? masterFromGrid(grid, plan) : null;
}

/**
 * The master this workbook holds (null when it holds none), for who has not reported.
 * @throws {MasterError} as mergeFiles.
 */
export async function readMaster(port: WorkbookPort, plan: Plan): Promise<Master | null> {
  return masterIn(await port.readGrid(), plan)?.master ?? null;
}

/** Lets the pane repaint (the progress bar) between files. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks and merges `files` into the master of `plan` held by the workbook behind `port` (a new one if it holds
 * none), and renders the master back. `onProgress` is told after each file.
 * @throws {MasterError} when this workbook's master belongs to another plan (ForeignMasterError) or to another
 * version of it (MasterPlanVersionError).
 */
export async function mergeFiles(
  port: WorkbookPort,
  plan: Plan,
  files: PickedFile[],
  /** The language of a new master's sheets (an existing master keeps its own). */
  lang: Language,
  onProgress: (done: number, total: number) => void,
): Promise<MergeOutcome> {
  const existing = masterIn(await port.readGrid(), plan);
  const master = existing?.master ?? emptyMaster(plan);
  const receivedAt = new Date().toISOString();
  const accepted = new Set(master.submissions.filter((s) => s.outcome === "accepted").map((s) => s.sha256));
  const submissions: Submission[] = [];
  for (const [i, file] of files.entries()) {
    const bytes = await file.bytes();
    const sha256 = sha256Hex(bytes);
    if (accepted.has(sha256)) submissions.push({ fileName: file.name, receivedAt, sha256, report: null, issues: [] });
    else {
      // Hashed once: validation is handed the hash already computed.
      const checked = await validateWorkbook(bytes, {
        source: file.name,
        readGrid: readWorkbook,
        plan,
        hash: () => sha256,
      });
      submissions.push(submissionOf(checked, receivedAt, file.name));
    }
    onProgress(i + 1, files.length);
    await nextFrame();
  }
  const merged = mergeSubmissions(master, submissions, { plan });
  // Files already in the master change nothing, so the sheets are left as they are, as `tendik merge` leaves
  // the file; otherwise the same description it writes with ExcelJS: summaries, the progress chart, Tables.
  if (!existing || !nothingNew(merged.results))
    await port.render(masterSpec(buildMasterWorkbook(merged.master, plan, existing?.language ?? lang)));
  const { files: outcomes, stats } = outcomesOf(merged.results);
  return { created: !existing, files: outcomes, stats, master: merged.master };
}
