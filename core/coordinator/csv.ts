/** A CSV field's value. */
export type CsvValue = string | number | boolean | null;

export interface CsvOptions {
  /**
   * The CSV is meant to be opened in a spreadsheet (a mail merge): a text beginning with "=", "+", "-", "@", a
   * tab or a carriage return gets a leading "'" (OWASP's rule against CSV injection), so Excel shows it as
   * text instead of running it as a formula. "+996 555 …" becomes "'+996 555 …": Excel shows it as typed.
   * Open data is written without it: values are published as they are (see dataPackage.ts).
   */
  forSpreadsheet?: boolean;
}

/** What a spreadsheet program may take for the start of a formula (OWASP, CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV as RFC 4180 writes it: comma-separated, fields quoted when they hold a comma, quote or line break.
 * @example toCsv([["a", "=1+1"]], { forSpreadsheet: true }) // "a,'=1+1\r\n"
 */
export function toCsv(rows: CsvValue[][], opts: CsvOptions = {}): string {
  return rows.map((r) => r.map((v) => csvField(v, opts)).join(",")).join("\r\n") + "\r\n";
}

function csvField(v: CsvValue, opts: CsvOptions): string {
  if (v === null) return "";
  let s = String(v);
  if (opts.forSpreadsheet && typeof v === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
