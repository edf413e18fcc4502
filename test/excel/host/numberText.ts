/**
 * `range.text`: a cell's value as Excel shows it under its number format, in an en-US Excel (the reference:
 * "Text values of the specified range. The text value will not depend on the cell width", excel.range.yml).
 * The formats modelled are those the product writes (core/ numFmt: General, "@", "0", "0.0", "0.00",
 * "#,##0", "#,##0.00", "#,##0.##", "0%", "dd.mm.yyyy") and the ones Excel gives a typed date, time or
 * percentage ("m/d/yyyy", "h:mm", "0.00%" ...). Any other format fails loudly when its text is read.
 * A ru-RU or ky-KG Excel shows the same numbers with a decimal comma and a space between thousands
 * ("1 234,50"); the host shows en-US.
 */
import { notImplemented } from "./errors";
import type { Scalar } from "./model";
import { serialParts } from "./serial";

/** Rounds half away from zero, as Excel's display does (toFixed rounds the binary value: 1.005 -> "1.00"). */
function fixed(n: number, decimals: number): string {
  const scaled = Math.abs(n) * 10 ** decimals;
  const rounded = Math.round(scaled * (1 + Number.EPSILON)) / 10 ** decimals;
  return rounded.toFixed(decimals);
}

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** General: up to 11 characters, as Excel's General shows a number in a cell. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  if (Math.abs(n) >= 1e11 || (n !== 0 && Math.abs(n) < 1e-9))
    throw notImplemented(`General text of ${n} (scientific notation)`);
  const intDigits = String(Math.trunc(Math.abs(n))).length;
  const room = Math.max(0, 10 - intDigits - (n < 0 ? 1 : 0));
  const shown = fixed(n, room).replace(/\.?0+$/, "");
  const sign = n < 0 && Number(shown) !== 0 ? "-" : "";
  return sign + shown;
}

/** "0", "0.00", "#,##0", "#,##0.##", "0%" ...: integer part, optional grouping, fixed or optional decimals. */
const NUMERIC = /^(#,##0|0)(?:\.(0+|#+))?(%?)$/;

function numeric(n: number, format: string): string | undefined {
  const m = NUMERIC.exec(format);
  if (!m) return undefined;
  const [, int, decimals = "", percent] = m;
  const v = percent ? n * 100 : n;
  const optional = decimals.startsWith("#");
  let shown = fixed(v, decimals.length);
  // "#,##0.##" keeps the decimal point even when no decimal follows: Excel shows 1234 as "1,234.".
  if (optional) shown = shown.replace(/0+$/, "");
  const [whole, frac] = shown.split(".");
  const body = (int === "#,##0" ? group(whole) : whole) + (frac !== undefined ? `.${frac}` : "");
  const negative = v < 0 && /[1-9]/.test(body);
  return `${negative ? "-" : ""}${body}${percent}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DATE_TOKEN = /yyyy|yy|mmm|mm|m|dd|d|hh|h|ss|s|AM\/PM|[./\-: ,]/gy;

function dateText(n: number, format: string): string | undefined {
  if (!/^(?:[ymdhs]|AM\/PM|[./\-: ,])+$/.test(format) || !/[ymdh]/.test(format)) return undefined;
  if (n < 1 && /[ymd]/.test(format)) throw notImplemented(`the date text of the serial ${n} (before 1 January 1900)`);
  if (n < 0) throw notImplemented(`the time text of ${n}`);
  const p = serialParts(n);
  const tokens: string[] = format.match(DATE_TOKEN) ?? [];
  const twelve = tokens.includes("AM/PM");
  const pad = (x: number) => String(x).padStart(2, "0");
  let out = "";
  tokens.forEach((t, i) => {
    // "m" after an hour or before seconds is minutes, as Excel reads it.
    const minute = /^m{1,2}$/.test(t) && (/^h/.test(tokens[i - 2] ?? "") || /^s/.test(tokens[i + 2] ?? ""));
    const hour = twelve ? p.hour % 12 || 12 : p.hour;
    if (minute) out += t === "mm" ? pad(p.minute) : String(p.minute);
    else if (t === "yyyy") out += String(p.year);
    else if (t === "yy") out += pad(p.year % 100);
    else if (t === "mmm") out += MONTHS[p.month - 1];
    else if (t === "mm") out += pad(p.month);
    else if (t === "m") out += String(p.month);
    else if (t === "dd") out += pad(p.day);
    else if (t === "d") out += String(p.day);
    else if (t === "hh") out += pad(hour);
    else if (t === "h") out += String(hour);
    else if (t === "ss") out += pad(p.second);
    else if (t === "s") out += String(p.second);
    else if (t === "AM/PM") out += p.hour < 12 ? "AM" : "PM";
    else out += t;
  });
  return out;
}

/** What `text` reads for a cell: its value under its number format. */
export function cellText(value: Scalar, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value; // text shows as itself under every format the host models
  if (format === "General" || format === "@") return general(value);
  const shown = numeric(value, format) ?? dateText(value, format);
  if (shown === undefined) throw notImplemented(`the text of a number under the format "${format}"`);
  return shown;
}
