/** The interface languages, once: Kyrgyz first (the adopted act's language and the default), then Russian, English. */
import type { Language } from "../generated/types";

export const LANGUAGES: readonly Language[] = ["ky", "ru", "en"];

/** True for a language Tendik speaks. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
