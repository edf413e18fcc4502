/**
 * Inputs that are not regular files, and files that change or vanish: refused before reading, with the path named
 * (exit 2 when named on the command line), or a file-level issue when found inside a merged folder.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { makeSubmissions } from "../../bench/fixtures";
import * as pool from "../../cli/commands/validatePool";
import { checkUnchanged, isInputProblem, readInput, type InputFile } from "../../cli/inputs";
import { defaultPlan } from "../../schema";
import { runCli } from "../helpers/runCli";

const root = mkdtempSync(join(tmpdir(), "tendik-inputs-"));
const inbox = join(root, "inbox");
const fifo = join(root, "pipe.xlsx");
const socketPath = join(root, "socket.xlsx");
let server: Server;
let good: string;

beforeAll(async () => {
  mkdirSync(inbox);
  const [a, b] = await makeSubmissions(2, 3);
  writeFileSync(join(inbox, a.name), a.bytes);
  writeFileSync(join(inbox, b.name), b.bytes);
  good = join(inbox, a.name);
  execFileSync("mkfifo", [fifo]);
  server = createServer();
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
}, 60000);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a path named as a file that is not a regular file", () => {
  it.each([
    ["a named pipe", () => fifo, "is a named pipe, not a file"],
    ["/dev/zero", () => "/dev/zero", "is a device, not a file"],
    ["/dev/urandom", () => "/dev/urandom", "is a device, not a file"],
    ["a socket", () => socketPath, "is a socket, not a file"],
    ["a folder", () => inbox, "is a folder; name the .xlsx files in it"],
  ])("validate refuses %s before reading, naming the path (exit 2)", async (_name, path, words) => {
    const r = await runCli(["validate", path(), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path()} ${words}`);
  });

  it.each([
    ["a named pipe", () => fifo],
    ["/dev/zero", () => "/dev/zero"],
  ])("merge refuses %s named on the command line before reading (exit 2, no master)", async (_name, path) => {
    const master = join(root, "named.xlsx");
    const r = await runCli(["merge", "--into", master, path()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path());
    expect(() => readFileSync(master)).toThrow();
  });

  it("reads nothing from a pipe or a device (readInput answers at once)", async () => {
    for (const path of [fifo, "/dev/zero", "/dev/urandom", socketPath])
      expect(await readInput(path)).toMatchObject({ code: "file-not-regular" });
  });
});

describe("a merged folder holding a pipe and a folder", () => {
  it("skips the inner folder, refuses the pipe as a file-level issue without blocking, merges the rest", async () => {
    const folder = join(root, "mixed");
    mkdirSync(folder);
    mkdirSync(join(folder, "archive.xlsx")); // a folder with a workbook's name
    execFileSync("mkfifo", [join(folder, "b-pipe.xlsx")]);
    writeFileSync(join(folder, "a-good.xlsx"), readFileSync(good));
    const master = join(root, "mixed-master.xlsx");
    const r = await runCli(["merge", "--into", master, folder, "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ["a-good.xlsx", "accepted"],
      ["b-pipe.xlsx", "rejected"],
    ]);
    expect(report.files[1].issues.map((i: { code: string }) => i.code)).toEqual(["file-not-regular"]);
    expect(report.files[1].issues[0].message).toContain("a named pipe");
  });
});

describe("paths of the master", () => {
  it("a master in a folder that does not exist: a clear message naming the folder, not ENOENT of the lock", async () => {
    const master = join(root, "no-such-folder", "master.xlsx");
    const r = await runCli(["merge", "--into", master, inbox]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the folder ${join(root, "no-such-folder")} does not exist`);
    expect(r.stderr).not.toMatch(/ENOENT|\.lock/);
  });

  it("any file written into a folder that does not exist (a template's --out) names the folder", async () => {
    const out = join(root, "missing", "t.xlsx");
    const r = await runCli(["template", "--agency", "БИМ", "--period", "2019-H2", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${out}: the folder ${join(root, "missing")} does not exist`);
  });

  it("a folder given as the master names its path", async () => {
    const r = await runCli(["merge", "--into", inbox, good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${inbox} is a folder`);
    expect(r.stderr).not.toContain("EISDIR");
  });

  it("a device given as the master is refused before anything is read", async () => {
    const r = await runCli(["merge", "--into", "/dev/zero", inbox]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("/dev/zero is not a regular file");
  });
});

describe("bytes read are capped", () => {
  it("reads at most the limit plus one byte, and a larger file is file-too-large with its real size", async () => {
    const big = join(root, "big.xlsx");
    writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 1));
    expect(await readInput(big, 1024 * 1024)).toMatchObject({
      code: "file-too-large",
      params: { size: "3.0 MB", limit: "1.0 MB" },
    });
    const r = await runCli(["validate", big, "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).tasks[0].issues.map((i: { code: string }) => i.code)).toEqual(["file-not-workbook"]);
  });

  it("a file is read once: bytes and hash come from the same read", async () => {
    const input = (await readInput(good)) as InputFile;
    expect(isInputProblem(input)).toBe(false);
    expect(Buffer.from(input.bytes).equals(readFileSync(good))).toBe(true);
    expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("a file that changes or vanishes while a merge runs", () => {
  it("checkUnchanged reports a file changed or removed after it was read", async () => {
    const path = join(root, "changing.xlsx");
    writeFileSync(path, readFileSync(good));
    const input = (await readInput(path)) as InputFile;
    expect(await checkUnchanged(input)).toBeNull();
    appendFileSync(path, "x");
    expect(await checkUnchanged(input)).toMatchObject({ code: "file-changed-during-read" });
    unlinkSync(path);
    expect(await checkUnchanged(input)).toMatchObject({ code: "file-vanished" });
  });

  it("merge rejects a file changed after it was read and one removed, and merges the others", async () => {
    const folder = join(root, "moving");
    mkdirSync(folder);
    const files = await makeSubmissions(3, 40);
    files.forEach((f, i) => writeFileSync(join(folder, `${i}-${f.name}`), f.bytes));
    const names = files.map((f, i) => `${i}-${f.name}`);
    const real = pool.validateFiles;
    const spy = jest.spyOn(pool, "validateFiles").mockImplementation(async (toCheck, opts) => {
      const result = await real(toCheck, opts);
      appendFileSync(join(folder, names[0]), "changed"); // after it was read, before the master is written
      unlinkSync(join(folder, names[1]));
      return result;
    });
    try {
      const master = join(root, "moving.xlsx");
      const r = await runCli(["merge", "--into", master, folder, "--json", "--lang", "en"]);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout);
      expect(
        report.files.map((f: { status: string; issues: { code: string }[] }) => [f.status, f.issues[0]?.code]),
      ).toEqual([
        ["rejected", "file-changed-during-read"],
        ["rejected", "file-vanished"],
        ["accepted", undefined],
      ]);
      const { master: m } = await readMaster(readFileSync(master), defaultPlan);
      expect(m.measureReports.every((row) => row.sha256 === report.files[2].sha256)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});
