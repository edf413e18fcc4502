/**
 * The glossary: one term per concept in each language, taken from the plan's own text where it has one
 * (Kyrgyz is the reference), with the words each term replaces. `docs/glossary.md` is generated from it and
 * from every label table and catalogue title, so a native editor reviews and corrects them in one place.
 */
import type { Language } from "../generated/types";
import { catalogue } from "../issues/catalogue";
import { LANGUAGES } from "./languages";

export interface GlossaryTerm {
  ky: string;
  ru: string;
  en: string;
  /** Words this term replaces: no text a person reads may use them (matched as word starts, any case). */
  avoid?: Partial<Record<Language, string[]>>;
  /** Where the term comes from, or what a native editor should confirm. */
  note?: string;
}

export const glossary: Record<string, GlossaryTerm> = {
  plan: {
    ky: "Иш-аракеттердин улуттук планы",
    ru: "Национальный план действий",
    en: "National Action Plan",
    note: "Full name in the template title: the plan's `title` (Resolution No. 537, Annex 6).",
  },
  chapter: {
    ky: "глава",
    ru: "глава",
    en: "chapter",
    avoid: { ky: ["бөлүм"], ru: ["раздел"] },
    note: "Plan: «1-глава».",
  },
  goal: { ky: "максат", ru: "цель", en: "goal", note: "Plan: «1.1-максат»." },
  task: { ky: "милдет", ru: "задача", en: "task", note: "Plan column «Милдеттер»." },
  measure: { ky: "чара", ru: "мероприятие", en: "measure", note: "Plan column «Чаралар/иш-аракеттер»." },
  indicator: { ky: "индикатор", ru: "индикатор", en: "indicator" },
  unit: {
    ky: "өлчөө бирдиги",
    ru: "единица измерения",
    en: "unit",
    note: "The column beside the value; it also holds «ооба / жок», «текст». Confirm: a better header for «what to type»?",
  },
  value: { ky: "маани", ru: "значение", en: "value", note: "Column header «Мааниси»." },
  deadline: {
    ky: "ишке ашыруу мөөнөтү",
    ru: "срок исполнения",
    en: "deadline",
    avoid: { ky: ["аткаруу мөөнөтү"] },
    note: "Plan column «Ишке ашыруу мөөнөтү».",
  },
  expected: { ky: "күтүлүүчү натыйжалар", ru: "ожидаемые результаты", en: "expected results" },
  responsible: {
    ky: "жооптуу аткаруучу",
    ru: "ответственный исполнитель",
    en: "responsible body",
    note: "Plan column «Жооптуу аткаруучулар».",
  },
  body: {
    ky: "орган",
    ru: "ведомство",
    en: "body",
    avoid: { ky: ["мекеме"], en: ["agency", "agencies"] },
    note: "Plan: «мамлекеттик органдар», «ведомстволор». Codes keep `agency`. Confirm: ky «орган» for courts, city halls and international organisations too.",
  },
  byAgreement: { ky: "макулдашуу боюнча", ru: "по согласованию", en: "by agreement" },
  fundingSource: {
    ky: "каржылоо булагы",
    ru: "источник финансирования",
    en: "source of funding",
    note: "Plan column «Каржылоо булактары».",
  },
  internationalFunds: {
    ky: "эл аралык уюмдардын каражаттары",
    ru: "средства международных организаций",
    en: "funds of international organisations",
    note: "Plan: «эл аралык уюмдардын каражаттары».",
  },
  moneySpent: {
    ky: "жумшалган каражат",
    ru: "израсходованные средства",
    en: "money spent",
    avoid: { ky: ["сарпта"], ru: ["потрачен"] },
    note: "The plan has neither word; «жумшалган» chosen. Template column: «Жумшалды, сом».",
  },
  evidence: {
    ky: "тастыктоочу документ",
    ru: "подтверждающий документ",
    en: "supporting document",
    avoid: { en: ["evidence"] },
  },
  status: {
    ky: "абалы",
    ru: "статус",
    en: "status",
    note: "Not in the plan. Confirm: ky «абалы» or «аткарылыш абалы».",
  },
  obstacles: { ky: "тоскоолдуктар", ru: "препятствия", en: "obstacles" },
  period: { ky: "отчеттук мезгил", ru: "отчетный период", en: "reporting period" },
  halfYear: {
    ky: "жарым жылдык",
    ru: "полугодие",
    en: "half-year",
    note: "Plan: «2019-жылдын 2-жарым жылдыгы»; ru «2-е полугодие 2019 года».",
  },
  coordinator: {
    ky: "отчеттуулук боюнча координатор (ЭСӨМ)",
    ru: "координатор отчетности (МТСР)",
    en: "the reporting coordinator (MLSD)",
    note: "No phone or e-mail is printed: the texts say the letter sending the template gives them. Confirm that letter exists.",
  },
  template: { ky: "шаблон", ru: "шаблон", en: "template" },
  workbook: { ky: "китеп", ru: "книга", en: "workbook" },
  master: { ky: "жыйынтык китеби", ru: "сводная книга", en: "master workbook", note: "Confirm: ky «жыйынтык китеби»." },
  sheet: { ky: "барак", ru: "лист", en: "sheet" },
  column: { ky: "мамыча", ru: "столбец", en: "column" },
  row: { ky: "сап", ru: "строка", en: "row" },
  cell: { ky: "уяча", ru: "ячейка", en: "cell" },
  error: { ky: "ката", ru: "ошибка", en: "error" },
  warning: { ky: "эскертүү", ru: "предупреждение", en: "warning" },
  total: { ky: "бардыгы", ru: "всего", en: "total" },
  women: { ky: "аялдар", ru: "женщины", en: "women" },
  men: { ky: "эркектер", ru: "мужчины", en: "men" },
};

/** A table of texts in the three languages, as nested objects of the same shape (labels, words). */
export type LabelTable = Record<Language, unknown>;

/** One text a person reads, with where it is defined. */
export interface GlossaryText {
  key: string;
  lang: Language;
  text: string;
}

const LANGS = LANGUAGES;

/** Every string of a label table, with its key path ("columns.unit"). */
function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (typeof value === "string") out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
}

/** The texts of label tables and of the catalogue, keyed `table.path`, in every language. */
export function collectTexts(tables: Record<string, LabelTable>): GlossaryText[] {
  const out: GlossaryText[] = [];
  for (const [name, table] of Object.entries(tables))
    for (const lang of LANGS) {
      const flat = new Map<string, string>();
      flatten(table[lang], name, flat);
      for (const [key, text] of flat) out.push({ key, lang, text });
    }
  for (const [code, def] of Object.entries(catalogue))
    for (const lang of LANGS)
      for (const part of ["title", "description", "message"] as const)
        out.push({ key: `issues.${code}.${part}`, lang, text: def[part][lang] });
  return out;
}

/** A message without its argument names (`{agency}`, `{n, plural,`): they are code, not words. */
const withoutArguments = (text: string) => text.replace(/\{\s*\w+\s*(?:,\s*\w+\s*)?[,}]/g, "{");

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Texts that use a word the glossary replaced: `[key, lang, avoided word]` for each. */
export function glossaryViolations(texts: GlossaryText[]): [string, Language, string][] {
  const out: [string, Language, string][] = [];
  for (const term of Object.values(glossary))
    for (const lang of LANGS)
      for (const word of term.avoid?.[lang] ?? []) {
        const re = new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}`, "iu");
        for (const t of texts) if (t.lang === lang && re.test(withoutArguments(t.text))) out.push([t.key, lang, word]);
      }
  return out;
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * The page docs/glossary.md: the terms, then every label of the given tables and every catalogue title
 * side by side in ky, ru and en. Generated: correct a text in its table, then regenerate.
 */
export function glossaryMarkdown(tables: Record<string, LabelTable>): string {
  const lines = [
    "# Glossary",
    "",
    "Generated from `schema/i18n/glossary.ts`, the label tables (`core/labels.ts`, `core/merge/labels.ts`,",
    "`schema/i18n/counts.ts`) and the catalogue titles; do not edit by hand: correct the text where the key",
    "says, then run `UPDATE_GLOSSARY=1 npx jest test/schema/words.glossary.test.ts`.",
    "Kyrgyz follows the plan's own text (Resolution No. 537, Annex 6).",
    "",
    "## Terms",
    "",
    "| key | ky | ru | en | replaces | note |",
    "|---|---|---|---|---|---|",
  ];
  for (const [key, t] of Object.entries(glossary)) {
    const avoid = LANGS.flatMap((l) => (t.avoid?.[l] ?? []).map((w) => `${l}: ${w}`)).join("; ");
    lines.push(`| ${key} | ${cell(t.ky)} | ${cell(t.ru)} | ${cell(t.en)} | ${cell(avoid)} | ${cell(t.note ?? "")} |`);
  }
  const texts = collectTexts(tables).filter((t) => !t.key.startsWith("issues.") || t.key.endsWith(".title"));
  const byKey = new Map<string, Partial<Record<Language, string>>>();
  for (const t of texts) byKey.set(t.key, { ...byKey.get(t.key), [t.lang]: t.text });
  let section = "";
  for (const [key, row] of byKey) {
    const top = key.split(".")[0];
    if (top !== section) {
      section = top;
      lines.push("", `## ${top}`, "", "| key | ky | ru | en |", "|---|---|---|---|");
    }
    lines.push(`| ${key} | ${cell(row.ky ?? "")} | ${cell(row.ru ?? "")} | ${cell(row.en ?? "")} |`);
  }
  return lines.join("\n") + "\n";
}
