/**
 * Text Excel would not keep as text when written through `range.values` into a cell not formatted "@": a
 * formula or sign ("=1+2", "@SUM(A1)", "+5", "-3"), a number ("1.1", "1,5", "1 000"), TRUE/FALSE, a date
 * or time ("15.03.2019", "2019-03-15", "1:30"), a percentage or fraction. Such text gets the "@" format first.
 */
const FORMULA_OR_SIGN = /^[=+\-@]/;
const NUMBER_LIKE = /^[\s\d.,'’\u00a0]*\d[\s\d.,'’\u00a0]*([eE][+-]?\d+)?\s*%?$/;
const BOOLEAN = /^(true|false|истина|ложь)$/i;
const DATE_OR_TIME = /^\d{1,4}\s*[./\-:]\s*\d{1,2}(\s*[./\-:]\s*\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;
const CURRENCY = /^[$€£¥₽]\s*\d/;

export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  return FORMULA_OR_SIGN.test(t) || NUMBER_LIKE.test(t) || BOOLEAN.test(t) || DATE_OR_TIME.test(t) || CURRENCY.test(t);
}
