/**
 * Measures how much of an output is in another language than the one asked for (issue 20):
 * `node scripts/run-ts.js scripts/measure-languages.ts [OUT_DIR]`.
 *
 * Writes, through the command line in-process, a Russian ЭСӨМ template, an English ЭСӨМ and БУУӨП template, a
 * Russian master of three bodies' filled reports (their typed text neutral, so only the plan's and Tendik's words
 * count) and the Russian report from it, then counts in each the visible cells (xlsx; the very hidden identity
 * sheet, which holds the canonical codes as data, is left out) or paragraphs (docx) that hold Kyrgyz text (a
 * letter only Kyrgyz has, ң ө ү, or a known Kyrgyz word) or a Kyrgyz-only abbreviation of a body, and in the English
 * templates the cells with any Cyrillic letter. Prints one line per count, and examples.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { readWorkbook, writeWorkbook } from "../adapters/xlsx";
import { run } from "../cli/main";
import { randomReport } from "../cli/demo/sampleReports";
import { buildTemplate } from "../core";
import type { Report } from "../schema";

/** Letters only Kyrgyz has among the Cyrillic alphabets used here. */
export const KYRGYZ_LETTERS = /[ңөүҢӨҮ]/;
/** Frequent words of the plan's Kyrgyz that have none of those letters. */
export const KYRGYZ_WORDS =
  /(?<![\p{L}])(жана|боюнча|жылдын|жылдар|жыл сайын|министрлиги|агенттиги|макулдашуу|чегинде|каражаттардын|аялдардын|милдет|чара|чаралар)(?![\p{L}])/iu;
/** Body codes of the act that a Russian reader would not use (their Russian short name differs). */
export const KYRGYZ_CODES =
  /(?<![\p{L}])(ЭСӨМ|БИМ|ССМ|ИИМ|ТИМ|ЭМ|ФМ|ЮМ|УСК|ЖӨБО|МКК|ӨКМ|ММТМ|КРУБ|БУУӨП|БУУ-Аялдар|ЭЭУ|ЭМУ|КПФ|ДИМК|АДК|ЖМА|ЖС СД|КР ЖС|КК ГШ|КР ГШ)(?![\p{L}])/u;
export const CYRILLIC = /[\u0400-\u04FF]/;

export const isKyrgyz = (s: string) => KYRGYZ_LETTERS.test(s) || KYRGYZ_WORDS.test(s);

/** The texts of the visible and hidden sheets of a workbook, without the very hidden identity sheet. */
export async function workbookTexts(bytes: Uint8Array): Promise<{ sheet: string; ref: string; text: string }[]> {
  const wb = await readWorkbook(bytes);
  const out: { sheet: string; ref: string; text: string }[] = [];
  for (const sheet of wb.sheets) {
    if (sheet.name === "_tendik") continue;
    for (const [ref, cell] of sheet.cells)
      if (typeof cell.value === "string" && cell.value.trim()) out.push({ sheet: sheet.name, ref, text: cell.value });
  }
  return out;
}

/** The paragraphs of a Word document (headers and footers included), as text. */
export async function documentTexts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    for (const p of xml.split(/<\/w:p>/)) {
      const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
      if (text.trim()) out.push(text);
    }
  }
  return out;
}

/** A filled report whose typed text is neutral (Latin, numbers), so only plan and label text is measured. */
export function neutralReport(agency: string, period: string, seed: number): Report {
  const r = randomReport(agency, period, seed);
  r.header.preparedBy = { name: "A. Test", phone: "+996 312 000000" };
  for (const e of r.entries) {
    e.narrative = `Done ${e.measureId}`;
    for (const v of e.indicators ?? []) if (v.kind === "text") v.value = "ok";
  }
  return r;
}

async function cli(argv: string[]): Promise<void> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  try {
    const code = await run(argv);
    if (code !== 0) throw new Error(`tendik ${argv.join(" ")}: exit ${code}`);
  } finally {
    process.stdout.write = write;
  }
}

export async function main(args: string[]): Promise<void> {
  const dir = args[0] ?? join(process.cwd(), ".tmp-languages");
  const inbox = join(dir, "inbox");
  mkdirSync(inbox, { recursive: true });
  const file = (name: string) => join(dir, name);

  await cli(["template", "--agency", "ЭСӨМ", "--period", "2019-H2", "--lang", "ru", "--out", file("esom-ru.xlsx")]);
  await cli(["template", "--agency", "ЭСӨМ", "--period", "2019-H2", "--lang", "en", "--out", file("esom-en.xlsx")]);
  await cli(["template", "--agency", "БУУӨП", "--period", "2019-H2", "--lang", "en", "--out", file("undp-en.xlsx")]);
  for (const [i, agency] of ["ЭСӨМ", "БИМ", "УСК"].entries()) {
    const report = neutralReport(agency, "2019-H2", 20 + i);
    const bytes = await writeWorkbook(buildTemplate({ agency, period: "2019-H2", language: "ru", prefill: report }));
    writeFileSync(join(inbox, `${i}.xlsx`), bytes);
  }
  await cli(["merge", "--into", file("master-ru.xlsx"), inbox, "--lang", "ru"]);
  await cli([
    "report",
    "--master",
    file("master-ru.xlsx"),
    "--period",
    "2019",
    "--lang",
    "ru",
    "--out",
    file("report-ru.docx"),
  ]);

  const lines: string[] = [];
  const show = (label: string, texts: string[], test: (s: string) => boolean) => {
    const hits = texts.filter(test);
    lines.push(`${label}: ${hits.length} of ${texts.length}`);
    for (const h of hits.slice(0, 3)) lines.push(`    e.g. ${JSON.stringify(h.slice(0, 90))}`);
  };
  const cells = async (name: string) => (await workbookTexts(readFileSync(file(name)))).map((c) => c.text);
  const esomRu = await cells("esom-ru.xlsx");
  const masterRu = await cells("master-ru.xlsx");
  const reportRu = await documentTexts(readFileSync(file("report-ru.docx")));
  show("Russian ЭСӨМ template, cells with Kyrgyz text", esomRu, isKyrgyz);
  show("Russian ЭСӨМ template, cells with a Kyrgyz-only body code", esomRu, (s) => KYRGYZ_CODES.test(s));
  show("Russian master, cells with Kyrgyz text", masterRu, isKyrgyz);
  show("Russian master, cells with a Kyrgyz-only body code", masterRu, (s) => KYRGYZ_CODES.test(s));
  show("Russian report, paragraphs with Kyrgyz text", reportRu, isKyrgyz);
  show("Russian report, paragraphs with a Kyrgyz-only body code", reportRu, (s) => KYRGYZ_CODES.test(s));
  show("English ЭСӨМ template, cells with Cyrillic", await cells("esom-en.xlsx"), (s) => CYRILLIC.test(s));
  show("English БУУӨП template, cells with Cyrillic", await cells("undp-en.xlsx"), (s) => CYRILLIC.test(s));
  process.stdout.write(`${lines.join("\n")}\n(files in ${dir})\n`);
}
