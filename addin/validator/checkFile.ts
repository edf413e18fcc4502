/**
 * One file checked as `tendik validate` checks it: the same core (validateWorkbook), the same reader
 * (adapters/xlsx readWorkbook: the fast values-only reader, ExcelJS where it declines), the same plan.
 */
import { readWorkbook } from "../../adapters/xlsx";
import { validateWorkbook, type ValidationTask } from "../../core";
import { defaultPlan, type Language } from "../../schema";

/** The validation task for a file's bytes, with messages in `lang`. */
export async function checkFile(name: string, bytes: Uint8Array, lang: Language): Promise<ValidationTask> {
  const checked = await validateWorkbook(bytes, { source: name, readGrid: readWorkbook, plan: defaultPlan, lang });
  return checked.task;
}
