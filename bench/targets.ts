/**
 * The command line as a user runs it, each figure from real processes side by side in one run: the start of
 * `tendik validate` on one file beside a bare `node -e 0`; validating 1,000 files, merging them into a new master
 * and merging the same files again, each beside the floor (a process that only unzips and scans the same files),
 * with each process's peak memory (GNU time's maximum resident set size).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { makeSubmissions } from "./fixtures";

const ROOT = resolve(__dirname, "..", "..");
/** The command line measured: this build's, or another's (TENDIK_BENCH_CLI=/path/to/dist/cli/main.js, to compare). */
const CLI = process.env.TENDIK_BENCH_CLI ?? join(ROOT, "dist", "cli", "main.js");
const FLOOR = join(ROOT, "dist", "bench", "floorProcess.js");
const TIME = "/usr/bin/time";

interface Run {
  ms: number;
  peakMb: number;
  status: number;
}

/** One process: wall time and peak memory (from GNU time when installed). */
function runProcess(args: string[]): Run {
  const withTime = existsSync(TIME);
  const t = performance.now();
  const r = withTime
    ? spawnSync(TIME, ["-f", "%M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  const kb = withTime ? Number(/(\d+)\s*$/.exec(r.stderr)?.[1] ?? 0) : 0;
  return { ms, peakMb: kb / 1024, status: r.status ?? -1 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const fmt = (n: number) => n.toFixed(0).padStart(6);
const verdict = (ok: boolean) => (ok ? "met" : "MISSED");

export async function benchTargets(): Promise<string[]> {
  if (!existsSync(CLI) || !existsSync(FLOOR)) return ["targets: run `npm run build` first (dist/ is missing)"];
  const dir = mkdtempSync(join(tmpdir(), "tendik-bench-targets-"));
  try {
    const inbox = join(dir, "inbox");
    spawnSync("mkdir", ["-p", inbox]);
    const files = await makeSubmissions(1000, 21);
    files.forEach((f, i) => writeFileSync(join(inbox, `${String(i).padStart(5, "0")}-${f.name}`), f.bytes));
    const paths = readdirSync(inbox).map((n) => join(inbox, n));
    const lines = [`targets: ${files.length} filled templates, ${tmpdir()}; times are wall-clock of whole processes`];

    // Start: a bare Node against validating one file, each the median of 7 runs.
    const bare = median(Array.from({ length: 7 }, () => runProcess(["-e", "0"]).ms));
    const one = median(Array.from({ length: 7 }, () => runProcess([CLI, "validate", paths[0]]).ms));
    lines.push(
      `targets: validate 1 file ${fmt(one)} ms | node -e 0 ${fmt(bare)} ms | ${(one / bare).toFixed(2)}x (target <= 2.5x: ${verdict(one / bare <= 2.5)})`,
    );

    const floor = runProcess([FLOOR, inbox]);
    lines.push(
      `targets: floor (unzip and scan ${paths.length} files) ${fmt(floor.ms)} ms, peak ${fmt(floor.peakMb)} MB`,
    );
    const validate = runProcess([CLI, "validate", ...paths, "--json"]);
    const master = join(dir, "master.xlsx");
    const fresh = runProcess([CLI, "merge", "--into", master, inbox]);
    const again = runProcess([CLI, "merge", "--into", master, inbox]);
    const rows: [string, Run, number][] = [
      ["validate 1,000", validate, 2.5],
      ["merge 1,000 into a new master", fresh, 3],
      ["merge the same 1,000 again", again, 1.5],
    ];
    lines.push("targets: what | ms | ratio to floor (target) | peak MB (target < 300) | exit");
    for (const [what, r, target] of rows)
      lines.push(
        `targets: ${what.padEnd(30)} | ${fmt(r.ms)} | ${(r.ms / floor.ms).toFixed(2)}x (<= ${target}x: ${verdict(r.ms / floor.ms <= target)}) | ${fmt(r.peakMb)} (${verdict(r.peakMb < 300)}) | ${r.status}`,
      );
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
