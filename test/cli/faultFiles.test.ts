/**
 * Faults around the master's file: a full disk, a read-only master, its mode and owner, the lock and the
 * temporaries a killed merge leaves. A full disk is simulated two ways: an injected write that fails with ENOSPC
 * (always), and a real 1 MB tmpfs (when this machine lets the test mount one: root in a container that allows it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeSubmissions } from "../../bench/fixtures";
import { mergeIntoMaster } from "../../cli/commands/merge";
import { LockHeldError, withFileLock } from "../../cli/fileLock";
import { DiskFullError, removeStaleTemporaries, writeFileAtomic, type WriteBytes } from "../../cli/files";
import { runCli } from "../helpers/runCli";

const root = mkdtempSync(join(tmpdir(), "tendik-files-"));
const first = join(root, "first");
const second = join(root, "second");
const diskFull: WriteBytes = async (handle, bytes) => {
  await handle.write(Buffer.from(bytes).subarray(0, 10));
  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
};
const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid!;
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith(".tmp") || n.endsWith(".lock"));

beforeAll(async () => {
  mkdirSync(first);
  mkdirSync(second);
  const files = await makeSubmissions(4, 60);
  files.forEach((f, i) => writeFileSync(join(i < 2 ? first : second, f.name), f.bytes));
}, 60000);

async function freshMaster(name: string): Promise<string> {
  const dir = join(root, name);
  mkdirSync(dir);
  const master = join(dir, "master.xlsx");
  expect((await runCli(["merge", "--into", master, first])).code).toBe(0);
  return master;
}

describe("a full disk", () => {
  it("writing the master (injected ENOSPC): a clear message with the path, the master intact, nothing left", async () => {
    const master = await freshMaster("enospc-write");
    const before = readFileSync(master);
    const error = await writeFileAtomic(master, Buffer.alloc(5000), { write: diskFull }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiskFullError);
    expect((error as Error).message).toContain(`${master}: the disk is full (ENOSPC)`);
    expect(readFileSync(master).equals(before)).toBe(true);
    expect(leftovers(join(root, "enospc-write"))).toEqual([]);
  });

  it("writing the lock (injected ENOSPC): no lock, not even an empty one, and the path in the message", async () => {
    const master = await freshMaster("enospc-lock");
    const work = jest.fn();
    const error = await withFileLock(master, work, { write: diskFull }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiskFullError);
    expect((error as Error).message).toContain(`${master}.lock: the disk is full`);
    expect(work).not.toHaveBeenCalled();
    expect(leftovers(join(root, "enospc-lock"))).toEqual([]);
  });

  const mountable = (() => {
    const probe = join(root, "probe");
    mkdirSync(probe);
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe], { stdio: "ignore" });
      execFileSync("umount", [probe], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  // Runs where a tmpfs can be mounted (here: root with CAP_SYS_ADMIN); the injected cases above always run.
  (mountable ? it : it.skip)(
    "on a real full tmpfs: merge exits 2 naming the master, master intact, no lock",
    async () => {
      const disk = join(root, "tiny");
      mkdirSync(disk);
      const master = join(disk, "master.xlsx");
      const seed = await freshMaster("tiny-seed");
      execFileSync("mount", ["-t", "tmpfs", "-o", `size=${statSync(seed).size + 64 * 1024}`, "tmpfs", disk]);
      try {
        writeFileSync(master, readFileSync(seed));
        const before = readFileSync(master);
        // Fill the disk, leaving a few blocks: the lock fits, the new master does not.
        const filler = join(disk, "filler");
        const chunk = Buffer.alloc(4096, 1);
        try {
          for (;;) writeFileSync(filler, chunk, { flag: "a" });
        } catch {
          /* full */
        }
        const kept = statSync(filler).size - 16 * 1024;
        writeFileSync(filler, Buffer.alloc(kept, 1));
        const r = await runCli(["merge", "--into", master, second]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(master);
        expect(r.stderr).toContain("disk is full");
        expect(readFileSync(master).equals(before)).toBe(true);
        expect(leftovers(disk)).toEqual([]);
        // With the lock not fitting either: still a clear message and no lock left.
        try {
          for (;;) writeFileSync(filler, chunk, { flag: "a" });
        } catch {
          /* full */
        }
        const r2 = await runCli(["merge", "--into", master, second]);
        expect(r2.code).toBe(2);
        expect(r2.stderr).toContain("disk is full");
        expect(leftovers(disk)).toEqual([]);
        expect(readFileSync(master).equals(before)).toBe(true);
      } finally {
        execFileSync("umount", [disk]);
      }
    },
  );
});

describe("the master's mode and owner", () => {
  it("a replaced master keeps its mode and owner", async () => {
    const master = await freshMaster("mode");
    chmodSync(master, 0o640);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chownSync(master, 1234, 2345);
    expect((await runCli(["merge", "--into", master, second])).code).toBe(0);
    const after = statSync(master);
    expect(after.mode & 0o7777).toBe(0o640);
    if (asRoot) expect([after.uid, after.gid]).toEqual([1234, 2345]);
  });

  it("a read-only master is refused clearly and left as it was", async () => {
    const master = await freshMaster("readonly");
    chmodSync(master, 0o444);
    const before = readFileSync(master);
    const r = await runCli(["merge", "--into", master, second]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${master} is read-only`);
    expect(readFileSync(master).equals(before)).toBe(true);
    expect(statSync(master).mode & 0o777).toBe(0o444);
    expect(leftovers(join(root, "readonly"))).toEqual([]);
  });
});

describe("the lock", () => {
  it("two merges in one process run one after the other, and neither loses a file", async () => {
    const dir = join(root, "together");
    mkdirSync(dir);
    const master = join(dir, "master.xlsx");
    const [a, b] = await Promise.all([
      mergeIntoMaster({ into: master, inputs: [first], json: true }),
      mergeIntoMaster({ into: master, inputs: [second], json: true }),
    ]);
    expect([a.stats.accepted, b.stats.accepted]).toEqual([2, 2]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const again = await runCli(["merge", "--into", master, first, second, "--json"]);
    expect(JSON.parse(again.stdout).stats).toMatchObject({ unchanged: 4, accepted: 0 });
    expect(leftovers(dir)).toEqual([]);
  });

  it("excludes: work never overlaps, however many wait", async () => {
    const path = join(root, "exclusive.xlsx");
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withFileLock(
          path,
          async () => {
            most = Math.max(most, ++inside);
            await new Promise((r) => setTimeout(r, 20));
            inside--;
          },
          { pollMs: 5 },
        ),
      ),
    );
    expect(most).toBe(1);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it("a live lock is waited for, then refused with its holder named; a stale one is taken over", async () => {
    const path = join(root, "held.xlsx");
    writeFileSync(`${path}.lock`, String(process.ppid)); // a running process
    const error = await withFileLock(path, async () => 1, { waitMs: 300, pollMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockHeldError);
    expect((error as Error).message).toContain(`process ${process.ppid}`);
    expect(readFileSync(`${path}.lock`, "utf8")).toBe(String(process.ppid)); // not taken
    writeFileSync(`${path}.lock`, String(deadPid()));
    expect(await withFileLock(path, async () => 2)).toBe(2);
    writeFileSync(`${path}.lock`, ""); // an empty lock from an older tendik killed before it wrote its id
    expect(await withFileLock(path, async () => 3)).toBe(3);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it("removes the temporaries of dead processes and keeps those of live ones", async () => {
    const dir = join(root, "temporaries");
    mkdirSync(dir);
    const master = join(dir, "master.xlsx");
    const dead = deadPid();
    const stale = [`.master.xlsx.${dead}.1700000000000.tmp`, `.master.xlsx.lock.${dead}.1700000000001.tmp`];
    const live = `.master.xlsx.${process.ppid}.1700000000002.tmp`;
    const other = `.other.xlsx.${dead}.1700000000003.tmp`;
    for (const n of [...stale, live, other]) writeFileSync(join(dir, n), "x");
    expect((await runCli(["merge", "--into", master, first])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, other, "master.xlsx"].sort());
    unlinkSync(join(dir, live));
    expect(await removeStaleTemporaries(master)).toEqual([]);
  });
});
