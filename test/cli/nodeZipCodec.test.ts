/**
 * The command line reads packages with Node's zlib (cli/nodeZipCodec.ts), the add-in with pako: both codecs
 * must give every file the same answer. Every hostile file and every file-level broken one, bombs and lying
 * size records included, reads to the same grid or is refused for the same reason with either.
 */
import { readWorkbook } from "../../adapters/xlsx";
import { portableZipCodec, useZipCodec, type ZipCodec } from "../../adapters/xlsx/zipCodec";
import { loadZlibNow, nodeZipCodec } from "../../cli/nodeZipCodec";
import { CASES } from "../fixtures/broken/cases";
import { HOSTILE_CASES } from "../fuzz/hostileCases";
import { deflateRawSync } from "node:zlib";

/** A grid as comparable data, or the reason it was refused. */
async function outcome(bytes: Uint8Array, codec: ZipCodec): Promise<unknown> {
  useZipCodec(codec);
  try {
    const grid = await readWorkbook(bytes);
    return grid.sheets.map((s) => ({ ...s, cells: [...s.cells] }));
  } catch (e) {
    return { refused: (e as { reason?: string }).reason ?? String(e) };
  } finally {
    useZipCodec(portableZipCodec);
  }
}

beforeAll(() => loadZlibNow());

describe("Node's zlib and pako read every file alike", () => {
  // The hostile corpus is where zip-level trouble lives (bombs, lying sizes, bad CRCs, stored entries);
  // from the broken corpus, the file-level cases (truncated, empty, not a zip).
  const files = [
    ...HOSTILE_CASES.map((c) => [c.name, c.make] as const),
    ...CASES.filter((c) => !c.needsLibreOffice && c.expected().some(([cell]) => cell === null)).map(
      (c) => [c.name, c.make] as const,
    ),
  ];
  it.each(files)("%s", async (_name, make) => {
    const bytes = await make();
    expect(await outcome(bytes, nodeZipCodec)).toEqual(await outcome(bytes, portableZipCodec));
  });
});

describe("the codec contract", () => {
  const data = new TextEncoder().encode("<a>".repeat(5000));
  const deflated = new Uint8Array(deflateRawSync(data));
  it.each([
    ["node", nodeZipCodec],
    ["pako", portableZipCodec],
  ] as const)("%s: exactly the declared size, or an error", (_name, codec) => {
    expect(codec.inflateRaw(deflated, data.length)).toEqual(data);
    expect(codec.crc32(data)).toBe(portableZipCodec.crc32(data));
    // A record that understates the size (a bomb's trick), or overstates it, or a cut stream.
    expect(() => codec.inflateRaw(deflated, data.length - 1)).toThrow();
    expect(() => codec.inflateRaw(deflated, data.length + 1)).toThrow();
    expect(() => codec.inflateRaw(deflated.subarray(0, deflated.length >> 1), data.length)).toThrow();
    expect(codec.inflateRaw(new Uint8Array(deflateRawSync(new Uint8Array(0))), 0)).toEqual(new Uint8Array(0));
  });
});
