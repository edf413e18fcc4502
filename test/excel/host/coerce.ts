/**
 * What Excel makes of a string written through `range.values` (or `range.formulas`), modelled on an en-US
 * Excel: the reference says `values` is not locale-aware ("Locale-shaped strings (such as the date
 * "19-8-2025" in nl-NL or fr-FR, format DD-MM-YYYY) are stored as text instead of as dates", excel.range.yml,
 * `values`), so ISO and en-US (m/d/yyyy) dates become serials everywhere and dd.mm.yyyy stays text.
 * Where the documentation is silent and the answer would differ by locale (a decimal comma "1,5", a space as
 * thousands separator "1 000", ИСТИНА), the host refuses loudly: a test must not pass on a guess.
 * See test/excel/README.md for each rule and its source.
 */
import { HostError, invalidArgument, notImplemented } from "./errors";
import { readFormula } from "./formulaSyntax";
import type { CellState, WorkbookState } from "./model";
import { dateSerial } from "./serial";

/** What a cell holds after the write. `numberFormat` is set only where Excel changes a General cell's format. */
export interface Typed {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
}

/** Text Excel keeps as text when it is written. */
const text = (v: string): Typed => ({ value: v });

const EN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const LOCALE_NUMBER = /^[+-]?\d[\d\u00a0 ]*(?:[.,]\d+)?%?$|^[+-]?\d+,\d+%?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(AM|PM))?$/i;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const US_DATE = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/;
const SHORT_DATE = /^\d{1,2}[-/]\d{1,2}(?:[-/]\d{2})?$/;
/** A month's English name among digits and date separators: "15 Mar 2019", "March 15, 2019". */
const MONTH_DATE =
  /^(?=.*\d)(?=.*\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[\d\s,./-]*[a-z]+[\d\s,./-]*$/i;
/** An amount with a currency sign: "$120" is modelled (en-US), "€5" and "5 ₽" are not. */
const CURRENCY = /^[-+(]?\s*[$€£¥₽]\s*[\d.,\s]*\d[\d.,\s]*\)?$|^[-+(]?[\d.,\s]*\d[\d.,\s]*[$€£¥₽]\)?$/;

/** A number as an en-US Excel reads it: "1234", "-1,234.5", "1e3", "(12)"; undefined when it is none. */
function readNumber(t: string): { value: number; grouped: boolean } | undefined {
  const negative = /^\((.+)\)$/.exec(t);
  const body = negative ? negative[1] : t;
  if (!/\d/.test(body) || !EN_NUMBER.test(body)) return undefined;
  const value = Number(body.replace(/,/g, ""));
  if (!Number.isFinite(value)) return undefined;
  return { value: negative ? -value : value, grouped: GROUPED.test(body) };
}

/** "10:30", "10:30:15", "2:05 PM" as a fraction of a day; undefined when it is no time of day. */
function readTime(t: string): { value: number; format: string } | undefined {
  const m = TIME.exec(t);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  const ampm = m[4]?.toUpperCase();
  if (ampm && (hour < 1 || hour > 12)) return undefined;
  if (ampm) hour = (hour % 12) + (ampm === "PM" ? 12 : 0);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const format = ampm ? (m[3] ? "h:mm:ss AM/PM" : "h:mm AM/PM") : m[3] ? "h:mm:ss" : "h:mm";
  return { value: (hour * 3600 + minute * 60 + second) / 86_400, format };
}

/** "2019-03-15", "3/15/2019", either with a time; undefined when it is no date an en-US Excel reads. */
function readDate(t: string): { value: number; format: string } | undefined {
  const [datePart, ...timeParts] = t.split(/\s+/);
  const iso = ISO_DATE.exec(datePart);
  const us = US_DATE.exec(datePart);
  const ymd = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : us
      ? [Number(us[3]), Number(us[1]), Number(us[2])]
      : undefined;
  if (!ymd) return undefined;
  const serial = dateSerial(ymd[0], ymd[1], ymd[2]);
  if (serial === undefined) return undefined;
  if (timeParts.length === 0) return { value: serial, format: "m/d/yyyy" };
  const time = readTime(timeParts.join(" "));
  return time ? { value: serial + time.value, format: "m/d/yyyy h:mm" } : undefined;
}

/** Refused where Excel's answer depends on what the host does not model (locale, today's date). */
const unmodelled = (v: string, why: string): HostError =>
  notImplemented(`what Excel makes of "${v}" written to a cell not formatted as text (${why}); format it "@" first`);

/**
 * What a string becomes in a cell whose number format is `format`. Order follows Excel's typing: a leading
 * apostrophe forces text; "=" starts a formula; a number, percentage, dollar amount, date, time or
 * TRUE/FALSE becomes one;
 * "+", "-" or "@" that does not start a number starts a formula; anything else is text.
 * @throws HostError InvalidArgument for a formula Excel refuses; NotImplemented for what is not modelled.
 */
export function typeString(v: string, format: string, definedNames: (name: string) => boolean): Typed {
  if (v.length > 32767) throw new HostError("InvalidArgument", "Text longer than 32,767 characters.");
  if (format === "@") return text(v);
  if (v.startsWith("'")) return text(v.slice(1));
  const t = v.trim();
  if (t === "") return text(v);
  if (t.startsWith("=")) return formula(v, t.slice(1), definedNames);
  const number = readNumber(t);
  if (number)
    return { value: number.value, ...(number.grouped && format === "General" ? { numberFormat: "#,##0" } : {}) };
  const percent = /^(.*)%$/.exec(t);
  if (percent) {
    const n = readNumber(percent[1].trim());
    if (n) {
      const decimals = percent[1].includes(".") ? "0.00%" : "0%";
      return { value: n.value / 100, ...(format === "General" ? { numberFormat: decimals } : {}) };
    }
  }
  const dollars = /^(-?)\$\s*(\d.*)$/.exec(t);
  if (dollars) {
    const n = readNumber(dollars[2]);
    if (n && n.value >= 0) {
      const fmt = dollars[2].includes(".") ? "$#,##0.00" : "$#,##0";
      return { value: dollars[1] ? -n.value : n.value, ...(format === "General" ? { numberFormat: fmt } : {}) };
    }
  }
  if (/^(TRUE|FALSE)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
  const date = readDate(t) ?? readTime(t);
  if (date) return { value: date.value, ...(format === "General" ? { numberFormat: date.format } : {}) };
  if (/^[+\-@]/.test(t)) return formula(v, t.startsWith("@") ? t.slice(1) : t, definedNames);
  if (LOCALE_NUMBER.test(t)) throw unmodelled(v, "a number in some locales: ru-RU reads 1,5 and 1 000 as numbers");
  if (/^(ИСТИНА|ЛОЖЬ|ЧЫНДЫК|ЖАЛГАН)$/i.test(t)) throw unmodelled(v, "TRUE or FALSE in a localized Excel");
  if (SHORT_DATE.test(t)) throw unmodelled(v, "a date whose year or century depends on today");
  if (MONTH_DATE.test(t)) throw unmodelled(v, "a date with a month name");
  if (CURRENCY.test(t)) throw unmodelled(v, "an amount of money");
  return text(v);
}

/** A formula Excel accepts is stored; its value reads "#NAME?" where it names what is not defined. */
function formula(v: string, body: string, definedNames: (name: string) => boolean): Typed {
  const reading = readFormula(body);
  if (!reading.ok)
    throw new HostError(
      "InvalidArgument",
      `Excel reads "${v}" as the formula "=${body}" and refuses it (There's a problem with this formula).`,
    );
  const undefinedName = reading.names.some((n) => !definedNames(n));
  // The host does not calculate: a formula's value reads "" unless it is an error whatever the cells hold.
  return { value: undefinedName ? "#NAME?" : "", formula: `=${body}` };
}

/**
 * What Excel makes of a value written through `values` or `formulas`: numbers and booleans as they are (in a
 * cell formatted "@", their text: the documentation is silent, the host takes the stricter reading, as typing
 * does), a string as typing it would make it (typeString, above), "" clearing the cell.
 */
export function writeTyped(wb: WorkbookState, cell: CellState, v: unknown, formulas: boolean): void {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalidArgument(`${v} is not a number Excel can store`);
    delete cell.formula;
    cell.value = cell.numberFormat === "@" ? String(v) : v;
  } else if (typeof v === "boolean") {
    delete cell.formula;
    cell.value = cell.numberFormat === "@" ? (v ? "TRUE" : "FALSE") : v;
  } else if (typeof v === "string") {
    const typed = typeString(v, cell.numberFormat, (name) => wb.names.some((n) => n.name.toUpperCase() === name));
    cell.value = typed.value;
    if (typed.formula === undefined) delete cell.formula;
    else cell.formula = typed.formula;
    if (typed.numberFormat) cell.numberFormat = typed.numberFormat;
  } else
    throw invalidArgument(`${formulas ? "formula" : "value"} ${JSON.stringify(v)} is not a number, text or boolean`);
}
