/**
 * The plan's measure counts for a period as each output shows them, read back from what was written (the
 * master's .xlsx, `status` text and --json, the open data's CSV), for the test that they all agree with
 * `planCounts` (core/coordinator/verdictTallies.ts). The report's reader belongs beside these.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../adapters/xlsx";
import { toA1 } from "../../core/a1";
import type { SheetGrid } from "../../core/grid";
import { masterLabels } from "../../core/merge";
import { statusCountLabels } from "../../core/coordinator/statusLabels";
import { formatText, LANGUAGES, periodWords, VERDICTS, verdictWord, type Language, type Verdict } from "../../schema";

export type Counts = Record<Verdict, number>;

const value = (sheet: SheetGrid, row: number, col: number) => sheet.cells.get(toA1({ row, col }))?.value ?? null;

/** The row of a sheet whose cells in the given columns hold the given values, and the column of each header. */
function find(sheet: SheetGrid, where: (cell: (col: number) => unknown) => boolean): number {
  for (let row = 1; row <= sheet.rowCount; row++) if (where((col) => value(sheet, row, col))) return row;
  throw new Error(`no such row on ${sheet.name}`);
}

function column(sheet: SheetGrid, header: string, rows = [3, 4]): number {
  for (const row of rows)
    for (let col = 1; col <= sheet.colCount; col++) if (value(sheet, row, col) === header) return col;
  throw new Error(`no column "${header}" on ${sheet.name}`);
}

/**
 * The plan's counts of a period in the master file, from each place it shows them: the progress sheet's plan
 * row, the chart sheet's total (latest period only) and the over-time sheet's plan row (half-years).
 */
export async function countsFromMaster(bytes: Uint8Array, period: string): Promise<Record<string, Counts>> {
  const grid = await readWorkbook(bytes);
  const lang = LANGUAGES.find((l) => grid.sheets.some((s) => s.name === masterLabels[l].sheets.progress))!;
  const L = masterLabels[lang];
  const sheet = (name: string) => grid.sheets.find((s) => s.name === name)!;
  const words = periodWords(period, lang);
  const out: Record<string, Counts> = {};

  const progress = sheet(L.sheets.progress);
  const row = find(progress, (cell) => cell(1) === words && cell(2) === L.levels.plan);
  out.progress = read((v) => value(progress, row, column(progress, header(v, lang))));

  const chart = sheet(L.sheets.chart);
  if (typeof value(chart, 1, 1) === "string" && String(value(chart, 1, 1)).endsWith(words)) {
    const total = find(chart, (cell) => cell(1) === L.progress.planTotal);
    out.chart = read((v) => value(chart, total, column(chart, verdictWord(v, lang))));
  }

  const trend = grid.sheets.find((s) => s.name === L.sheets.trend);
  if (trend) {
    // The plan's block comes first: the first row with this period.
    const at = find(trend, (cell) => cell(2) === words);
    out.trend = read((v) => value(trend, at, column(trend, verdictWord(v, lang))));
  }
  return out;
}

const header = (v: Verdict, lang: Language) =>
  formatText(masterLabels[lang].progress.verdictColumn, { verdict: verdictWord(v, lang) }, lang);

function read(get: (v: Verdict) => unknown): Counts {
  return Object.fromEntries(VERDICTS.map((v) => [v, Number(get(v))])) as Counts;
}

/** The plan's counts of a period in `status --json`. */
export function countsFromStatusJson(
  json: {
    counts: { period: string; chapterId: string | null; counts: Counts }[];
  },
  period: string,
): Counts {
  return json.counts.find((c) => c.period === period && c.chapterId === null)!.counts;
}

/** The plan's counts of a period in `status`'s text: the line of measures, each verdict's word then its count. */
export function countsFromStatusText(stdout: string, period: string, lang: Language): Counts {
  const start = formatText(
    statusCountLabels[lang].measuresLine,
    { period: periodWords(period, lang), measures: "" },
    lang,
  );
  const line = stdout.split("\n").find((l) => l.startsWith(start.trimEnd()))!;
  return read((v) => new RegExp(`(?:— |, )${verdictWord(v, lang)} (\\d+)`).exec(line)?.[1]);
}

/** The plan's counts of a period in the open data's verdict-counts.csv (the plan's row has no chapter). */
export function countsFromOpenData(dir: string, period: string): Counts {
  const [header, ...rows] = readFileSync(join(dir, "verdict-counts.csv"), "utf8")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((r) => r.split(","));
  const row = rows.find((r) => r[0] === period && r[1] === "")!;
  return read((v) => row[header.indexOf(v)]);
}

/** The text of each cell of each row of each table in a Word document's body. */
async function docxTables(bytes: Uint8Array): Promise<string[][][]> {
  const { default: JSZip } = await import("jszip");
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr[\s>]([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => text(c[1])),
    ),
  );
}

/**
 * The plan's counts in a Word report, from its summary table: the row of each verdict (a verdict no measure has
 * may be left out: 0) and its last column, the plan's total. Numbers are written in the report's language.
 */
export async function countsFromReport(bytes: Uint8Array, lang: Language): Promise<Counts> {
  const tables = await docxTables(bytes);
  const summary = tables.find((t) => t.some((row) => row[0] === verdictWord("completed", lang)));
  if (!summary) throw new Error("no summary table in the report");
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Counts;
  for (const v of VERDICTS) {
    const row = summary.find((r) => r[0] === verdictWord(v, lang));
    if (row) counts[v] = Number(row[row.length - 1].replace(/[\s\u00a0\u202f,]/g, ""));
  }
  return counts;
}
