/**
 * A zip writer for tests that must build what no library will: duplicate names, a CRC or a size that lies.
 * And the way back: a workbook's entries, to change one part and write them again.
 */
import { deflateRawSync } from "node:zlib";
import { openPackage } from "../../adapters/xlsx/zip";
import { crc32 } from "../../adapters/xlsx/zipCodec";

export interface ZipEntryInput {
  name: string;
  data: Uint8Array;
  /** Stored as is (method 0) instead of deflated. */
  store?: boolean;
  /** Lies to write into both headers instead of the truth. */
  declaredSize?: number;
  crc?: number;
}

/** Every entry of a sound package, in order. */
export function unzipEntries(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  const pkg = openPackage(bytes);
  return pkg.names.map((name) => ({ name, data: pkg.get(name)! }));
}

/** Writes a zip of these entries, exactly as given (lies included). */
export function zipEntries(entries: ZipEntryInput[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const body = e.store ? e.data : new Uint8Array(deflateRawSync(e.data));
    const crc = e.crc ?? crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // names in UTF-8
    local.setUint16(8, e.store ? 0 : 8, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, body.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, 0x0800, true);
    dir.setUint16(10, e.store ? 0 : 8, true);
    dir.setUint32(16, crc, true);
    dir.setUint32(20, body.length, true);
    dir.setUint32(24, size, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, body);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + body.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of all) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** Re-zips a workbook with one part's text changed (the package stays sound: sizes and CRCs are the truth). */
export function editPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  return zipEntries(
    unzipEntries(bytes).map((e) =>
      e.name === part ? { ...e, data: new TextEncoder().encode(edit(new TextDecoder().decode(e.data))) } : e,
    ),
  );
}

/** Re-zips a workbook with one part's bytes replaced. */
export function replacePart(bytes: Uint8Array, part: string, data: Uint8Array): Uint8Array {
  return zipEntries(unzipEntries(bytes).map((e) => (e.name === part ? { ...e, data } : e)));
}
