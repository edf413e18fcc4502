import { createHash } from "node:crypto";
import { open, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "./errors";

/**
 * Writes a file whole or not at all: to a temporary file beside it, flushed to disk, then renamed over the
 * target, so an interrupted write (a kill, a full disk, a power cut) leaves the previous file as it was.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, bytes);
    const handle = await open(tmp, "r+");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Runs `work` holding a lock file beside `path` ("MASTER.xlsx.lock", holding the process id), so two merges
 * into one master cannot both read the old master and the later write lose the earlier one's files.
 * A lock left by a process that no longer runs (killed) is taken over.
 * @throws {UsageError} when another running process holds the lock.
 */
export async function withFileLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw e;
      const holder = Number((await readFile(lock, "utf8").catch(() => "")).trim());
      if (holder && holder !== process.pid && isRunning(holder))
        throw new UsageError(
          `${path} is being written by another tendik merge (process ${holder}). Wait for it to finish, or delete ${lock} if no merge is running.`,
        );
      await unlink(lock).catch(() => undefined);
    }
  }
  try {
    return await work();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

/** SHA-256 of a file's bytes as hex, with Node's native hash. */
export function sha256File(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
