/**
 * Excel's date serials (the 1900 date system): 1 is 1 January 1900, and Excel counts a 29 February 1900 that
 * never was (serial 60), so serials from 61 on are days since 30 December 1899.
 */
const DAY_MS = 86_400_000;
const BEFORE_MARCH_1900 = Date.UTC(1899, 11, 31);
const FROM_MARCH_1900 = Date.UTC(1899, 11, 30);

/** The serial of a calendar date (month 1–12), or undefined when the date does not exist or is before 1900. */
export function dateSerial(year: number, month: number, day: number): number | undefined {
  if (year === 1900 && month === 2 && day === 29) return 60;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  if (year < 1900 || year > 9999) return undefined;
  return ms < Date.UTC(1900, 2, 1) ? (ms - BEFORE_MARCH_1900) / DAY_MS : (ms - FROM_MARCH_1900) / DAY_MS;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday, as Excel's "ddd" counts. */
  weekday: number;
}

/** The calendar date and time of a serial of 1 or more (the fraction is the time of day, to the second). */
export function serialParts(serial: number): DateParts {
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) {
    days++;
    seconds = 0;
  }
  const time = { hour: Math.floor(seconds / 3600), minute: Math.floor(seconds / 60) % 60, second: seconds % 60 };
  // Excel's 29 February 1900 is a Wednesday, as it counts weekdays from its own day 1 (a Sunday).
  if (days === 60) return { year: 1900, month: 2, day: 29, weekday: 3, ...time };
  const d = new Date((days < 60 ? BEFORE_MARCH_1900 : FROM_MARCH_1900) + days * DAY_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: (days + 6) % 7,
    ...time,
  };
}
