import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { writeWorkbook } from "../../adapters/xlsx";
import { buildTemplate, templateFileName } from "../../core";
import { checkReportSchema, defaultPlan, reportingBodies, type Language, type Plan, type Report } from "../../schema";
import { CliError, UsageError, usageError } from "../errors";
import { isInputProblem, readNamedInput } from "../inputs";

/** A report document of the largest body is ~100 KB; anything over this is not one. */
const PREFILL_LIMIT = 16 * 1024 * 1024;
import { writeFileAtomic } from "../files";
import { resolveAgency, resolveLanguage, resolvePeriod } from "../resolve";

export interface TemplateArgs {
  agency?: string;
  period?: string;
  lang?: string;
  out?: string;
  outDir?: string;
  all?: boolean;
  prefill?: string;
  /** The plan (from --plan); the embedded one by default. */
  plan?: Plan;
}

export { templateFileName } from "../../core";

export async function writeTemplateFile(
  path: string,
  opts: { agency: string; period: string; language: Language; prefill?: Report; plan?: Plan },
): Promise<void> {
  const bytes = await writeWorkbook(buildTemplate(opts));
  await writeFileAtomic(path, bytes);
}

export async function runTemplate(args: TemplateArgs): Promise<number> {
  const plan = args.plan ?? defaultPlan;
  if (!args.period)
    throw usageError("missingOption", {
      option: "--period",
      example: "tendik template --agency ESOM --period 2019-H2",
    });
  const period = resolvePeriod(plan, args.period);
  const language = resolveLanguage(args.lang);
  if (args.all) {
    if (!args.outDir)
      throw usageError("missingOption", {
        option: "--out-dir DIR",
        example: "tendik template --all --period 2019-H2 --out-dir templates/",
      });
    await mkdir(args.outDir, { recursive: true });
    const codes = reportingBodies(plan);
    for (const [i, agency] of codes.entries()) {
      const path = join(args.outDir, templateFileName(plan, agency, period));
      await writeTemplateFile(path, { agency, period, language, plan });
      // A progress line redrawn in place only on a terminal; a log file gets no carriage returns.
      if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${codes.length} ${path}`.padEnd(80));
    }
    if (process.stderr.isTTY) process.stderr.write("\n");
    process.stdout.write(`${codes.length} templates written to ${args.outDir}\n`);
    return 0;
  }
  if (!args.agency)
    throw usageError("missingOption", {
      option: "--agency CODE",
      example: "tendik template --agency ESOM --period 2019-H2",
    });
  const agency = resolveAgency(plan, args.agency);
  let prefill: Report | undefined;
  if (args.prefill) {
    let doc: unknown;
    try {
      // Read as any input is: a regular file only, and no more than a report can be (a pipe or /dev/zero never hangs).
      const input = await readNamedInput(args.prefill, PREFILL_LIMIT);
      if (isInputProblem(input))
        throw new UsageError(
          `${args.prefill} is not a report document: ${input.code === "file-too-large" ? "it is larger than 16 MB" : "it cannot be read"}`,
        );
      doc = JSON.parse(new TextDecoder().decode(input.bytes));
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new UsageError(`cannot read ${args.prefill} as JSON: ${(e as Error).message}`);
    }
    const check = checkReportSchema(doc);
    if (!check.valid)
      throw new UsageError(
        `${args.prefill} is not a report document: ${check.errors
          .slice(0, 3)
          .map((e) => `${e.instancePath || "/"} ${e.message}`)
          .join("; ")}`,
      );
    prefill = check.value;
    if (prefill.header.agency !== agency)
      throw new UsageError(`${args.prefill} is ${prefill.header.agency}'s report, not ${agency}'s`);
  }
  const out = args.out ?? templateFileName(plan, agency, period);
  await writeTemplateFile(out, { agency, period, language, prefill, plan });
  process.stdout.write(`${out}\n`);
  return 0;
}
