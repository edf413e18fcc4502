/**
 * How a sheet prints: the paper, the orientation and the scale, chosen from its column widths so that text is
 * never printed smaller than 8 pt. A sheet that fits one page wide at that size is fitted to the width; a wider
 * one prints across several pages at the smallest legible scale, its title columns repeated on each.
 */
import type { PrintSpec } from "./spec";

/** The smallest printed text a reader is asked to read, in points. */
export const MIN_PRINTED_PT = 8;

/** Printable width of a page in points: paper less Excel's default margins (0.7 in left and right). */
const PRINTABLE_PT = {
  A4: { portrait: (8.27 - 1.4) * 72, landscape: (11.69 - 1.4) * 72 },
  A3: { portrait: (11.69 - 1.4) * 72, landscape: (16.54 - 1.4) * 72 },
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
  /** Columns after which a new page starts (1-based): the sheet's parts each on their own pages. */
  colBreaks?: number[];
  /** Only these leading columns must fit a page's width (the rest goes to later pages, after a column break). */
  fitColumns?: number;
  paperSize?: "A4" | "A3";
}

/**
 * The print settings of a sheet: portrait when it fits a portrait page at full size or fitted at 8 pt or more,
 * else landscape fitted to the width when that keeps 8 pt, else landscape across pages at the scale that gives
 * 8 pt, with the title columns repeated.
 * @example printLayout({ widths: [40, 12, 12], fontSize: 10, footer: "Page {page} of {pages}" }).orientation // "portrait"
 */
export function printLayout(choice: PrintChoice): PrintSpec {
  const paperSize = choice.paperSize ?? "A4";
  const fitted = choice.widths.slice(0, choice.fitColumns ?? choice.widths.length);
  const total = fitted.reduce((sum, w) => sum + (w > 0 ? columnPoints(w) : 0), 0);
  const minScale = MIN_PRINTED_PT / choice.fontSize;
  const base = {
    paperSize,
    footer: choice.footer,
    ...(choice.repeatRows ? { repeatRows: choice.repeatRows } : {}),
    ...(choice.area ? { area: choice.area } : {}),
    ...(choice.colBreaks?.length ? { colBreaks: choice.colBreaks } : {}),
  };
  // Page breaks are ignored by Excel under "fit to one page wide": a sheet with breaks gets a scale instead.
  const scaled = (orientation: "portrait" | "landscape", scale: number): PrintSpec => ({
    ...base,
    orientation,
    fitToWidth: false,
    scale: Math.max(10, Math.min(100, Math.floor(scale * 100))),
  });
  for (const orientation of ["portrait", "landscape"] as const) {
    const fit = PRINTABLE_PT[paperSize][orientation] / Math.max(1, total);
    if (fit >= 1)
      return choice.colBreaks?.length ? scaled(orientation, 1) : { ...base, orientation, fitToWidth: false };
    if (fit >= minScale)
      return choice.colBreaks?.length ? scaled(orientation, fit) : { ...base, orientation, fitToWidth: true };
  }
  const titles = choice.titleColumns ?? 0;
  return {
    ...scaled("landscape", minScale),
    ...(titles > 0 ? { repeatColumns: `A:${String.fromCharCode(64 + titles)}` } : {}),
  };
}

/** The printed size of the body text under a print spec, in points (for the note and the tests). */
export function printedPointSize(print: PrintSpec, widths: number[], fontSize: number, fitColumns?: number): number {
  if (print.scale !== undefined) return (fontSize * print.scale) / 100;
  if (!print.fitToWidth) return fontSize;
  const total = widths.slice(0, fitColumns ?? widths.length).reduce((s, w) => s + (w > 0 ? columnPoints(w) : 0), 0);
  return fontSize * Math.min(1, PRINTABLE_PT[print.paperSize][print.orientation] / total);
}

/** The page footer in each language the workbooks are written in. */
export const PAGE_FOOTER = {
  ky: "{page}-бет, бардыгы {pages} бет",
  ru: "Страница {page} из {pages}",
  en: "Page {page} of {pages}",
} as const;
