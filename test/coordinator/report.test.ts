import JSZip from "jszip";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { buildConsolidatedReport } from "../../core/coordinator/buildReport";
import { defaultPlan } from "../../schema";
import { runTendik as runCli } from "./cli";
import { makeMaster, type MasterFixture } from "./masterFixture";
import { canRenderDocx, countColour, pdfText, renderPage, toPdf } from "./render";

const OUT = join(__dirname, "../../out/coordinator");
let fx: MasterFixture;

beforeAll(async () => {
  fx = await makeMaster();
}, 120000);

describe("buildConsolidatedReport", () => {
  it("follows the plan's order and names the bodies that did not report; a year joins both half-years", async () => {
    const { master } = await readMaster(readFileSync(fx.master), defaultPlan);
    const year = buildConsolidatedReport(master, defaultPlan, "2019", "en");
    const half = buildConsolidatedReport(master, defaultPlan, "2019-H2", "en");
    const bodyReports = (r: typeof year) => r.blocks.flatMap((b) => (b.kind === "bodyReport" ? [b] : []));
    // ЭМ reported in both half-years: its reports appear for each; ТИМ only in H2, so H1 says "no report".
    const em = bodyReports(year).filter((b) => b.code === "ЭМ");
    expect(new Set(em.map((b) => b.period))).toEqual(new Set(["2019-H1", "2019-H2"]));
    const tim = bodyReports(year).filter((b) => b.code === "ТИМ");
    expect(tim.some((b) => b.period === "2019-H1" && b.missing)).toBe(true);
    expect(bodyReports(half).every((b) => b.period === "2019-H2" || b.period === null)).toBe(true);
    // Bodies that never reported are named as such, once per measure.
    expect(bodyReports(half).some((b) => b.missing && b.period === null && !["ЭМ", "ФМ", "ТИМ"].includes(b.code))).toBe(
      true,
    );
    // Measures in printed order.
    const measures = year.blocks.flatMap((b) => (b.kind === "heading" && b.level === 4 ? [b.text.split(". ")[0]] : []));
    expect(measures.length).toBeGreaterThan(50);
    expect(measures.slice(0, 3)).toEqual(["1.1", "1.2", "1.3"]);
    // The summary's total equals the reports counted, and the chart's stacks add up to them.
    const chart = year.blocks.find((b) => b.kind === "chart")!;
    const table = year.blocks.find((b) => b.kind === "table")!;
    if (chart.kind !== "chart" || table.kind !== "table") throw new Error("unreachable");
    const stacked = chart.chart.series.reduce((n, s) => n + s.values.reduce((a, b) => a + b, 0), 0);
    expect(String(stacked)).toBe(table.rows.at(-1)![3]);
  });

  it.each(["ky", "ru", "en"] as const)("writes its own words in %s", async (lang) => {
    const { master } = await readMaster(readFileSync(fx.master), defaultPlan);
    const r = buildConsolidatedReport(master, defaultPlan, "2019-H2", lang);
    const words = { ky: "Жыйынтык", ru: "Итоги", en: "Summary" }[lang];
    expect(r.blocks.some((b) => b.kind === "heading" && b.text === words)).toBe(true);
  });
});

describe("tendik report", () => {
  it("writes a .docx with heading styles, written-out contents, page numbers and a native chart with its data", async () => {
    const out = join(fx.root, "report.docx");
    const { code, stdout, stderr } = await runCli([
      "report",
      "--master",
      fx.master,
      "--period",
      "2019",
      "--lang",
      "ru",
      "--out",
      out,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("2019-H1, 2019-H2");
    const zip = await JSZip.loadAsync(readFileSync(out));
    const doc = await zip.file("word/document.xml")!.async("string");
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading4"/>');
    // The contents are written out as links to bookmarked headings: no TOC field, no "update fields" prompt.
    expect(doc).not.toContain("TOC \\h");
    expect(doc).toMatch(/<w:hyperlink [^>]*w:anchor="h1"/);
    expect(doc).toMatch(/<w:bookmarkStart w:name="h1"/);
    const settings = await zip.file("word/settings.xml")!.async("string");
    expect(settings).not.toContain("updateFields");
    // The chart's data as an embedded workbook, which Word opens for "Edit Data"; no folder entries.
    expect(zip.file("word/embeddings/Microsoft_Excel_Worksheet1.xlsx")).not.toBeNull();
    expect(await zip.file("word/charts/_rels/chart1.xml.rels")!.async("string")).toContain("relationships/package");
    expect(Object.keys(zip.files).filter((f) => f.endsWith("/"))).toEqual([]);
    expect(doc).toContain('r:id="rIdTendikChart1"');
    expect(doc).not.toContain("TENDIK-CHART");
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/footer\d+\.xml/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(footers.join("")).toContain("PAGE");
    const chart = await zip.file("word/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:numCache>");
    expect(doc).toContain("не представил отчет");
  });

  it("refuses a period outside the plan and a file that is not a master (exit 2)", async () => {
    expect((await runCli(["report", "--master", fx.master, "--period", "2030", "--out", "x.docx"])).code).toBe(2);
    const notMaster = await runCli(["report", "--master", fx.rejected, "--period", "2019", "--out", "x.docx"]);
    expect(notMaster.code).toBe(2);
    expect(notMaster.stderr).toMatch(/master/i);
  });

  (canRenderDocx ? it : it.skip)(
    "is drawn by LibreOffice: headings, page numbers and the chart's colours on the first pages",
    async () => {
      const out = join(fx.root, "report-ky.docx");
      expect(
        (await runCli(["report", "--master", fx.master, "--period", "2019-H2", "--lang", "ky", "--out", out])).code,
      ).toBe(0);
      mkdirSync(OUT, { recursive: true });
      const pdf = join(OUT, "report-ky.pdf");
      writeFileSync(pdf, toPdf("report-ky.docx", readFileSync(out)));
      const text = pdfText(pdf);
      expect(text).toContain("Жыйынтык");
      expect(text).toContain("отчет берген жок");
      expect(text).toMatch(/Барак 1 \/ \d+/);
      renderPage(pdf, join(OUT, "report-page1"), 1, 70);
      const page2 = renderPage(pdf, join(OUT, "report-page2"), 2, 70);
      renderPage(pdf, join(OUT, "report-page3"), 3, 70);
      // The chart: completed (green) and in-progress (blue) bars are drawn on the summary page.
      expect(countColour(page2, "2E7D32") + countColour(page2, "1F77B4")).toBeGreaterThan(500);
    },
    240000,
  );
});
