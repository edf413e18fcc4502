import type { CellValue } from "../../core/grid";
import { serialFromTime } from "../../core/values";

/**
 * A Date as Excel's serial number. ExcelJS builds Dates from serials as if they were UTC (and already applies
 * a workbook's 1904 date system), so the inverse is exact to the millisecond, whatever the time zone.
 */
export const toSerial = (date: Date): number => serialFromTime(date.getTime());

/**
 * An ExcelJS value (not a formula) as a plain grid value: rich text and hyperlinks become their text,
 * errors their code ("#DIV/0!"), dates their serial number.
 */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return toSerial(raw);
  if (typeof raw !== "object") return String(raw);
  if ("richText" in raw && Array.isArray(raw.richText))
    return raw.richText.map((run: { text?: string }) => run.text ?? "").join("");
  if ("error" in raw) return String(raw.error);
  if ("text" in raw) return toCellValue(raw.text); // a hyperlink: { text, hyperlink }, the text maybe rich
  return null;
}
