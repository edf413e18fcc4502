/**
 * Kyrgyz case suffixes after numbers: the suffix of the spoken number's last word, by its last vowel and its
 * last sound. Each expected form is the spoken word with its suffix, as a Kyrgyz reader says it.
 */
import { formatText, kyCaseSuffix, lastSpokenWord, type KyCase } from "../../schema";

const ROWS: [number, string, Record<KyCase, string>][] = [
  [0, "нөл", { genitive: "дүн", dative: "гө", accusative: "дү", locative: "дө", ablative: "дөн" }],
  [1, "бир", { genitive: "дин", dative: "ге", accusative: "ди", locative: "де", ablative: "ден" }],
  [2, "эки", { genitive: "нин", dative: "ге", accusative: "ни", locative: "де", ablative: "ден" }],
  [3, "үч", { genitive: "түн", dative: "кө", accusative: "тү", locative: "тө", ablative: "төн" }],
  [4, "төрт", { genitive: "түн", dative: "кө", accusative: "тү", locative: "тө", ablative: "төн" }],
  [5, "беш", { genitive: "тин", dative: "ке", accusative: "ти", locative: "те", ablative: "тен" }],
  [6, "алты", { genitive: "нын", dative: "га", accusative: "ны", locative: "да", ablative: "дан" }],
  [7, "жети", { genitive: "нин", dative: "ге", accusative: "ни", locative: "де", ablative: "ден" }],
  [8, "сегиз", { genitive: "дин", dative: "ге", accusative: "ди", locative: "де", ablative: "ден" }],
  [9, "тогуз", { genitive: "дун", dative: "га", accusative: "ду", locative: "да", ablative: "дан" }],
  [10, "он", { genitive: "дун", dative: "го", accusative: "ду", locative: "до", ablative: "дон" }],
  [20, "жыйырма", { genitive: "нын", dative: "га", accusative: "ны", locative: "да", ablative: "дан" }],
  [40, "кырк", { genitive: "тын", dative: "ка", accusative: "ты", locative: "та", ablative: "тан" }],
  [50, "элүү", { genitive: "нүн", dative: "гө", accusative: "нү", locative: "дө", ablative: "дөн" }],
  [100, "жүз", { genitive: "дүн", dative: "гө", accusative: "дү", locative: "дө", ablative: "дөн" }],
  [1000, "миң", { genitive: "дин", dative: "ге", accusative: "ди", locative: "де", ablative: "ден" }],
  [1e6, "миллион", { genitive: "дун", dative: "го", accusative: "ду", locative: "до", ablative: "дон" }],
  [200000, "миң", { genitive: "дин", dative: "ге", accusative: "ди", locative: "де", ablative: "ден" }],
  [32767, "жети", { genitive: "нин", dative: "ге", accusative: "ни", locative: "де", ablative: "ден" }],
  [2100, "жүз", { genitive: "дүн", dative: "гө", accusative: "дү", locative: "дө", ablative: "дөн" }],
  [90, "токсон", { genitive: "дун", dative: "го", accusative: "ду", locative: "до", ablative: "дон" }],
];

describe("Kyrgyz case suffixes after numbers", () => {
  it.each(ROWS)("%d is said ending in «%s» and takes its suffixes", (n, word, suffixes) => {
    expect(lastSpokenWord(n)).toBe(word);
    for (const [kase, suffix] of Object.entries(suffixes))
      expect([kase, kyCaseSuffix(n, kase as KyCase)]).toEqual([kase, suffix]);
  });

  it("follows the decimals of a fraction (2,5 is said ending in «беш»)", () => {
    expect(kyCaseSuffix(2.5, "ablative")).toBe("тен");
  });

  it("is a slot of the message layer: the number in the language's digits, the suffix in Kyrgyz only", () => {
    const template = "{max, case, ablative} ашпайт";
    expect(formatText(template, { max: 32767 }, "ky").replace(/\s/g, " ")).toBe("32 767ден ашпайт");
    expect(formatText(template, { max: 1000 }, "ky").replace(/\s/g, " ")).toBe("1 000ден ашпайт");
    expect(formatText("{max, case, ablative}", { max: 1000 }, "ru").replace(/\s/g, " ")).toBe("1 000");
  });
});
