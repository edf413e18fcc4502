/**
 * Validation on worker threads, as the compiled command line runs it (under ts-jest everything runs in one
 * thread): the main thread and a worker taking files from one queue give exactly the results of one thread,
 * in the order of the files, broken files included.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeSubmissions } from "../../bench/fixtures";

const DIST = join(__dirname, "../../dist/cli/commands/validatePool.js");
const compiled = existsSync(DIST);

/** Runs validateFiles in a Node process on the compiled code with `workers`: its results, and the files posted to workers. */
function validateCompiled(files: string[], workers: number): { results: unknown[]; posted: number } {
  const script = `
    const threads = require("node:worker_threads");
    const post = threads.Worker.prototype.postMessage;
    let posted = 0;
    threads.Worker.prototype.postMessage = function (...args) { posted++; return post.apply(this, args); };
    const { validateFiles } = require(${JSON.stringify(DIST)});
    const { defaultPlan } = require(${JSON.stringify(join(__dirname, "../../dist/schema"))});
    const { readFileSync } = require("node:fs");
    const files = JSON.parse(process.argv[1]).map((p) => ({ fileName: p, bytes: async () => new Uint8Array(readFileSync(p)) }));
    validateFiles(files, { plan: defaultPlan, lang: "en", workers: ${workers} })
      .then((results) => process.stdout.write(JSON.stringify({ results, posted })));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, JSON.stringify(files)], { encoding: "utf8" }));
}

(compiled ? describe : describe.skip)("validation on a worker thread (compiled code)", () => {
  it("gives each file the result one thread gives it, in order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tendik-workers-"));
    const made = await makeSubmissions(24, 5);
    const files = made.map((f, i) => {
      const path = join(dir, `${String(i).padStart(2, "0")}-${f.name}`);
      // Every fifth file cut short: refused the same way by either thread.
      writeFileSync(path, i % 5 === 4 ? f.bytes.subarray(0, 4000) : f.bytes);
      return path;
    });
    const alone = validateCompiled(files, 0);
    const shared = validateCompiled(files, 1);
    expect(alone.posted).toBe(0);
    expect(shared.posted).toBeGreaterThan(0);
    expect(shared.results).toEqual(alone.results);
    expect(alone.results).toHaveLength(24);
    expect((alone.results as { report: unknown }[]).filter((r) => r.report === null)).toHaveLength(4);
  }, 120_000);
});
