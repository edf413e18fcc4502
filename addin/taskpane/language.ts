/**
 * Which language the pane opens in: the one the user chose before (remembered in localStorage), else the
 * Office display language when it is Kyrgyz or Russian, else English.
 */
import type { Language } from "../../schema";
import { LANGUAGES } from "./texts";

const STORAGE_KEY = "tendik.language";

/** The language for an Office display language such as "ru-RU", "ky-KG" or "en-US". */
export function languageOf(displayLanguage: string | undefined): Language {
  const primary = (displayLanguage ?? "").toLowerCase().split(/[-_]/)[0];
  return primary === "ky" || primary === "ru" ? primary : "en";
}

/** The remembered choice, if any; storage may be unavailable (a locked-down browser, a file:// page). */
export function rememberedLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return LANGUAGES.find((l) => l === stored) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the user's choice for the next time the pane opens. */
export function rememberLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered: the pane still works, and opens in the Office language next time.
  }
}

/** The language to open in. */
export function initialLanguage(displayLanguage: string | undefined): Language {
  return rememberedLanguage() ?? languageOf(displayLanguage);
}
