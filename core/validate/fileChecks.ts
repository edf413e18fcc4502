/**
 * What a file is, from its bytes, before anything parses it: a zip bomb or a renamed CSV costs nothing.
 * Limits come from the real templates (see LIMITS); a filled template is far below each of them.
 */
import type { IssueCode, IssueParams } from "../../schema";

/**
 * The largest real template (ЭСӨМ, 68 measures) is about 40 KB on disk and 0.5 MB unzipped; a clerk's
 * text and a re-save by another program multiply that by a few. The limits leave a hundredfold margin.
 */
export const LIMITS = {
  fileBytes: 8 * 1024 * 1024,
  uncompressedBytes: 64 * 1024 * 1024,
  entries: 2000,
  /** Zip entries larger than 1 MB expanding more than this are a bomb, not a spreadsheet. */
  ratio: 200,
} as const;

export interface FileProblem {
  code: IssueCode;
  params: IssueParams;
}

const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

/** A size for people: "12.3 MB". */
function human(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Sum of the uncompressed sizes in a zip's central directory, or a reason it cannot be read. */
export function zipInventory(
  b: Uint8Array,
): { entries: number; uncompressed: number; worstRatio: number } | { damaged: string } {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
    if (u32(b, i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { damaged: "truncated: the end of the archive is missing" };
  const count = u16(b, eocd + 10);
  const dirOffset = u32(b, eocd + 16);
  if (dirOffset >= b.length) return { damaged: "damaged: the archive's directory is outside the file" };
  let p = dirOffset;
  let uncompressed = 0;
  let worstRatio = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== ZIP_CENTRAL)
      return { damaged: "damaged: the archive's directory is cut short" };
    const compressed = u32(b, p + 20);
    const size = u32(b, p + 24);
    if (size === 0xffffffff || compressed === 0xffffffff)
      return { entries: count, uncompressed: Number.MAX_SAFE_INTEGER, worstRatio: Infinity };
    uncompressed += size;
    if (size > 1048576) worstRatio = Math.max(worstRatio, size / Math.max(1, compressed));
    p += 46 + u16(b, p + 28) + u16(b, p + 30) + u16(b, p + 32);
  }
  return { entries: count, uncompressed, worstRatio };
}

function looksLikeText(b: Uint8Array): "HTML" | "CSV" | null {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(0, 4096)).replace(/^\ufeff/, "");
  if (/^\s*<(!doctype html|html|table|\?xml[^>]*>\s*<html)/i.test(head) || /<html[\s>]/i.test(head.slice(0, 1024)))
    return "HTML";
  const printable = [...head].filter((c) => c >= " " || c === "\n" || c === "\r" || c === "\t").length;
  if (head.length > 0 && printable / head.length > 0.97 && /[,;\t]/.test(head)) return "CSV";
  return null;
}

/** The first reason these bytes are not a workbook we will open, or null when they may be one. */
export function checkFileBytes(b: Uint8Array): FileProblem | null {
  if (b.length === 0) return { code: "file-not-workbook", params: { reason: "empty file" } };
  if (b.length > LIMITS.fileBytes)
    return { code: "file-too-large", params: { size: human(b.length), limit: human(LIMITS.fileBytes) } };
  if (CFB.every((x, i) => b[i] === x)) {
    // Excel saves an encrypted .xlsx as a compound file holding an "EncryptionInfo" stream (UTF-16 name).
    const name = new Uint8Array([..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]));
    for (let i = 0; i + name.length <= b.length; i++) {
      let hit = true;
      for (let j = 0; j < name.length && hit; j++) hit = b[i + j] === name[j];
      if (hit) return { code: "file-encrypted", params: {} };
    }
    return { code: "file-old-xls", params: {} };
  }
  if (b.length >= 4 && u32(b, 0) === ZIP_LOCAL) {
    const inv = zipInventory(b);
    if ("damaged" in inv) return { code: "file-not-workbook", params: { reason: inv.damaged } };
    if (inv.uncompressed > LIMITS.uncompressedBytes || inv.entries > LIMITS.entries || inv.worstRatio > LIMITS.ratio)
      return {
        code: "file-zip-bomb",
        params: {
          uncompressed: inv.uncompressed === Number.MAX_SAFE_INTEGER ? "> 4 GB" : human(inv.uncompressed),
          limit: human(LIMITS.uncompressedBytes),
        },
      };
    return null;
  }
  const text = looksLikeText(b);
  if (text) return { code: "file-text-renamed", params: { detected: text } };
  return { code: "file-not-workbook", params: { reason: "not a zip archive" } };
}
