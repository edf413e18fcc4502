/**
 * The lock beside a file Tendik replaces (the master): "MASTER.xlsx.lock" holding the owner's process id, made
 * in one step, waited for while its owner runs, taken over when its owner is gone, never read whole.
 */
import { constants } from "node:fs";
import { type FileHandle, link, lstat, open, rename, unlink } from "node:fs/promises";
import { UsageError } from "./errors";
import {
  checkWritableTarget,
  errnoOf,
  isRunning,
  lockPathOf,
  realTarget,
  removeStaleTemporaries,
  TargetFolderError,
  tempName,
  writeAll,
  writeFailure,
  type WriteBytes,
} from "./files";

/** Another running process holds the target's lock, and did not release it in the time we waited. */
export class LockHeldError extends UsageError {
  override name = "LockHeldError";
}

export interface LockOptions {
  /** How long to wait for a live lock before refusing (ms); default TENDIK_LOCK_WAIT_MS or 30 s. */
  waitMs?: number;
  /** Between two looks at a live lock (ms). */
  pollMs?: number;
  /** Writes the process id into the lock's temporary file (tests inject a full disk). */
  write?: WriteBytes;
}

/** Locks this process holds now: a lock with our own id is live only if we hold it (else a previous run's). */
const heldHere = new Set<string>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates the lock with its owner in one step: the process id is written to a temporary file, which is then
 * hard-linked to the lock's name (fails if a lock exists), so a lock never exists without its owner's id.
 * @returns true when this process now holds the lock.
 */
async function tryCreateLock(target: string, lock: string, opts: LockOptions): Promise<boolean> {
  const tmp = tempName(target, ".lock");
  let handle: FileHandle | null = null;
  try {
    handle = await open(tmp, "wx");
    await (opts.write ?? writeAll)(handle, String(process.pid));
    await handle.sync();
    await handle.close();
    handle = null;
    try {
      await link(tmp, lock);
      heldHere.add(lock); // before any other await: a merge in this same process must see it held
      return true;
    } catch (e) {
      if (errnoOf(e) === "EEXIST") return false;
      if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes(errnoOf(e))) throw e;
      // No hard links on this file system: rename cannot refuse an existing name, so claim the name first.
      const claim = await open(lock, "wx").catch((x: unknown) => (errnoOf(x) === "EEXIST" ? null : Promise.reject(x)));
      if (!claim) return false;
      heldHere.add(lock);
      await claim.close();
      await rename(tmp, lock);
      return true;
    }
  } catch (e) {
    throw writeFailure(lock, e);
  } finally {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
  }
}

/** More than a process id: a file at the lock's path that Tendik did not write. */
const LOCK_BYTES = 64;

/**
 * The lock's holder, or null when it holds no running process's id. Reads an empty lock (an old tendik's) as
 * stale. Reads at most LOCK_BYTES, never a file whole: whatever lies at the lock's path costs no memory.
 * @throws {TargetFolderError} something at the lock's path that is no lock of ours (a folder, a large file).
 */
async function liveHolder(lock: string): Promise<number | null> {
  const handle = await open(lock, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(() => null);
  if (!handle) return null;
  let text = "";
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > LOCK_BYTES)
      throw new TargetFolderError(
        `${lock} is not a lock tendik made (${info.isFile() ? `a file of ${info.size} bytes` : "not a file"}); if no merge is running, move it away and merge again.`,
      );
    const buffer = new Uint8Array(LOCK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, LOCK_BYTES, 0);
    text = new TextDecoder().decode(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
  const holder = Number(text.trim());
  if (holder === process.pid) return heldHere.has(lock) ? holder : null;
  return isRunning(holder) ? holder : null;
}

/**
 * Takes a stale lock away without taking a live one: the lock is moved to a private name and removed only if
 * it is still the file judged stale (same inode); a lock created meanwhile by a live merge is put back.
 */
async function breakStaleLock(target: string, lock: string): Promise<void> {
  const before = await lstat(lock).catch(() => null);
  if (!before || (await liveHolder(lock)) !== null) return;
  const aside = tempName(target, ".lock");
  if (
    !(await rename(lock, aside)
      .then(() => true)
      .catch(() => false))
  )
    return;
  const moved = await lstat(aside).catch(() => null);
  if (moved && moved.ino !== before.ino) await link(aside, lock).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

/**
 * Runs `work` holding a lock file beside `path` ("MASTER.xlsx.lock", holding the process id), so two merges
 * into one master cannot both read the old master and the later write lose the earlier one's files.
 * A lock held by a running process is waited for (up to `waitMs`); one left by a process that no longer runs
 * (killed) is taken over. Temporaries a killed merge left beside the target are removed.
 * @throws {TargetFolderError | ReadOnlyTargetError} when the target cannot be replaced (nothing is locked).
 * @throws {LockHeldError} when another running process holds the lock for longer than `waitMs`.
 * @throws {DiskFullError} when the lock cannot be written (no lock is left).
 */
export async function withFileLock<T>(path: string, work: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  const shown = path;
  // A master named through a symbolic link is locked, cleaned and replaced where it really is.
  path = await realTarget(path);
  await checkWritableTarget(path, shown);
  const lock = lockPathOf(path);
  const fromEnv = Number(process.env.TENDIK_LOCK_WAIT_MS ?? "NaN");
  const waitMs = opts.waitMs ?? (Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : 30000);
  const started = Date.now();
  let holder: number | null = null;
  while (!(await tryCreateLock(path, lock, opts))) {
    holder = await liveHolder(lock);
    if (holder === null) {
      await breakStaleLock(path, lock);
      continue;
    }
    if (Date.now() - started >= waitMs)
      throw new LockHeldError(
        `${shown} is being written by another tendik merge (process ${holder}); waited ${waitMs / 1000} s. Run this merge again when it has finished, or delete ${lock} if no merge is running.`,
      );
    await sleep(opts.pollMs ?? 100 + Math.random() * 100);
  }
  const mine = await lstat(lock);
  try {
    await removeStaleTemporaries(path);
    return await work();
  } finally {
    heldHere.delete(lock);
    // Only our own lock is removed (a lock someone broke and retook is theirs).
    const now = await lstat(lock).catch(() => null);
    if (now && now.ino === mine.ino) await unlink(lock).catch(() => undefined);
  }
}
