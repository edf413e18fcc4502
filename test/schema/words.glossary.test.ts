/**
 * One term per concept: the glossary's terms are distinct, no text a person reads uses a word the glossary
 * replaced, and docs/glossary.md is generated from the tables (regenerate with UPDATE_GLOSSARY=1).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { collectTexts, countMessages, glossary, glossaryMarkdown, glossaryViolations } from "../../schema";
import { templateLabels } from "../../core/labels";
import { masterLabels } from "../../core/merge/labels";

const tables = { template: templateLabels, master: masterLabels, counts: countMessages };
const FILE = join(__dirname, "../../docs/glossary.md");

describe("the glossary", () => {
  it("has one term per key in each language, and no term for two keys", () => {
    for (const lang of ["ky", "ru", "en"] as const) {
      const terms = Object.values(glossary).map((t) => t[lang].toLowerCase());
      // the same word may name a concept in two languages (индикатор), never two concepts in one
      expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
      for (const t of Object.values(glossary)) expect(t[lang].trim()).not.toBe("");
    }
  });

  it("is kept by every label and message: no replaced word is used", () => {
    expect(glossaryViolations(collectTexts(tables))).toEqual([]);
  });

  it("uses the plan's own Kyrgyz terms in the template and the master", () => {
    expect(templateLabels.ky.columns.deadline).toBe("Ишке ашыруу мөөнөтү");
    expect(templateLabels.ky.columns.source).toBe("Каржылоо булагы");
    expect(templateLabels.ky.sources["international-organizations"]).toBe("Эл аралык уюмдардын каражаттары");
    expect(masterLabels.ky.levels.chapter).toBe("Глава");
    expect(masterLabels.ru.levels.chapter).toBe("Глава");
  });

  it("is documented in docs/glossary.md, generated (UPDATE_GLOSSARY=1 npx jest test/schema/words.glossary.test.ts)", () => {
    const page = glossaryMarkdown(tables);
    if (process.env.UPDATE_GLOSSARY) writeFileSync(FILE, page);
    expect(readFileSync(FILE, "utf8")).toBe(page);
  });
});
