/**
 * The fast reader reads XML as XML: the same workbook as other conforming producers write it (see
 * scripts/make-conformance-corpus.ts) reads to the identical report, and LibreOffice, a reader nobody here
 * wrote, reads the report sheet of each variant as it reads the original's.
 */
import { readWorkbook } from "../../adapters/xlsx";
import { readReport, type WorkbookGrid } from "../../core";
import { makeConformanceCorpus } from "../../scripts/make-conformance-corpus";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasLibreOffice } from "../helpers/libreoffice";

const corpus = makeConformanceCorpus();
/**
 * The first sheet of each file as CSV in UTF-8, by LibreOffice in one run (as test/helpers/libreoffice.ts
 * calls it, with the filter options that make the CSV UTF-8: the plain "csv" target uses the locale's charset).
 */
function firstSheetsAsCsv(files: { name: string; bytes: Uint8Array }[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "tendik-lo-csv-"));
  const paths = files.map((f) => {
    const p = join(dir, f.name);
    writeFileSync(p, f.bytes);
    return p;
  });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1",
      "--outdir",
      join(dir, "out"),
      ...paths,
    ],
    { stdio: "ignore", timeout: 240000 },
  );
  return files.map((f) => readFileSync(join(dir, "out", f.name.replace(/\.xlsx$/, ".csv")), "utf8"));
}

const cellCount = (g: WorkbookGrid) => g.sheets.map((s) => [s.name, s.cells.size]);

describe("the conformance corpus", () => {
  let original: { grid: WorkbookGrid; reading: ReturnType<typeof readReport> };
  beforeAll(async () => {
    const grid = await readWorkbook((await corpus).original);
    original = { grid, reading: readReport(grid) };
    expect(original.reading.report).not.toBeNull();
  }, 60000);

  it.each([
    "single-quotes.xlsx",
    "namespace-prefix.xlsx",
    "no-references.xlsx",
    "inline-strings.xlsx",
    "rich-text.xlsx",
    "character-references.xlsx",
    "bom.xlsx",
    "whitespace.xlsx",
    "stored.xlsx",
    "all-at-once.xlsx",
  ])(
    "%s reads to the identical report, cell for cell",
    async (name) => {
      const variant = (await corpus).variants.find((v) => v.name === name)!;
      expect(variant.bytes).not.toEqual((await corpus).original);
      const grid = await readWorkbook(variant.bytes);
      expect(cellCount(grid)).toEqual(cellCount(original.grid));
      const reading = readReport(grid);
      expect(reading.report).toEqual(original.reading.report);
      expect(reading.issues).toEqual(original.reading.issues);
    },
    60000,
  );
});

// Chosen when the file loads, so a machine without LibreOffice reports these as skipped, never as passed.
(hasLibreOffice() ? describe : describe.skip)("LibreOffice's reading of the conformance corpus", () => {
  it("gives the report sheet of every variant the values of the original's", async () => {
    const { original, variants } = await corpus;
    const files = [
      { name: "original.xlsx", bytes: original },
      ...variants.map((v) => ({ name: v.name, bytes: v.bytes })),
    ];
    const csv = firstSheetsAsCsv(files);
    expect(csv[0].length).toBeGreaterThan(1000);
    expect(csv[0]).toContain("ЭСӨМ");
    variants.forEach((v, i) => expect([v.name, csv[i + 1]]).toEqual([v.name, csv[0]]));
  }, 300000);
});
