/**
 * The plan's own texts in the reader's language, for every writer (template, master, report, status, panes):
 * one place decides which text a reader sees, so no writer shows Kyrgyz in a Russian output by reaching for
 * `.ky`. A text missing in a language falls back to Kyrgyz, the act's language, which every plan has.
 */
import { findBody } from "./bodies";
import type { Body, Deadline, Language, LocalizedString, Plan, ResponsibleBody } from "./generated/types";
import { deadlineFromParam, deadlineWords } from "./i18n/periods";

/**
 * A plan text in the language asked for, else in Kyrgyz; "" for a text the plan leaves empty.
 * @example planText({ ky: "Жыл сайын", ru: "Ежегодно" }, "ru") // "Ежегодно"
 */
export function planText(text: LocalizedString | null | undefined, lang: Language): string {
  return text ? (text[lang] ?? text.ky) : "";
}

/** True when the text shown in `lang` is our working translation, not the official text. */
export function isTranslation(text: LocalizedString | null | undefined, lang: Language): boolean {
  return !!text && text[lang] !== undefined && (text.translated ?? []).includes(lang);
}

const sameDeadline = (a: Pick<Deadline, "periods" | "recurrence">, b: Pick<Deadline, "periods" | "recurrence">) =>
  a.recurrence === b.recurrence && JSON.stringify(a.periods) === JSON.stringify(b.periods);

/**
 * A measure's deadline for a cell: in Kyrgyz as the act prints it wherever the print reads as its periods, and
 * from the periods where it has a typo ("201-2020-жылдар" reads 2018–2020); in Russian and English from the
 * periods always ("2018–2020 годы", "2018–2020").
 * @example deadlineText(measure.deadline, "ru") // "2-е полугодие 2019 года"
 */
export function deadlineText(deadline: Deadline, lang: Language): string {
  if (lang === "ky") {
    const printed = deadlineFromParam(deadline.text);
    if (printed && sameDeadline(printed, deadline)) return deadline.text;
  }
  const words = deadlineWords(deadline, lang);
  if (!words) return deadline.text;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * How a body is named in a list (the executor cell, the master, a report): in Kyrgyz as the plan prints it
 * (`printed`, else the code), in Russian and English by the short name a reader of that language uses (МТСР,
 * MLSD), else as printed. Given short names, Kyrgyz abbreviations appear in Kyrgyz output only.
 */
export function bodyShortName(plan: Plan, code: string, lang: Language, printed?: string): string {
  if (lang === "ky") return printed ?? code;
  const body = findBody(plan.bodies, code);
  if (!body) return printed ?? code;
  // A plan that gives no short names keeps its codes: a full name would not fit a list.
  return body.shortName?.[lang] ?? printed ?? code;
}

/** A body's full name in the language, else in Kyrgyz, else its code. */
export function bodyName(plan: Plan, code: string, lang: Language): string {
  const body = findBody(plan.bodies, code);
  return body ? planText(body.name, lang) : code;
}

/** A responsible body of a measure, named for a list in the language. */
export function responsibleName(plan: Plan, r: ResponsibleBody, lang: Language): string {
  return bodyShortName(plan, r.code, lang, r.printed);
}

/** Every name a body answers to: code, printed variants, Latin alias, and its short and full names in every language. */
export function bodyNames(body: Body): string[] {
  const texts = [body.shortName, body.name].flatMap((t) => (t ? [t.ky, t.ru, t.en] : []));
  return [
    ...new Set([body.code, ...body.variants, body.latin, ...texts].filter((s): s is string => typeof s === "string")),
  ];
}

const walkCache = new WeakMap<Plan, Set<Language>>();

/** The languages in which the plan holds at least one working translation. */
function translatedLanguages(plan: Plan): Set<Language> {
  let langs = walkCache.get(plan);
  if (!langs) {
    const found = new Set<Language>();
    const walk = (v: unknown): void => {
      if (!v || typeof v !== "object") return;
      if (Array.isArray(v)) return v.forEach(walk);
      const t = (v as { translated?: unknown }).translated;
      if (Array.isArray(t) && typeof (v as { ky?: unknown }).ky === "string")
        for (const l of t as Language[]) found.add(l);
      Object.values(v).forEach(walk);
    };
    walk(plan);
    langs = found;
    walkCache.set(plan, langs);
  }
  return langs;
}

// Read by clerks in their templates and by the coordinator in the master: no command names, only who can act.
const NOTICE: Record<Language, string> = {
  ky: "Пландын кыргызча тексттеринин айрымдары – жумушчу котормо, расмий текст эмес. Расмий текстти координатор план файлы менен жүктөй алат.",
  ru: "Тексты плана на русском языке – рабочий перевод, а не официальный текст. Официальный текст координатор может загрузить файлом плана.",
  en: "The plan's English texts are a working translation, not an official text. The coordinator can load the official text as a plan file.",
};

/**
 * The one quiet line an output shows where it shows translated plan text: that the text is a working translation
 * and who can load the official one. null when every plan text in that language is official.
 */
export function translationNotice(plan: Plan, lang: Language): string | null {
  return translatedLanguages(plan).has(lang) ? NOTICE[lang] : null;
}
