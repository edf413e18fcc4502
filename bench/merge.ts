/**
 * Merge benchmark: 50, 500 and 1,000 filled templates (real .xlsx bytes from prefilled templates, generated
 * once), each size in its own process so its peak memory is its own (`process.resourceUsage().maxRSS`).
 * Printed side by side with the floor, unzipping and scanning the same files; then ExcelJS's two writers on
 * the same master (in-memory with Excel Tables, which the adapter uses, against streaming without tables).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { stream as excelStream, type Style } from "exceljs";
import { writeMaster, NUM_FMT } from "../adapters/xlsx/masterWorkbook";
import { toExcelStyle } from "../adapters/xlsx/styles";
import {
  buildMasterWorkbook,
  emptyMaster,
  mergeSubmissions,
  MASTER_STYLES,
  type Master,
  type MasterWorkbookSpec,
} from "../core/merge";
import { validateFiles } from "../cli/commands/validatePool";
import { defaultPlan } from "../schema";
import { makeSubmissions } from "./fixtures";
import { unzipAndScan } from "./floor";

const SIZES = [50, 500, 1000];
const SYNTHETIC_ROWS = 60000;
const TARGET = { ms: 10000, mb: 1024 };

interface ChildResult {
  ms: number;
  peakMb: number;
  phases?: Record<string, number>;
  detail?: string;
}

export async function benchMerge(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "tendik-bench-merge-"));
  try {
    const files = await makeSubmissions(Math.max(...SIZES), 11);
    files.forEach((f, i) => writeFileSync(join(dir, `${String(i).padStart(5, "0")}-${f.name}`), f.bytes));
    const lines = [
      `merge: ${files.length} filled templates generated (${(files.reduce((n, f) => n + f.bytes.length, 0) / 1048576).toFixed(1)} MB); each size runs in its own process`,
      "merge: files | merge ms (validate + merge + write) | peak MB | floor ms | floor peak MB | ratio to floor | master rows",
    ];
    let at1000: ChildResult | undefined;
    for (const n of SIZES) {
      const floor = await child("floor", n, dir);
      const merge = await child("merge", n, dir);
      if (n === 1000) at1000 = merge;
      const p = merge.phases!;
      lines.push(
        `merge: ${String(n).padStart(5)} | ${fmt(merge.ms)} (${fmt(p.validate)} + ${fmt(p.merge)} + ${fmt(p.write)}) | ${fmt(merge.peakMb)} | ${fmt(floor.ms)} | ${fmt(floor.peakMb)} | ${(merge.ms / floor.ms).toFixed(1)}x | ${merge.detail}`,
      );
    }
    if (at1000)
      lines.push(
        `merge: 1,000 submissions in ${(at1000.ms / 1000).toFixed(1)} s (target < ${TARGET.ms / 1000} s: ${at1000.ms < TARGET.ms ? "met" : "MISSED"}), peak ${fmt(at1000.peakMb)} MB (target < ${TARGET.mb} MB: ${at1000.peakMb < TARGET.mb ? "met" : "MISSED"})`,
      );
    lines.push("merge: writer | master | write ms | peak MB of the process while writing");
    for (const source of ["1000", `synthetic-${SYNTHETIC_ROWS}`])
      for (const writer of ["write-memory", "write-stream"]) {
        const r = await child(writer, source, dir);
        lines.push(
          `merge: ${writer === "write-memory" ? "in-memory + tables" : "streaming, no tables"} | ${r.detail} | ${fmt(r.ms)} | ${fmt(r.peakMb)}`,
        );
      }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number) => n.toFixed(0).padStart(6);

function child(kind: string, arg: number | string, dir: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [__filename, "--bench-child", kind, String(arg), dir], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").at(-1)!) as ChildResult)
        : reject(new Error(`bench child ${kind} ${arg} exited ${code}`)),
    );
  });
}

const peakMb = () => process.resourceUsage().maxRSS / 1024;

function loadFiles(dir: string, n: number): { fileName: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .slice(0, n)
    .map((f) => ({ fileName: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}

async function runChild(kind: string, arg: string, dir: string): Promise<ChildResult> {
  if (kind === "floor") {
    const files = loadFiles(dir, Number(arg));
    const t = performance.now();
    for (const f of files) await unzipAndScan(f.bytes);
    return { ms: performance.now() - t, peakMb: peakMb() };
  }
  if (kind === "merge") {
    const files = loadFiles(dir, Number(arg));
    const t0 = performance.now();
    const checked = await validateFiles(
      files.map((f) => ({ fileName: f.fileName, bytes: async () => f.bytes })),
      { plan: defaultPlan },
    );
    const t1 = performance.now();
    const receivedAt = new Date().toISOString();
    const { master, results } = mergeSubmissions(
      emptyMaster(defaultPlan),
      checked.map((c, i) => ({ fileName: files[i].fileName, receivedAt, ...c })),
      { plan: defaultPlan },
    );
    const t2 = performance.now();
    const bytes = await writeMaster(buildMasterWorkbook(master, defaultPlan, "ky"));
    const t3 = performance.now();
    if (results.some((r) => r.outcome === "rejected")) throw new Error("benchmark files should all be accepted");
    writeFileSync(join(dir, `master-${arg}.json`), JSON.stringify(master));
    const rows = master.measureReports.length + master.indicatorValues.length;
    return {
      ms: t3 - t0,
      peakMb: peakMb(),
      phases: { validate: t1 - t0, merge: t2 - t1, write: t3 - t2 },
      detail: `${rows} data + ${master.submissions.length} log rows, ${(bytes.length / 1024).toFixed(0)} KB`,
    };
  }
  // The writers: the master of 1,000 submissions, or a synthetic one as large as the 60,000 rows.
  const master = arg.startsWith("synthetic-")
    ? syntheticMaster(Number(arg.slice("synthetic-".length)))
    : (JSON.parse(readFileSync(join(dir, `master-${arg}.json`), "utf8")) as Master);
  const spec = buildMasterWorkbook(master, defaultPlan, "ky");
  const t = performance.now();
  const bytes = kind === "write-memory" ? await writeMaster(spec) : await writeStreaming(spec);
  const rows = master.measureReports.length + master.indicatorValues.length + master.submissions.length;
  return {
    ms: performance.now() - t,
    peakMb: peakMb(),
    detail: `${rows} rows, ${(bytes.length / 1024).toFixed(0)} KB`,
  };
}

/** A master of `rows` data rows: copies of one measure report and one indicator value. */
export function syntheticMaster(rows: number): Master {
  const master = emptyMaster(defaultPlan);
  for (let i = 0; i < rows / 2; i++) {
    const sha256 = (i % 1000).toString(16).padStart(64, "0");
    master.measureReports.push({
      agency: "ЭСӨМ",
      period: "2019-H2",
      chapterId: "1",
      goalId: "1.1",
      taskId: "1",
      measureId: "1.1",
      status: "completed",
      narrative: `Чара боюнча иш-чаралар өткөрүлдү ${i}`,
      spendingAmount: 1000 + i,
      spendingSource: "republican-budget",
      evidenceDocument: `№ ${i}`,
      evidenceDate: "2019-12-20",
      evidenceLink: "https://example.kg/doc",
      obstacles: i % 3 ? null : "Каражат жетишсиз",
      sha256,
    });
    master.indicatorValues.push({
      agency: "ЭСӨМ",
      period: "2019-H2",
      measureId: "1.1",
      indicatorId: "1.1.1",
      kind: "people",
      value: null,
      women: i,
      men: i + 1,
      total: 2 * i + 1,
      done: null,
      reference: null,
      text: null,
      sha256,
    });
  }
  return master;
}

/** The same sheets through ExcelJS's streaming writer, which has no Excel Tables: plain ranges with a filter. */
async function writeStreaming(spec: MasterWorkbookSpec): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const wb = new excelStream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  for (const s of spec.summaries) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 3, xSplit: s.frozenCols }] });
    ws.columns = s.columns.map((c) => ({ width: c.width }));
    ws.addRow([s.title]).commit();
    ws.addRow([s.note]).commit();
    ws.addRow(s.columns.map((c) => c.header)).commit();
    for (const r of s.rows) {
      const row = ws.addRow(r.cells);
      row.eachCell((cell) => (cell.style = toExcelStyle(MASTER_STYLES[r.style] ?? {}) as Style));
      row.commit();
    }
    ws.commit();
  }
  for (const t of spec.tables) {
    const ws = wb.addWorksheet(t.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = t.columns.map((c) => ({ width: c.width, style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {} }));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: t.rows.length + 1, column: t.columns.length } };
    ws.addRow(t.columns.map((c) => c.header)).commit();
    for (const r of t.rows) ws.addRow(r).commit();
    ws.commit();
  }
  const id = wb.addWorksheet("_tendik", { state: "veryHidden" });
  for (const r of spec.identity) id.addRow(r).commit();
  id.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

if (require.main === module && process.argv[2] === "--bench-child") {
  runChild(process.argv[3], process.argv[4], process.argv[5]).then(
    (r) => {
      process.stdout.write(JSON.stringify(r) + "\n");
      process.exit(0);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
