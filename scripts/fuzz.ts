/**
 * The long fuzz run: `node scripts/run-ts.js scripts/fuzz.ts [CASES] [SEED]` (defaults 5000 and the test's
 * seed). Prints the totals as JSON and exits 1 when any case crashed, leaked a stack trace, was read into a
 * silently different report (or refused where Excel reads it), had malformed XML accepted, or took over 2 s, or
 * when the cases took the process's memory more than 300 MB above what it held before the first (its own
 * TypeScript and xmllint take about 190 MB; a case in a fresh process: scripts/measure-hostile.ts).
 */
import { runFuzz } from "../test/fuzz/fuzzEngine";

/** Runs the fuzz with [CASES, SEED] from the command line. */
export async function main(args: string[]): Promise<void> {
  const cases = Number(args[0] ?? 5000);
  const seed = Number(args[1] ?? 20261202);
  const started = Date.now();
  const totals = await runFuzz(cases, seed);
  process.stdout.write(`${JSON.stringify({ ...totals, seconds: (Date.now() - started) / 1000 }, null, 2)}\n`);
  const bad =
    totals.crashes.length +
    totals.stackTraces +
    totals.silentlyDifferent +
    totals.malformedAccepted +
    totals.wronglyRefused.length +
    (totals.maxMs > 2000 ? 1 : 0) +
    (totals.peakMb - totals.baselineMb > 300 ? 1 : 0);
  process.exitCode = bad ? 1 : 0;
}
