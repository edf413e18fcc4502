import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildDataPackage, LICENCE_ID } from "../../core/coordinator/dataPackage";
import { defaultPlan, type Language, type Plan } from "../../schema";
import { UsageError, usageError } from "../errors";
import { writeFileAtomic } from "../files";
import { loadPlanOption } from "../planOption";
import { resolveLanguage } from "../resolve";
import { readMasterFile } from "./report";

export interface ExportArgs {
  master?: string;
  out?: string;
  lang?: Language;
  plan?: Plan;
  /** An Open Definition / SPDX licence id for the data (CC-BY-4.0); none: the descriptor says none is chosen. */
  licence?: string;
  now?: () => Date;
}

/**
 * `tendik export --master MASTER.xlsx --out DIR [--licence ID] [--lang ky|ru|en]`: the master's tables as a
 * Frictionless Tabular Data Package (datapackage.json and one CSV per table, each with a UTF-8 byte-order mark).
 * Exit code 0, or 2 when it cannot run.
 */
export async function runExport(args: ExportArgs): Promise<number> {
  const example = "tendik export --master master.xlsx --out open-data/";
  if (!args.master) throw usageError("missingOption", { option: "--master MASTER.xlsx", example });
  if (!args.out) throw usageError("missingOption", { option: "--out DIR", example });
  if (args.licence !== undefined && !LICENCE_ID.test(args.licence))
    throw new UsageError(
      `--licence ${args.licence}: not a licence identifier; give an Open Definition or SPDX id such as CC-BY-4.0, ODbL-1.0 or CC0-1.0`,
    );
  const plan = args.plan ?? defaultPlan;
  const { master, language } = await readMasterFile(args.master, plan);
  const created = (args.now?.() ?? new Date()).toISOString();
  const pkg = buildDataPackage(master, plan, args.lang ?? language, created, { licence: args.licence });
  await mkdir(args.out, { recursive: true });
  // The data first and the descriptor last, so a descriptor never points at a CSV not yet written.
  for (const f of pkg.files) await writeFileAtomic(join(args.out, f.path), f.text);
  await writeFileAtomic(join(args.out, "datapackage.json"), JSON.stringify(pkg.descriptor, null, 2) + "\n");
  const rows = pkg.files.map((f) => `${f.path} ${f.text.split("\r\n").length - 2}`).join(", ");
  process.stdout.write(`${join(args.out, "datapackage.json")}: ${rows}\n`);
  return 0;
}

/** `tendik export` as main.ts registers it. */
export async function exportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      master: { type: "string" },
      out: { type: "string" },
      lang: { type: "string" },
      plan: { type: "string" },
      licence: { type: "string" },
      license: { type: "string" },
    },
  });
  const { license, ...rest } = values;
  return runExport({
    ...rest,
    licence: values.licence ?? license,
    lang: values.lang === undefined ? undefined : resolveLanguage(values.lang),
    plan: await loadPlanOption(values.plan),
  });
}
