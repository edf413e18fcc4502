// The pane's texts: every key in every language, whole sentences once formatted, plurals by number.
import { languageOf } from "../../addin/taskpane/language";
import { ALL_TEXTS, textsFor, type TextKey } from "../../addin/taskpane/texts";

const SAMPLE = {
  n: 5,
  e: 2,
  w: 1,
  done: 3,
  total: 21,
  file: "report.xlsx",
  reason: "x",
  accepted: 1,
  replaced: 0,
  unchanged: 2,
  rejected: 1,
  expected: 52,
  missing: 8,
  period: "2019-H2",
  current: "kg-gender-equality-2018-2020",
  found: "sample-wps-2025-2026",
  choose: "Choose a plan file",
  hash: "0123456789ab",
  size: "5 MB",
  max: "4 MB",
  detail: "/chapters must NOT have fewer than 1 items",
  id: "1.2",
  ids: "1.1, 1.2, …",
  i: 2,
  field: "id",
  where: "Мероприятие 1.2",
  what: "нет обязательного поля",
  title: "Пока нельзя отправлять",
  counts: "2 ошибки",
  sheet: "Отчет",
  validate: "Проверить",
  change: "Сменить план",
};

describe("pane texts", () => {
  it("has every key in ky, ru and en, none empty", () => {
    const keys = Object.keys(ALL_TEXTS.ky).sort();
    for (const lang of ["ru", "en"] as const) expect(Object.keys(ALL_TEXTS[lang]).sort()).toEqual(keys);
    for (const table of Object.values(ALL_TEXTS))
      for (const text of Object.values(table)) expect(text.trim()).not.toBe("");
  });

  it("formats every text without leftover braces or empty parentheses", () => {
    for (const lang of ["ky", "ru", "en"] as const) {
      const t = textsFor(lang);
      for (const key of Object.keys(ALL_TEXTS[lang]) as TextKey[]) {
        const text = t(key, SAMPLE);
        expect([key, text]).toEqual([key, expect.not.stringMatching(/[{}]|\(\)/)]);
      }
    }
  });

  it("agrees numbers and nouns in Russian", () => {
    const t = textsFor("ru");
    expect([1, 2, 5, 21].map((n) => t("errors", { n }))).toEqual(["1 ошибка", "2 ошибки", "5 ошибок", "21 ошибка"]);
    expect(t("notReadyText", { e: 2, w: 0 })).toMatch(/^2 ошибки\. Исправьте/);
  });

  it("counts a refused plan's further problems by each language's plural rules", () => {
    expect([1, 3, 5].map((n) => textsFor("ru")("planProblemsMore", { n }))).toEqual([
      "И ещё 1 замечание.",
      "И ещё 3 замечания.",
      "И ещё 5 замечаний.",
    ]);
    expect(textsFor("en")("planProblemsMore", { n: 1 })).toBe("And 1 more problem.");
  });

  it("picks the pane's language from Office's", () => {
    expect(["ky-KG", "ru-RU", "ru", "en-US", "de-DE", undefined].map(languageOf)).toEqual([
      "ky",
      "ru",
      "ru",
      "en",
      "en",
      "en",
    ]);
  });
});
