/**
 * Reading what people type into cells, tolerantly: numbers with spaces or a decimal comma ("1 200", "1,5"),
 * dates as Excel serials or as text ("25.12.2019", "2019-12-25"), trailing spaces, empty strings.
 */
import type { CellValue } from "./grid";

/**
 * Excel's 1900 date system, the one home of its epoch: serial 0 is 1899-12-30 (so that serial 60 is Excel's
 * phantom 29 February 1900 and every later serial counts days right).
 */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** An instant (milliseconds since 1970, UTC) as an Excel serial, time of day as the fraction. */
export function serialFromTime(ms: number): number {
  return (ms - EXCEL_EPOCH_MS) / DAY_MS;
}

/** ISO date "2019-12-25" -> Excel serial 43824. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS);
}

/** Excel serial -> ISO date (time of day dropped). */
export function serialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar date "YYYY-MM-DD". */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A cell's text with spaces trimmed; null for empty. Numbers and booleans become their text. */
export function cellText(v: CellValue): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v)
    .replace(/\u00a0/g, " ")
    .trim();
  return s === "" ? null : s;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; raw: string };

/** One separator with exactly three digits after it: a thousands separator or a decimal point, who can say. */
const AMBIGUOUS = /^[-+]?[1-9]\d{0,2}[.,]\d{3}$/;

/** A number from a cell: a number as is; text with spaces, a decimal comma, "%" or "сом" also accepted. */
export function parseNumber(v: CellValue): Parsed<number> | null {
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, raw: String(v) };
  if (typeof v === "boolean") return { ok: false, raw: String(v) };
  const raw = cellText(v);
  if (raw === null) return null;
  let s = raw.replace(/[\s\u00a0\u202f']/g, "").replace(/(сом|som|%)$/i, "");
  // "1,000" and "1.500" are a thousand (or one and a half) by one locale's habit and the other's: Excel keeps such
  // text as text, and so do we, rather than pick one of two numbers (with spaces, "1 000,5", it is unambiguous).
  if (AMBIGUOUS.test(s) && s.length === raw.replace(/(сом|som|%)$/i, "").trim().length) return { ok: false, raw };
  if (s.includes(",") && s.includes("."))
    s = s.lastIndexOf(",") > s.lastIndexOf(".") ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  else if ((s.match(/,/g) ?? []).length === 1) s = s.replace(",", ".");
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? { ok: true, value: Number(s) } : { ok: false, raw };
}

/** A date from a cell: an Excel serial, or text as dd.mm.yyyy, dd/mm/yyyy or yyyy-mm-dd. Returns ISO. */
export function parseDate(v: CellValue): Parsed<string> | null {
  if (v === null) return null;
  if (typeof v === "number") {
    // Serial 60 is Excel's 29 February 1900, a day that never was, and the serials before it are a day off in
    // Excel's own calendar: no report date is that old, so they are refused rather than read a day wrong.
    return v >= 61 && v < 2958466 ? { ok: true, value: serialToIso(v) } : { ok: false, raw: String(v) };
  }
  const raw = cellText(v);
  if (raw === null) return null;
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s*(?:ж\.?|г\.?|жыл))?$/.exec(raw);
  let iso: string | null = null;
  if (m) iso = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/.exec(raw);
  if (m) iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  return iso && isIsoDate(iso) ? { ok: true, value: iso } : { ok: false, raw };
}
