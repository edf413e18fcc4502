/**
 * The package reader: opens an .xlsx zip trusting nothing it says. Every entry is inflated with a running
 * byte count cut at the size its directory record declares (which the sniffer already held to the limits), so
 * a header that lies costs no more than the limit; every entry's CRC-32 and size are verified; names that
 * repeat, a missing [Content_Types].xml and a macro project are refused. Only then does anything parse XML,
 * ours or ExcelJS's.
 */
import { WorkbookReadError } from "../../core/read/errors";
import { readZipDirectory, type ZipDirectoryEntry } from "../../core/validate/fileChecks";
import { zipCodec } from "./zipCodec";

/** The sound entries of a package, by name (OPC part names compare without case). */
export interface ZipPackage {
  names: string[];
  get(name: string): Uint8Array | undefined;
}

const u16 = (b: Uint8Array, i: number): number => b[i] | (b[i + 1] << 8);
const ZIP_LOCAL = 0x04034b50;

/** Inflates one entry into exactly its declared size, or refuses it. */
function inflateEntry(entry: ZipDirectoryEntry, compressed: Uint8Array): Uint8Array {
  const damaged = (cause?: unknown) => new WorkbookReadError("crc-mismatch", { entry: entry.name }, { cause });
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw damaged();
    return compressed;
  }
  if (entry.method !== 8) throw new WorkbookReadError("corrupt-zip", { entry: entry.name });
  try {
    return zipCodec().inflateRaw(compressed, entry.size);
  } catch (e) {
    throw damaged(e);
  }
}

const DOCTYPE = new TextEncoder().encode("<!DOCTYPE");
const DOCTYPE_UTF16LE = new Uint8Array([..."<!DOCTYPE"].flatMap((c) => [c.charCodeAt(0), 0]));
const DOCTYPE_UTF16BE = new Uint8Array([..."<!DOCTYPE"].flatMap((c) => [0, c.charCodeAt(0)]));

/**
 * Whether `needle` ("<!DOCTYPE" in some encoding) occurs in `data`. The scan looks for the rare byte of "!",
 * not for "<", which opens every tag: "!" appears in XML parts only in comments, CDATA and declarations.
 */
function contains(data: Uint8Array, needle: Uint8Array): boolean {
  const bang = needle.indexOf(0x21);
  outer: for (let i = data.indexOf(0x21, bang); i >= 0; i = data.indexOf(0x21, i + 1)) {
    const start = i - bang;
    if (start + needle.length > data.length) return false;
    for (let j = 0; j < needle.length; j++) if (data[start + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * OPC forbids DTDs in every XML part, including those Tendik never parses itself (ExcelJS may): one scan
 * of the bytes, since "<!DOCTYPE" cannot appear in well-formed XML other than as a declaration or inside
 * a comment or CDATA, which no workbook part carries.
 */
function declaresDoctype(data: Uint8Array): boolean {
  // A part is UTF-16 only with its byte order mark (XML requires it, and no reader here decodes one without):
  // the second scan is for those parts alone.
  if (data[0] === 0xff && data[1] === 0xfe) return contains(data, DOCTYPE_UTF16LE);
  if (data[0] === 0xfe && data[1] === 0xff) return contains(data, DOCTYPE_UTF16BE);
  return contains(data, DOCTYPE);
}

/**
 * Opens a zip the sniffer (`assertWorkbookBytes`) has already let through.
 * @throws {WorkbookReadError} duplicate-entry, no-content-types, macro, encrypted, corrupt-zip, crc-mismatch.
 */
export function openPackage(bytes: Uint8Array): ZipPackage {
  const directory = readZipDirectory(bytes);
  const byName = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  for (const entry of directory) {
    const key = entry.name.toLowerCase();
    if (seen.has(key)) throw new WorkbookReadError("duplicate-entry", { entry: entry.name });
    seen.add(key);
  }
  if (!seen.has("[content_types].xml")) throw new WorkbookReadError("no-content-types", {});
  if ([...seen].some((n) => n.endsWith("vbaproject.bin"))) throw new WorkbookReadError("macro", {});
  for (const entry of directory) {
    // Bit 0: zip's own (weak) encryption; Excel never uses it, and nothing could be read anyway.
    if (entry.flags & 1) throw new WorkbookReadError("encrypted", {});
    const p = entry.localOffset;
    if (p + 30 > bytes.length || new DataView(bytes.buffer, bytes.byteOffset + p, 4).getUint32(0, true) !== ZIP_LOCAL)
      throw new WorkbookReadError("corrupt-zip", { entry: entry.name });
    const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
    if (start + entry.compressedSize > bytes.length) throw new WorkbookReadError("truncated", {});
    const data = inflateEntry(entry, bytes.subarray(start, start + entry.compressedSize));
    if (zipCodec().crc32(data) !== entry.crc32) throw new WorkbookReadError("crc-mismatch", { entry: entry.name });
    if (/\.(xml|rels|vml)$/i.test(entry.name) && declaresDoctype(data))
      throw new WorkbookReadError("dtd", { entry: entry.name });
    byName.set(entry.name.toLowerCase(), data);
  }
  const types = new TextDecoder().decode(byName.get("[content_types].xml"));
  if (/macroEnabled|vbaProject/i.test(types)) throw new WorkbookReadError("macro", {});
  return { names: directory.map((e) => e.name), get: (name) => byName.get(name.toLowerCase()) };
}
