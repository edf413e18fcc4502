/**
 * One file checked as `tendik validate` checks it: the same core (validateWorkbook), the same reader
 * (adapters/xlsx readWorkbook: the fast values-only reader, ExcelJS where it declines), the plan chosen on the
 * page (the embedded plan unless a plan file was given).
 */
import { readWorkbook } from "../../adapters/xlsx";
import { validateWorkbook, type ValidationTask } from "../../core";
import type { Plan } from "../../schema";

/** The validation task for a file's bytes against `plan`: issues as data, worded by the page in its language. */
export async function checkFile(name: string, bytes: Uint8Array, plan: Plan): Promise<ValidationTask> {
  const checked = await validateWorkbook(bytes, { source: name, readGrid: readWorkbook, plan });
  return checked.task;
}
