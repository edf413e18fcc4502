import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { readWorkbook } from "../../adapters/xlsx";
import { planFieldNames, readPlanWorkbook } from "../../core/plan";
import { planHash, withMessage, type Language } from "../../schema";
import { usageError } from "../errors";
import { writeFileAtomic } from "../files";
import { formatTask } from "./validate";

/**
 * `tendik plan import FILE --out PLAN.json`: reads an authoring workbook into a plan document checked against
 * the plan schema. Exit 0 when written, 1 when the workbook has problems (listed with their cells, nothing
 * written), 2 when it cannot be read.
 */
export async function runPlanImport(args: {
  file?: string;
  out?: string;
  lang: Language;
  json: boolean;
}): Promise<number> {
  const example = "tendik plan import plan.xlsx --out plan.json";
  if (!args.file) throw usageError("oneFile", { example });
  if (!args.out) throw usageError("missingOption", { option: "--out PLAN.json", example });
  let grid;
  try {
    grid = await readWorkbook(new Uint8Array(await readFile(args.file)));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    // A system error is said by run() with the path typed; anything else is a file that is no workbook.
    if (/^E[A-Z]+$/.test(code)) throw e;
    throw usageError("notWorkbook", { path: args.file });
  }
  const { plan, issues } = readPlanWorkbook(grid, { workbook: basename(args.file) });
  const errors = issues.filter((i) => i.severity === "error").length;
  const task = { source: args.file, valid: errors === 0, stats: { errors, warnings: issues.length - errors }, issues };
  if (args.json) {
    const rendered = { ...task, issues: issues.map((i) => withMessage(i, args.lang, planFieldNames)) };
    process.stdout.write(JSON.stringify(rendered, null, 2) + "\n");
  } else process.stdout.write(formatTask(task, args.lang, planFieldNames) + "\n");
  if (!plan) return 1;
  await writeFileAtomic(args.out, JSON.stringify(plan, null, 2) + "\n");
  if (!args.json) process.stdout.write(`${args.out}: plan ${plan.id}, sha256 ${planHash(plan).slice(0, 16)}…\n`);
  return 0;
}
