import { readFile, stat } from "node:fs/promises";
import { readWorkbook } from "../../adapters/xlsx";
import { sha256File } from "../files";
import { summarize, validateWorkbook, type CheckedSubmission, type ValidationTask } from "../../core";
import { defaultPlan, type Language } from "../../schema";
import { UsageError } from "../errors";

const HEAD: Record<Language, { ok: string; errors: string; warnings: string; files: string }> = {
  ky: { ok: "ката жок", errors: "каталар", warnings: "эскертүүлөр", files: "файл" },
  ru: { ok: "ошибок нет", errors: "ошибки", warnings: "предупреждения", files: "файлов" },
  en: { ok: "no errors", errors: "errors", warnings: "warnings", files: "files" },
};

/** One file's issues for a person: errors first, each with its sheet and cell. */
export function formatTask(t: ValidationTask, lang: Language): string {
  const h = HEAD[lang];
  const lines = [
    `${t.source}: ${t.valid ? h.ok : `${h.errors}: ${t.stats.errors}`}${t.stats.warnings ? `, ${h.warnings}: ${t.stats.warnings}` : ""}`,
  ];
  for (const i of t.issues) {
    const where = i.location.cell ? `${i.location.sheet}!${i.location.cell}` : (i.location.sheet ?? "");
    lines.push(`  ${i.severity === "error" ? "✗" : "!"} ${where.padEnd(12)} ${i.message}  [${i.code}]`);
  }
  return lines.join("\n");
}

/** Reads and checks each file; a file that cannot be read is a checked file with a file-level issue. */
export async function checkFiles(files: string[], lang: Language): Promise<CheckedSubmission[]> {
  const out: CheckedSubmission[] = [];
  for (const file of files) {
    const info = await stat(file).catch(() => null);
    if (!info) throw new UsageError(`${file}: no such file`);
    if (info.isDirectory()) throw new UsageError(`${file} is a folder; name the .xlsx files in it`);
    const bytes = new Uint8Array(await readFile(file));
    out.push(
      await validateWorkbook(bytes, {
        source: file,
        readGrid: readWorkbook,
        plan: defaultPlan,
        lang,
        hash: sha256File,
      }),
    );
  }
  return out;
}

export async function runValidate(args: { files: string[]; lang: Language; json: boolean }): Promise<number> {
  if (args.files.length === 0) throw new UsageError("tendik validate FILE... [--lang ky|ru|en] [--json]");
  const checked = await checkFiles(args.files, args.lang);
  const report = summarize(checked);
  if (args.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else {
    process.stdout.write(report.tasks.map((t) => formatTask(t, args.lang)).join("\n\n") + "\n");
    if (report.tasks.length > 1)
      process.stdout.write(
        `\n${HEAD[args.lang].files}: ${report.stats.files}; ${HEAD[args.lang].errors}: ${report.stats.errors}; ${HEAD[args.lang].warnings}: ${report.stats.warnings}\n`,
      );
  }
  if (checked.some((c) => c.unreadable)) return 2;
  return report.valid ? 0 : 1;
}
