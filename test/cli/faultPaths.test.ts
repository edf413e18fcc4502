/**
 * Paths that stopped a daily merge (issue 23): a symbolic link loop or an unreadable file in the inbox is that
 * file's issue while the rest merge; a master named through a symbolic link is merged into where it is (the
 * link stays a link); a 240-byte master name is written (no ENAMETOOLONG on the temporary file, no exit 70); a
 * folder the user may not write in is said plainly with the path typed; whatever lies at the lock's path is
 * never read whole. The tests run as root here: those of permissions run the merge as the user nobody.
 */
import * as fs from "node:fs";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { makeSubmissions } from "../../bench/fixtures";
import { defaultPlan } from "../../schema";
import { runCli } from "../helpers/runCli";

const root = mkdtempSync(join(tmpdir(), "tendik-paths-"));
chmodSync(root, 0o777); // the permission tests run the merge as nobody

/** `tendik ARGS...` run as the user nobody (root, who runs these tests, may read and write anything). */
function runAsNobody(argv: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [join(__dirname, "../../scripts/run-ts.js"), join(__dirname, "../helpers/cliAsNobody.ts"), ...argv],
    {
      encoding: "utf8",
      cwd: root,
    },
  );
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
let files: { name: string; bytes: Uint8Array }[];

beforeAll(async () => {
  files = await makeSubmissions(3, 23);
}, 60000);

/** A folder holding the first `n` submissions. */
function inbox(name: string, n = 2): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const f of files.slice(0, n)) writeFileSync(join(dir, f.name), f.bytes);
  return dir;
}

const acceptedIn = async (master: string) =>
  (await readMaster(new Uint8Array(readFileSync(master)), defaultPlan)).master.submissions
    .filter((s) => s.outcome === "accepted")
    .map((s) => s.fileName)
    .sort();

describe("a bad file in the inbox is that file's issue; the rest merge", () => {
  it("a symbolic link loop and an unreadable file: both named, the good files merged (exit 1)", async () => {
    const dir = inbox("loop-and-locked");
    symlinkSync("loop.xlsx", join(dir, "loop.xlsx")); // a link to itself: ELOOP
    const locked = join(dir, "locked.xlsx");
    writeFileSync(locked, files[2].bytes);
    chmodSync(locked, 0o000); // unreadable by the merging user (nobody)
    const master = join(root, "loop-master.xlsx");
    const r = runAsNobody(["merge", "--into", master, dir, "--json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { file: string; status: string; issues: { code: string }[] }[] };
    const byFile = Object.fromEntries(report.files.map((f) => [f.file, [f.status, f.issues.map((i) => i.code)]]));
    expect(byFile["loop.xlsx"]).toEqual(["rejected", ["file-link-loop"]]);
    expect(byFile["locked.xlsx"]).toEqual(["rejected", ["file-no-permission"]]);
    expect(await acceptedIn(master)).toEqual(
      files
        .slice(0, 2)
        .map((f) => f.name)
        .sort(),
    );
  }, 60000);

  it("an inbox folder the user may not list: said plainly (exit 2), nothing merged", () => {
    const dir = inbox("closed-inbox", 1);
    chmodSync(dir, 0o000); // no one may list it, its owner neither (root all the same: the merge runs as nobody)
    const master = join(root, "closed-master.xlsx");
    const r = runAsNobody(["merge", "--into", master, dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${dir}: the folder may not be read by this user (no permission)`);
    expect(() => lstatSync(master)).toThrow();
  }, 60000);

  it("a symbolic link loop named on the command line is misuse said plainly (exit 2)", async () => {
    const link = join(root, "self.xlsx");
    symlinkSync("self.xlsx", link);
    const r = await runCli(["merge", "--into", join(root, "self-master.xlsx"), link, "--lang", "ru"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${link}: ссылки образуют замкнутый круг`);
  });
});

describe("the master's path", () => {
  it("named through a symbolic link: merged into the link's target, under its lock; the link stays a link", async () => {
    const real = join(root, "real");
    mkdirSync(real);
    const target = join(real, "master.xlsx");
    expect((await runCli(["merge", "--into", target, inbox("first", 1)])).code).toBe(0);
    const link = join(root, "master-link.xlsx");
    symlinkSync(target, link);
    const dir = join(root, "second");
    mkdirSync(dir);
    writeFileSync(join(dir, files[1].name), files[1].bytes);
    const r = await runCli(["merge", "--into", link, dir]);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(await acceptedIn(target)).toEqual(
      files
        .slice(0, 2)
        .map((f) => f.name)
        .sort(),
    );
    // Nothing left beside either name: the lock and the temporary file were the real master's.
    expect(readdirSync(root).filter((n) => n.includes("master-link"))).toEqual(["master-link.xlsx"]);
    expect(readdirSync(real)).toEqual(["master.xlsx"]);
  }, 60000);

  it("named through a link to nothing: refused naming both (exit 2)", async () => {
    const link = join(root, "dangling.xlsx");
    symlinkSync(join(root, "nowhere", "master.xlsx"), link);
    const r = await runCli(["merge", "--into", link, inbox("dangling", 1)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${link} is a symbolic link to ${join(root, "nowhere", "master.xlsx")}, which does not exist`,
    );
  }, 60000);

  it("240 bytes long: written (the temporary file's name is shortened), nothing left beside it", async () => {
    const dir = join(root, "long");
    mkdirSync(dir);
    const master = join(dir, `${"м".repeat(117)}.xlsx`); // 234 + 5 bytes
    expect(Buffer.byteLength(`${"м".repeat(117)}.xlsx`)).toBeGreaterThanOrEqual(239);
    const r = await runCli(["merge", "--into", master, inbox("long-inbox", 1)]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(readdirSync(dir)).toEqual([`${"м".repeat(117)}.xlsx`]);
    expect(await acceptedIn(master)).toEqual([files[0].name]);
  }, 60000);

  it("longer than a file name may be: said so (exit 2, never 70)", async () => {
    const master = join(root, `${"m".repeat(260)}.xlsx`);
    const r = await runCli(["merge", "--into", master, inbox("too-long-inbox", 1)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the name is too long for this file system");
  }, 60000);

  it("in a folder the user may not write in: said with the path typed, no temporary file named (exit 2)", async () => {
    const dir = join(root, "no-write");
    mkdirSync(dir);
    const typed = join(dir, "master.xlsx");
    chmodSync(dir, 0o555); // no one may write in it (root all the same: the merge runs as nobody)
    const r = runAsNobody(["merge", "--into", typed, inbox("no-write-inbox", 1)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${typed}: cannot write in the folder ${dir} (no permission)`);
    expect(r.stderr).not.toMatch(/\.tmp|EACCES/);
    expect(readdirSync(dir)).toEqual([]);
  }, 60000);

  it("a 300 MB file at the lock's path: not read (refused naming it, in a few MB of memory)", async () => {
    const dir = join(root, "big-lock");
    mkdirSync(dir);
    const master = join(dir, "master.xlsx");
    fs.writeFileSync(`${master}.lock`, "");
    fs.truncateSync(`${master}.lock`, 300 * 1024 * 1024); // sparse: no disk taken
    const before = process.memoryUsage().rss;
    const r = await runCli(["merge", "--into", master, inbox("big-lock-inbox", 1)]);
    const grew = process.memoryUsage().rss - before;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${master}.lock is not a lock tendik made (a file of 314572800 bytes)`);
    expect(grew).toBeLessThan(100 * 1024 * 1024);
    expect(fs.statSync(`${master}.lock`).size).toBe(300 * 1024 * 1024); // left for its owner to look at
  }, 60000);
});
