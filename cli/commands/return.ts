import { mkdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { readWorkbook } from "../../adapters/xlsx";
import { makeReturnCopy } from "../../adapters/xlsx/returnCopy";
import { issueList, issueMarks } from "../../core/coordinator/returnList";
import { validateWorkbook } from "../../core";
import { countWords, defaultPlan, renderIssue, type Language, type Plan } from "../../schema";
import { usageError } from "../errors";
import { sha256File, writeFileAtomic } from "../files";
import { loadPlanOption } from "../planOption";
import { resolveLanguage } from "../resolve";

export interface ReturnArgs {
  files: string[];
  /** The agency's language; by default the language its template was made in. */
  lang?: Language;
  /** Folder for the copies; by default each file's own folder. */
  out?: string;
  plan?: Plan;
}

const WORDS: Record<Language, { clean: string; unreadable: string; written: string }> = {
  ky: {
    clean: "маселе жок, кайтаруунун кереги жок",
    unreadable: "файл Excel шаблону катары окулбайт, белгилөөгө мүмкүн эмес",
    written: "оңдоо үчүн көчүрмө",
  },
  ru: {
    clean: "проблем нет, возвращать не нужно",
    unreadable: "файл не читается как шаблон Excel, отметить проблемы невозможно",
    written: "копия на исправление",
  },
  en: {
    clean: "no issues, nothing to send back",
    unreadable: "the file cannot be read as an Excel template, so nothing can be marked in it",
    written: "copy to correct",
  },
};

/** Where the copy of a file goes: `NAME-return.xlsx` beside it, or in `out`. */
export function returnPath(file: string, out?: string): string {
  return join(out ?? dirname(file), basename(file).replace(/\.xlsx$/i, "") + "-return.xlsx");
}

/**
 * `tendik return FILE... [--lang ky|ru|en] [--out DIR]`: for each file with issues, a copy with every issue
 * marked at its cell and a first sheet listing them, for the agency to correct and send again.
 * Exit code 0 when every file with issues got its copy, 1 when a file could not be read at all (nothing to
 * mark: the agency must send the template again), 2 when the command cannot run.
 */
export async function runReturn(args: ReturnArgs): Promise<number> {
  if (args.files.length === 0)
    throw usageError("missingFiles", { example: "tendik return report.xlsx --out returned/" });
  const plan = args.plan ?? defaultPlan;
  if (args.out) await mkdir(args.out, { recursive: true });
  let code = 0;
  for (const file of args.files) {
    const info = await stat(file).catch(() => null);
    if (!info) throw usageError("ENOENT", { path: file });
    if (!info.isFile()) throw usageError("EISDIR", { path: file });
    const bytes = new Uint8Array(await readFile(file));
    // Checked once; the issues are worded in the agency's language (the template's unless --lang says).
    const checked = await validateWorkbook(bytes, {
      source: basename(file),
      readGrid: readWorkbook,
      plan,
      hash: sha256File,
    });
    const lang = args.lang ?? checked.reading?.identity?.language ?? "ky";
    const W = WORDS[lang];
    const issues = checked.task.issues;
    if (checked.unreadable || !checked.reading?.identity) {
      process.stdout.write(
        `✗ ${file}: ${W.unreadable}\n${issues.map((i) => `    ${renderIssue(i, lang)}\n`).join("")}`,
      );
      code = 1;
      continue;
    }
    if (issues.length === 0) {
      process.stdout.write(`= ${file}: ${W.clean}\n`);
      continue;
    }
    const target = returnPath(file, args.out);
    await writeFileAtomic(target, await makeReturnCopy(bytes, issueMarks(issues, lang), issueList(issues, lang)));
    process.stdout.write(`↩ ${target}: ${W.written}, ${countWords("issues", issues.length, lang)}\n`);
  }
  return code;
}

/** `tendik return` as main.ts registers it. */
export async function returnCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: { lang: { type: "string" }, out: { type: "string" }, plan: { type: "string" } },
  });
  return runReturn({
    files: positionals,
    out: values.out,
    lang: values.lang === undefined ? undefined : resolveLanguage(values.lang),
    plan: await loadPlanOption(values.plan),
  });
}
