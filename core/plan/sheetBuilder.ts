import { columnLetters, toA1 } from "../a1";
import type { CellValue } from "../grid";
import type { CellSpec, StyleSpec } from "../template/spec";
import type { PlanColumn } from "./layout";

/** Styles of the authoring workbook; every data cell is text ("@"), so typed ids such as "1.10" stay text. */
export const PLAN_STYLES: Record<string, StyleSpec> = {
  header: {
    font: { bold: true, size: 10 },
    fill: "D9E2F3",
    wrap: true,
    vertical: "middle",
    horizontal: "center",
    border: true,
  },
  headerValues: {
    font: { bold: true, size: 10 },
    fill: "E2EFDA",
    wrap: true,
    vertical: "middle",
    horizontal: "center",
    border: true,
  },
  headerLang: {
    font: { bold: true, size: 10 },
    fill: "FFF2CC",
    wrap: true,
    vertical: "middle",
    horizontal: "center",
    border: true,
  },
  headerProvenance: {
    font: { bold: true, size: 10, color: "595959" },
    fill: "EDEDED",
    wrap: true,
    vertical: "middle",
    horizontal: "center",
    border: true,
  },
  key: { font: { italic: true, size: 8, color: "808080" }, fill: "F2F2F2", numFmt: "@", horizontal: "center" },
  chapter: { font: { bold: true, size: 11 }, fill: "B4C6E7", wrap: true, vertical: "top", border: true, numFmt: "@" },
  goal: { font: { bold: true, size: 10 }, fill: "DDEBF7", wrap: true, vertical: "top", border: true, numFmt: "@" },
  id: { font: { size: 10 }, wrap: true, vertical: "top", horizontal: "center", border: true, numFmt: "@" },
  text: { font: { size: 10 }, wrap: true, vertical: "top", border: true, numFmt: "@" },
  /** Our working translation: paste the official text over it (standing.ts). */
  translation: {
    font: { size: 10, italic: true, color: "1F4E79" },
    wrap: true,
    vertical: "top",
    border: true,
    numFmt: "@",
  },
  provenance: { font: { size: 9, color: "595959" }, wrap: true, vertical: "top", border: true, numFmt: "@" },
  title: { font: { bold: true, size: 14 } },
  label: { font: { bold: true, size: 10 }, wrap: true, vertical: "top", border: true, fill: "F2F2F2" },
  para: { font: { size: 10 }, wrap: true, vertical: "top" },
  paraBold: { font: { bold: true, size: 10 }, wrap: true, vertical: "top" },
};

const HEADER_STYLE: Record<PlanColumn["block"], string> = {
  annex: "header",
  values: "headerValues",
  ru: "headerLang",
  en: "headerLang",
  provenance: "headerProvenance",
};

const POINTS_PER_LINE = 13.5;
const MAX_ROW_HEIGHT = 409;

/**
 * Lines a wrapped text takes in a column `width` characters wide. Neither Excel nor LibreOffice fits the
 * height of rows whose text sits in merged cells, so the spec sets heights from this estimate.
 */
export function linesOf(text: string, width: number): number {
  const perLine = Math.max(4, width * 1.05 - 1);
  return text.split("\n").reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
}

/** A row height in points for a number of lines, within Excel's limit. */
export const heightOf = (lines: number): number => Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * POINTS_PER_LINE + 3));

/** Collects the cells of one sheet by row and column key. */
export class SheetBuilder {
  readonly cells: CellSpec[] = [];
  readonly merges: string[] = [];
  private readonly filled = new Set<string>();
  private readonly colOf = new Map<string, number>();

  constructor(readonly columns: PlanColumn[]) {
    columns.forEach((c, i) => this.colOf.set(c.key, i + 1));
  }

  col(key: string): number {
    const c = this.colOf.get(key);
    if (c === undefined) throw new RangeError(`no column "${key}"`);
    return c;
  }

  /** Lines the text of a column needs (0 for provenance columns, which may stay cut off). */
  lines(key: string, text: string | null | undefined): number {
    const c = this.columns[this.col(key) - 1];
    return !text || c.block === "provenance" ? 0 : linesOf(text, c.width);
  }

  letter(key: string): string {
    return columnLetters(this.col(key));
  }

  set(row: number, key: string, value: CellValue | undefined, style: string): void {
    if (value === undefined || value === null || value === "") return;
    const ref = toA1({ row, col: this.col(key) });
    this.filled.add(ref);
    this.cells.push({ ref, value, style });
  }

  /**
   * The header row in three languages (one line each, repeats dropped) and the key row under it.
   * Returns the header row's height.
   */
  header(headerRow: number, keyRow: number): number {
    let most = 1;
    for (const c of this.columns) {
      const lines = [...new Set([c.header.ky, c.header.ru, c.header.en])];
      // Bold headers run wider than body text: count them in a slightly narrower column.
      most = Math.max(most, linesOf(lines.join("\n"), c.width * 0.85));
      this.cells.push({
        ref: toA1({ row: headerRow, col: this.col(c.key) }),
        value: lines.join("\n"),
        style: HEADER_STYLE[c.block],
      });
      this.cells.push({ ref: toA1({ row: keyRow, col: this.col(c.key) }), value: c.key, style: "key" });
    }
    return heightOf(most);
  }

  /** Merges a column over rows first..last (nothing for a single row). */
  mergeDown(key: string, first: number, last: number): void {
    if (last > first) this.merges.push(`${this.letter(key)}${first}:${this.letter(key)}${last}`);
  }

  /** Empty bordered cells, so the lines of the table show where nothing is typed yet. */
  frame(row: number, style: (c: PlanColumn) => string): void {
    for (const c of this.columns) {
      const ref = toA1({ row, col: this.col(c.key) });
      if (!this.filled.has(ref)) this.cells.push({ ref, style: style(c) });
    }
  }
}
