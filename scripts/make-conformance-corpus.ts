/**
 * The conformance corpus: one real filled template, written again the ways other conforming producers write
 * the same workbook (single-quoted attributes, namespace prefixes as the Open XML SDK writes them, cells and
 * rows without their optional references, inline and rich-text strings, character references, a BOM,
 * whitespace between elements, stored zip entries). Each variant is a transformation of the XML parts and of
 * the zip, so anyone can see how it was made; every one must read to the same report as the original.
 *
 * As a script: `node scripts/run-ts.js scripts/make-conformance-corpus.ts OUT_DIR` writes every file to OUT_DIR.
 */
import { writeWorkbook } from "../adapters/xlsx";
import { buildTemplate } from "../core";
import { exampleReport } from "../test/fixtures/reports";
import { unzipEntries, zipEntries, type ZipEntryInput } from "../test/fuzz/zipTools";

export interface ConformanceVariant {
  name: string;
  how: string;
  bytes: Uint8Array;
}

type Entry = { name: string; data: Uint8Array };
type Transform = (entries: Entry[]) => ZipEntryInput[];

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const isXml = (name: string) => /\.(xml|rels)$/.test(name);
const isSpreadsheetMl = (name: string) =>
  /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml|workbook\.xml|styles\.xml)$/.test(name);
const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

/** Applies a text edit to the XML parts a predicate picks. */
const editXml =
  (pick: (name: string) => boolean, edit: (xml: string, name: string) => string): Transform =>
  (entries) =>
    entries.map((e) =>
      pick(e.name) ? { ...e, data: new TextEncoder().encode(edit(new TextDecoder().decode(e.data), e.name)) } : e,
    );

/** Every attribute written with single quotes (an apostrophe inside becomes &apos;). */
const singleQuotes = (xml: string) =>
  xml.replace(/<[^<>]+>/g, (tag) =>
    tag.replace(/(\s[\w:.-]+)="([^"]*)"/g, (_, n, v: string) => `${n}='${v.replace(/'/g, "&apos;")}'`),
  );

/** SpreadsheetML under the prefix x: (as the Open XML SDK writes it) instead of the default namespace. */
const prefixed = (xml: string) =>
  xml
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
    .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) => `<${slash}x:${name}`);

/** Drops the optional `r` of every row that follows the previous one and every cell that follows its neighbour. */
function withoutReferences(xml: string): string {
  let lastRow = 0;
  let lastCol = 0;
  return xml.replace(
    /<row\b([^>]*)>|<c\b([^>]*?)(\/?)>/g,
    (tag, rowAttrs?: string, cellAttrs?: string, empty?: string) => {
      if (rowAttrs !== undefined) {
        const r = Number(/\sr="(\d+)"/.exec(rowAttrs)?.[1]);
        const follows = r === lastRow + 1;
        lastRow = r;
        lastCol = 0;
        return follows ? `<row${rowAttrs.replace(/\sr="\d+"/, "")}>` : tag;
      }
      const ref = /\sr="([A-Z]+)(\d+)"/.exec(cellAttrs!);
      if (!ref) return tag;
      let col = 0;
      for (const ch of ref[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      const follows = col === lastCol + 1 && Number(ref[2]) === lastRow;
      lastCol = col;
      return follows ? `<c${cellAttrs!.replace(/\sr="[A-Z]+\d+"/, "")}${empty}>` : tag;
    },
  );
}

/** The shared strings as a list of their plain texts (the template's items are single runs). */
function sharedTexts(entries: Entry[]): string[] {
  const sst = new TextDecoder().decode(entries.find((e) => e.name === "xl/sharedStrings.xml")!.data);
  return [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""),
  );
}

/** Every shared-string cell of the worksheets written as an inline string instead. */
const inlineStrings: Transform = (entries) => {
  const texts = sharedTexts(entries);
  return editXml(isSheet, (xml) =>
    xml.replace(
      /<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_, a: string, b: string, i: string) =>
        `<c${a} t="inlineStr"${b}><is><t xml:space="preserve">${texts[Number(i)]}</t></is></c>`,
    ),
  )(entries);
};

/** Each shared string split into two formatted runs, with a phonetic guide that is not part of the text. */
const richText = editXml(
  (n) => n === "xl/sharedStrings.xml",
  (xml) =>
    xml.replace(/<si><t(?:\s[^>]*)?>([\s\S]*?)<\/t><\/si>/g, (m, text: string) => {
      if (text.length < 2 || /^[&\uD800-\uDBFF]/.test(text)) return m;
      const run = (t: string) => `<t xml:space="preserve">${t}</t>`;
      return `<si><r><rPr><b/><sz val="11"/></rPr>${run(text.slice(0, 1))}</r><r>${run(text.slice(1))}</r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>`;
    }),
);

/** Every non-ASCII character of text written as a character reference, decimal and hexadecimal in turn. */
const characterReferences = editXml(
  (n) => n === "xl/sharedStrings.xml" || isSheet(n),
  (xml) => {
    let i = 0;
    return xml.replace(
      />([^<]+)</g,
      (_, text: string) =>
        `>${[...text].map((ch) => (ch.charCodeAt(0) > 127 ? (i++ % 2 ? `&#${ch.codePointAt(0)};` : `&#x${ch.codePointAt(0)!.toString(16)};`) : ch)).join("")}<`,
    );
  },
);

const bom = editXml(isXml, (xml) => `\ufeff${xml}`);

/** Line breaks and indentation between elements (never inside a leaf: `<v></v>` keeps its empty text). */
const whitespace = editXml(isXml, (xml) =>
  xml.replace(/>(?=<)/g, (gt, offset: number) => {
    const left = xml.slice(xml.lastIndexOf("<", offset), offset + 1);
    const leftOpens = !left.startsWith("</") && !left.startsWith("<?") && !left.endsWith("/>");
    return leftOpens && xml.startsWith("</", offset + 1) ? gt : `${gt}\n  `;
  }),
);

const stored: Transform = (entries) => entries.map((e) => ({ ...e, store: true }));

const pipe =
  (...steps: Transform[]): Transform =>
  (entries) =>
    steps.reduce<Entry[]>((acc, step) => step(acc), entries);

/** The variants: name, how it was made, and the transformation. */
const VARIANTS: { name: string; how: string; transform: Transform }[] = [
  { name: "single-quotes.xlsx", how: "every attribute in single quotes", transform: editXml(isXml, singleQuotes) },
  {
    name: "namespace-prefix.xlsx",
    how: "SpreadsheetML under the prefix x: (<x:c>), as the Open XML SDK writes it",
    transform: editXml(isSpreadsheetMl, prefixed),
  },
  {
    name: "no-references.xlsx",
    how: "rows and cells without their optional r attribute where they follow the previous one",
    transform: editXml(isSheet, withoutReferences),
  },
  { name: "inline-strings.xlsx", how: "text as inline strings instead of shared strings", transform: inlineStrings },
  { name: "rich-text.xlsx", how: "shared strings as formatted runs, with phonetic guides", transform: richText },
  {
    name: "character-references.xlsx",
    how: "every non-ASCII character as &#N; or &#xN;",
    transform: characterReferences,
  },
  { name: "bom.xlsx", how: "a byte order mark before every XML part", transform: bom },
  { name: "whitespace.xlsx", how: "line breaks and indentation between elements", transform: whitespace },
  { name: "stored.xlsx", how: "every zip entry stored, not deflated", transform: stored },
  {
    name: "all-at-once.xlsx",
    how: "all of the above together",
    transform: pipe(
      inlineStrings,
      richText,
      characterReferences,
      editXml(isSheet, withoutReferences),
      editXml(isSpreadsheetMl, prefixed),
      editXml(isXml, singleQuotes),
      whitespace,
      bom,
      stored,
    ),
  },
];

/** The original filled template and every variant of it. */
export async function makeConformanceCorpus(): Promise<{ original: Uint8Array; variants: ConformanceVariant[] }> {
  const original = await writeWorkbook(
    buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky", prefill: exampleReport() }),
  );
  const entries = unzipEntries(original);
  return {
    original,
    variants: VARIANTS.map((v) => ({ name: v.name, how: v.how, bytes: zipEntries(v.transform(entries)) })),
  };
}

/** Writes the original and every variant to OUT_DIR (default out/conformance). */
export async function main(args: string[]): Promise<void> {
  const outDir = args[0] ?? "out/conformance";
  const { mkdirSync, writeFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { original, variants } = await makeConformanceCorpus();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "original.xlsx"), original);
  for (const v of variants) writeFileSync(join(outDir, v.name), v.bytes);
  process.stdout.write(`${variants.length + 1} files in ${outDir}\n`);
}
