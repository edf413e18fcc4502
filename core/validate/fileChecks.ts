/**
 * The one byte sniffer: what a file is, from its bytes, before anything parses it, so a zip bomb or a renamed
 * CSV costs nothing. Every reader (the .xlsx adapter's `checkSignature`, `validateWorkbook`) asks this module.
 * Limits come from the real templates (see LIMITS); a filled template is far below each of them.
 */
import type { IssueCode, IssueParams } from "../../schema";
import { readErrorIssue, WorkbookReadError } from "../read/errors";

/**
 * The largest real template (ЭСӨМ, 68 measures) is about 40 KB on disk, 0.5 MB unzipped, a few hundred rows
 * and a few thousand cells; a clerk's text and a re-save by another program multiply that by a few. The limits
 * leave a hundredfold margin, and each bounds the time and memory of one read (every parse is linear).
 */
export interface ReadLimits {
  fileBytes: number;
  uncompressedBytes: number;
  entries: number;
  ratio: number;
  /** One XML part, uncompressed: what one parse holds in memory at once (text and events). */
  partBytes: number;
  cells: number;
  cellElements: number;
  rows: number;
  cellChars: number;
  merges: number;
  depth: number;
}

/** A submitted file's limits: what `validateWorkbook` and `readWorkbook` apply unless told otherwise. */
export const LIMITS: ReadLimits = {
  fileBytes: 8 * 1024 * 1024,
  /** All entries together, counted while inflating: a lying header costs no more than this. */
  uncompressedBytes: 64 * 1024 * 1024,
  entries: 2000,
  /** Zip entries larger than 1 MB expanding more than this are a bomb, not a spreadsheet. */
  ratio: 200,
  /**
   * The template's text cells take at most 4,000 characters each (its own data validation): every text of the
   * largest template typed to the full is about 3 MB. A part of 16 MB (60 MB of narrative compressing 1:35 once
   * cost 303 MB to refuse) is refused from its declared size, before it is inflated.
   */
  partBytes: 16 * 1024 * 1024,
  /** Cells holding a value, in the whole workbook. */
  cells: 100_000,
  /** Cell elements of any kind (styled empty ones too): bounds the work of reading. */
  cellElements: 1_000_000,
  /** Rows holding a value, per sheet. */
  rows: 10_000,
  /** Excel's own limit on the characters of one cell. */
  cellChars: 32_767,
  /** Merged areas per sheet (the template has a few dozen). */
  merges: 5_000,
  /** Element nesting depth of any XML part (a worksheet is about 6 deep). */
  depth: 64,
};

/**
 * A master's limits: the coordinator's own workbook grows with every merge (a row per measure of every report),
 * so rows and cells are bounded by Excel's grid and by memory, not by what one report holds.
 */
export const MASTER_LIMITS: ReadLimits = {
  ...LIMITS,
  fileBytes: 128 * 1024 * 1024,
  uncompressedBytes: 1024 * 1024 * 1024,
  partBytes: 1024 * 1024 * 1024,
  entries: 10_000,
  cells: 10_000_000,
  cellElements: 20_000_000,
  rows: 1_048_576,
  merges: 100_000,
};

/** Excel's grid: columns A..XFD, rows 1..1,048,576. */
export const GRID = { rows: 1_048_576, cols: 16_384 } as const;

export interface FileProblem {
  code: IssueCode;
  params: IssueParams;
}

const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const u16 = (b: Uint8Array, i: number): number => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** One entry of a zip's central directory, as recorded there (nothing here is trusted yet). */
export interface ZipDirectoryEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is not a spreadsheet's. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * A zip's central directory.
 * @throws {WorkbookReadError} truncated (no end record), corrupt-zip (a directory outside the file or cut short).
 */
export function readZipDirectory(b: Uint8Array): ZipDirectoryEntry[] {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
    if (u32(b, i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new WorkbookReadError("truncated", {});
  const count = u16(b, eocd + 10);
  const dirOffset = u32(b, eocd + 16);
  if (dirOffset >= b.length || count === 0xffff) throw new WorkbookReadError("corrupt-zip", {});
  const names = new TextDecoder("utf-8");
  const out: ZipDirectoryEntry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== ZIP_CENTRAL) throw new WorkbookReadError("corrupt-zip", {});
    const nameLength = u16(b, p + 28);
    if (p + 46 + nameLength > b.length) throw new WorkbookReadError("corrupt-zip", {});
    out.push({
      name: names.decode(b.subarray(p + 46, p + 46 + nameLength)),
      flags: u16(b, p + 8),
      method: u16(b, p + 10),
      crc32: u32(b, p + 16),
      compressedSize: u32(b, p + 20),
      size: u32(b, p + 24),
      localOffset: u32(b, p + 42),
    });
    p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
  }
  return out;
}

/** What the directory declares, checked against the limits before a byte is inflated. */
function checkZipInventory(entries: ZipDirectoryEntry[], limits: ReadLimits): void {
  if (entries.length > limits.entries)
    throw new WorkbookReadError("zip-entries", { entries: entries.length, limit: limits.entries });
  const uncompressed = entries.reduce((n, e) => n + e.size, 0);
  if (uncompressed > limits.uncompressedBytes)
    throw new WorkbookReadError("zip-bomb", { uncompressed, limit: limits.uncompressedBytes });
  for (const e of entries) {
    if (e.size > limits.partBytes && /\.(xml|rels)$/i.test(e.name))
      throw new WorkbookReadError("part-too-large", { entry: e.name, size: e.size, limit: limits.partBytes });
    const ratio = e.size / Math.max(1, e.compressedSize);
    if (e.size > 1048576 && ratio > limits.ratio)
      throw new WorkbookReadError("zip-ratio", { entry: e.name, ratio: Math.round(ratio), limit: limits.ratio });
  }
}

function looksLikeText(b: Uint8Array): "HTML" | "CSV" | null {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(0, 4096)).replace(/^\ufeff/, "");
  if (/^\s*<(!doctype html|html|table|\?xml[^>]*>\s*<html)/i.test(head) || /<html[\s>]/i.test(head.slice(0, 1024)))
    return "HTML";
  const printable = [...head].filter((c) => c >= " " || c === "\n" || c === "\r" || c === "\t").length;
  if (head.length > 0 && printable / head.length > 0.97 && /[,;\t]/.test(head)) return "CSV";
  return null;
}

/** True when a compound file (OLE2) holds a stream of this UTF-16 name. */
function holdsStream(b: Uint8Array, stream: string): boolean {
  const name = new Uint8Array([...stream].flatMap((c) => [c.charCodeAt(0), 0]));
  outer: for (let i = b.indexOf(name[0]); i >= 0 && i + name.length <= b.length; i = b.indexOf(name[0], i + 1)) {
    for (let j = 1; j < name.length; j++) if (b[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The first reason these bytes are not a workbook we will open, or null when they may be one: empty, too
 * large, an old .xls or an encrypted workbook (both OLE2), a zip whose directory is damaged or declares a bomb,
 * a renamed text file, anything else.
 */
export function sniffWorkbookBytes(b: Uint8Array, limits: ReadLimits = LIMITS): WorkbookReadError | null {
  if (b.length === 0) return new WorkbookReadError("empty", {});
  if (b.length > limits.fileBytes)
    return new WorkbookReadError("too-large", { size: b.length, limit: limits.fileBytes });
  if (CFB.every((x, i) => b[i] === x))
    // Excel saves an encrypted .xlsx as a compound file holding "EncryptionInfo" and "EncryptedPackage".
    return holdsStream(b, "EncryptionInfo") || holdsStream(b, "EncryptedPackage")
      ? new WorkbookReadError("encrypted", {})
      : new WorkbookReadError("legacy-xls", {});
  if (b.length >= 4 && u32(b, 0) === ZIP_LOCAL) {
    try {
      checkZipInventory(readZipDirectory(b), limits);
    } catch (e) {
      if (e instanceof WorkbookReadError) return e;
      throw e;
    }
    return null;
  }
  const text = looksLikeText(b);
  if (text) return new WorkbookReadError("text-renamed", { detected: text });
  return new WorkbookReadError("not-zip", {});
}

/**
 * Throws the sniffer's answer: for readers, which report failures as WorkbookReadError.
 * @throws {WorkbookReadError} whatever `sniffWorkbookBytes` finds.
 */
export function assertWorkbookBytes(b: Uint8Array, limits: ReadLimits = LIMITS): void {
  const problem = sniffWorkbookBytes(b, limits);
  if (problem) throw problem;
}

/** The sniffer's answer as a file-level issue code and params, or null when the bytes may be a workbook. */
export function checkFileBytes(b: Uint8Array): FileProblem | null {
  const problem = sniffWorkbookBytes(b);
  return problem ? readErrorIssue(problem) : null;
}
