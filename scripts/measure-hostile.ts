/**
 * Time and peak memory of validating each hostile file (test/fuzz/hostileCases.ts), each in a fresh process
 * so one case's memory does not hide another's: `node scripts/run-ts.js scripts/measure-hostile.ts`.
 * Prints one line per case (milliseconds to validate, peak resident set of the process in MB, the issue
 * codes) and exits 1 when any case takes over 10 s or 500 MB. A measurement, never a timed test.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../adapters/xlsx";
import { validateWorkbook } from "../core";
import { filledTemplate, HOSTILE_CASES, hostileMarkdown } from "../test/fuzz/hostileCases";

const LIMIT_MS = 10_000;
const LIMIT_MB = 500;

/** Validates one file in this process and prints {ms, mb, codes} as JSON. */
async function measureOne(path: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path));
  const started = performance.now();
  const checked = await validateWorkbook(bytes, { source: path, readGrid: readWorkbook });
  const ms = Math.round(performance.now() - started);
  const mb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ ms, mb, codes: [...new Set(checked.task.issues.map((i) => i.code))] }));
}

/**
 * With `--one FILE`, measures that file; with `--doc`, prints docs/hostile-input.md; otherwise makes every case
 * (or those whose name holds `--only TEXT`) and measures each in a child process.
 */
export async function main(args: string[]): Promise<void> {
  if (args[0] === "--one") return measureOne(args[1]);
  if (args[0] === "--doc") {
    process.stdout.write(hostileMarkdown());
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "tendik-hostile-"));
  let over = 0;
  // The sound template first: the baseline (this process loads TypeScript to run, which its memory includes).
  const baseline = { name: "sound-template.xlsx", make: filledTemplate };
  const only = args[0] === "--only" ? args[1] : "";
  for (const c of [baseline, ...HOSTILE_CASES.filter((h) => h.name.includes(only))]) {
    const file = join(dir, c.name);
    writeFileSync(file, await c.make());
    const out = execFileSync(process.execPath, [join(__dirname, "run-ts.js"), __filename, "--one", file], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const { ms, mb, codes } = JSON.parse(out) as { ms: number; mb: number; codes: string[] };
    if (ms > LIMIT_MS || mb > LIMIT_MB) over++;
    process.stdout.write(
      `${c.name.padEnd(28)} ${String(ms).padStart(6)} ms ${String(mb).padStart(5)} MB  ${codes.join(", ") || "valid"}\n`,
    );
  }
  process.exitCode = over ? 1 : 0;
}
