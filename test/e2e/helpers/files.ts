/** Workbooks for the end-to-end tests, made as the corpus makes them, and what `tendik validate` says of them. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "../../../adapters/xlsx";
import { buildTemplate, reportHeader, validateWorkbook } from "../../../core";
import { defaultPlan, measuresForBody, renderIssue, type Language, type Plan, type Report } from "../../../schema";
import { exampleReport, exampleValue } from "../../fixtures/reports";

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

/**
 * The example report of the fixtures on any plan: every measure of the body with a status and values; on the
 * embedded plan, exactly `exampleReport`.
 */
export function planReport(plan: Plan, agency: string, period: string): Report {
  if (plan === defaultPlan) return exampleReport({ agency, period });
  const example = exampleReport({ agency: "ЭСӨМ", period: "2019-H2" });
  return {
    header: { ...reportHeader(plan, agency, period, example.header.preparedBy), language: example.header.language },
    entries: measuresForBody(plan, agency).map(({ measure }, i) => ({
      measureId: measure.id,
      status: i % 2 ? "completed" : "in-progress",
      narrative: `Чара ${measure.id} боюнча иш-чаралар өткөрүлдү`,
      indicators: measure.indicators.map((ind, j) => exampleValue(ind.id, ind.kind, i + j + 1)),
      spending: { amount: 1000 * (i + 1), source: "republican-budget" },
      evidence: { document: `№ ${i + 1}`, date: `${period.slice(0, 4)}-06-20` },
    })),
  };
}

/** A filled template of a plan without errors, as its bodies send them. */
export function planSubmission(
  plan: Plan,
  agency: string,
  period: string,
  language: Language = "ky",
): Promise<Uint8Array> {
  return writeWorkbook(buildTemplate({ agency, period, language, plan, prefill: planReport(plan, agency, period) }));
}

/** One issue as the tests compare them: cell (null for the whole file), code and message. */
export type IssueTuple = [string | null, string, string];

/** What `tendik validate [--plan]` finds in a file: the same core call as cli/commands/validate.ts. */
export async function cliIssues(
  name: string,
  bytes: Uint8Array,
  lang: Language,
  plan: Plan = defaultPlan,
): Promise<IssueTuple[]> {
  const checked = await validateWorkbook(bytes, { source: name, readGrid: readWorkbook, plan });
  return checked.task.issues.map((i) => [i.location.cell ?? null, i.code, renderIssue(i, lang)]);
}
