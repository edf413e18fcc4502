/**
 * Issue 20: the plan in the reader's language. The template shows every plan text in its language; reading stays
 * language-blind (any language's text, any of a body's names); a corrected translation does not orphan a
 * template already sent.
 */
import { buildTemplate, templateLabels, validateGrid } from "../../core";
import { partnersText } from "../../core/template/measureRows";
import type { WorkbookSpec } from "../../core/template/spec";
import { defaultPlan, findMeasure, type Language, type Plan } from "../../schema";
import { randomReport } from "../../cli/demo/sampleReports";
import { specToGrid } from "../helpers/specToGrid";

const KYRGYZ = /[ңөүҢӨҮ]|(?<!\p{L})(жана|боюнча|жылдын|жылдар|макулдашуу)(?!\p{L})/iu;
const CYRILLIC = /[\u0400-\u04FF]/;

/** Every text a person sees in a template: all sheets but the very hidden identity (canonical codes as data). */
function visibleTexts(spec: WorkbookSpec): string[] {
  const texts: string[] = [];
  for (const sheet of spec.sheets) {
    if (sheet.state === "veryHidden") continue;
    for (const c of sheet.cells) if (typeof c.value === "string" && c.value.trim()) texts.push(c.value);
    for (const v of sheet.validations)
      texts.push(...[v.prompt?.title, v.prompt?.text, v.error?.title, v.error?.text].filter((t): t is string => !!t));
  }
  texts.push(spec.properties?.title ?? "");
  return texts;
}

const template = (agency: string, language: Language, plan: Plan = defaultPlan) =>
  buildTemplate({ agency, period: "2019-H2", language, plan });
/** A template as a clerk sends it: filled with a valid report. */
const filled = (agency: string, language: Language, plan: Plan = defaultPlan) =>
  specToGrid(
    buildTemplate({ agency, period: "2019-H2", language, plan, prefill: randomReport(agency, "2019-H2", 7, plan) }),
  );
const errors = (grid: ReturnType<typeof specToGrid>, plan: Plan = defaultPlan) =>
  validateGrid(grid, { source: "report.xlsx", plan }).task.issues.filter((i) => i.severity === "error");

describe("a template in the reader's language", () => {
  it("in Russian for ЭСӨМ holds no Kyrgyz text: measures, tasks, indicators, deadlines, results, bodies", () => {
    const texts = visibleTexts(template("ЭСӨМ", "ru"));
    expect(texts.filter((t) => KYRGYZ.test(t))).toEqual([]);
    expect(texts).toContain("Повышение эффективности регулирования вопросов труда".replace(/^/, "Задача 1. "));
    expect(texts.some((t) => /^МТСР|\(МТСР\)/.test(t))).toBe(true);
  });

  it("in English holds no Cyrillic at all, for a ministry and for an international organisation", () => {
    for (const agency of ["ЭСӨМ", "БУУӨП", "ЖӨБ жана этностор агенттиги"])
      expect(visibleTexts(template(agency, "en")).filter((t) => CYRILLIC.test(t))).toEqual([]);
  });

  it("names the other bodies by their short names, with «по согласованию» / by agreement", () => {
    const m = findMeasure(defaultPlan, "26.1")!;
    const rows = { measure: m.measure, row: 7, span: 1, indicators: [] };
    const ctx = (language: Language) =>
      ({ plan: defaultPlan, agency: "ЭСӨМ", language, L: templateLabels[language] }) as never;
    expect(partnersText(ctx("ru"), rows as never)).toMatch(/ПРООН[^;]*\(по согласованию\)$/);
    expect(partnersText(ctx("en"), rows as never)).toMatch(/UNDP[^;]*\(by agreement\)$/);
    expect(partnersText(ctx("ky"), rows as never)).toMatch(/БУУӨП/);
  });

  it("says once, quietly, that the plan texts are a working translation; the Kyrgyz one does not", () => {
    const notice = (lang: Language) =>
      template("ЭСӨМ", lang).sheets[0].cells.filter((c) =>
        /working translation|рабочий перевод|жумушчу котормо/.test(String(c.value)),
      );
    expect(notice("ru").map((c) => c.ref)).toEqual(["A4"]);
    expect(notice("en").map((c) => c.ref)).toEqual(["A4"]);
    expect(notice("ky")).toEqual([]);
  });

  it("reads a deadline's typo through its periods: 36.1's «201-2020-жылдар» shows as 2018–2020", () => {
    expect(findMeasure(defaultPlan, "36.1")!.measure.deadline.text).toBe("201-2020-жылдар");
    const texts = (lang: Language) => visibleTexts(template("ЭСӨМ", lang));
    expect(texts("ky")).not.toContain("201-2020-жылдар");
    expect(texts("ky")).toContain("2018-2020-жылдар");
    expect(texts("ru")).toContain("2018–2020 годы");
    expect(texts("en")).toContain("2018–2020");
    // Where the print reads as its periods, the Kyrgyz template keeps it as printed.
    expect(texts("ky")).toContain("2019-жылдын ичинде");
  });
});

describe("reading stays language-blind", () => {
  it("a Russian template, and a Kyrgyz one, validate without an issue", () => {
    for (const lang of ["ru", "en", "ky"] as Language[]) expect(errors(filled("ЭСӨМ", lang))).toEqual([]);
  });

  it("a corrected translation (and an official text imported) does not orphan a Russian template already sent", () => {
    const sent = filled("ЭСӨМ", "ru");
    const corrected = JSON.parse(JSON.stringify(defaultPlan)) as Plan;
    const m = findMeasure(corrected, "1.1")!.measure;
    m.text.ru = "Проведение исследования причин, затрудняющих совмещение трудовых и семейных обязанностей";
    m.text.translated = ["en"];
    m.indicators[0].text.ru = "Отчет об итогах исследования";
    corrected.title.ru = "Национальный план действий (официальный текст)";
    corrected.bodies.find((b) => b.code === "ЭСӨМ")!.name.ru = "Министерство труда (исправлено)";
    expect(errors(sent, corrected)).toEqual([]);
  });

  it("a Russian template made before the plan had Russian texts (Kyrgyz in its plan cells) still reads", () => {
    const kyrgyzOnly = JSON.parse(JSON.stringify(defaultPlan), (k, v) =>
      v && typeof v === "object" && typeof v.ky === "string" && "translated" in v ? { ky: v.ky } : v,
    ) as Plan;
    expect(errors(filled("БИМ", "ru", kyrgyzOnly))).toEqual([]);
  });

  it("a plan text edited by the clerk in a Russian template is caught while the plan's words are those it showed", () => {
    const grid = filled("ЭСӨМ", "ru");
    const sheet = grid.sheets[0];
    const ref = [...sheet.cells.keys()].find((r) => r.startsWith("B") && Number(r.slice(1)) > 7)!;
    sheet.cells.set(ref, { value: "Текст изменен исполнителем" });
    expect(errors(grid).map((i) => i.code)).toContain("locked-cell-edited");
    // The same edit once the plan's Russian was corrected: the template's words can no longer be told apart.
    const corrected = JSON.parse(JSON.stringify(defaultPlan)) as Plan;
    findMeasure(corrected, "1.1")!.measure.text.ru = "Исправленный перевод";
    expect(errors(grid, corrected).map((i) => i.code)).not.toContain("locked-cell-edited");
  });

  it("an official text edited by the clerk is still caught", () => {
    const grid = filled("ЭСӨМ", "ky");
    const sheet = grid.sheets[0];
    const ref = [...sheet.cells.keys()].find((r) => r.startsWith("B") && Number(r.slice(1)) > 6)!;
    sheet.cells.set(ref, { value: "бирөө өзгөрттү" });
    expect(errors(grid).map((i) => i.code)).toContain("locked-cell-edited");
  });
});
