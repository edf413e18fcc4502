/**
 * The two byte-level steps of reading a zip, inflating an entry and its CRC-32, behind one small interface:
 * the portable codec (pako and a table CRC) runs everywhere, the add-in included; the command line installs
 * Node's zlib (`cli/nodeZipCodec.ts`), three times faster at inflating and ten times at the CRC, without the
 * adapter importing a Node built-in. Both honour the same contract, which the package reader relies on.
 */
import { Inflate } from "pako";

export interface ZipCodec {
  /**
   * Inflates raw DEFLATE data into exactly `size` bytes. Throws (any error; the reader reports the entry as
   * damaged) when the stream is broken, ends short, or would inflate past `size`, and stops inflating there.
   */
  inflateRaw(compressed: Uint8Array, size: number): Uint8Array;
  /** CRC-32 as zip computes it. */
  crc32(data: Uint8Array): number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 as zip computes it, in portable code. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An entry that inflates past its declared size: thrown from inside pako's callback, which stops it there. */
export class InflateOverflowError extends Error {
  override readonly name = "InflateOverflowError";
}

/** pako and a table CRC: for the browser, and wherever nothing faster was installed. */
export const portableZipCodec: ZipCodec = {
  inflateRaw(compressed, size) {
    const out = new Uint8Array(size);
    let written = 0;
    const inflater = new Inflate({ raw: true, chunkSize: 64 * 1024 });
    inflater.onData = (chunk) => {
      // The record understated the size: stop here, before another byte is inflated.
      if (written + chunk.length > out.length) throw new InflateOverflowError(`more than ${size} bytes`);
      out.set(chunk, written);
      written += chunk.length;
    };
    inflater.onEnd = () => undefined;
    // pako throws on some damaged streams and returns false on others.
    const ok = inflater.push(compressed, true);
    if (!ok || inflater.err || written !== out.length)
      throw new Error(`damaged deflate stream (${String(inflater.err)})`);
    return out;
  },
  crc32,
};

let installed: ZipCodec = portableZipCodec;

/** Makes `codec` the one every package read from now on uses (the command line installs Node's at start). */
export function useZipCodec(codec: ZipCodec): void {
  installed = codec;
}

/** The codec in use. */
export function zipCodec(): ZipCodec {
  return installed;
}
