/**
 * The master is written whole or not at all: the compiled command line is killed (SIGKILL, no clean-up)
 * while it writes the master, and the previous master must be byte for byte as it was.
 */
import { spawn, execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  watch,
  writeFileSync,
  copyFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { makeSubmissions } from "../../bench/fixtures";
import { defaultPlan } from "../../schema";
import { runCli } from "../helpers/runCli";

const repo = join(__dirname, "..", "..");
const root = mkdtempSync(join(tmpdir(), "tendik-fault-"));
const first = join(root, "first");
const more = join(root, "more");
const master = join(root, "master.xlsx");

/** The newest source the command line is compiled from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = e.name === "generated" ? newest : Math.max(newest, newestSource(p));
    else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** dist/cli/main.js, rebuilt first when a source is newer (the compiled code must resolve the repo's node_modules). */
function compiledCli(): string {
  const dist = join(repo, "dist", "cli", "main.js");
  const built = join(repo, "dist", "cli", "commands", "merge.js");
  const sources = Math.max(...["schema", "core", "adapters", "cli"].map((d) => newestSource(join(repo, d))));
  if (!existsSync(built) || statSync(built).mtimeMs < sources)
    execFileSync(
      process.execPath,
      [join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", join(repo, "tsconfig.build.json")],
      { cwd: repo, stdio: "ignore" },
    );
  return dist;
}

/** Loaded with `node -r`: writes half of the temporary master, says so, then waits to be killed. */
const SLOW_WRITE = `
const fsp = require("node:fs/promises");
const open = fsp.open;
fsp.open = async (path, ...rest) => {
  const handle = await open(path, ...rest);
  if (typeof path !== "string" || !path.endsWith(".tmp") || path.includes(".lock.")) return handle;
  const writeFile = handle.writeFile.bind(handle);
  handle.writeFile = async (data, ...more) => {
    await writeFile(data.subarray(0, data.length >> 1));
    process.stderr.write("WRITING " + path + "\\n");
    await new Promise((resolve) => setTimeout(resolve, 60000));
    return writeFile(data, ...more);
  };
  return handle;
};
`;

let cli: string;
beforeAll(async () => {
  cli = compiledCli();
  mkdirSync(first);
  mkdirSync(more);
  const files = await makeSubmissions(36, 17);
  files.forEach((f, i) => writeFileSync(join(i < 6 ? first : more, f.name), f.bytes));
  expect((await runCli(["merge", "--into", master, first])).code).toBe(0);
  writeFileSync(join(root, "slow-write.js"), SLOW_WRITE);
}, 300000);

function run(
  args: string[],
  onStderr: (text: string, kill: () => void) => void = () => undefined,
): Promise<{ code: number | null; signal: string | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => onStderr(String(d), () => child.kill("SIGKILL")));
    child.on("exit", (code, signal) => resolve({ code, signal, stdout }));
  });
}

describe("killing tendik merge while it writes the master", () => {
  it("leaves the previous master byte for byte as it was (killed halfway through the temporary file)", async () => {
    const before = readFileSync(master);
    let tmp = "";
    const result = await run(
      ["-r", join(root, "slow-write.js"), cli, "merge", "--into", master, more],
      (text, kill) => {
        const m = /WRITING (.+\.tmp)/.exec(text);
        if (m) {
          tmp = m[1];
          kill();
        }
      },
    );
    expect(result.signal).toBe("SIGKILL");
    expect(existsSync(tmp) && statSync(tmp).size).toBeGreaterThan(0); // the half-written file the kill left behind
    expect(readFileSync(master).equals(before)).toBe(true);
    expect((await readMaster(readFileSync(master), defaultPlan)).master.submissions).toHaveLength(6);
  });

  it("leaves either the previous master or the complete new one when killed as the temporary file appears", async () => {
    const target = join(root, "master-2.xlsx");
    copyFileSync(master, target);
    const before = readFileSync(target);
    const child = run([cli, "merge", "--into", target, more]);
    let killed = false;
    const watcher = watch(root, (_event, name) => {
      if (!killed && name?.startsWith(".master-2.xlsx.") && name.endsWith(".tmp")) {
        killed = true;
        process.kill(pidOf(name), "SIGKILL");
      }
    });
    const result = await child;
    watcher.close();
    const after = readFileSync(target);
    if (!after.equals(before)) {
      // The rename came first: then the new master is whole.
      expect((await readMaster(after, defaultPlan)).master.submissions).toHaveLength(36);
    } else expect(killed || result.code === 0).toBe(true);
  });

  it("the next merge removes the temporary file and the lock a killed merge left, and merges", async () => {
    const target = join(root, "master-3.xlsx");
    copyFileSync(master, target);
    let tmp = "";
    await run(["-r", join(root, "slow-write.js"), cli, "merge", "--into", target, more], (text, kill) => {
      const m = /WRITING (.+\.tmp)/.exec(text);
      if (m) {
        tmp = m[1];
        kill();
      }
    });
    expect(existsSync(tmp)).toBe(true);
    expect(existsSync(`${target}.lock`)).toBe(true); // the killed merge's, holding its (dead) process id
    const again = await run([cli, "merge", "--into", target, more]);
    expect(again.code).toBe(0);
    expect(existsSync(tmp)).toBe(false);
    expect(existsSync(`${target}.lock`)).toBe(false);
    expect(readdirSync(root).filter((n) => n.startsWith(".master-3.xlsx"))).toEqual([]);
    expect((await readMaster(readFileSync(target), defaultPlan)).master.submissions).toHaveLength(36);
  }, 180000);

  it("two merges started together into one master lose nothing (the second waits for the lock)", async () => {
    const target = join(root, "master-4.xlsx");
    copyFileSync(master, target);
    const names = readdirSync(more).sort();
    const halves = [names.slice(0, 15), names.slice(15)].map((h) => h.map((n) => join(more, n)));
    const results = await Promise.all(halves.map((h) => run([cli, "merge", "--into", target, ...h])));
    // Either both ran one after the other, or one was refused clearly: merging it again must then lose nothing.
    for (const [i, r] of results.entries())
      if (r.code !== 0) expect((await run([cli, "merge", "--into", target, ...halves[i]])).code).toBe(0);
    expect(results.every((r) => r.code === 0)).toBe(true);
    const merged = (await readMaster(readFileSync(target), defaultPlan)).master;
    expect(merged.submissions.filter((s) => s.outcome === "accepted")).toHaveLength(36);
    expect(existsSync(`${target}.lock`)).toBe(false);
  }, 180000);

  it("merges in worker threads (compiled) exactly as in one thread", async () => {
    const pooled = join(root, "master-pooled.xlsx");
    copyFileSync(master, pooled);
    const result = await run([cli, "merge", "--into", pooled, more, "--json"]);
    expect(result.code).toBe(0);
    const single = join(root, "master-single.xlsx");
    copyFileSync(master, single);
    expect((await runCli(["merge", "--into", single, more])).code).toBe(0);
    const a = (await readMaster(readFileSync(pooled), defaultPlan)).master;
    const b = (await readMaster(readFileSync(single), defaultPlan)).master;
    expect([a.measureReports, a.indicatorValues, a.warnings]).toEqual([
      b.measureReports,
      b.indicatorValues,
      b.warnings,
    ]);
    expect(a.submissions.map((s) => [s.fileName, s.outcome, s.sha256])).toEqual(
      b.submissions.map((s) => [s.fileName, s.outcome, s.sha256]),
    );
  });
});

/** The temporary file is named `.NAME.PID.TIME.tmp`. */
function pidOf(tmpName: string): number {
  return Number(tmpName.split(".").at(-3));
}
