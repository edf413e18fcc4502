/**
 * A typed date cell (`t="d"`) holds an ISO 8601 date-time as text. Excel shows the date and time it states,
 * with no time zone: it is read here field by field, never through `Date.parse` (which reads "2019-07-01T00:00"
 * in the machine's zone, a day early in Bishkek, and takes "59" for the year 1959).
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z)?)?$/;
const EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * The Excel serial (1900 date system) of an ISO date-time, or null for text that is not one, a date that does
 * not exist (2019-02-30), an offset other than Z, or a date before 1900 (Excel cannot show one).
 * @example serialFromIsoDateTime("2019-07-01T12:00:00") // 43647.5
 */
export function serialFromIsoDateTime(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [y, mo, d, h = "0", mi = "0", s = "0"] = m.slice(1, 7);
  const year = Number(y);
  const ms = Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const at = new Date(ms);
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== Number(mo) - 1 || at.getUTCDate() !== Number(d)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59 || year < 1900) return null;
  const serial = (ms - EPOCH) / DAY_MS + Number(m[7] ?? 0) / 86_400;
  // Excel counts the 29 February 1900 that never was: the days before 1 March 1900 have serials one lower.
  return serial < 61 ? serial - 1 : serial;
}
