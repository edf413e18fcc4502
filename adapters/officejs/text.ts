/**
 * Text Excel would not keep as text when written through `range.values` into a cell not formatted "@": a
 * formula or sign ("=1+2", "@SUM(A1)", "+5", "-3"), a leading apostrophe (Excel drops it as a quote prefix),
 * a number ("1.1", "1,5", "1 000", "(12)"), TRUE/FALSE, a date or time ("15.03.2019", "2019-03-15", "1:30",
 * "2:05 PM", "15 Mar 2019"), a percentage, fraction or amount of money. Such text gets the "@" format first.
 * test/adapters/officejsText.test.ts holds this rule against the stand-in Excel's typing.
 */
const FORMULA_OR_SIGN = /^[=+\-@']/;
const NUMBER_LIKE = /^\(?[\s\d.,'’\u00a0]*\d[\s\d.,'’\u00a0]*([eE][+-]?\d+)?\s*%?\)?$/;
/** Accounting's negative "(12)", whatever it holds: "(+0)", "(1.5)%". */
const PARENTHESIZED = /^\(.*\d.*\)\s*%?$/;
const BOOLEAN = /^(true|false|истина|ложь)$/i;
const DATE_OR_TIME = /^\d{1,4}\s*[./\-:]\s*\d{1,2}(\s*[./\-:]\s*\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s*[ap]m)?$/i;
const CURRENCY = /^[-+(]?\s*[$€£¥₽]\s*[\d.,\s]*\d|^[-+(]?[\d.,\s]*\d[\d.,\s]*[$€£¥₽]\)?$/;
/** An English month name among digits and date separators: "15 Mar 2019", "March 15, 2019", "Mar-19". */
const MONTH_DATE =
  /^(?=.*\d)(?=.*\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[\d\s,./-]*[a-z]+[\d\s,./-]*$/i;

export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  return (
    text.startsWith("'") ||
    FORMULA_OR_SIGN.test(t) ||
    NUMBER_LIKE.test(t) ||
    PARENTHESIZED.test(t) ||
    BOOLEAN.test(t) ||
    DATE_OR_TIME.test(t) ||
    CURRENCY.test(t) ||
    MONTH_DATE.test(t)
  );
}
