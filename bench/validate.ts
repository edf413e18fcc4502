import { readWorkbook } from "../adapters/xlsx";
import { validateWorkbook } from "../core";
import { makeSubmissions } from "./fixtures";
import { unzipAndScan } from "./floor";

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Validation of 1 and 100 filled templates beside the unzip-and-scan floor of the same files. */
export async function benchValidate(): Promise<string[]> {
  const files = await makeSubmissions(100, 7);
  const lines = ["validate: files | validate ms (per file) | floor ms (per file) | ratio"];
  // One warm-up pass so both sides run compiled code.
  await validateWorkbook(files[0].bytes, { source: files[0].name, readGrid: readWorkbook });
  await unzipAndScan(files[0].bytes);
  for (const n of [1, 100]) {
    const set = files.slice(0, n);
    let invalid = 0;
    const v = await timed(async () => {
      for (const f of set)
        if (!(await validateWorkbook(f.bytes, { source: f.name, readGrid: readWorkbook })).task.valid) invalid++;
    });
    const floor = await timed(async () => {
      for (const f of set) await unzipAndScan(f.bytes);
    });
    if (invalid) throw new Error(`benchmark files should be valid; ${invalid} were not`);
    lines.push(
      `validate: ${String(n).padStart(5)} | ${v.toFixed(0).padStart(7)} (${(v / n).toFixed(1)}) | ${floor.toFixed(0).padStart(7)} (${(floor / n).toFixed(1)}) | ${(v / floor).toFixed(1)}x`,
    );
  }
  const sizes = files.map((f) => f.bytes.length);
  lines.push(`validate: file sizes ${Math.min(...sizes)}–${Math.max(...sizes)} bytes`);
  return lines;
}
