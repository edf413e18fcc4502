/**
 * One file checked as `tendik validate` checks it: the same core (validateWorkbook), the same reader
 * (adapters/xlsx readWorkbook: the fast values-only reader, ExcelJS where it declines), the plan chosen on the
 * page (the embedded plan unless a plan file was given).
 */
import { readWorkbook } from "../../adapters/xlsx";
import { validateWorkbook, type ValidationTask } from "../../core";
import type { Plan } from "../../schema";

export interface CheckedFile {
  /** The issues as data, worded by the page in its language. */
  task: ValidationTask;
  /** A template could be read, so its issues can be marked in a copy (as `tendik return` marks them). */
  markable: boolean;
}

/** The validation of a file's bytes against `plan`. */
export async function checkFile(name: string, bytes: Uint8Array, plan: Plan): Promise<CheckedFile> {
  const checked = await validateWorkbook(bytes, { source: name, readGrid: readWorkbook, plan });
  return { task: checked.task, markable: !checked.unreadable && Boolean(checked.reading?.identity) };
}
