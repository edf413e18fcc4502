/**
 * A fixed-seed fuzz run in every `npm test`: random mutations of a valid submission (zip bytes; XML bytes
 * and structure with true CRCs) each end in a validation report, never an exception; none leaks a stack
 * trace into a message; no flipped zip byte is read into a different report; no malformed XML is accepted.
 * The long run: `node scripts/run-ts.js scripts/fuzz.ts 5000`.
 */
import { runFuzz } from "./fuzzEngine";

const CASES = Number(process.env.TENDIK_FUZZ_CASES ?? 200);

describe("fuzzing valid submissions", () => {
  it(`answers ${CASES} mutations with reports: no crash, no stack trace, no silent difference`, async () => {
    const totals = await runFuzz(CASES);
    expect(totals.crashes).toEqual([]);
    expect(totals.stackTraces).toBe(0);
    expect(totals.silentlyDifferent).toBe(0);
    expect(totals.malformedAccepted).toBe(0);
    expect(totals.wronglyRefused).toEqual([]);
    const refused = Object.values(totals.refused).reduce((n, k) => n + k, 0);
    expect(totals.validated + refused).toBe(CASES);
    // Most mutations break something: a fuzz run that validates nearly everything is not reaching the reader.
    expect(refused).toBeGreaterThan(CASES / 4);
  }, 600000);
});
