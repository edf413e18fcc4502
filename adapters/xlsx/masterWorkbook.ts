/*
 * The master workbook as an .xlsx file, in Node and in the browser (Uint8Array in and out; see the note on
 * ExcelJS's "browser" entry in writeWorkbook.ts).
 *
 * Writer choice, measured with `npm run bench` (bench/merge.ts) on this 2-core machine, Node 20. Merging 1,000
 * submissions of the embedded plan (52 bodies x 5 half-years, so most of the 1,000 are resubmissions) gives a
 * master of 4,605 data rows and 1,000 log rows:
 *   in-memory Workbook + addTable          1.1 s to write, peak RSS 184 MB (the whole merge: 8.7 s, 300 MB)
 *   streaming WorkbookWriter, no tables    0.8 s,          peak RSS 120 MB
 * and a synthetic master of 60,000 data rows (the issue's figure):
 *   in-memory + tables                     9.6–11.6 s,     peak RSS 1.0–1.2 GB (not the 2.7 GB feared, still ~1 GB)
 *   streaming, no tables                   5.0 s,          peak RSS 260 MB
 * The in-memory writer is chosen: the design wants Excel Tables (filters, pivots, structured references),
 * which only it writes, and this plan's master cannot outgrow a few thousand data rows (a resubmission
 * replaces rows, it does not add them). A plan ten times larger would want the streaming writer, with the
 * tables' XML added by hand.
 */
import { Workbook, type Style, type Worksheet } from "exceljs";
import { columnLetters } from "../../core/a1";
import type { CellValue } from "../../core/grid";
import {
  masterFromGrid,
  MASTER_STYLES,
  type Master,
  type MasterColumn,
  type MasterWorkbookSpec,
  type SummarySheetSpec,
  type MasterTableSpec,
} from "../../core/merge";
import { IDENTITY_SHEET } from "../../core/template/identity";
import { estimateRowHeight } from "../../core/template/rowHeight";
import type { Language, Plan } from "../../schema";
import { readWorkbook } from "./readWorkbook";
import { toExcelStyle } from "./styles";

const MAX_TEXT = 32767;

/** Number formats by column kind: text is "@", so Excel keeps it text even when someone edits the cell. */
export const NUM_FMT: Record<MasterColumn["kind"], string | undefined> = {
  text: "@",
  enum: "@",
  int: "#,##0",
  number: "#,##0.##",
  percent: "0%",
  date: "dd.mm.yyyy",
  bool: undefined,
};

/**
 * Renders the master: summary sheets, then one Excel Table per data sheet, then the very hidden identity.
 * Every text is written as a string value, never as a formula: "=1+1" an agency typed stays "=1+1".
 * @example const bytes = await writeMaster(buildMasterWorkbook(master, plan, "ky"));
 */
export async function writeMaster(spec: MasterWorkbookSpec): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.title = spec.title;
  wb.creator = spec.creator;
  wb.lastModifiedBy = spec.creator;
  const styles = new Styles();
  for (const sheet of spec.summaries) writeSummary(wb, sheet, styles);
  for (const table of spec.tables) writeTable(wb, table);
  const id = wb.addWorksheet(IDENTITY_SHEET, { state: "veryHidden" });
  spec.identity.forEach(([key, value], i) => {
    id.getCell(`A${i + 1}`).value = key;
    id.getCell(`B${i + 1}`).value = value;
  });
  wb.views = [{ x: 0, y: 0, width: 28800, height: 15000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  const buffer = await wb.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer.byteLength);
  bytes.set(buffer as unknown as Uint8Array);
  return bytes;
}

/**
 * Reads a master back into the model, so a later merge continues from it.
 * @throws {WorkbookReadError} the bytes are not a readable .xlsx.
 * @throws {MasterError} not a master, a master of another plan or version, or its tables were broken by hand.
 */
export async function readMaster(bytes: Uint8Array, plan: Plan): Promise<{ master: Master; language: Language }> {
  return masterFromGrid(await readWorkbook(bytes), plan);
}

/** A cell value as ExcelJS should store it: strings stay strings (clipped to what Excel holds). */
function excelValue(v: CellValue): CellValue {
  return typeof v === "string" && v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT - 1)}…` : v;
}

function frozenView(rows: number, cols: number) {
  return {
    state: "frozen" as const,
    xSplit: cols,
    ySplit: rows,
    topLeftCell: `${columnLetters(cols + 1)}${rows + 1}`,
    activeCell: `${columnLetters(cols + 1)}${rows + 1}`,
  };
}

function writeTable(wb: Workbook, spec: MasterTableSpec): void {
  const ws = wb.addWorksheet(spec.sheet, { views: [frozenView(1, 0)] });
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    // The column's own format too, so rows the coordinator adds by hand are text where the data is text.
    const numFmt = NUM_FMT[c.kind];
    if (numFmt) col.numFmt = numFmt;
  });
  // Excel wants at least one data row under a table's header: an empty table keeps one blank row.
  const rows = spec.rows.length ? spec.rows.map((r) => r.map(excelValue)) : [spec.columns.map(() => null)];
  ws.addTable({
    name: spec.name,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: spec.columns.map((c) => ({
      name: c.header,
      filterButton: true,
      ...(NUM_FMT[c.kind] ? { style: { numFmt: NUM_FMT[c.kind] } } : {}),
    })),
    rows,
  });
}

function writeSummary(wb: Workbook, spec: SummarySheetSpec, styles: Styles): void {
  const HEADER_ROW = 3;
  const ws = wb.addWorksheet(spec.name, {
    views: [frozenView(HEADER_ROW, spec.frozenCols)],
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  spec.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  put(ws, 1, 1, spec.title, styles.get("title", undefined));
  put(ws, 2, 1, spec.note, styles.get("note", undefined));
  spec.columns.forEach((c, i) => put(ws, HEADER_ROW, i + 1, c.header, styles.get("header", "@")));
  ws.getRow(HEADER_ROW).height = Math.max(
    30,
    estimateRowHeight(
      spec.columns.map((c) => [c.header, c.width - 2]),
      1,
      10,
    ),
  );
  spec.rows.forEach((row, r) => {
    row.cells.forEach((v, i) => {
      const kind = spec.columns[i]?.kind ?? "text";
      // A number under a text column (a total) keeps the general format; text is always "@".
      const numFmt = typeof v === "string" ? "@" : typeof v === "number" && kind !== "text" ? NUM_FMT[kind] : undefined;
      put(ws, HEADER_ROW + 1 + r, i + 1, v, styles.get(row.cellStyles?.[i] ?? row.style, numFmt));
    });
    // Wrapped text needs its height set: neither Excel nor LibreOffice grows a row written without one.
    const texts = row.cells.flatMap((v, i): [string, number][] =>
      typeof v === "string" && v ? [[v, spec.columns[i]?.width ?? 10]] : [],
    );
    ws.getRow(HEADER_ROW + 1 + r).height = estimateRowHeight(texts, 1, 10);
  });
}

function put(ws: Worksheet, row: number, col: number, value: CellValue, style: Partial<Style>): void {
  const cell = ws.getRow(row).getCell(col);
  cell.style = style as Style;
  if (value !== null) cell.value = excelValue(value);
}

/** One ExcelJS style per (style, number format), shared by reference as writeWorkbook does. */
class Styles {
  private readonly built = new Map<string, Partial<Style>>();
  get(key: string, numFmt: string | undefined): Partial<Style> {
    const id = `${key}|${numFmt ?? ""}`;
    let style = this.built.get(id);
    if (!style) {
      style = { ...toExcelStyle(MASTER_STYLES[key] ?? {}), ...(numFmt ? { numFmt } : {}) };
      this.built.set(id, style);
    }
    return style;
  }
}
