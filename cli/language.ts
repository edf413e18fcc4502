// The language option, in a module of its own: main.ts needs it before any command runs, without loading the
// schema library (the plan and its validators) that the rest of resolve.ts stands on.
import type { Language } from "../schema";
import { UsageError } from "./errors";

/** The language of --lang (Kyrgyz when none is given). @throws {UsageError} for a language Tendik does not speak. */
export function resolveLanguage(typed: string | undefined, allowed: Language[] = ["ky", "ru", "en"]): Language {
  const lang = (typed ?? "ky") as Language;
  if (!allowed.includes(lang)) throw new UsageError(`language "${typed}" is not supported; use ${allowed.join(", ")}`);
  return lang;
}
