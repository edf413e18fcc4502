/**
 * OOXML's escape for text (ST_Xstring): a character XML cannot carry literally is written `_xHHHH_`, and a
 * literal text that merely looks like an escape has its "_" written `_x005F_`, so Excel reads `_x0000_` typed
 * by a clerk as those seven characters. ExcelJS writes text unescaped (and drops control characters, DEL
 * included), so every text we hand it is escaped here first; every reader decodes with `unescapeOoxml`.
 * The pair is exact: `unescapeOoxml(escapeOoxml(s)) === s` for every string (test/adapters/ooxmlText.test.ts).
 */
import type { Workbook } from "exceljs";

/**
 * "_" that a reader would take for the start of an escape, and the characters XML would lose or change: C0
 * controls but tab and line feed ("\r" is normalised to "\n" by every XML parser), DEL (ExcelJS drops it),
 * U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must be escaped
const NEEDS_ESCAPE = /_(?=x[0-9A-Fa-f]{4}[_\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF])|[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]/g;
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");

/**
 * A text as OOXML stores it. The "_" of each `_xHHHH_` in the text is escaped (not the whole match), because a
 * reader decodes from left to right without overlap: "_x0041_x0042_" must not leave "_x0042_" to decode; so is
 * the "_" of `_xHHHH` before a character that is escaped, whose escape would supply the closing "_"
 * ("_x0000\r" would be stored "_x0000_x000D_"). Found by the property test.
 * @example escapeOoxml("_x0000_") // "_x005F_x0000_"
 */
export function escapeOoxml(s: string): string {
  if (!s.includes("_x") && !/[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]/.test(s)) return s; // eslint-disable-line no-control-regex
  return s.replace(NEEDS_ESCAPE, (c) => `_x${hex4(c.charCodeAt(0))}_`);
}

/** A stored text as Excel reads it: each `_xHHHH_` (either case of hex digit) becomes its character. */
export function unescapeOoxml(s: string): string {
  return s.includes("_x") ? s.replace(ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/**
 * An ExcelJS cell value with its texts escaped: a string, rich text runs, a hyperlink's text, a formula's cached
 * text. Anything else is returned as it is (the same object when nothing needs escaping).
 */
export function escapeExcelJsValue<T>(value: T): T {
  if (typeof value === "string") return escapeOoxml(value) as T;
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    const runs = v.richText as { text?: unknown }[];
    const escaped = runs.map((r) => (typeof r.text === "string" ? escapeOoxml(r.text) : r.text));
    if (escaped.every((t, i) => t === runs[i].text)) return value;
    return { ...v, richText: runs.map((r, i) => ({ ...r, text: escaped[i] })) } as T;
  }
  const key = typeof v.text === "string" ? "text" : "formula" in v || "sharedFormula" in v ? "result" : null;
  if (key === null || typeof v[key] !== "string") return value;
  const escaped = escapeOoxml(v[key] as string);
  return escaped === v[key] ? value : ({ ...v, [key]: escaped } as T);
}

/**
 * ExcelJS decodes OOXML's `_xHHHH_` escapes when it loads a file but writes texts raw: every text of a loaded
 * workbook is escaped again before it is written (a copy returned for correction, cells written, marks), so a
 * literal "_x0000_" stays that text and the file stays readable.
 */
export function escapeWorkbookTexts(wb: Workbook): void {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const escaped = escapeExcelJsValue(cell.value);
        if (escaped !== cell.value) cell.value = escaped;
      }),
    ),
  );
}
