/**
 * Validation of many files on every core: reading the workbooks is most of a merge's time (about 4 ms a
 * file here with the values-only reader), and files are independent, so worker threads each validate a share.
 * The same module is the worker: started with `workerData.role === ROLE`, it serves validation requests.
 * Under ts-jest (no compiled .js beside this file) everything runs in the calling thread instead.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { readWorkbook } from "../../adapters/xlsx";
import { sha256File } from "../files";
import { validateWorkbook } from "../../core";
import { defaultPlan, type Issue, type Language, type Plan, type Report } from "../../schema";

const ROLE = "tendik-validate";

export interface FileToCheck {
  fileName: string;
  /** Read lazily, so a large folder is not held in memory all at once. */
  bytes: () => Promise<Uint8Array>;
  /** The SHA-256 of those bytes when the reader already computed it (asked after `bytes()`), so no file is hashed twice. */
  sha256?: () => string | undefined;
}

export interface CheckedFile {
  sha256: string;
  report: Report | null;
  issues: Issue[];
}

export interface PoolOptions {
  plan: Plan;
  lang: Language;
  /** Worker threads to use; 0 validates in this thread. Default: as many as measured worth it (none on 2 cores). */
  workers?: number;
  onDone?: (fileName: string) => void;
}

interface Job {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  sha256?: string;
}
type Reply = { id: number; result: CheckedFile } | { id: number; error: string };

async function checkOne(
  fileName: string,
  bytes: Uint8Array,
  plan: Plan,
  lang: Language,
  sha256?: string,
): Promise<CheckedFile> {
  const hash = sha256 === undefined ? sha256File : () => sha256;
  const c = await validateWorkbook(bytes, { source: fileName, readGrid: readWorkbook, plan, lang, hash });
  return { sha256: c.sha256, report: c.report, issues: c.task.issues };
}

/**
 * What a worker thread costs before it validates anything (loading the code and the plan), measured here:
 * ~0.3 s of CPU each. On two cores the main thread, reading files and merging, competes with the workers, so
 * `tendik merge` of 1,000 files took 8.2 s with two workers and 5.9 s without.
 */
const WORKER_START_MS = 300;
/** Files validated in this thread first, to measure what one costs before deciding on workers. */
const PROBE_FILES = 8;

/**
 * Worker threads worth starting for `remaining` files at `perFileMs` each: the work saved by spreading it over
 * the cores the main thread leaves free must outweigh starting the workers. None on two cores.
 */
export function workersWorthStarting(remaining: number, perFileMs: number, cores: number): number {
  const spare = Math.min(cores - 1, 8);
  if (spare < 2) return 0;
  const saved = remaining * perFileMs * (1 - 1 / spare);
  return saved > spare * WORKER_START_MS * 2 ? spare : 0;
}

/** Validates every file; results in the order of `files`. */
export async function validateFiles(files: FileToCheck[], opts: PoolOptions): Promise<CheckedFile[]> {
  const compiled = __filename.endsWith(".js") && existsSync(__filename);
  const out: CheckedFile[] = [];
  const probe = opts.workers === undefined ? Math.min(PROBE_FILES, files.length) : files.length;
  const started = Date.now();
  for (const f of files.slice(0, opts.workers ? 0 : probe)) {
    out.push(await checkOne(f.fileName, await f.bytes(), opts.plan, opts.lang, f.sha256?.()));
    opts.onDone?.(f.fileName);
  }
  const rest = files.slice(out.length);
  if (rest.length === 0) return out;
  const perFileMs = out.length ? (Date.now() - started) / out.length : 0;
  const workers = compiled
    ? Math.min(opts.workers ?? workersWorthStarting(rest.length, perFileMs, availableParallelism()), rest.length)
    : 0;
  if (workers <= 1) {
    for (const f of rest) {
      out.push(await checkOne(f.fileName, await f.bytes(), opts.plan, opts.lang, f.sha256?.()));
      opts.onDone?.(f.fileName);
    }
    return out;
  }
  return [...out, ...(await inWorkers(rest, workers, opts))];
}

function inWorkers(files: FileToCheck[], count: number, opts: PoolOptions): Promise<CheckedFile[]> {
  const results: CheckedFile[] = new Array(files.length);
  // The embedded plan is loaded by each worker itself; another plan is sent once.
  const data = { role: ROLE, plan: opts.plan === defaultPlan ? null : opts.plan, lang: opts.lang };
  const pool = Array.from({ length: count }, () => new Worker(__filename, { workerData: data }));
  let next = 0;
  let done = 0;
  return new Promise<CheckedFile[]>((resolve, reject) => {
    const stop = (err?: Error) => {
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolve(results);
    };
    const feed = async (w: Worker) => {
      if (next >= files.length) return;
      const id = next++;
      try {
        const bytes = await files[id].bytes();
        w.postMessage({ id, fileName: files[id].fileName, bytes, sha256: files[id].sha256?.() } satisfies Job);
      } catch (e) {
        stop(e as Error);
      }
    };
    for (const w of pool) {
      w.on("message", (reply: Reply) => {
        if ("error" in reply) return stop(new Error(`${files[reply.id].fileName}: ${reply.error}`));
        results[reply.id] = reply.result;
        opts.onDone?.(files[reply.id].fileName);
        if (++done === files.length) return stop();
        void feed(w);
      });
      w.on("error", (e) => stop(e));
      // Two jobs in flight per worker, so none waits for the main thread to read the next file.
      void feed(w).then(() => feed(w));
    }
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE && parentPort) {
  const port = parentPort;
  const { plan, lang } = workerData as { plan: Plan | null; lang: Language };
  port.on("message", (job: Job) => {
    checkOne(job.fileName, job.bytes, plan ?? defaultPlan, lang, job.sha256).then(
      (result) => port.postMessage({ id: job.id, result } satisfies Reply),
      (e: unknown) =>
        port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    );
  });
}
