/**
 * The one formatting entry for every text a person reads: ICU plural and select by the language's CLDR rules,
 * and typed arguments for the project's own data: `{n, number}`, `{sum, money}`, `{bytes, size}`,
 * `{period, period}` ("2019-H2" in words), `{field, field}` (a field's key as its name), `{allowed, choices}`, `{deadline, deadline}` (see `deadlineParam`), `{reason, reason}`.
 */
import type { Language } from "../generated/types";
import { formatMessage, type MessageValue, type TypedFormatter } from "./icu";
import { formatMoney, formatNumber, sizeWords } from "./numbers";
import { deadlineFromParam, deadlineWords, periodWords } from "./periods";
import { fileReasonWords } from "./reasons";
import { choiceWords, fieldName } from "./fields";
import { kyCaseSuffix, type KyCase } from "./kyrgyzCase";
import { planLevelWords } from "./planWords";
import { formatDate } from "./dates";
import { isLanguage } from "./languages";

const asLanguage = (lang: string): Language => (isLanguage(lang) ? lang : "en");
const asNumber = (v: MessageValue): number | undefined => {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^-?\d+(?:[.,]\d+)?$/.test(v.trim())) return Number(v.trim().replace(",", "."));
  return undefined;
};

const FORMATTERS: Record<string, TypedFormatter> = {
  number: (v, lang, style) => {
    const n = asNumber(v);
    if (n === undefined) return undefined;
    if (style === "integer") return formatNumber(Math.round(n), asLanguage(lang));
    if (style === "percent") return `${formatNumber(n, asLanguage(lang))} %`;
    return formatNumber(n, asLanguage(lang));
  },
  money: (v, lang) => {
    const n = asNumber(v);
    return n === undefined ? undefined : formatMoney(n, asLanguage(lang));
  },
  size: (v, lang) => (typeof v === "number" || typeof v === "string" ? sizeWords(v, asLanguage(lang)) : undefined),
  period: (v, lang) => (typeof v === "string" ? periodWords(v, asLanguage(lang)) : undefined),
  deadline: (v, lang) => {
    if (typeof v !== "string") return undefined;
    const d = deadlineFromParam(v);
    return d ? deadlineWords(d, asLanguage(lang)) : undefined;
  },
  reason: (v, lang) => fileReasonWords(String(v), asLanguage(lang)),
  // A number with the Kyrgyz case suffix it takes ("{max, case, ablative}": "1 000ден"); other languages, the number.
  case: (v, lang, style) => {
    const n = asNumber(v);
    if (n === undefined) return undefined;
    const written = formatNumber(n, asLanguage(lang));
    return lang === "ky" && style ? `${written}${kyCaseSuffix(n, style as KyCase)}` : written;
  },
  // A level of the plan or a kind of its ids ("measure"): "{what, planLevel}", "{kind, planLevel, capital}".
  planLevel: (v, lang, style) =>
    typeof v === "string" ? planLevelWords(v, asLanguage(lang), style === "capital") : undefined,
  // An ISO date as dd.mm.yyyy: "{date, date}".
  date: (v) => (typeof v === "string" ? formatDate(v) : undefined),
  // A field named by its key ("status", "preparedBy.date") in the reader's language.
  field: (v, lang) => (typeof v === "string" ? fieldName(v, asLanguage(lang)) : undefined),
  // A drop-down's list ("status", "source", "yesNo") as the labels it accepts.
  choices: (v, lang) => (typeof v === "string" ? choiceWords(v, asLanguage(lang)) : undefined),
};

/** Values a message takes: the issue params, or any record of plain values. */
export type TextValues = Record<string, MessageValue>;

/**
 * Formats an ICU message in a language with the project's typed arguments.
 * @example formatText("{n, plural, one {# мероприятие} few {# мероприятия} other {# мероприятий}}", { n: 12 }, "ru") // "12 мероприятий"
 * @example formatText("за {period, period}", { period: "2019-H2" }, "ru") // "за 2-е полугодие 2019 года"
 */
export function formatText(template: string, values: TextValues, lang: Language): string {
  return formatMessage(template, values, lang, { formatters: FORMATTERS });
}
