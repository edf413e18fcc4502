/**
 * A sheet's cells as Excel wants them: row bands of 2-D arrays (`numberFormat` then `values`, null where a
 * cell is left alone), and the cells of each style as rectangles to format in one go.
 */
import { parseA1, rangeA1 } from "../../core/a1";
import type { CellValue } from "../../core/grid";
import type { CellSpec, DataValidationSpec, SheetSpec, StyleSpec } from "../../core/template/spec";
import { jsonBytes } from "./budget";
import { excelWouldConvert } from "./text";

/** A band of rows written with two actions; kept well under the request budget so bands pack into requests. */
export const BAND_BYTES = 512 * 1024;

type Written = string | number | boolean | null;

export interface CellBand {
  /** 0-based. */
  row: number;
  col: number;
  values: Written[][];
  numberFormat: (string | null)[][];
  hasValues: boolean;
  hasFormats: boolean;
  bytes: number;
}

export interface StyleRect {
  style: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface Placed {
  row: number;
  col: number;
  value: Written;
  numberFormat: string | null;
}

/** What one cell becomes: "=formula" for a formula, "@" before text Excel would otherwise convert. */
export function placeCell(spec: CellSpec, style: StyleSpec | undefined, columnFormat?: string): Placed {
  const { row, col } = parseA1(spec.ref);
  const value: CellValue | undefined = spec.value;
  let numberFormat = style?.numFmt ?? columnFormat ?? null;
  let written: Written = null;
  if (spec.formula !== undefined) written = `=${spec.formula.replace(/^=/, "")}`;
  else if (typeof value === "string") {
    written = value === "" ? null : value;
    if (value !== "" && numberFormat !== "@" && excelWouldConvert(value)) numberFormat = "@";
  } else if (value !== undefined) written = value;
  return { row: row - 1, col: col - 1, value: written, numberFormat };
}

/** The sheet's cells over their bounding box, cut into bands of rows of at most BAND_BYTES. */
export function cellBands(
  sheet: SheetSpec,
  styles: Record<string, StyleSpec>,
  columnFormats = new Map<string, string>(),
): CellBand[] {
  const placed = sheet.cells.map((c) => placeCell(c, c.style ? styles[c.style] : undefined, columnFormats.get(c.ref)));
  if (placed.length === 0) return [];
  // Loops, not Math.min(...cells): a 60,000-row table has more cells than a call has room for arguments.
  let [top, bottom, left, right] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of placed) {
    top = Math.min(top, p.row);
    bottom = Math.max(bottom, p.row);
    left = Math.min(left, p.col);
    right = Math.max(right, p.col);
  }
  const width = right - left + 1;
  const rows = new Map<number, Placed[]>();
  for (const p of placed) (rows.get(p.row) ?? rows.set(p.row, []).get(p.row)!).push(p);

  const bands: CellBand[] = [];
  let band: CellBand | undefined;
  for (let r = top; r <= bottom; r++) {
    const values: Written[] = new Array(width).fill(null);
    const formats: (string | null)[] = new Array(width).fill(null);
    for (const p of rows.get(r) ?? []) {
      values[p.col - left] = p.value;
      formats[p.col - left] = p.numberFormat;
    }
    const bytes = jsonBytes(values) + jsonBytes(formats);
    if (!band || band.bytes + bytes > BAND_BYTES) {
      band = { row: r, col: left, values: [], numberFormat: [], hasValues: false, hasFormats: false, bytes: 0 };
      bands.push(band);
    }
    band.values.push(values);
    band.numberFormat.push(formats);
    band.hasValues ||= values.some((v) => v !== null);
    band.hasFormats ||= formats.some((f) => f !== null);
    band.bytes += bytes;
  }
  return bands.filter((b) => b.hasValues || b.hasFormats);
}

/**
 * The cells of each style as rectangles: runs of one style along a row, stacked while the rows below repeat
 * the same run. A template's hundreds of rows become a few dozen rectangles; a table's thousands, a handful.
 */
export function styleRects(
  cells: CellSpec[],
  keyOf: (cell: CellSpec) => string | undefined = (c) => c.style,
): StyleRect[] {
  const byRow = new Map<number, { col: number; style: string }[]>();
  for (const c of cells) {
    const style = keyOf(c);
    if (style === undefined) continue;
    const { row, col } = parseA1(c.ref);
    (byRow.get(row - 1) ?? byRow.set(row - 1, []).get(row - 1)!).push({ col: col - 1, style });
  }
  const open = new Map<string, StyleRect>();
  const done: StyleRect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const line = byRow.get(row)!.sort((a, b) => a.col - b.col);
    const runs: { col: number; cols: number; style: string }[] = [];
    for (const { col, style } of line) {
      const last = runs[runs.length - 1];
      if (last && last.style === style && last.col + last.cols === col) last.cols++;
      else runs.push({ col, cols: 1, style });
    }
    for (const run of runs) {
      const key = `${run.col}:${run.cols}:${run.style}`;
      const rect = open.get(key);
      if (rect && rect.row + rect.rows === row) rect.rows++;
      else {
        if (rect) done.push(rect);
        open.set(key, { style: run.style, row, col: run.col, rows: 1, cols: run.cols });
      }
    }
  }
  return [...done, ...open.values()];
}

/**
 * Validation rules of the same kind, prompt and alert on the same columns of adjacent rows, as one rule over
 * the block: a template's hundreds of per-row rules become a few dozen (one Office.js call each).
 */
export function mergeValidations(list: DataValidationSpec[]): DataValidationSpec[] {
  const parsed = list.map((v) => {
    const [a, b = a] = v.range.replace(/\$/g, "").split(":");
    const from = parseA1(a);
    const to = parseA1(b);
    const rect = {
      row: Math.min(from.row, to.row),
      lastRow: Math.max(from.row, to.row),
      col: Math.min(from.col, to.col),
      lastCol: Math.max(from.col, to.col),
    };
    return { v, rect, key: `${rect.col}:${rect.lastCol}:${JSON.stringify([v.rule, v.prompt, v.error])}` };
  });
  parsed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.rect.row - y.rect.row));
  const out: { v: DataValidationSpec; rect: (typeof parsed)[number]["rect"]; key: string }[] = [];
  for (const p of parsed) {
    const prev = out[out.length - 1];
    if (prev && prev.key === p.key && prev.rect.lastRow + 1 === p.rect.row)
      prev.rect = { ...prev.rect, lastRow: p.rect.lastRow };
    else out.push({ ...p, rect: { ...p.rect } });
  }
  return out.map(({ v, rect }) => ({
    ...v,
    range: rangeA1({ row: rect.row, col: rect.col }, { row: rect.lastRow, col: rect.lastCol }),
  }));
}
