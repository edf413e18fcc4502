import { readWorkbook } from "../../adapters/xlsx/readWorkbook";
import { inputIssue, isInputProblem, readNamedInput } from "../inputs";
import {
  summarize,
  validateWorkbook,
  type CheckedSubmission,
  type ValidationTask,
} from "../../core/validate/validateWorkbook";
import {
  countWords,
  defaultPlan,
  renderIssue,
  withMessage,
  type ExtraFieldNames,
  type Language,
  type Plan,
} from "../../schema";
import { usageError } from "../errors";

const HEAD: Record<Language, { ok: string; total: string }> = {
  ky: { ok: "ката жок", total: "Бардыгы" },
  ru: { ok: "ошибок нет", total: "Итого" },
  en: { ok: "no errors", total: "Total" },
};

/** "3 ошибки, 1 предупреждение": counts with their nouns in agreement, warnings only when there are some. */
function countsLine(errors: number, warnings: number, lang: Language): string {
  const head = errors ? countWords("errors", errors, lang) : HEAD[lang].ok;
  return warnings ? `${head}, ${countWords("warnings", warnings, lang)}` : head;
}

/** One file's issues for a person: errors first, each with its sheet and cell. */
export function formatTask(t: ValidationTask, lang: Language, fields?: ExtraFieldNames): string {
  const lines = [`${t.source}: ${countsLine(t.stats.errors, t.stats.warnings, lang)}`];
  for (const i of t.issues) {
    const where = i.location.cell ? `${i.location.sheet}!${i.location.cell}` : (i.location.sheet ?? "");
    lines.push(`  ${i.severity === "error" ? "✗" : "!"} ${where.padEnd(12)} ${renderIssue(i, lang, fields)}`);
  }
  return lines.join("\n");
}

/** The closing line for several files: "Итого: 3 файла, 5 ошибок, 1 предупреждение". */
export function formatSummary(stats: { files: number; errors: number; warnings: number }, lang: Language): string {
  return `${HEAD[lang].total}: ${countWords("files", stats.files, lang)}, ${countsLine(stats.errors, stats.warnings, lang)}`;
}

/** What `tendik validate` keeps of a checked file: its issues, and whether it could be read at all. */
export type CheckedFile = Pick<CheckedSubmission, "task" | "unreadable">;

/**
 * Reads and checks each file; a file that cannot be read whole is a checked file with a file-level issue.
 * Each file is read once (regular files only, at most the size limit: cli/inputs.ts). Only the issues are
 * kept: a thousand files' report documents and cell maps cost the garbage collector more than their reading.
 * @throws {NotRegularFileError} for a folder, pipe, device or socket named as a file.
 */
export async function checkFiles(files: string[], plan: Plan = defaultPlan): Promise<CheckedFile[]> {
  const out: CheckedFile[] = [];
  for (const file of files) {
    const input = await readNamedInput(file);
    if (isInputProblem(input)) {
      const issue = inputIssue(input, file);
      const task = { source: file, valid: false, stats: { errors: 1, warnings: 0 }, issues: [issue] };
      out.push({ task, unreadable: true });
      continue;
    }
    const { task, unreadable } = await validateWorkbook(input.bytes, {
      source: file,
      readGrid: readWorkbook,
      plan,
      hash: () => input.sha256,
    });
    out.push({ task, unreadable });
  }
  return out;
}

export async function runValidate(args: {
  files: string[];
  lang: Language;
  json: boolean;
  plan?: Plan;
}): Promise<number> {
  if (args.files.length === 0) throw usageError("missingFiles", { example: "tendik validate report.xlsx --lang ru" });
  const checked = await checkFiles(args.files, args.plan);
  const report = summarize(checked);
  // The JSON keeps each issue's code and params, and adds its message in the chosen language.
  if (args.json) {
    const tasks = report.tasks.map((t) => ({ ...t, issues: t.issues.map((i) => withMessage(i, args.lang)) }));
    process.stdout.write(JSON.stringify({ ...report, tasks }, null, 2) + "\n");
  } else {
    process.stdout.write(report.tasks.map((t) => formatTask(t, args.lang)).join("\n\n") + "\n");
    if (report.tasks.length > 1) process.stdout.write(`\n${formatSummary(report.stats, args.lang)}\n`);
  }
  if (checked.some((c) => c.unreadable)) return 2;
  return report.valid ? 0 : 1;
}
