/**
 * Counted nouns for summaries (command line, task panes, master): the number agrees with its noun by the
 * language's CLDR plural rules — "1 мероприятие", "3 мероприятия", "12 мероприятий", "21 мероприятие".
 */
import type { Language } from "../generated/types";
import { formatText } from "./format";

export type CountKey =
  | "measures"
  | "values"
  | "errors"
  | "issues"
  | "moreErrors"
  | "warnings"
  | "files"
  | "accepted"
  | "replaced"
  | "unchanged"
  | "rejected";

/** Russian: one / few / many (other is for fractions); Kyrgyz: a noun after a numeral stays singular. */
export const countMessages: Record<Language, Record<CountKey, string>> = {
  ky: {
    measures: "{n, plural, one {# чара} other {# чара}}",
    values: "{n, plural, one {# маани} other {# маани}}",
    errors: "{n, plural, one {# ката} other {# ката}}",
    issues: "{n, plural, one {# маселе} other {# маселе}}",
    moreErrors: "{n, plural, one {…жана дагы # ката} other {…жана дагы # ката}}",
    warnings: "{n, plural, one {# эскертүү} other {# эскертүү}}",
    files: "{n, plural, one {# файл} other {# файл}}",
    accepted: "{n, plural, one {# кабыл алынды} other {# кабыл алынды}}",
    replaced: "{n, plural, one {# алмаштырылды} other {# алмаштырылды}}",
    unchanged: "{n, plural, one {# өзгөргөн жок} other {# өзгөргөн жок}}",
    rejected: "{n, plural, one {# четке кагылды} other {# четке кагылды}}",
  },
  ru: {
    measures: "{n, plural, one {# мероприятие} few {# мероприятия} many {# мероприятий} other {# мероприятия}}",
    values: "{n, plural, one {# значение} few {# значения} many {# значений} other {# значения}}",
    errors: "{n, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}",
    issues: "{n, plural, one {# проблема} few {# проблемы} many {# проблем} other {# проблемы}}",
    moreErrors:
      "{n, plural, one {…и еще # ошибка} few {…и еще # ошибки} many {…и еще # ошибок} other {…и еще # ошибки}}",
    warnings:
      "{n, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}",
    files: "{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}",
    accepted: "{n, plural, one {# принят} few {# принято} many {# принято} other {# принято}}",
    replaced: "{n, plural, one {# заменен} few {# заменено} many {# заменено} other {# заменено}}",
    unchanged: "{n, plural, one {# без изменений} other {# без изменений}}",
    rejected: "{n, plural, one {# отклонен} few {# отклонено} many {# отклонено} other {# отклонено}}",
  },
  en: {
    measures: "{n, plural, one {# measure} other {# measures}}",
    values: "{n, plural, one {# value} other {# values}}",
    errors: "{n, plural, one {# error} other {# errors}}",
    issues: "{n, plural, one {# issue} other {# issues}}",
    moreErrors: "{n, plural, one {…and # more error} other {…and # more errors}}",
    warnings: "{n, plural, one {# warning} other {# warnings}}",
    files: "{n, plural, one {# file} other {# files}}",
    accepted: "{n, plural, one {# accepted} other {# accepted}}",
    replaced: "{n, plural, one {# replaced} other {# replaced}}",
    unchanged: "{n, plural, one {# unchanged} other {# unchanged}}",
    rejected: "{n, plural, one {# rejected} other {# rejected}}",
  },
};

/**
 * A number with its noun in agreement.
 * @example countWords("warnings", 1, "ru") // "1 предупреждение"
 */
export function countWords(key: CountKey, n: number, lang: Language): string {
  return formatText(countMessages[lang][key], { n }, lang);
}
