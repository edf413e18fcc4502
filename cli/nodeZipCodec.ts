/**
 * Node's zlib as the package reader's codec (adapters/xlsx/zipCodec.ts): native inflate and CRC-32 for the
 * command line, where the portable pako path cost about a millisecond a file. Same contract: exactly the
 * declared size or an error, and never more than that size inflated (zlib stops at `maxOutputLength`).
 * Loading zlib costs ~9 ms, as much as inflating a dozen files with pako: the first files of a run go through
 * pako, and zlib is loaded once that many bytes have been inflated (`tendik validate` of one file never pays it).
 */
import type * as Zlib from "node:zlib";
import { crc32 as portableCrc32, portableZipCodec, useZipCodec, type ZipCodec } from "../adapters/xlsx/zipCodec";

/** Inflated bytes after which loading zlib pays for itself (about a dozen submissions). */
export const ZLIB_AFTER_BYTES = 2_000_000;

let zlib: typeof Zlib | null = null;
let inflated = 0;

/** zlib once it is worth loading, else null. */
function zlibWhenWorthIt(size: number): typeof Zlib | null {
  if (zlib === null && (inflated += size) > ZLIB_AFTER_BYTES) loadZlibNow();
  return zlib;
}

export const nodeZipCodec: ZipCodec = {
  inflateRaw(compressed, size) {
    const z = zlibWhenWorthIt(size);
    if (!z) return portableZipCodec.inflateRaw(compressed, size);
    // maxOutputLength must be at least 1; a stream that inflates to nothing is checked by the length below.
    const out = z.inflateRawSync(compressed, { maxOutputLength: Math.max(size, 1) });
    if (out.length !== size) throw new Error(`inflated to ${out.length} bytes, not the ${size} declared`);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  },
  // zlib.crc32 arrived in Node 20.15 and 22.2; older Node 20 releases keep the portable one.
  crc32: (data) => (zlib && typeof zlib.crc32 === "function" ? zlib.crc32(data) : portableCrc32(data)),
};

/** Installs Node's codec for every package this process reads. */
export function useNodeZipCodec(): void {
  useZipCodec(nodeZipCodec);
}

/** Loads zlib now, whatever has been read (also what the tests call to compare both codecs on the same files). */
export function loadZlibNow(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- on demand: an import would load it at start
  zlib ??= require("node:zlib") as typeof Zlib;
}
