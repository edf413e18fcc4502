/**
 * Why a file is not a workbook, in words: a caller may pass a reason key (or the English sentence older
 * readers produce); a ky or ru message never shows an English fragment, an unknown reason reads as "damaged".
 */
import type { Language } from "../generated/types";

export type FileReason = "empty" | "not-zip" | "truncated" | "damaged";

const WORDS: Record<FileReason, Record<Language, string>> = {
  empty: { ky: "файл бош", ru: "файл пустой", en: "the file is empty" },
  "not-zip": {
    ky: "файл Excel китебинин форматында эмес",
    ru: "файл не в формате книги Excel",
    en: "not a zip archive",
  },
  truncated: {
    ky: "файл толук эмес: анын аягы жок",
    ru: "файл неполный: отсутствует его окончание",
    en: "the file is truncated",
  },
  damaged: { ky: "файл бузулган", ru: "файл поврежден", en: "the file is damaged" },
};

/** The reason key of a reason text: a key itself, or a known English sentence. */
export function fileReasonKey(reason: string): FileReason {
  const t = reason.trim().toLowerCase();
  if (t in WORDS) return t as FileReason;
  if (t === "" || t.startsWith("empty")) return "empty";
  if (t.includes("not a zip")) return "not-zip";
  if (t.startsWith("truncated") || t.includes("end of") || t.includes("end-of")) return "truncated";
  return "damaged";
}

/** A file reason in words; English keeps a sentence it does not know, as it is already English. */
export function fileReasonWords(reason: string, lang: Language): string {
  const key = fileReasonKey(reason);
  if (lang === "en" && key === "damaged" && reason.trim() && !(reason.trim() in WORDS)) return reason.trim();
  return WORDS[key][lang];
}
