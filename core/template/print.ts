/**
 * How a sheet prints: the paper, the orientation and the scale, chosen from its column widths so that text is
 * never printed smaller than 8 pt. A sheet that fits one page wide at that size is fitted to the width; a wider
 * one prints across several pages at the smallest legible scale, its title columns repeated on each.
 */
import type { PrintSpec } from "./spec";

/** The smallest printed text a reader is asked to read, in points. */
export const MIN_PRINTED_PT = 8;

/**
 * Printable width of a page in points: paper less Excel's default margins (0.7 in left and right), less a tenth
 * kept free because renderers measure a character width differently (LibreOffice's columns print ~8% wider).
 */
const PRINTABLE_PT = {
  A4: { portrait: (8.27 - 1.4) * 72 * 0.9, landscape: (11.69 - 1.4) * 72 * 0.9 },
  A3: { portrait: (11.69 - 1.4) * 72 * 0.9, landscape: (16.54 - 1.4) * 72 * 0.9 },
} as const;

/**
 * A column's width on paper in points at 100%: Excel's width is in characters of the default font's digit
 * (7 px for Calibri 11) plus 5 px of padding, at 96 px to the inch.
 */
export function columnPoints(width: number): number {
  return (Math.trunc(width * 7) + 5) * 0.75;
}

export interface PrintChoice {
  /** The visible columns' widths in characters, A first (hidden columns as 0). */
  widths: number[];
  /** The size of the sheet's body text, in points. */
  fontSize: number;
  /** The page footer's words, with `{page}` and `{pages}` (e.g. "Страница {page} из {pages}"). */
  footer: string;
  /** Rows repeated at the top of every page, e.g. "5:6". */
  repeatRows?: string;
  /** How many columns from A are repeated on every page when the sheet prints several pages wide. */
  titleColumns?: number;
  area?: string;
  paperSize?: "A4" | "A3";
}

/**
 * The print settings of a sheet: portrait fitted to the width when that keeps its text at 8 pt or more, else
 * landscape fitted when that does, else landscape across pages at the scale that gives 8 pt, with the title
 * columns repeated.
 * @example printLayout({ widths: [40, 12, 12], fontSize: 10, footer: "Page {page} of {pages}" }).orientation // "portrait"
 */
export function printLayout(choice: PrintChoice): PrintSpec {
  const paperSize = choice.paperSize ?? "A4";
  const total = choice.widths.reduce((sum, w) => sum + (w > 0 ? columnPoints(w) : 0), 0);
  const minScale = MIN_PRINTED_PT / choice.fontSize;
  const base = {
    paperSize,
    footer: choice.footer,
    ...(choice.repeatRows ? { repeatRows: choice.repeatRows } : {}),
    ...(choice.area ? { area: choice.area } : {}),
  };
  const scaled = (orientation: "portrait" | "landscape", scale: number): PrintSpec => ({
    ...base,
    orientation,
    fitToWidth: false,
    scale: Math.max(10, Math.min(100, Math.ceil(scale * 100))),
  });
  for (const orientation of ["portrait", "landscape"] as const) {
    const fit = PRINTABLE_PT[paperSize][orientation] / Math.max(1, total);
    // Fitted even when it fits at 100% (Excel never enlarges to fit): a renderer whose font is wider than
    // Calibri (LibreOffice without it) shrinks the sheet a little instead of moving a column to its own page.
    if (fit >= minScale) return { ...base, orientation, fitToWidth: true };
  }
  const titles = choice.titleColumns ?? 0;
  return {
    ...scaled("landscape", minScale),
    ...(titles > 0 ? { repeatColumns: `A:${String.fromCharCode(64 + titles)}` } : {}),
  };
}

/** The printed size of the body text under a print spec, in points (for the note and the tests). */
export function printedPointSize(print: PrintSpec, widths: number[], fontSize: number): number {
  if (print.scale !== undefined) return (fontSize * print.scale) / 100;
  if (!print.fitToWidth) return fontSize;
  const total = widths.reduce((s, w) => s + (w > 0 ? columnPoints(w) : 0), 0);
  return fontSize * Math.min(1, PRINTABLE_PT[print.paperSize][print.orientation] / total);
}

/** The page footer in each language the workbooks are written in. */
export const PAGE_FOOTER = {
  ky: "{page}-бет, бардыгы {pages} бет",
  ru: "Страница {page} из {pages}",
  en: "Page {page} of {pages}",
} as const;
