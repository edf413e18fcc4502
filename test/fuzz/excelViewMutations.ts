/**
 * Mutations of issue 23's kinds, each with what Excel would make of it: a file Excel reads as the seed must be
 * read into the seed's report (nothing silently different, nothing refused that Excel reads), and a file
 * Excel would not show as it is (a number spelled "0x3B", a string index " 3", a date "59", two sheets of one
 * name, a declared Latin-1) must be refused. The fuzz (fuzzEngine.ts) draws from these beside its own.
 */
import { unzipEntries, zipEntries } from "./zipTools";

export interface ExcelViewCase {
  kind: string;
  bytes: Uint8Array;
  /** What Excel does with it: reads it as the seed (same report) or would not show it as it is (refuse). */
  expect: "same" | "refuse";
}

const SHEET = "xl/worksheets/sheet1.xml";
const WORKBOOK = "xl/workbook.xml";
const STRINGS = "xl/sharedStrings.xml";
const XSD_DOUBLE = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

type Pick = <T>(xs: T[]) => T;

/** Spellings of a number: some xsd:double (Excel reads them as the number), most not. */
function spell(n: string, pick: Pick): string {
  return pick([
    `0x${Number(n).toString(16)}`,
    ` ${n}`,
    `${n} `,
    `+${n}`,
    `${n}.0`,
    `${n}.`,
    `${n}e0`,
    `${n},0`,
    `${Number(n).toLocaleString("en-US")}`,
    `${n}_`,
    "Infinity",
    "NaN",
    `0b${Number(n).toString(2)}`,
    `${n}\u00a0`,
    `0${n}`,
  ]);
}

const pad = (n: number) => String(n).padStart(2, "0");
/** A serial's date as ISO, spelled as a typed date cell may hold it (or not). */
function typedDate(serial: number, pick: Pick): { text: string; valid: boolean } {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return pick([
    { text: iso, valid: true },
    { text: `${iso}T00:00:00`, valid: true },
    { text: `${iso}T00:00:00.000`, valid: true },
    { text: `${iso}T00:00:00Z`, valid: true },
    { text: String(serial), valid: false },
    { text: "59", valid: false },
    { text: `${iso}T25:00:00`, valid: false },
    { text: `${iso.slice(0, 8)}32`, valid: false },
    { text: `${iso}T00:00:00+06:00`, valid: false },
    { text: iso.replace(/-/g, "/"), valid: false },
  ]);
}

/** One mutation of an issue-23 kind of the seed file. */
export function mutateExcelView(seed: Uint8Array, rnd: () => number): ExcelViewCase {
  const pick: Pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const entries = unzipEntries(seed);
  const text = (name: string) => new TextDecoder().decode(entries.find((e) => e.name === name)!.data);
  const make = (name: string, xml: string) =>
    zipEntries(entries.map((e) => (e.name === name ? { ...e, data: new TextEncoder().encode(xml) } : e)));
  const sheet = text(SHEET);
  const kind = pick([
    "number-spelling",
    "string-index",
    "typed-date",
    "foreign-attribute",
    "alternate-content",
    "declared-encoding",
    "twin-sheet",
  ]);
  switch (kind) {
    case "number-spelling": {
      const m = pick([...sheet.matchAll(/<c r="[A-Z]+\d+"(?: s="\d+")?><v>(\d+)<\/v><\/c>/g)]);
      const spelled = spell(m[1], pick);
      const same = XSD_DOUBLE.test(spelled) && Number(spelled) === Number(m[1]);
      const cell = m[0].replace(`<v>${m[1]}</v>`, `<v>${spelled}</v>`);
      return { kind, bytes: make(SHEET, sheet.replace(m[0], cell)), expect: same ? "same" : "refuse" };
    }
    case "string-index": {
      const m = pick([...sheet.matchAll(/<c r="[A-Z]+\d+"(?: s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g)]);
      const spelled = pick([
        ` ${m[1]}`,
        `${m[1]}.0`,
        `0x${Number(m[1]).toString(16)}`,
        `+${m[1]}`,
        `0${m[1]}`,
        `${m[1]}e0`,
      ]);
      const cell = m[0].replace(`<v>${m[1]}</v>`, `<v>${spelled}</v>`);
      return { kind, bytes: make(SHEET, sheet.replace(m[0], cell)), expect: /^\d+$/.test(spelled) ? "same" : "refuse" };
    }
    case "typed-date": {
      const m = pick([...sheet.matchAll(/<c r="([A-Z]+\d+)" s="(\d+)"><v>(4\d{4})<\/v><\/c>/g)]);
      const date = typedDate(Number(m[3]), pick);
      const cell = `<c r="${m[1]}" s="${m[2]}" t="d"><v>${date.text}</v></c>`;
      return { kind, bytes: make(SHEET, sheet.replace(m[0], cell)), expect: date.valid ? "same" : "refuse" };
    }
    case "foreign-attribute": {
      if (rnd() < 0.5) {
        const wb = text(WORKBOOK).replace(
          /(<sheet [^>]*r:id="rId\d+")\/>/,
          `$1 xmlns:f="urn:f" f:id="rId${5 + Math.floor(rnd() * 3)}"/>`,
        );
        return { kind, bytes: make(WORKBOOK, wb), expect: "same" };
      }
      const m = pick([...sheet.matchAll(/<c r="([A-Z]+)(\d+)"/g)]);
      const other = `${m[1]}${Number(m[2]) + 1 + Math.floor(rnd() * 5)}`;
      const attr = pick([`xmlns:f="urn:f" f:r="${other}"`, `xmlns:f="urn:f" f:t="s"`, `xmlns:f="urn:f" f:s="0"`]);
      return { kind, bytes: make(SHEET, sheet.replace(m[0], `${m[0]} ${attr}`)), expect: "same" };
    }
    case "alternate-content": {
      const m = pick([...sheet.matchAll(/<c r="([A-Z]+\d+)"(?: s="\d+")?(?: t="\w+")?>(?:<v>[^<]*<\/v>)<\/c>/g)]);
      const decoy = `<c r="${m[1]}" t="inlineStr"><is><t>decoy</t></is></c>`;
      const understood = rnd() < 0.5;
      const ac = understood
        ? `<mc:AlternateContent><mc:Choice Requires="x14ac">${m[0]}</mc:Choice><mc:Fallback>${decoy}</mc:Fallback></mc:AlternateContent>`
        : `<mc:AlternateContent xmlns:zz="urn:zz"><mc:Choice Requires="zz">${decoy}</mc:Choice><mc:Fallback>${m[0]}</mc:Fallback></mc:AlternateContent>`;
      return { kind, bytes: make(SHEET, sheet.replace(m[0], ac)), expect: "same" };
    }
    case "declared-encoding": {
      const name = pick(["UTF-8", "utf-8", "ISO-8859-1", "windows-1251", "US-ASCII", "UTF-16", "KOI8-R"]);
      const part = pick([SHEET, STRINGS, WORKBOOK]);
      const xml = text(part).replace(/encoding="[^"]*"/, `encoding="${name}"`);
      return { kind, bytes: make(part, xml), expect: /^utf-8$/i.test(name) ? "same" : "refuse" };
    }
    default: {
      const wb = text(WORKBOOK);
      const name = /<sheet [^>]*name="([^"]+)"/.exec(wb)![1];
      const twin = pick([name, name.toUpperCase(), name.toLowerCase()]);
      const state = pick(["hidden", "veryHidden", "visible"]);
      const element = `<sheet sheetId="99" name="${twin}" state="${state}" r:id="rId${5 + Math.floor(rnd() * 2)}"/>`;
      const xml =
        rnd() < 0.5 ? wb.replace("<sheets>", `<sheets>${element}`) : wb.replace("</sheets>", `${element}</sheets>`);
      return { kind: "twin-sheet", bytes: make(WORKBOOK, xml), expect: "refuse" };
    }
  }
}
