import { createHash } from "node:crypto";
import { constants } from "node:fs";
import {
  access,
  type FileHandle,
  link,
  lstat,
  open,
  readdir,
  readlink,
  realpath,
  rename,
  stat,
  unlink,
} from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "./errors";

/** The target's folder does not exist (or is not a folder): nothing can be written there. */
export class TargetFolderError extends UsageError {
  override name = "TargetFolderError";
}
/** The target is read-only (no write permission bit): someone meant it not to change, so it is not replaced. */
export class ReadOnlyTargetError extends UsageError {
  override name = "ReadOnlyTargetError";
}
/** The disk (or the user's quota) is full: nothing was replaced and no temporary file is left. */
export class DiskFullError extends UsageError {
  override name = "DiskFullError";
}
/** The target's folder may not be written in by this user: nothing was written there. */
export class FolderNotWritableError extends UsageError {
  override name = "FolderNotWritableError";
}
/** Another running process holds the target's lock, and did not release it in the time we waited. */
export class LockHeldError extends UsageError {
  override name = "LockHeldError";
}

/** How bytes are written into an open temporary file; tests inject a failing one to simulate a full disk. */
export type WriteBytes = (handle: FileHandle, bytes: Uint8Array | string) => Promise<void>;
const writeAll: WriteBytes = (handle, bytes) => handle.writeFile(bytes);

export interface WriteOptions {
  write?: WriteBytes;
}

let lastTime = 0;

/**
 * Names beside the target start with its name, unless that name is long: a name near the file system's limit
 * (255 bytes) plus ".PID.TIME.tmp" would not fit (ENAMETOOLONG), so long names are stood for by a hash.
 */
function baseFor(path: string): string {
  const name = basename(path);
  return Buffer.byteLength(name) <= 200
    ? name
    : `tendik-${createHash("sha256").update(name).digest("hex").slice(0, 16)}`;
}

/**
 * `.NAME.PID.TIME.tmp` beside the target, and `.NAME.lock.PID.TIME.tmp` for a lock being created; TIME (ms) never
 * repeats within a process, so two temporaries of one process never collide.
 */
function tempName(path: string, kind: "" | ".lock" = ""): string {
  lastTime = Math.max(Date.now(), lastTime + 1);
  return join(dirname(path), `.${baseFor(path)}${kind}.${process.pid}.${lastTime}.tmp`);
}

/** The lock beside a target: "MASTER.xlsx.lock" (or its long name's hash with ".lock"). */
export function lockPathOf(path: string): string {
  return join(dirname(path), `${baseFor(path) === basename(path) ? basename(path) : `.${baseFor(path)}`}.lock`);
}

/**
 * The file a path names: the path itself, or, for a symbolic link, the file it leads to, so that a master named
 * through a link is replaced where it is (the link stays a link) and locked under its real name.
 * @throws {TargetFolderError} a link to nothing, or a link loop.
 */
export async function realTarget(path: string): Promise<string> {
  const info = await lstat(path).catch(() => null);
  if (!info?.isSymbolicLink()) return path;
  try {
    return await realpath(path);
  } catch (e) {
    if (errnoOf(e) === "ELOOP")
      throw new TargetFolderError(`${path} is a symbolic link that leads back to itself; name the file itself.`, {
        cause: e,
      });
    const to = await readlink(path).catch(() => "?");
    throw new TargetFolderError(`${path} is a symbolic link to ${to}, which does not exist; name the file itself.`, {
      cause: e,
    });
  }
}

function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException | undefined)?.code ?? "";
}

/**
 * A write error people can act on, naming the path as the user gave it (never a temporary file they never saw):
 * a full disk, a missing folder, a folder they may not write in, a name too long; anything else keeps its cause.
 */
function writeFailure(path: string, e: unknown): Error {
  const code = errnoOf(e);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return new FolderNotWritableError(
      `${path}: cannot write in the folder ${dirname(path)} (${code === "EROFS" ? "a read-only disk" : "no permission"}); nothing was changed. Choose a folder you may write in, or ask for write permission.`,
      { cause: e },
    );
  if (code === "ENAMETOOLONG")
    return new TargetFolderError(
      `${path}: the name is too long for this file system (${Buffer.byteLength(basename(path))} bytes; at most 255, fewer with the folders); choose a shorter name.`,
      { cause: e },
    );
  if (code === "ENOSPC" || code === "EDQUOT")
    return new DiskFullError(
      `${path}: the disk is full (${code}); nothing was replaced and no temporary file is left. Free some space and run the merge again.`,
      { cause: e },
    );
  if (code === "ENOENT" || code === "ENOTDIR")
    return new TargetFolderError(`${path}: the folder ${dirname(path)} does not exist; create it first.`, { cause: e });
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * Writes a file whole or not at all: to a temporary file beside it, flushed to disk, given the old file's mode and
 * owner, then renamed over the target, so an interrupted write (a kill, a full disk, a power cut) leaves the
 * previous file as it was, and a replaced file keeps who may read and write it.
 * @throws {DiskFullError} when the disk is full (the temporary file is removed).
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array | string,
  opts: WriteOptions = {},
): Promise<void> {
  const shown = path;
  path = await realTarget(path);
  const previous = await stat(path).catch(() => null);
  const tmp = tempName(path);
  let handle: FileHandle | null = null;
  try {
    handle = await open(tmp, "wx", previous ? previous.mode & 0o777 : 0o666);
    await (opts.write ?? writeAll)(handle, bytes);
    if (previous) {
      // open() applied the umask; the master keeps exactly its mode, and its owner when we may set it (root).
      // The owner first: changing it may clear set-id bits, which the mode then restores.
      await handle.chown(previous.uid, previous.gid).catch((e: unknown) => {
        if (!["EPERM", "EINVAL", "ENOSYS"].includes(errnoOf(e))) throw e;
      });
      await handle.chmod(previous.mode & 0o7777);
    }
    await handle.sync();
    await handle.close();
    handle = null;
    await rename(tmp, path);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw writeFailure(shown, e);
  }
  await syncFolder(dirname(path));
}

/** Makes a rename durable (the folder's entry); not possible on every system, and then harmless to skip. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

/** True when a process with this id runs (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoOf(e) === "EPERM";
  }
}

/**
 * Removes what dead processes left beside `path`: `.NAME.PID.TIME.tmp` temporary files of a killed write and
 * `.NAME.lock.PID.TIME.tmp` of a killed lock. Called while holding the lock; files of live processes stay.
 * @returns the names removed.
 */
export async function removeStaleTemporaries(path: string): Promise<string[]> {
  const name = baseFor(path);
  const removed: string[] = [];
  const entries = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const entry of entries) {
    if (!entry.startsWith(`.${name}.`) || !entry.endsWith(".tmp")) continue;
    const m = /^(?:lock\.)?(\d+)\.(\d+)\.tmp$/.exec(entry.slice(name.length + 2));
    if (!m || isRunning(Number(m[1]))) continue;
    const full = join(dirname(path), entry);
    if (
      (await lstat(full).catch(() => null))?.isFile() &&
      (await unlink(full)
        .then(() => true)
        .catch(() => false))
    )
      removed.push(entry);
  }
  return removed;
}

/**
 * Refuses a target that cannot be replaced, before any work: its folder missing, the target a folder, or the
 * target read-only (a master someone made read-only is not to change; checked on the mode bits, as root ignores them).
 */
export async function checkWritableTarget(path: string, shown: string = path): Promise<void> {
  const dir = dirname(path);
  const folder = await stat(dir).catch((e: unknown) => {
    if (errnoOf(e) === "ENAMETOOLONG") throw writeFailure(shown, e);
    return null;
  });
  if (!folder) throw new TargetFolderError(`${shown}: the folder ${dir} does not exist; create it first.`);
  if (!folder.isDirectory()) throw new TargetFolderError(`${shown}: ${dir} is not a folder.`);
  // The lock and the new file are made in the folder: a folder this user may not write in is said so now.
  await access(dir, constants.W_OK | constants.X_OK).catch((e: unknown) => {
    throw writeFailure(shown, e);
  });
  const target = await stat(path).catch((e: unknown) => {
    if (errnoOf(e) === "ENAMETOOLONG") throw writeFailure(shown, e);
    return null;
  });
  if (target?.isDirectory()) throw new TargetFolderError(`${shown} is a folder; name the master workbook's file.`);
  if (target && !target.isFile()) throw new TargetFolderError(`${shown} is not a regular file.`);
  if (target && (target.mode & 0o222) === 0)
    throw new ReadOnlyTargetError(
      `${shown} is read-only; it was not changed. Make it writable (chmod u+w) to merge into it, or merge into a copy.`,
    );
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

/** SHA-256 of a file's bytes as hex, with Node's native hash. */
export function sha256File(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
