/*
 * The master workbook as an .xlsx file, in Node and in the browser: the core lays the master out as a
 * `WorkbookSpec` (core/merge/masterSpec.ts) and the one renderer that writes templates writes it too.
 *
 * Writer choice, measured with `npm run bench` (bench/merge.ts): ExcelJS's in-memory workbook with Excel Tables
 * (the design wants Tables: filters, pivots, structured references, which only the in-memory writer makes).
 * A master of this plan stays at a few thousand data rows (a resubmission replaces rows, it does not add them);
 * a synthetic 60,000-row master costs ~1 GB with it against ~260 MB streaming without tables, so a plan ten times
 * larger would want the streaming writer with the tables' XML added by hand.
 */
import { masterFromGrid, masterSpec, type Master, type MasterWorkbookSpec } from "../../core/merge";
import type { ColumnSet } from "../../core/template/layout";
import { MASTER_LIMITS } from "../../core/validate/fileChecks";
import type { Language, Plan } from "../../schema";
import { readWorkbook } from "./readWorkbook";
import { writeWorkbook } from "./writeWorkbook";

export { NUM_FMT } from "../../core/merge";

/**
 * Renders the master: summary sheets (with the progress chart), one Excel Table per data sheet, the very hidden
 * identity. Every text is written as a string value, never as a formula: "=1+1" an agency typed stays "=1+1".
 * @example const bytes = await writeMaster(buildMasterWorkbook(master, plan, "ky"));
 */
export async function writeMaster(spec: MasterWorkbookSpec): Promise<Uint8Array> {
  return writeWorkbook(masterSpec(spec));
}

/**
 * Reads a master back into the model, so a later merge continues from it.
 * @throws {WorkbookReadError} the bytes are not a readable .xlsx.
 * @throws {MasterError} not a master, a master of another plan or version, or its tables were broken by hand.
 */
export async function readMaster(
  bytes: Uint8Array,
  plan: Plan,
  columns?: ColumnSet,
): Promise<{ master: Master; language: Language }> {
  // A master is the coordinator's own file, far larger than a submission: it is read with the master's limits.
  return masterFromGrid(await readWorkbook(bytes, MASTER_LIMITS), plan, columns);
}
