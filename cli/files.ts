import { createHash } from "node:crypto";
import { constants } from "node:fs";
import {
  access,
  type FileHandle,
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
/** How bytes are written into an open temporary file; tests inject a failing one to simulate a full disk. */
export type WriteBytes = (handle: FileHandle, bytes: Uint8Array | string) => Promise<void>;
export const writeAll: WriteBytes = (handle, bytes) => handle.writeFile(bytes);

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
export function tempName(path: string, kind: "" | ".lock" = ""): string {
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

export function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException | undefined)?.code ?? "";
}

/**
 * A write error people can act on, naming the path as the user gave it (never a temporary file they never saw):
 * a full disk, a missing folder, a folder they may not write in, a name too long; anything else keeps its cause.
 */
export function writeFailure(path: string, e: unknown): Error {
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

/** SHA-256 of a file's bytes as hex, with Node's native hash. */
export function sha256File(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
