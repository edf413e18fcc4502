import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeSubmissions } from "../../bench/fixtures";
import { runCli } from "../helpers/runCli";

const root = mkdtempSync(join(tmpdir(), "tendik-lock-"));
const inbox = join(root, "inbox");
const master = join(root, "master.xlsx");

beforeAll(async () => {
  mkdirSync(inbox);
  for (const f of await makeSubmissions(2, 5)) writeFileSync(join(inbox, f.name), f.bytes);
}, 60000);

describe("one merge at a time into a master", () => {
  it("waits for a lock a running process holds, then refuses (exit 2) and writes nothing", async () => {
    writeFileSync(`${master}.lock`, String(process.ppid)); // a process that is running
    process.env.TENDIK_LOCK_WAIT_MS = "300"; // instead of 30 s
    try {
      const r = await runCli(["merge", "--into", master, inbox]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`is being written by another tendik merge (process ${process.ppid}); waited 0.3 s`);
      expect(existsSync(master)).toBe(false);
      expect(readFileSync(`${master}.lock`, "utf8")).toBe(String(process.ppid)); // a live lock is never taken
    } finally {
      delete process.env.TENDIK_LOCK_WAIT_MS;
    }
  });

  it("takes over a lock left by a process that no longer runs (a killed merge), and releases it", async () => {
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid!;
    writeFileSync(`${master}.lock`, String(gone));
    const r = await runCli(["merge", "--into", master, inbox]);
    expect(r.code).toBe(0);
    expect(existsSync(master)).toBe(true);
    expect(existsSync(`${master}.lock`)).toBe(false);
  });
});
