/** Numbers, money and file sizes in a language's conventions (Intl.NumberFormat: "1 200,5" in ky and ru). */
import type { Language } from "../generated/types";
import { formatNumberIn } from "./icu";

const SOM: Record<Language, string> = { ky: "сом", ru: "сом", en: "som" };
const UNITS: Record<Language, readonly string[]> = {
  ky: ["байт", "КБ", "МБ", "ГБ"],
  ru: ["байт", "КБ", "МБ", "ГБ"],
  en: ["bytes", "KB", "MB", "GB"],
};

/** A number with grouping and the language's decimal mark: "1 200,5" (ky, ru), "1,200.5" (en). */
export function formatNumber(n: number, lang: Language): string {
  return formatNumberIn(lang, n);
}

/** An amount of money in som: "1 200,5 сом", "1,200.5 som". */
export function formatMoney(n: number, lang: Language): string {
  return `${formatNumberIn(lang, n)} ${SOM[lang]}`;
}

/** A file size for people: "12,3 МБ", "12.3 MB", "40 КБ". */
export function formatSize(bytes: number, lang: Language): string {
  let unit = 0;
  let n = bytes;
  while (n >= 1024 && unit < UNITS[lang].length - 1) {
    n /= 1024;
    unit++;
  }
  return `${formatNumberIn(lang, n, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${UNITS[lang][unit]}`;
}

const LEGACY_SIZE = /^(>\s*)?(\d+(?:[.,]\d+)?)\s*(B|bytes?|KB|MB|GB)$/i;
const FACTOR: Record<string, number> = { b: 1, byte: 1, bytes: 1, kb: 1024, mb: 1048576, gb: 1073741824 };

/**
 * A size param in bytes (a number), or a size already written for people ("12.3 MB", "> 4 GB", as older
 * callers pass it), in the language's words; undefined when the text is no size.
 */
export function sizeWords(value: string | number, lang: Language): string | undefined {
  if (typeof value === "number") return formatSize(value, lang);
  const m = LEGACY_SIZE.exec(value.trim());
  if (!m) return undefined;
  const words = formatSize(Number(m[2].replace(",", ".")) * FACTOR[m[3].toLowerCase()], lang);
  if (!m[1]) return words;
  return lang === "ky" ? `${words}дан ашык` : lang === "ru" ? `более ${words}` : `over ${words}`;
}
