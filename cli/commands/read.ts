import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { readWorkbook } from "../../adapters/xlsx";
import { readReport } from "../../core";
import { defaultPlan, renderIssue, type Language, type Plan } from "../../schema";
import { usageError } from "../errors";

export async function runRead(args: { file?: string; json: boolean; lang?: Language; plan?: Plan }): Promise<number> {
  if (!args.file) throw usageError("oneFile", { example: "tendik read report.xlsx --json" });
  const bytes = new Uint8Array(await readFile(args.file));
  let grid;
  try {
    grid = await readWorkbook(bytes);
  } catch {
    throw usageError("notWorkbook", { path: args.file });
  }
  const reading = readReport(grid, {
    plan: args.plan ?? defaultPlan,
    workbook: basename(args.file),
  });
  for (const issue of reading.issues)
    process.stderr.write(
      `${issue.location.sheet ?? ""}${issue.location.cell ? `!${issue.location.cell}` : ""} ${renderIssue(issue, args.lang ?? "en")}\n`,
    );
  if (!reading.report) return 1;
  if (args.json) process.stdout.write(JSON.stringify(reading.report, null, 2) + "\n");
  else {
    const r = reading.report;
    const counts = new Map<string, number>();
    for (const e of r.entries) counts.set(e.status ?? "(no status)", (counts.get(e.status ?? "(no status)") ?? 0) + 1);
    process.stdout.write(
      `${r.header.agency} ${r.header.period}: ${r.entries.length} measures; ${[...counts].map(([s, n]) => `${s} ${n}`).join(", ")}\n`,
    );
  }
  return reading.issues.some((i) => i.severity === "error") ? 1 : 0;
}
