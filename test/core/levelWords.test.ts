/** Chapters and goals named as the plan writes them in each language; the languages listed once. */
import { levelName } from "../../core/merge/sheets";
import { buildTemplate } from "../../core";
import { LANGUAGES, defaultPlan } from "../../schema";

describe("a level named with its number", () => {
  it("writes «1-глава», «1.1-максат» in Kyrgyz and «Глава 1», «Chapter 1» elsewhere", () => {
    expect(levelName("Глава", "1", "ky")).toBe("1-глава");
    expect(levelName("Максат", "1.1", "ky")).toBe("1.1-максат");
    expect(levelName("Глава", "1", "ru")).toBe("Глава 1");
    expect(levelName("Chapter", "1", "en")).toBe("Chapter 1");
  });
});

describe("the partners of a measure", () => {
  it("say «Совместно:» once, never «Совместно: по согласованию:»", () => {
    const texts = defaultPlan.bodies
      .filter((b) => b.kind !== undefined)
      .slice(0, 12)
      .flatMap((b) => {
        try {
          return buildTemplate({ agency: b.code, period: "2019-H2", language: "ru" })
            .sheets[0].cells.map((c) => c.value)
            .filter((v): v is string => typeof v === "string" && v.startsWith("Совместно:"));
        } catch {
          return []; // a body with nothing to report has no template
        }
      });
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/Совместно: по согласованию/);
  });

  it("lists the languages once, Kyrgyz first", () => {
    expect(LANGUAGES).toEqual(["ky", "ru", "en"]);
  });
});

describe("Excel's own pop-ups in the template", () => {
  const spec = buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ru" });
  const validations = spec.sheets[0].validations;

  it("say what is allowed, not only that the value is wrong", () => {
    const texts = validations.map((v) => v.error?.text ?? "");
    expect(texts.filter((t) => /^Введите целое число от 0 до \d/.test(t)).length).toBeGreaterThan(0);
    expect(texts).toContain("Введите дату в виде ДД.ММ.ГГГГ, например 25.12.2019.");
    expect(texts.some((t) => /^Текст не длиннее [\d\s]+ знаков/.test(t))).toBe(true);
    expect(texts).not.toContain("Введите правильное число.");
  });

  it("do not ask for a number in the computed «Всего» cell, and call the report's date by its name", () => {
    const prompts = validations.map((v) => v.prompt?.text ?? "");
    expect(prompts).toContain("Сумма женщин и мужчин считается сама; в эту ячейку ничего вводить не нужно.");
    expect(prompts).toContain("Дата подготовки отчета, например 25.12.2019.");
  });
});
