/**
 * The long fuzz run: `node scripts/run-ts.js scripts/fuzz.ts [CASES] [SEED]` (defaults 5000 and the test's
 * seed). Prints the totals as JSON and exits 1 when any case crashed, leaked a stack trace, was read into a
 * silently different report, or had malformed XML accepted.
 */
import { runFuzz } from "../test/fuzz/fuzzEngine";

/** Runs the fuzz with [CASES, SEED] from the command line. */
export async function main(args: string[]): Promise<void> {
  const cases = Number(args[0] ?? 5000);
  const seed = Number(args[1] ?? 20261202);
  const started = Date.now();
  const totals = await runFuzz(cases, seed);
  process.stdout.write(`${JSON.stringify({ ...totals, seconds: (Date.now() - started) / 1000 }, null, 2)}\n`);
  const bad = totals.crashes.length + totals.stackTraces + totals.silentlyDifferent + totals.malformedAccepted;
  process.exitCode = bad ? 1 : 0;
}
