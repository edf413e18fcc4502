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
import { defaultPlan, type Issue, type Plan, type Report } from "../../schema";
import { useNodeZipCodec } from "../nodeZipCodec";

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

async function checkOne(fileName: string, bytes: Uint8Array, plan: Plan, sha256?: string): Promise<CheckedFile> {
  const hash = sha256 === undefined ? sha256File : () => sha256;
  const c = await validateWorkbook(bytes, { source: fileName, readGrid: readWorkbook, plan, hash });
  return { sha256: c.sha256, report: c.report, issues: c.task.issues };
}

/**
 * What a worker thread costs before it validates anything (starting, loading the code and the plan), measured
 * here: ~0.3 s of CPU. The main thread validates too, so on two cores one worker shares the work of a large
 * folder (on this 2-vCPU machine it saved only ~5%: results are cloned back and the threads' garbage collectors
 * compete); for a few dozen files starting it costs more than it saves.
 */
const WORKER_START_MS = 300;
/** Files validated in this thread first, to measure what one costs before deciding on workers. */
const PROBE_FILES = 8;

/**
 * Worker threads worth starting for `remaining` files at `perFileMs` each, beside the main thread, which
 * validates too: the work moved to the other cores must outweigh starting the workers twice over.
 * @example workersWorthStarting(1000, 3.5, 2) === 1; workersWorthStarting(40, 3.5, 2) === 0
 */
export function workersWorthStarting(remaining: number, perFileMs: number, cores: number): number {
  const workers = Math.min(cores - 1, 8);
  if (workers < 1) return 0;
  const saved = remaining * perFileMs * (workers / (workers + 1));
  return saved > workers * WORKER_START_MS * 2 ? workers : 0;
}

/** Lets a worker's reply in between two files the main thread validates. */
const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Validates every file; results in the order of `files`. */
export async function validateFiles(files: FileToCheck[], opts: PoolOptions): Promise<CheckedFile[]> {
  const compiled = __filename.endsWith(".js") && existsSync(__filename);
  const results: CheckedFile[] = new Array(files.length);
  let next = 0;
  const here = async (until: number) => {
    while (next < until) {
      const id = next++;
      const f = files[id];
      results[id] = await checkOne(f.fileName, await f.bytes(), opts.plan, f.sha256?.());
      opts.onDone?.(f.fileName);
    }
  };
  const started = Date.now();
  await here(opts.workers === undefined ? Math.min(PROBE_FILES, files.length) : 0);
  const remaining = files.length - next;
  const perFileMs = next ? (Date.now() - started) / next : 0;
  const workers = compiled
    ? Math.min(opts.workers ?? workersWorthStarting(remaining, perFileMs, availableParallelism()), remaining)
    : 0;
  if (workers === 0) {
    await here(files.length);
    return results;
  }
  // The workers and this thread take files from the same queue until it is empty.
  const take = (): number | null => (next < files.length ? next++ : null);
  const inThisThread = async () => {
    for (let id = take(); id !== null; id = take()) {
      const f = files[id];
      results[id] = await checkOne(f.fileName, await f.bytes(), opts.plan, f.sha256?.());
      opts.onDone?.(f.fileName);
      await yieldToMessages();
    }
  };
  const pool = inWorkers(files, results, take, workers, opts);
  try {
    await Promise.all([inThisThread(), pool.done]);
  } finally {
    pool.stop(); // also when this thread failed: no worker is left running
  }
  return results;
}

/** Starts `count` workers that validate files taken from the queue until it is empty. */
function inWorkers(
  files: FileToCheck[],
  results: CheckedFile[],
  take: () => number | null,
  count: number,
  opts: PoolOptions,
): { done: Promise<void>; stop: () => void } {
  // The embedded plan is loaded by each worker itself; another plan is sent once.
  const data = { role: ROLE, plan: opts.plan === defaultPlan ? null : opts.plan };
  const pool = Array.from({ length: count }, () => new Worker(__filename, { workerData: data }));
  let inFlight = 0;
  let failed = false;
  const terminate = () => {
    for (const w of pool) void w.terminate();
  };
  const done = new Promise<void>((resolve, reject) => {
    const stop = (err?: Error) => {
      terminate();
      if (err) {
        failed = true;
        reject(err);
      } else resolve();
    };
    const feed = async (w: Worker) => {
      const id = take();
      if (id === null) {
        if (inFlight === 0 && !failed) stop();
        return;
      }
      inFlight++;
      try {
        const bytes = await files[id].bytes();
        w.postMessage({ id, fileName: files[id].fileName, bytes, sha256: files[id].sha256?.() } satisfies Job);
      } catch (e) {
        stop(e as Error);
      }
    };
    for (const w of pool) {
      w.on("message", (reply: Reply) => {
        inFlight--;
        if ("error" in reply) return stop(new Error(`${files[reply.id].fileName}: ${reply.error}`));
        results[reply.id] = reply.result;
        opts.onDone?.(files[reply.id].fileName);
        void feed(w);
      });
      w.on("error", (e) => stop(e));
      // Two jobs in flight per worker, so none waits for the main thread to read the next file.
      void feed(w).then(() => feed(w));
    }
  });
  return { done, stop: terminate };
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE && parentPort) {
  const port = parentPort;
  useNodeZipCodec();
  const { plan } = workerData as { plan: Plan | null };
  port.on("message", (job: Job) => {
    checkOne(job.fileName, job.bytes, plan ?? defaultPlan, job.sha256).then(
      (result) => port.postMessage({ id: job.id, result } satisfies Reply),
      (e: unknown) =>
        port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    );
  });
}
