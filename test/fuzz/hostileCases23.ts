/**
 * Issue 23's hostile files: each is read exactly as Excel would show it, or refused with a clear issue (never
 * a third value). Made from the same filled template as issue 11's cases (hostileCases.ts), whose list these
 * join; `sameReport` cases must also read into exactly the report the unaltered template holds.
 */
import { deflateRawSync } from "node:zlib";
import { writeWorkbook } from "../../adapters/xlsx";
import { buildTemplate } from "../../core";
import type { IssueCode, Report } from "../../schema";
import { exampleReport } from "../fixtures/reports";
import { editPart, unzipEntries } from "./zipTools";
import { filledTemplate, identityEdited } from "./hostileSeed";

const REPORT_PART = "xl/worksheets/sheet1.xml";
const STRINGS_PART = "xl/sharedStrings.xml";
const WORKBOOK_PART = "xl/workbook.xml";
/** The first measure's spending amount (1000) and evidence date (2019-12-20, serial 43819) in the report sheet. */
const AMOUNT_CELL = '<c r="O8" s="14"><v>1000</v></c>';
const DATE_CELL = '<c r="R8" s="4"><v>43819</v></c>';

const edit = (part: string, change: (xml: string) => string) => async (): Promise<Uint8Array> => {
  const bytes = await filledTemplate();
  const before = new TextDecoder().decode(unzipEntries(bytes).find((e) => e.name === part)!.data);
  const after = change(before);
  // A case whose edit found nothing to change would test nothing: fail where it is made.
  if (after === before) throw new Error(`the edit of ${part} changed nothing`);
  return editPart(bytes, part, () => after);
};
const file = (code: IssueCode) => () => [[null, code]] as [string | null, IssueCode][];
const valid = () => [] as [string | null, IssueCode][];
const replaceCell = (from: string, to: string) => edit(REPORT_PART, (x) => x.replace(from, to));

/** A filled template whose first narrative is `text`, written as Excel writes it (escaped: see ooxmlText.ts). */
function withNarrative(text: string): () => Promise<Uint8Array> {
  return async () => {
    const report = exampleReport();
    report.entries[0] = { ...report.entries[0], narrative: text };
    return writeWorkbook(buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky", prefill: report }));
  };
}

/** `n` bytes of text that deflate about 35 to 1: a clerk's words, in runs repeated with a letter changed. */
function compressibleText(n: number): string {
  const words = "жана боюнча иш-чара аткарылды отчет мекеме аялдар эркектер жыл".split(" ");
  // mulberry32, as the fuzz uses (fuzzEngine.ts imports this file's list, so it is not imported from there).
  let a = 23;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  let length = 0;
  let run = "";
  while (length < n) {
    if (next() < RUN_CHANGE) run = Array.from({ length: 14 }, () => words[Math.floor(next() * words.length)]).join(" ");
    const i = Math.floor(next() * run.length);
    const piece = run.slice(0, i) + String.fromCharCode(0x430 + Math.floor(next() * 32)) + run.slice(i + 1);
    out.push(piece);
    length += piece.length * 2; // two bytes a Cyrillic letter in UTF-8
  }
  return out.join(" ");
}
/** How often a new run of words starts: tuned so that the text deflates about 1:35. */
const RUN_CHANGE = 0.01;

export const EXCEL_VIEW_CASES = [
  {
    name: "literal-ooxml-escapes.xlsx",
    how: "a narrative holding the literal texts _x0000_ and _x0041_, saved as Excel saves them (_x005F_x0000_): read as typed, and the master stays readable",
    make: withNarrative("_x0000_ and _x0041_"),
    expected: valid,
    sameReport: (r: Report) => ({
      ...r,
      entries: [{ ...r.entries[0], narrative: "_x0000_ and _x0041_" }, ...r.entries.slice(1)],
    }),
  },
  {
    name: "identity-year-in-plan-name.xlsx",
    how: "the identity's period changed to 2020 (the plan's name, 2018-2020, holds it); the title says the second half of 2019",
    make: identityEdited("period", "2020"),
    expected: () => [["A1", "identity-mismatch"]],
  },
  {
    name: "hidden-twin-sheet.xlsx",
    how: "a hidden second sheet named as the report sheet, listed before it",
    make: edit(WORKBOOK_PART, (x) =>
      x.replace("<sheets>", '<sheets><sheet sheetId="9" name="Отчет" state="hidden" r:id="rId5"/>'),
    ),
    expected: file("file-duplicate-sheet"),
  },
  {
    name: "twin-sheet-other-case.xlsx",
    how: "a second sheet whose name differs from the report sheet's in case only (ОТЧЕТ)",
    make: edit(WORKBOOK_PART, (x) => x.replace("</sheets>", '<sheet sheetId="9" name="ОТЧЕТ" r:id="rId5"/></sheets>')),
    expected: file("file-duplicate-sheet"),
  },
  {
    name: "foreign-id-attribute.xlsx",
    how: "a foreign namespace's id attribute after the report sheet's r:id, naming the instructions sheet",
    make: edit(WORKBOOK_PART, (x) => x.replace('r:id="rId4"/>', 'r:id="rId4" xmlns:f="urn:foreign" f:id="rId5"/>')),
    expected: valid,
    sameReport: (r: Report) => r,
  },
  {
    name: "foreign-r-attribute.xlsx",
    how: "a foreign namespace's r attribute on the spending cell (O8), naming another cell",
    make: replaceCell(AMOUNT_CELL, '<c r="O8" s="14" xmlns:f="urn:foreign" f:r="O9"><v>1000</v></c>'),
    expected: valid,
    sameReport: (r: Report) => r,
  },
  {
    name: "alternate-content-choice.xlsx",
    how: "the spending cell inside mc:AlternateContent: a Choice Excel understands (x14ac) holds 1000, the Fallback 999",
    make: replaceCell(
      AMOUNT_CELL,
      `<mc:AlternateContent><mc:Choice Requires="x14ac">${AMOUNT_CELL}</mc:Choice><mc:Fallback><c r="O8" s="14"><v>999</v></c></mc:Fallback></mc:AlternateContent>`,
    ),
    expected: valid,
    sameReport: (r: Report) => r,
  },
  {
    name: "alternate-content-fallback.xlsx",
    how: "the spending cell inside mc:AlternateContent: a Choice requiring an unknown namespace holds 999, the Fallback 1000",
    make: replaceCell(
      AMOUNT_CELL,
      `<mc:AlternateContent xmlns:zz="urn:unknown"><mc:Choice Requires="zz"><c r="O8" s="14"><v>999</v></c></mc:Choice><mc:Fallback>${AMOUNT_CELL}</mc:Fallback></mc:AlternateContent>`,
    ),
    expected: valid,
    sameReport: (r: Report) => r,
  },
  {
    name: "typed-date-cell.xlsx",
    how: 'the evidence date as a typed date cell (t="d", 2019-12-20T00:00:00), read in Asia/Bishkek (UTC+6): the same day',
    make: replaceCell(DATE_CELL, '<c r="R8" s="4" t="d"><v>2019-12-20T00:00:00</v></c>'),
    expected: valid,
    sameReport: (r: Report) => r,
  },
  {
    name: "typed-date-59.xlsx",
    how: 'a typed date cell (t="d") holding 59, which no reader should take for 1959',
    make: replaceCell(DATE_CELL, '<c r="R8" s="4" t="d"><v>59</v></c>'),
    expected: file("file-bad-cell-value"),
  },
  {
    name: "typed-date-1904.xlsx",
    how: "a typed date cell in a workbook of the 1904 date system, which ExcelJS (its reader) would take for the number 2019",
    make: async () => {
      const bytes = await replaceCell(DATE_CELL, '<c r="R8" s="4" t="d"><v>2019-12-20T00:00:00</v></c>')();
      return editPart(bytes, WORKBOOK_PART, (x) => x.replace("<workbookPr ", '<workbookPr date1904="1" '));
    },
    expected: file("file-bad-cell-value"),
  },
  {
    name: "hex-number.xlsx",
    how: "the spending cell's stored number written 0x3B (JavaScript would read 59)",
    make: replaceCell(AMOUNT_CELL, '<c r="O8" s="14"><v>0x3B</v></c>'),
    expected: file("file-bad-cell-value"),
  },
  {
    name: "text-1,000.xlsx",
    how: 'the spending typed as the text "1,000" (a thousand or one, by locale), which Excel keeps as text',
    make: replaceCell(AMOUNT_CELL, '<c r="O8" s="14" t="inlineStr"><is><t>1,000</t></is></c>'),
    expected: () => [["O8", "value-not-number"]],
  },
  {
    name: "text-1.500.xlsx",
    how: 'the spending typed as the text "1.500" (one and a half, or fifteen hundred), kept as text',
    make: replaceCell(AMOUNT_CELL, '<c r="O8" s="14" t="inlineStr"><is><t>1.500</t></is></c>'),
    expected: () => [["O8", "value-not-number"]],
  },
  {
    name: "text-0x3B.xlsx",
    how: 'the spending typed as the text "0x3B"',
    make: replaceCell(AMOUNT_CELL, '<c r="O8" s="14" t="inlineStr"><is><t>0x3B</t></is></c>'),
    expected: () => [["O8", "value-not-number"]],
  },
  {
    name: "shared-index-space.xlsx",
    how: 'the title\'s shared-string index written " 0" (with a space)',
    make: replaceCell('<c r="A1" s="1" t="s"><v>0</v></c>', '<c r="A1" s="1" t="s"><v> 0</v></c>'),
    expected: file("file-bad-cell-value"),
  },
  {
    name: "shared-index-fraction.xlsx",
    how: "the title's shared-string index written 0.0",
    make: replaceCell('<c r="A1" s="1" t="s"><v>0</v></c>', '<c r="A1" s="1" t="s"><v>0.0</v></c>'),
    expected: file("file-bad-cell-value"),
  },
  {
    name: "declared-latin1.xlsx",
    how: "the shared strings declared as ISO-8859-1 (their bytes are UTF-8)",
    make: edit(STRINGS_PART, (x) => x.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')),
    expected: file("file-encoding"),
  },
  {
    name: "million-attributes.xlsx",
    how: "one element with a million attributes (once 540 MB and 6.7 s)",
    make: edit(REPORT_PART, (x) =>
      x.replace("<sheetPr>", `<sheetPr ${Array.from({ length: 1_000_000 }, (_, i) => `a${i}="1"`).join(" ")}>`),
    ),
    expected: file("file-too-many-attributes"),
  },
  {
    name: "narrative-60mb.xlsx",
    how: "a 60 MB narrative that deflates 1:35 in the shared strings (once 303 MB before it was refused)",
    make: edit(STRINGS_PART, (x) => x.replace("</sst>", `<si><t>${compressibleText(60 * 1024 * 1024)}</t></si></sst>`)),
    expected: file("file-part-too-large"),
  },
  {
    name: "million-foreign-elements.xlsx",
    how: "a million elements of a foreign namespace in an extension list of the report sheet (once 2.7 s)",
    make: edit(REPORT_PART, (x) =>
      x.replace(
        "</worksheet>",
        `<extLst><ext uri="{23}" xmlns:f="urn:foreign">${foreignElements(1_000_000)}</ext></extLst></worksheet>`,
      ),
    ),
    expected: file("file-too-many-elements"),
  },
] satisfies {
  name: string;
  how: string;
  make: () => Promise<Uint8Array>;
  expected: () => [string | null, IssueCode][];
  sameReport?: (original: Report) => Report;
}[];

/** `n` empty elements of a foreign namespace, each with a random short attribute (so the part is no zip bomb). */
function foreignElements(n: number): string {
  let a = 19;
  const letter = () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return String.fromCharCode(97 + ((a >>> 16) % 26));
  };
  return Array.from({ length: n }, () => `<f:e a="${letter()}${letter()}"/>`).join("");
}

/** How well `compressibleText` compresses (the case says 1:35). */
export function narrativeRatio(): number {
  const bytes = new TextEncoder().encode(compressibleText(4 * 1024 * 1024));
  return bytes.length / deflateRawSync(bytes).length;
}
