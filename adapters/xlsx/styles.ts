import type { Alignment, Borders, Style } from "exceljs";
import type { StyleSpec } from "../../core/template/spec";

const thin = { style: "thin" } as const;
const allThin: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** "RRGGBB" (or "#RRGGBB") as ExcelJS's opaque ARGB. */
export const argb = (rgb: string): string => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

/**
 * A spec style as an ExcelJS style. The result is shared by every cell that uses the style (ExcelJS keeps the
 * reference and deduplicates on write), so callers must never mutate it or a cell's sub-style afterwards.
 */
export function toExcelStyle(spec: StyleSpec): Partial<Style> {
  const style: Partial<Style> = {};
  if (spec.font) {
    const { bold, italic, size, color } = spec.font;
    style.font = {
      name: "Calibri",
      size: size ?? 11,
      bold,
      italic,
      ...(color ? { color: { argb: argb(color) } } : {}),
    };
  }
  if (spec.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
  const alignment: Partial<Alignment> = {};
  if (spec.wrap !== undefined) alignment.wrapText = spec.wrap;
  if (spec.horizontal) alignment.horizontal = spec.horizontal;
  if (spec.vertical) alignment.vertical = spec.vertical;
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (spec.border) style.border = allThin;
  if (spec.numFmt) style.numFmt = spec.numFmt;
  // Excel's default is locked, so only an explicit unlock needs writing; writing locked:true is harmless.
  if (spec.locked !== undefined) style.protection = { locked: spec.locked };
  return style;
}

/** Text that Excel would take for a formula (or a sign) if someone edits the cell and presses Enter. */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@]/.test(text);

/** The same style with the number format forced to text, for strings that look like formulas. */
export function asTextStyle(style: Partial<Style>): Partial<Style> {
  return { ...style, numFmt: "@" };
}
