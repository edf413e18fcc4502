/**
 * Random mutations of a valid submission, each validated as `tendik validate` does: the bytes of the zip,
 * the bytes of the report sheet's XML and of the shared strings (re-zipped with true CRCs), and the structure
 * of that XML (tags dropped, doubled, swapped, hostile fragments put in, a digit changed). Every case must end
 * in a validation report (valid, or issues): an exception is a crash. Two oracles say what must never pass:
 * a zip whose bytes changed but that is accepted with a report differing from the original's (a flipped byte
 * the CRC should have caught), and an XML part accepted that xmllint finds not well-formed.
 */
import { renderIssue } from "../../schema";
import { validateXML } from "xmllint-wasm";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { buildTemplate, validateWorkbook } from "../../core";
import { exampleReport } from "../fixtures/reports";
import { STRINGS_PART } from "./hostileCases";
import { mutateExcelView } from "./excelViewMutations";
import { unzipEntries, zipEntries } from "./zipTools";

export interface FuzzTotals {
  seed: number;
  cases: number;
  validated: number;
  /** First issue code of each case that did not validate, counted. */
  refused: Record<string, number>;
  crashes: { kind: string; error: string }[];
  /** Accepted zip mutations whose report differs from the original's. */
  silentlyDifferent: number;
  /** Accepted XML mutations xmllint finds not well-formed. */
  malformedAccepted: number;
  /** Issue 23's kinds (excelViewMutations.ts): files Excel reads as the seed that were refused. */
  wronglyRefused: { kind: string; code: string }[];
  /** Peak resident memory of the whole run, MB. */
  peakMb: number;
  /**
   * Resident memory before the first case, MB: the runner's own (TypeScript loaded to run .ts files, xmllint's
   * WebAssembly, the seed). What the cases add is peakMb minus this.
   */
  baselineMb: number;
  stackTraces: number;
  maxMs: number;
  byKind: Record<string, number>;
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same cases everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  "<c>",
  "</c>",
  "</row>",
  "<row>",
  '<c r="XFE1"><v>1</v></c>',
  '<row r="1e10">',
  '<c r="A1" t="s"><v>999999</v></c>',
  "<v>1e309</v>",
  "&#0;",
  "&#xD800;",
  "_x0000_",
  "<!DOCTYPE x>",
  '<mergeCell ref="A1:XFD1048576"/>',
  "<![CDATA[x]]>",
  "<!-- c -->",
  "&amp;",
  "&unknown;",
  '"',
  "<",
  ">",
];

interface Seed {
  bytes: Uint8Array;
  report: unknown;
}

/** One mutated file and how it was made. */
function mutate(seed: Seed, rnd: () => number): { kind: string; bytes: Uint8Array; xml?: string } {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const kind = pick(["zip-bytes", "zip-bytes", "xml-bytes", "xml-structure", "xml-structure", "xml-digit"]);
  if (kind === "zip-bytes") {
    const b = seed.bytes.slice();
    const n = 1 + Math.floor(rnd() * 8);
    for (let i = 0; i < n; i++) b[Math.floor(rnd() * b.length)] ^= 1 << Math.floor(rnd() * 8);
    return { kind, bytes: b };
  }
  const entries = unzipEntries(seed.bytes);
  const part = kind === "xml-digit" || rnd() < 0.75 ? "xl/worksheets/sheet1.xml" : STRINGS_PART;
  const entry = entries.find((e) => e.name === part)!;
  let data: Uint8Array;
  if (kind === "xml-bytes") {
    data = entry.data.slice();
    const n = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) data[Math.floor(rnd() * data.length)] = Math.floor(rnd() * 256);
  } else {
    let xml = new TextDecoder().decode(entry.data);
    if (kind === "xml-digit") {
      const m = pick([...xml.matchAll(/<v>(-?\d+)/g)]);
      const at = m.index! + 3 + Math.floor(rnd() * m[1].length);
      if (/\d/.test(xml[at])) xml = xml.slice(0, at) + String(Math.floor(rnd() * 10)) + xml.slice(at + 1);
    } else {
      const tags = [...xml.matchAll(/<[^<>]+>/g)];
      const t = pick(tags);
      const u = pick(tags);
      const op = pick(["drop", "double", "swap", "insert", "insert", "cut-inside"]);
      const start = t.index!;
      const end = start + t[0].length;
      if (op === "drop") xml = xml.slice(0, start) + xml.slice(end);
      else if (op === "double") xml = xml.slice(0, end) + t[0] + xml.slice(end);
      else if (op === "swap" && u.index! > end)
        xml = xml.slice(0, start) + u[0] + xml.slice(end, u.index!) + t[0] + xml.slice(u.index! + u[0].length);
      else if (op === "cut-inside") xml = xml.slice(0, start + Math.floor(rnd() * t[0].length)) + xml.slice(end);
      else xml = xml.slice(0, end) + pick(FRAGMENTS) + xml.slice(end);
    }
    data = new TextEncoder().encode(xml);
  }
  const bytes = zipEntries(entries.map((e) => (e.name === part ? { ...e, data } : e)));
  return { kind, bytes, xml: new TextDecoder().decode(data) };
}

async function wellFormed(xml: string): Promise<boolean> {
  const result = await validateXML({ xml: { fileName: "part.xml", contents: xml }, normalization: "format" });
  return result.valid;
}

/** The seed file: a filled template of a body with few measures, so each case is quick. */
export async function makeSeed(agency = "ЮНФПА", period = "2019"): Promise<Seed> {
  const bytes = await writeWorkbook(
    buildTemplate({ agency, period, language: "ru", prefill: exampleReport({ agency, period }) }),
  );
  const checked = await validateWorkbook(bytes, { source: "seed.xlsx", readGrid: readWorkbook });
  if (!checked.task.valid) throw new Error(`the seed does not validate: ${checked.task.issues[0]?.code}`);
  return { bytes, report: checked.report };
}

/** Runs `cases` mutations from `seed`; never throws for what a case does (that is what it counts). */
export async function runFuzz(cases: number, seedNumber = 20261202, seed?: Seed): Promise<FuzzTotals> {
  const base = seed ?? (await makeSeed());
  const rnd = random(seedNumber);
  const totals: FuzzTotals = {
    seed: seedNumber,
    cases,
    validated: 0,
    refused: {},
    crashes: [],
    silentlyDifferent: 0,
    malformedAccepted: 0,
    wronglyRefused: [],
    peakMb: 0,
    baselineMb: Math.round(process.memoryUsage().rss / 1048576),
    stackTraces: 0,
    maxMs: 0,
    byKind: {},
  };
  for (let i = 0; i < cases; i++) {
    // Half the cases are issue 23's kinds, each with what Excel would make of it.
    const view = rnd() < 0.5 ? mutateExcelView(base.bytes, rnd) : null;
    const m = view ?? mutate(base, rnd);
    totals.byKind[m.kind] = (totals.byKind[m.kind] ?? 0) + 1;
    const started = Date.now();
    try {
      const checked = await validateWorkbook(m.bytes, { source: `case${i}.xlsx`, readGrid: readWorkbook });
      totals.maxMs = Math.max(totals.maxMs, Date.now() - started);
      if (checked.task.issues.some((x) => /\n\s+at |Error:/.test(renderIssue(x, "ky")))) totals.stackTraces++;
      if (checked.task.valid) totals.validated++;
      else {
        const code = checked.task.issues.find((x) => x.severity === "error")!.code;
        totals.refused[code] = (totals.refused[code] ?? 0) + 1;
      }
      const accepted = checked.report !== null && !checked.unreadable;
      const differs = JSON.stringify(checked.report) !== JSON.stringify(base.report);
      if (accepted && m.kind === "zip-bytes" && differs) totals.silentlyDifferent++;
      // Excel would not show it as it is, yet it was read; or Excel reads it as the seed, and it was read otherwise.
      if (view && accepted && (view.expect === "refuse" || differs)) totals.silentlyDifferent++;
      if (view?.expect === "same" && !accepted)
        totals.wronglyRefused.push({ kind: view.kind, code: checked.task.issues[0]?.code ?? "?" });
      if (accepted && "xml" in m && m.xml !== undefined && !(await wellFormed(m.xml))) totals.malformedAccepted++;
    } catch (e) {
      totals.maxMs = Math.max(totals.maxMs, Date.now() - started);
      totals.crashes.push({ kind: m.kind, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  }
  totals.peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return totals;
}
