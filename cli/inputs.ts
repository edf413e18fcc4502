/**
 * Reading input files safely: only regular files are opened, never more than the limit plus one byte is read,
 * and each file is read once and hashed once, so what is validated, hashed and merged are the same bytes.
 * A file that changes or vanishes while it is read (or before the merge is written) is reported, not merged.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { basename } from "node:path";
import { LIMITS } from "../core/validate/fileChecks";
import { makeIssue, type Issue, type IssueCode, type IssueParams, type Language } from "../schema";
import { UsageError, usageError } from "./errors";
import { sha256File } from "./files";

/** What a path is when it is not a regular file. */
export type SpecialKind = "folder" | "pipe" | "device" | "socket" | "other";

/** A path named on the command line that is not a regular file (a folder where a file is needed, a pipe, a device). */
export class NotRegularFileError extends UsageError {
  override name = "NotRegularFileError";
}

/** A file read whole: its bytes, their SHA-256, and what it was when read (to notice a later change). */
export interface InputFile {
  path: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}

/** Why a path was not read, as a file-level issue code and its params. */
export interface InputProblem {
  path: string;
  fileName: string;
  code: IssueCode;
  params: IssueParams;
  /** The kind of a special file (for the command line's message). */
  kind?: SpecialKind;
}

export function kindOf(info: Stats): SpecialKind | "file" {
  if (info.isFile()) return "file";
  if (info.isDirectory()) return "folder";
  if (info.isFIFO()) return "pipe";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  if (info.isSocket()) return "socket";
  return "other";
}

const KIND_WORDS: Record<Language, Record<SpecialKind, string>> = {
  en: { folder: "a folder", pipe: "a named pipe", device: "a device", socket: "a socket", other: "not a regular file" },
  ru: {
    folder: "папка",
    pipe: "именованный канал",
    device: "устройство",
    socket: "сокет",
    other: "не обычный файл",
  },
  ky: {
    folder: "папка",
    pipe: "аталган канал",
    device: "түзмөк",
    socket: "сокет",
    other: "кадимки файл эмес",
  },
};

/** A size for people: "12.3 MB". */
function human(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

function problem(path: string, code: IssueCode, params: IssueParams = {}, kind?: SpecialKind): InputProblem {
  return { path, fileName: basename(path), code, params, kind };
}

const isMissing = (e: unknown) => ["ENOENT", "ENOTDIR"].includes((e as NodeJS.ErrnoException).code ?? "");

/**
 * The file-level issue for a path the system will not let us read: a symbolic link loop, or no permission.
 * One such file in a folder is that file's issue; the other files are merged all the same.
 */
function unreadable(path: string, e: unknown): InputProblem | null {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? "";
  if (code === "ELOOP") return problem(path, "file-link-loop");
  if (code === "EACCES" || code === "EPERM") return problem(path, "file-no-permission");
  return null;
}

export function isInputProblem(x: InputFile | InputProblem): x is InputProblem {
  return "code" in x;
}

/**
 * Reads one input file: refuses anything but a regular file before opening it (a pipe is opened non-blocking
 * all the same, in case it replaced the file between the look and the open), reads at most `limit` + 1 bytes,
 * and compares the file before and after the read.
 * @example const input = await readInput("inbox/mf.xlsx"); if (!isInputProblem(input)) use(input.bytes, input.sha256);
 */
export async function readInput(path: string, limit: number = LIMITS.fileBytes): Promise<InputFile | InputProblem> {
  // Synchronous calls on purpose: the command line reads one file at a time, and each asynchronous call is a
  // round trip through libuv's thread pool (seven a file: about a millisecond, a third of reading 1,000 files).
  let before: Stats | null;
  try {
    before = orMissing(() => statSync(path));
  } catch (e) {
    const refused = unreadable(path, e);
    if (refused) return refused;
    throw e;
  }
  if (!before) return problem(path, "file-vanished");
  const kind = kindOf(before);
  if (kind !== "file") return problem(path, "file-not-regular", {}, kind);
  if (before.size > limit) return problem(path, "file-too-large", { size: human(before.size), limit: human(limit) });
  let fd: number | null;
  try {
    fd = orMissing(() => openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)));
  } catch (e) {
    const refused = unreadable(path, e);
    if (refused) return refused;
    throw e;
  }
  if (fd === null) return problem(path, "file-vanished");
  try {
    const opened = fstatSync(fd);
    if (kindOf(opened) !== "file") return problem(path, "file-not-regular", {}, kindOf(opened) as SpecialKind);
    if (opened.ino !== before.ino || opened.dev !== before.dev) return problem(path, "file-changed-during-read");
    // One byte more than expected tells a file that grew while read from one that did not.
    const buffer = new Uint8Array(Math.min(opened.size, limit) + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) return problem(path, "file-too-large", { size: `> ${human(limit)}`, limit: human(limit) });
    const after = fstatSync(fd);
    if (length !== opened.size || after.size !== opened.size || after.mtimeMs !== opened.mtimeMs)
      return problem(path, "file-changed-during-read");
    const bytes = buffer.subarray(0, length);
    return {
      path,
      fileName: basename(path),
      bytes,
      sha256: sha256File(bytes),
      size: length,
      mtimeMs: after.mtimeMs,
      ino: after.ino,
      dev: after.dev,
    };
  } finally {
    closeSync(fd);
  }
}

/** The result of a file call, or null when the path does not exist (any other failure is thrown). */
function orMissing<T>(call: () => T): T | null {
  try {
    return call();
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
}

/**
 * Whether a file read earlier is still the same file (same inode, size and time) just before the merge is
 * written: a file replaced or removed meanwhile is reported and not merged (the next merge takes the new one).
 */
export async function checkUnchanged(input: InputFile): Promise<InputProblem | null> {
  let now: Stats | null;
  try {
    now = statSync(input.path);
  } catch {
    now = null; // gone, or no longer readable: either way not the file that was checked
  }
  if (!now) return problem(input.path, "file-vanished");
  if (now.ino !== input.ino || now.dev !== input.dev || now.size !== input.size || now.mtimeMs !== input.mtimeMs)
    return problem(input.path, "file-changed-during-read");
  return null;
}

/** The file-level issue for a path that was not read. */
export function inputIssue(p: InputProblem, source: string = p.path): Issue {
  const params = p.code === "file-not-regular" ? { kind: p.kind ?? "other" } : p.params;
  return makeIssue(p.code, params, "", { workbook: source });
}

/**
 * Reads a file named on the command line: a path that is not a regular file is misuse (exit 2, naming the path
 * and what it is); a file that cannot be read as a whole is returned as its problem, for a file-level issue.
 * @throws {NotRegularFileError} for a folder, pipe, device or socket; {UsageError} when the path does not exist.
 */
export async function readNamedInput(path: string, limit?: number): Promise<InputFile | InputProblem> {
  const input = await readInput(path, limit);
  if (isInputProblem(input) && input.code === "file-vanished") throw usageError("ENOENT", { path });
  if (isInputProblem(input) && input.code === "file-not-regular") {
    const what = KIND_WORDS.en[input.kind ?? "other"];
    throw new NotRegularFileError(
      input.kind === "folder"
        ? `${path} is a folder; name the .xlsx files in it`
        : `${path} is ${what}, not a file; only .xlsx files are read (nothing was read from it)`,
    );
  }
  return input;
}
