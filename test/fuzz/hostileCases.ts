/**
 * Files a careless program or a hostile sender could produce (issue 11), each made from a real filled template
 * and each with the one file-level issue it must raise (or none, where Excel reads the file and so do we).
 * Same shape as the broken corpus (test/fixtures/broken/cases.ts), so the same test and the same measuring
 * script (scripts/measure-hostile.ts) run them.
 */
import type { IssueCode, Report } from "../../schema";
import { editPart, replacePart, unzipEntries, zipEntries } from "./zipTools";
import { faultsMarkdown } from "../security/faultCases";
import { filledTemplate, identityEdited } from "./hostileSeed";
import { EXCEL_VIEW_CASES } from "./hostileCases23";

export interface HostileCase {
  name: string;
  how: string;
  make: () => Promise<Uint8Array>;
  expected: () => [string | null, IssueCode][];
  /**
   * For a file that must read as Excel shows it: the report it must give, from the one the unaltered template
   * gives (the same, or with the change Excel would show). Nothing read as a third value.
   */
  sameReport?: (original: Report) => Report;
}

export const REPORT_PART = "xl/worksheets/sheet1.xml";
export const INSTRUCTIONS_PART = "xl/worksheets/sheet2.xml";
export const IDENTITY_PART = "xl/worksheets/sheet4.xml";
export const STRINGS_PART = "xl/sharedStrings.xml";

export { filledTemplate };

const sheet =
  (edit: (xml: string) => string, part = REPORT_PART) =>
  async () =>
    editPart(await filledTemplate(), part, edit);
/** Puts XML just before </sheetData> of a sheet. */
const beforeSheetDataEnd = (xml: string) => (s: string) => s.replace("</sheetData>", `${xml}</sheetData>`);
const file = (code: IssueCode) => () => [[null, code]] as [string | null, IssueCode][];
const bytes = (...b: number[]) => new Uint8Array(b);

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: "identity-other-period.xlsx",
    how: "the period in the very hidden identity sheet changed to 2020-H1; the title still says 2019-H2",
    make: identityEdited("period", "2020-H1"),
    expected: () => [["A1", "identity-mismatch"]],
  },
  {
    name: "identity-other-body.xlsx",
    how: "the body in the very hidden identity sheet changed to МКК; the title still names ЭСӨМ",
    make: identityEdited("agency", "МКК"),
    expected: () => [["A1", "identity-mismatch"]],
  },
  {
    name: "row-1e10.xlsx",
    how: "a row numbered 1e10 (once a hang)",
    make: sheet(beforeSheetDataEnd('<row r="1e10"><c r="A1" t="n"><v>1</v></c></row>')),
    expected: file("file-beyond-grid"),
  },
  {
    name: "column-beyond-xfd.xlsx",
    how: "a cell in column XFE, one past Excel's last",
    make: sheet(beforeSheetDataEnd('<row r="900"><c r="XFE900"><v>1</v></c></row>')),
    expected: file("file-beyond-grid"),
  },
  {
    name: "unclosed-si.xlsx",
    how: "an unclosed <si> repeated 200,000 times in the shared strings (once a hang): nested, so too deep",
    make: sheet((s) => s.replace("</sst>", `${"<si><t>x</t>".repeat(200_000)}</sst>`), STRINGS_PART),
    expected: file("file-too-deep"),
  },
  {
    name: "unclosed-c.xlsx",
    how: "3 MB of unclosed <c> elements in the report sheet (once a hang)",
    make: sheet(beforeSheetDataEnd(`<row r="900">${'<c r="A900">'.repeat(250_000)}</row>`)),
    expected: file("file-too-deep"),
  },
  {
    name: "whole-sheet-merge.xlsx",
    how: "a merged area over the whole instructions sheet (once 3 GB): read as one rectangle, and valid",
    make: sheet(
      (s) =>
        s.includes("<mergeCells")
          ? s.replace(/<mergeCells[^>]*>/, '$&<mergeCell ref="A1:XFD1048576"/>')
          : s.replace(
              "</sheetData>",
              '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
            ),
      INSTRUCTIONS_PART,
    ),
    expected: () => [],
  },
  {
    name: "too-many-merges.xlsx",
    how: "6,000 merged areas on the instructions sheet",
    make: sheet(
      (s) =>
        s.replace(
          "</sheetData>",
          `</sheetData><mergeCells count="6000">${Array.from({ length: 6000 }, (_, i) => `<mergeCell ref="A${i * 2 + 1000}:B${i * 2 + 1000}"/>`).join("")}</mergeCells>`,
        ),
      INSTRUCTIONS_PART,
    ),
    expected: file("file-too-many-merges"),
  },
  {
    name: "lying-size-bomb.xlsx",
    how: "an entry whose headers say 1 KB while it inflates to 200 MB of zeros",
    make: async () =>
      zipEntries([
        ...unzipEntries(await filledTemplate()),
        { name: "xl/media/image1.bin", data: new Uint8Array(200 * 1024 * 1024), declaredSize: 1024 },
      ]),
    expected: file("file-entry-damaged"),
  },
  {
    name: "crc-mismatch.xlsx",
    how: "the report sheet's CRC recorded wrong (as a flipped bit in transit leaves it)",
    make: async () =>
      zipEntries(unzipEntries(await filledTemplate()).map((e) => (e.name === REPORT_PART ? { ...e, crc: 12345 } : e))),
    expected: file("file-entry-damaged"),
  },
  {
    name: "duplicate-entry.xlsx",
    how: "the report sheet twice, the second with another value (readers disagree on which counts)",
    make: async () => {
      const entries = unzipEntries(await filledTemplate());
      const report = entries.find((e) => e.name === REPORT_PART)!;
      return zipEntries([...entries, { ...report, data: report.data.slice() }]);
    },
    expected: file("file-duplicate-entry"),
  },
  {
    name: "doctype-entities.xlsx",
    how: "a DOCTYPE declaring nested entities (billion laughs) in the shared strings",
    make: sheet(
      (s) =>
        s.replace(
          "<sst ",
          '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst ',
        ),
      STRINGS_PART,
    ),
    expected: file("file-dtd"),
  },
  {
    name: "doctype-in-theme.xlsx",
    how: "an external-entity DOCTYPE in a part Tendik itself never parses (the theme)",
    make: sheet(
      (s) => s.replace("<a:theme ", '<!DOCTYPE t SYSTEM "file:///etc/passwd"><a:theme '),
      "xl/theme/theme1.xml",
    ),
    expected: file("file-dtd"),
  },
  {
    name: "no-content-types.xlsx",
    how: "a package without [Content_Types].xml",
    make: async () => zipEntries(unzipEntries(await filledTemplate()).filter((e) => e.name !== "[Content_Types].xml")),
    expected: file("file-no-content-types"),
  },
  {
    name: "macro-project.xlsx",
    how: "a workbook with a macro project (vbaProject.bin), renamed .xlsx",
    make: async () =>
      zipEntries([
        ...unzipEntries(await filledTemplate()),
        { name: "xl/vbaProject.bin", data: bytes(0xd0, 0xcf, 0x11) },
      ]),
    expected: file("file-macro"),
  },
  {
    name: "nul-in-text.xlsx",
    how: "a NUL character inside a shared string",
    make: sheet((s) => s.replace("<t>", "<t>\u0000"), STRINGS_PART),
    expected: file("file-bad-characters"),
  },
  {
    name: "nul-as-reference.xlsx",
    how: "a NUL written as the character reference &#0;",
    make: sheet((s) => s.replace("<t>", "<t>&#0;"), STRINGS_PART),
    expected: file("file-bad-characters"),
  },
  {
    name: "nul-as-ooxml-escape.xlsx",
    how: "a NUL written as OOXML's escape _x0000_ (Excel would decode it into the text)",
    make: sheet((s) => s.replace("<t>", "<t>_x0000_"), STRINGS_PART),
    expected: file("file-bad-characters"),
  },
  {
    name: "lone-surrogate.xlsx",
    how: "a lone surrogate, encoded in UTF-8 (ED A0 80), in a shared string",
    make: async () => {
      const b = await filledTemplate();
      const xml = new TextEncoder().encode(
        new TextDecoder().decode(unzipEntries(b).find((e) => e.name === STRINGS_PART)!.data),
      );
      const at = xml.indexOf(0x3c /* < */, 200);
      return replacePart(
        b,
        STRINGS_PART,
        new Uint8Array([...xml.subarray(0, at), 0xed, 0xa0, 0x80, ...xml.subarray(at)]),
      );
    },
    expected: file("file-bad-characters"),
  },
  {
    name: "invalid-utf8.xlsx",
    how: "bytes that are not UTF-8 (C3 28) in the report sheet",
    make: async () => {
      const b = await filledTemplate();
      const xml = unzipEntries(b).find((e) => e.name === REPORT_PART)!.data;
      const at = xml.lastIndexOf(0x3c);
      return replacePart(b, REPORT_PART, new Uint8Array([...xml.subarray(0, at), 0xc3, 0x28, ...xml.subarray(at)]));
    },
    expected: file("file-bad-characters"),
  },
  {
    name: "malformed-xml.xlsx",
    how: "a closing tag that does not match in the report sheet",
    make: sheet((s) => s.replace("</sheetData>", "</sheetDat></sheetData>")),
    expected: file("file-bad-xml"),
  },
  {
    name: "60000-rows.xlsx",
    how: "60,000 rows of text typed under the report (once 1 GB in a merge)",
    make: sheet(
      beforeSheetDataEnd(
        Array.from(
          { length: 60_000 },
          (_, i) => `<row r="${i + 2000}"><c r="I${i + 2000}" t="inlineStr"><is><t>x</t></is></c></row>`,
        ).join(""),
      ),
    ),
    expected: file("file-too-many-rows"),
  },
  {
    name: "too-many-cells.xlsx",
    how: "105,000 numbers in 10 rows under the report",
    make: sheet(
      beforeSheetDataEnd(
        Array.from(
          { length: 10 },
          (_, r) =>
            `<row r="${r + 2000}">${Array.from({ length: 10_500 }, (_, c) => `<c><v>${c}</v></c>`).join("")}</row>`,
        ).join(""),
      ),
    ),
    expected: file("file-too-many-cells"),
  },
  {
    name: "cell-too-long.xlsx",
    how: "an inline string of 40,000 characters (Excel holds 32,767 in a cell)",
    make: sheet(
      beforeSheetDataEnd(`<row r="2000"><c r="I2000" t="inlineStr"><is><t>${"ж".repeat(40_000)}</t></is></c></row>`),
    ),
    expected: file("file-cell-too-long"),
  },
  {
    name: "deep-nesting.xlsx",
    how: "elements nested 10,000 deep inside an extension list",
    make: sheet((s) => s.replace("</worksheet>", `${"<x>".repeat(10_000)}${"</x>".repeat(10_000)}</worksheet>`)),
    expected: file("file-too-deep"),
  },
  {
    name: "too-many-entries.xlsx",
    how: "2,100 small entries in the archive",
    make: async () =>
      zipEntries([
        ...unzipEntries(await filledTemplate()),
        ...Array.from({ length: 2100 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: bytes(i & 255) })),
      ]),
    expected: file("file-zip-entries"),
  },
  {
    name: "zip-ratio.xlsx",
    how: "an entry of 20 MB of zeros, about 1,000 times its compressed size",
    make: async () =>
      zipEntries([
        ...unzipEntries(await filledTemplate()),
        { name: "xl/media/image1.bin", data: new Uint8Array(20 * 1024 * 1024) },
      ]),
    expected: file("file-zip-ratio"),
  },
  // Issue 23: read what Excel shows, or refuse at the cell.
  ...EXCEL_VIEW_CASES,
];

/** The table of docs/hostile-input.md, generated from the cases so it cannot drift. */
export function hostileMarkdown(): string {
  const lines = [
    "# Hostile and broken input: what Tendik answers",
    "",
    "Generated from `test/fuzz/hostileCases.ts` by `node scripts/run-ts.js scripts/measure-hostile.ts --doc`;",
    "do not edit by hand. Each row is a file made from a real filled template; `test/fuzz/hostile.test.ts`",
    "validates each and expects exactly the issues listed (none: the file is read, as Excel reads it).",
    "`node scripts/run-ts.js scripts/measure-hostile.ts` measures the time and peak memory of each.",
    "",
    "| file | how it was made | issue |",
    "|---|---|---|",
  ];
  for (const c of HOSTILE_CASES) {
    const codes = c.expected().map(([, code]) => `\`${code}\``);
    lines.push(`| ${c.name} | ${c.how.replace(/\|/g, "\\|")} | ${codes.join(", ") || "none (valid)"} |`);
  }
  // Then the faults, paths and hostile keys (test/security/faultCases.ts).
  return `${lines.join("\n")}\n${faultsMarkdown()}`;
}
