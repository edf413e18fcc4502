// The language option, in a module of its own: main.ts needs it before any command runs, without loading the
// schema library (the plan and its validators) that the rest of resolve.ts stands on.
import type { Language } from "../schema";
import { LANGUAGES } from "../schema/i18n/languages";
import { usageError } from "./errors";

/**
 * The language of the system's locale, as POSIX ranks it (LC_ALL, then LC_MESSAGES, then LANG): "ky_KG.UTF-8"
 * is Kyrgyz, "ru_RU" Russian, "en_GB" English; any other (C, POSIX, de_DE) or none: Kyrgyz, the plan's language.
 * @example languageFromEnv({ LANG: "ru_RU.UTF-8" }) // "ru"
 */
export function languageFromEnv(env: Record<string, string | undefined> = process.env): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  const code = locale?.split(/[_.@-]/)[0].toLowerCase();
  return LANGUAGES.find((l) => l === code) ?? "ky";
}

/**
 * The language of --lang, else of the system's locale. @throws {UsageError} for a language Tendik does not speak.
 */
export function resolveLanguage(typed: string | undefined, allowed: readonly Language[] = LANGUAGES): Language {
  if (typed === undefined) return languageFromEnv();
  const lang = typed as Language;
  if (!allowed.includes(lang)) throw usageError("unknownLanguage", { typed });
  return lang;
}

/** The language a command line asks for (--lang X or --lang=X, when it is one Tendik speaks), else the locale's. */
export function languageOfArgs(argv: string[]): Language {
  const at = argv.indexOf("--lang");
  const typed = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return LANGUAGES.find((l) => l === typed) ?? languageFromEnv();
}
