/**
 * Printed as a person prints them (LibreOffice to PDF, poppler to text and PNG): the Russian template and master
 * come out on A4 in the orientation chosen for each sheet, with "Страница N из M" at the foot, the header rows
 * repeated on every page, and the progress charts on pages of their own. The PNGs are kept for people to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultPlan, reportingBodies } from "../../schema";
import { buildTemplate } from "../../core/template/buildTemplate";
import { buildMasterWorkbook, emptyMaster, masterSpec, mergeSubmissions } from "../../core/merge";
import { writeWorkbook } from "../../adapters/xlsx";
import { demoReport, earlierReport } from "../../cli/demo/sampleReports";
import { submit } from "../helpers/mergeReports";
import { canRender, renderPage, toPdf } from "../coordinator/render";

const OUT = join(__dirname, "../../out/print");
const check = canRender ? it : it.skip;

/** Each page's size in points and its text, from poppler. */
function pages(pdf: string): { width: number; height: number; text: string }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[2]),
    height: Number(m[3]),
    text: execFileSync("pdftotext", ["-f", m[1], "-l", m[1], "-layout", pdf, "-"], { encoding: "utf8" }),
  }));
}

const isA4 = (p: { width: number; height: number }) =>
  Math.abs(Math.min(p.width, p.height) - 595) < 2 && Math.abs(Math.max(p.width, p.height) - 842) < 2;

describe("printed through LibreOffice", () => {
  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  check(
    "the Russian ЭСӨМ template: A4 landscape, page N of M, the column headers on every page",
    async () => {
      const bytes = await writeWorkbook(buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ru" }));
      const pdf = join(OUT, "template-ru.pdf");
      writeFileSync(pdf, toPdf("template-ru.xlsx", bytes));
      const all = pages(pdf);
      expect(all.length).toBeGreaterThan(5);
      expect(all.every(isA4)).toBe(true);
      expect(all[0].width).toBeGreaterThan(all[0].height);
      expect(all[0].text).toMatch(/Страница 1 из \d+/);
      // The report sheet's header rows come back on its later pages.
      const reportPages = all.filter((p) => /№/.test(p.text));
      expect(reportPages.length).toBeGreaterThan(3);
      for (const n of [1, 2]) renderPage(pdf, join(OUT, `template-ru-page${n}`), n, 60);
    },
    240000,
  );

  check(
    "the Russian master: its charts on pages of their own, every page A4 with page N of M",
    async () => {
      // Two half-years, so that the progress over time has columns to compare.
      const subs = reportingBodies(defaultPlan)
        .slice(0, 10)
        .flatMap((b, i) => {
          const later = demoReport(b, "2019-H2", i + 1);
          return [submit(earlierReport(later, "2019-H1", 0.5, i + 1)), submit(later)];
        });
      const { master } = mergeSubmissions(emptyMaster(defaultPlan), subs, { plan: defaultPlan });
      const bytes = await writeWorkbook(masterSpec(buildMasterWorkbook(master, defaultPlan, "ru")));
      const pdf = join(OUT, "master-ru.pdf");
      writeFileSync(pdf, toPdf("master-ru.xlsx", bytes));
      const all = pages(pdf);
      expect(all.every(isA4)).toBe(true);
      expect(all.every((p) => /Страница \d+ из \d+/.test(p.text))).toBe(true);
      const chartPage = all.findIndex((p) => /Выполнение мероприятий по главам/.test(p.text));
      expect(chartPage).toBeGreaterThan(0);
      // The chart's page holds the figures and the chart, not the progress table (its header "Уровень").
      expect(all[chartPage].text).not.toMatch(/Уровень/);
      const trendPage = all.findIndex((p) => /Выполнение мероприятий по периодам/.test(p.text));
      expect(trendPage).toBeGreaterThan(chartPage);
      expect(all[trendPage].text).toMatch(/1-е полугодие 2019 года/);
      expect(all[trendPage].text).not.toMatch(/Уровень/);
      renderPage(pdf, join(OUT, "master-ru-page1"), 1, 60);
      renderPage(pdf, join(OUT, "master-ru-chart"), chartPage + 1, 60);
      renderPage(pdf, join(OUT, "master-ru-trend"), trendPage + 1, 60);
      renderPage(pdf, join(OUT, "master-ru-trend2"), trendPage + 2, 60);
    },
    240000,
  );
});
