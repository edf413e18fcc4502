/**
 * Time and peak memory of the compiled command line (dist/cli/main.js: `npm run build` first) on each hostile
 * input and fault: the special files and paths of test/security/faultCases.ts, and every hostile file of
 * test/fuzz/hostileCases.ts, each through `tendik validate` and `tendik merge` (into a copy of a real master),
 * each in a fresh process: `node scripts/run-ts.js scripts/measure-faults.ts`.
 * Prints one line per case (wall and CPU time in ms, peak resident set in MB, exit code) and exits 1 when any
 * case takes over 10 s of CPU or 500 MB (CPU, not wall time: the machine may be shared). A measurement, never a
 * timed test.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeSubmissions } from "../bench/fixtures";
import { HOSTILE_CASES } from "../test/fuzz/hostileCases";
import { editPart } from "../test/fuzz/zipTools";

const LIMIT_MS = 10_000;
const LIMIT_MB = 500;
const KILL_AFTER_MS = 60_000;
const repo = join(__dirname, "..");
const cli = join(repo, "dist", "cli", "main.js");

/**
 * Loaded with `node -r`: reports the process's peak resident set on exit, on stderr, for the parent to read.
 * VmHWM, not getrusage's maxRSS: Linux keeps maxRSS across exec, so a child would report its parent's size.
 */
const PEAK = `process.on("exit", () => {
  const status = require("node:fs").readFileSync("/proc/self/status", "utf8");
  const kb = /VmHWM:\\s*(\\d+)/.exec(status)?.[1] ?? process.resourceUsage().maxRSS;
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write("\\nPEAK_KB " + kb + " CPU_US " + (userCPUTime + systemCPUTime) + "\\n");
});`;

interface Measured {
  /** Wall time, from spawning node to its exit (includes loading the command line: ~0.5 s on an idle machine). */
  ms: number;
  /** CPU time of the process (user + system): what the case costs, whatever else the machine is doing. */
  cpuMs: number;
  mb: number;
  code: number | null;
}

function measure(peakHook: string, argv: string[]): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["-r", peakHook, cli, ...argv], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), KILL_AFTER_MS);
    child.on("exit", (code) => {
      clearTimeout(timer);
      const m = /PEAK_KB (\d+) CPU_US (\d+)/.exec(stderr);
      const [kb, us] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
      resolve({
        ms: Math.round(performance.now() - started),
        cpuMs: Math.round(us / 1000),
        mb: Math.round(kb / 1024),
        code,
      });
    });
  });
}

/** A file of `rows` junk rows typed under the report, each with a measure-like id: one issue per row. */
function junkRows(template: Uint8Array, rows: number): Uint8Array {
  const xml = Array.from(
    { length: rows },
    (_, i) => `<row r="${i + 200}"><c r="A${i + 200}" t="inlineStr"><is><t>${i}.99</t></is></c></row>`,
  ).join("");
  return editPart(template, "xl/worksheets/sheet1.xml", (s) => s.replace("</sheetData>", `${xml}</sheetData>`));
}

export async function main(): Promise<void> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
  const dir = mkdtempSync(join(tmpdir(), "tendik-faults-"));
  const peakHook = join(dir, "peak.js");
  writeFileSync(peakHook, PEAK);
  const [good, other] = await makeSubmissions(2, 7);
  const inbox = join(dir, "inbox");
  mkdirSync(inbox);
  writeFileSync(join(inbox, good.name), good.bytes);
  const master = join(dir, "master.xlsx");
  execFileSync(process.execPath, [cli, "merge", "--into", master, inbox], { stdio: "ignore" });

  const pipe = join(dir, "pipe.xlsx");
  execFileSync("mkfifo", [pipe]);
  const mixed = join(dir, "mixed");
  mkdirSync(mixed);
  mkdirSync(join(mixed, "folder.xlsx"));
  execFileSync("mkfifo", [join(mixed, "pipe.xlsx")]);
  writeFileSync(join(mixed, other.name), other.bytes);
  const big = join(dir, "big.xlsx");
  writeFileSync(big, Buffer.alloc(9 * 1024 * 1024, 0x50));
  const junk = join(dir, "junk-60000.xlsx");
  writeFileSync(junk, junkRows(good.bytes, 60_000));
  const junk2000 = join(dir, "junk-2000.xlsx");
  writeFileSync(junk2000, junkRows(good.bytes, 2_000));

  const cases: [string, string][] = [
    ["named pipe", pipe],
    ["/dev/zero", "/dev/zero"],
    ["/dev/urandom", "/dev/urandom"],
    ["folder with a pipe and a folder", mixed],
    ["9 MB file", big],
    ["60,000 junk rows", junk],
    ["2,000 junk rows", junk2000],
  ];
  for (const c of HOSTILE_CASES) {
    const path = join(dir, c.name);
    writeFileSync(path, await c.make());
    cases.push([c.name, path]);
  }

  let over = 0;
  const report = (name: string, command: string, m: Measured) => {
    if (m.cpuMs > LIMIT_MS || m.mb > LIMIT_MB || Number.isNaN(m.mb)) over++;
    process.stdout.write(
      `${name.slice(0, 34).padEnd(34)} ${command.padEnd(8)} ${String(m.ms).padStart(6)} ms wall ${String(m.cpuMs).padStart(6)} ms CPU ${String(m.mb).padStart(5)} MB  exit ${m.code}\n`,
    );
  };
  for (const [name, path] of cases) {
    const validateArgs = path === mixed ? null : ["validate", path];
    if (validateArgs) report(name, "validate", await measure(peakHook, validateArgs));
    const target = join(dir, `master-${cases.findIndex(([n]) => n === name)}.xlsx`);
    copyFileSync(master, target);
    report(name, "merge", await measure(peakHook, ["merge", "--into", target, path]));
  }
  // The cost a rejected junk file leaves for every later merge of that master.
  const afterJunk = join(dir, "after-junk.xlsx");
  copyFileSync(master, afterJunk);
  await measure(peakHook, ["merge", "--into", afterJunk, junk2000]);
  report("later merge after 2,000 junk rows", "merge", await measure(peakHook, ["merge", "--into", afterJunk, inbox]));
  process.stdout.write(`master after a 2,000-junk-row file: ${readFileSync(afterJunk).length} bytes\n`);
  process.exitCode = over ? 1 : 0;
}
