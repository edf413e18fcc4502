/** Workbooks for the end-to-end tests, made as the corpus makes them, and what `tendik validate` says of them. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "../../../adapters/xlsx";
import { buildTemplate, validateWorkbook } from "../../../core";
import { defaultPlan, type Language } from "../../../schema";
import { exampleReport } from "../../fixtures/reports";

export interface Workbook {
  name: string;
  path: string;
  bytes: Uint8Array;
}

/** A folder for this test file's workbooks. */
export function workbookDir(): string {
  return mkdtempSync(join(tmpdir(), "tendik-e2e-"));
}

export function saveWorkbook(dir: string, name: string, bytes: Uint8Array): Workbook {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { name, path, bytes };
}

/** A filled template without errors, as the demo's agencies send them. */
export async function validReport(agency = "ЭСӨМ", period = "2019-H2", language: Language = "ky"): Promise<Uint8Array> {
  return writeWorkbook(buildTemplate({ agency, period, language, prefill: exampleReport({ agency, period }) }));
}

/** One issue as the tests compare them: cell (null for the whole file), code and message. */
export type IssueTuple = [string | null, string, string];

/** What `tendik validate` finds in a file: the same core call as cli/commands/validate.ts. */
export async function cliIssues(name: string, bytes: Uint8Array, lang: Language): Promise<IssueTuple[]> {
  const checked = await validateWorkbook(bytes, { source: name, readGrid: readWorkbook, plan: defaultPlan, lang });
  return checked.task.issues.map((i) => [i.location.cell ?? null, i.code, i.message]);
}
