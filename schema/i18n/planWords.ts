/**
 * The words of a plan's structure, for the messages about a plan document or authoring workbook: the levels
 * ("goal", "measure") and the kinds of ids ("body", "Latin alias") an issue names by key.
 */
import type { Language } from "../generated/types";

const LEVELS: Record<string, Record<Language, string>> = {
  chapter: { ky: "глава", ru: "глава", en: "chapter" },
  goal: { ky: "максат", ru: "цель", en: "goal" },
  task: { ky: "милдет", ru: "задача", en: "task" },
  measure: { ky: "чара", ru: "мероприятие", en: "measure" },
  indicator: { ky: "индикатор", ru: "индикатор", en: "indicator" },
  body: { ky: "орган", ru: "ведомство", en: "body" },
  "Latin alias": { ky: "латынча код", ru: "латинский код", en: "Latin alias" },
};

/**
 * A level or id kind of the plan in words; `capital` starts it with a capital letter, as at the head of a name.
 * @example planLevelWords("measure", "ru", true) // "Мероприятие"
 */
export function planLevelWords(key: string, lang: Language, capital = false): string | undefined {
  const w = Object.hasOwn(LEVELS, key) ? LEVELS[key][lang] : undefined;
  return w && capital ? w[0].toUpperCase() + w.slice(1) : w;
}
