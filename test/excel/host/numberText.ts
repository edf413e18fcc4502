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

/** "0", "0.00", "#,##0", "#,##0.##", "0%", "$#,##0" ...: grouping, fixed or optional decimals, % or $. */
const NUMERIC = /^(\$?)(#,##0|0)(?:\.(0+|#+))?(%?)$/;

function numeric(n: number, format: string): string | undefined {
  const m = NUMERIC.exec(format);
  if (!m) return undefined;
  const [, dollar, int, decimals = "", percent] = m;
  const v = percent ? n * 100 : n;
  const optional = decimals.startsWith("#");
  let shown = fixed(v, decimals.length);
  // "#,##0.##" keeps the decimal point even when no decimal follows: Excel shows 1234 as "1,234.".
  if (optional) shown = shown.replace(/0+$/, "");
  const [whole, frac] = shown.split(".");
  const body = (int === "#,##0" ? group(whole) : whole) + (frac !== undefined ? `.${frac}` : "");
  const negative = v < 0 && /[1-9]/.test(body);
  return `${negative ? "-" : ""}${dollar}${body}${percent}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DATE_TOKEN = /yyyy|yy|mmm|mm|m|dd|d|hh|h|ss|s|AM\/PM|[./\-: ,]/gy;

function dateText(n: number, format: string): string | undefined {
  if (!/^(?:[ymdhs]|AM\/PM|[./\-: ,])+$/.test(format) || !/[ymdh]/.test(format)) return undefined;
  const tokens: string[] = format.match(DATE_TOKEN) ?? [];
  // "m" after an hour or before seconds is minutes, as Excel reads it.
  const kinds = tokens.map((t, i) =>
    /^m{1,2}$/.test(t) && (/^h/.test(tokens[i - 2] ?? "") || /^s/.test(tokens[i + 2] ?? "")) ? "MINUTE" : t,
  );
  if (n < 0 || (n < 1 && kinds.some((k) => /^[ymd]/.test(k))))
    throw notImplemented(`the date text of the serial ${n} (before 1 January 1900)`);
  const p = serialParts(n);
  const twelve = tokens.includes("AM/PM");
  const hour = twelve ? p.hour % 12 || 12 : p.hour;
  const pad = (x: number) => String(x).padStart(2, "0");
  const parts: Record<string, string> = {
    yyyy: String(p.year),
    yy: pad(p.year % 100),
    mmm: MONTHS[p.month - 1],
    mm: pad(p.month),
    m: String(p.month),
    dd: pad(p.day),
    d: String(p.day),
    hh: pad(hour),
    h: String(hour),
    ss: pad(p.second),
    s: String(p.second),
    "AM/PM": p.hour < 12 ? "AM" : "PM",
  };
  return kinds
    .map((k, i) => (k === "MINUTE" ? (tokens[i] === "mm" ? pad(p.minute) : String(p.minute)) : (parts[k] ?? k)))
    .join("");
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
