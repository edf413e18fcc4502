/**
 * Print settings: every sheet of every workbook Tendik writes prints its text at 8 pt or more on A4 (fitted to
 * the width only where that holds, else across pages with title columns repeated), with "page N of M" in the
 * workbook's language, and the progress chart on a sheet (and so pages) of its own.
 */
import { defaultPlan, reportingBodies, type Language } from "../../schema";
import { buildTemplate } from "../../core/template/buildTemplate";
import { buildPlanWorkbook } from "../../core/plan";
import { buildMasterWorkbook, emptyMaster, masterSpec, mergeSubmissions } from "../../core/merge";
import { MIN_PRINTED_PT, PAGE_FOOTER, printLayout, printedPointSize } from "../../core/template/print";
import type { WorkbookSpec } from "../../core/template/spec";
import { demoReport } from "../../cli/demo/sampleReports";
import { submit } from "../helpers/mergeReports";

const LANGS: Language[] = ["ky", "ru", "en"];

/** Each visible sheet's printed size of its smallest body text (the template's plan text is 9 pt, the rest 10 or 11). */
function printedSizes(spec: WorkbookSpec, fontSize: (sheet: string) => number): [string, number][] {
  return spec.sheets
    .filter((s) => s.state === "visible")
    .map((s) => {
      expect(s.print).toBeDefined();
      return [
        s.name,
        printedPointSize(
          s.print!,
          s.columns.map((c) => (c.hidden ? 0 : c.width)),
          fontSize(s.name),
        ),
      ];
    });
}

function master(lang: Language): WorkbookSpec {
  const bodies = reportingBodies(defaultPlan).slice(0, 12);
  const subs = bodies.map((b, i) => submit(demoReport(b, "2019-H2", i + 1)));
  const { master: m } = mergeSubmissions(emptyMaster(defaultPlan), subs, { plan: defaultPlan });
  return masterSpec(buildMasterWorkbook(m, defaultPlan, lang));
}

describe("printLayout", () => {
  it("fits a narrow sheet to a portrait page and a wider one to a landscape page", () => {
    expect(printLayout({ widths: [78], fontSize: 10, footer: "" })).toMatchObject({
      orientation: "portrait",
      fitToWidth: true,
    });
    expect(printLayout({ widths: [40, 30, 30, 20], fontSize: 10, footer: "" })).toMatchObject({
      orientation: "landscape",
      fitToWidth: true,
    });
  });

  it("prints a sheet too wide for 8 pt across pages at the 8 pt scale, its title columns repeated", () => {
    const print = printLayout({ widths: Array(30).fill(20), fontSize: 9, footer: "", titleColumns: 2 });
    expect(print).toMatchObject({ orientation: "landscape", fitToWidth: false, scale: 89, repeatColumns: "A:B" });
    expect(printedPointSize(print, Array(30).fill(20), 9)).toBeGreaterThanOrEqual(8);
  });
});

describe("every sheet prints at 8 pt or more on A4, with page N of M in its language", () => {
  it.each(LANGS)("templates (%s)", (lang) => {
    for (const agency of ["ЭСӨМ", "ИИМ", "БУУӨП"]) {
      const spec = buildTemplate({ agency, period: "2019-H2", language: lang });
      for (const [sheet, pt] of printedSizes(spec, () => 9))
        expect([sheet, pt >= MIN_PRINTED_PT]).toEqual([sheet, true]);
      const report = spec.sheets[0].print!;
      expect(report).toMatchObject({ paperSize: "A4", footer: PAGE_FOOTER[lang], repeatColumns: "A:A" });
      expect(report.repeatRows).toMatch(/^\d+:\d+$/);
    }
  });

  it.each(LANGS)(
    "the master (%s): its data sheets with their header row on every page; the chart on its own sheet",
    (lang) => {
      const spec = master(lang);
      for (const [sheet, pt] of printedSizes(spec, (s) => (spec.sheets.find((x) => x.name === s)?.tables ? 11 : 10)))
        expect([sheet, pt >= MIN_PRINTED_PT - 0.1]).toEqual([sheet, true]);
      for (const s of spec.sheets.filter((x) => x.tables)) expect(s.print?.repeatRows).toBe("1:1");
      // The chart of chapters, and the progress over time with a chart per group.
      const withChart = spec.sheets.filter((s) => s.charts?.length);
      expect(withChart).toHaveLength(2);
      for (const sheet of withChart) {
        // Nothing else on a chart's sheet but its figures: the progress table prints on pages of its own.
        expect(sheet.tables).toBeUndefined();
        expect(sheet.print).toMatchObject({ fitToWidth: true, footer: PAGE_FOOTER[lang] });
      }
    },
  );

  it("the plan's authoring workbook", () => {
    for (const [sheet, pt] of printedSizes(buildPlanWorkbook(defaultPlan), () => 10))
      expect([sheet, pt >= MIN_PRINTED_PT]).toEqual([sheet, true]);
  });
});
