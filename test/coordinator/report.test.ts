import JSZip from "jszip";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { buildConsolidatedReport } from "../../core/coordinator/buildReport";
import { defaultPlan } from "../../schema";
import { runTendik as runCli } from "./cli";
import { makeMaster, type MasterFixture } from "./masterFixture";
import { canRenderDocx, countColour, pdfText, renderPage, toPdf, type Pixels } from "./render";

const OUT = join(__dirname, "../../out/coordinator");
let fx: MasterFixture;

beforeAll(async () => {
  fx = await makeMaster();
}, 120000);

describe("buildConsolidatedReport", () => {
  it("follows the plan's order, with each measure's verdict and its bodies' statuses; a year joins both half-years", async () => {
    const { master } = await readMaster(readFileSync(fx.master), defaultPlan);
    const year = buildConsolidatedReport(master, defaultPlan, "2019", "en");
    const half = buildConsolidatedReport(master, defaultPlan, "2019-H2", "en");
    const bodyReports = (r: typeof year) => r.blocks.flatMap((b) => (b.kind === "bodyReport" ? [b] : []));
    // ЭМ reported in both half-years: the year shows what it reported in each, the period in words.
    const em = bodyReports(year).filter((b) => b.code === "ЭМ");
    expect(new Set(em.map((b) => b.period))).toEqual(new Set(["2019-H1", "2019-H2"]));
    expect(em.find((b) => b.period === "2019-H1")!.who).toMatch(/ — first half of 2019$/);
    expect(bodyReports(half).every((b) => b.period === "2019-H2" && !b.who.includes("2019"))).toBe(true);
    // Bodies that did not report are named beside the verdict, as such.
    const verdicts = half.blocks.flatMap((b) => (b.kind === "verdict" ? [b] : []));
    expect(verdicts).toHaveLength(117);
    expect(verdicts.some((v) => v.verdict === "not-reported" && /: .* — no report/.test(v.note ?? ""))).toBe(true);
    // Measures in printed order.
    const measures = year.blocks.flatMap((b) => (b.kind === "heading" && b.level === 4 ? [b.text.split(". ")[0]] : []));
    expect(measures).toHaveLength(117);
    expect(measures.slice(0, 3)).toEqual(["1.1", "1.2", "1.3"]);
    // The summary counts measures: its total column is the plan's 117, and the chapter chart's stacks add up to it.
    const chart = year.blocks.filter((b) => b.kind === "chart").at(-1)!;
    const table = year.blocks.find((b) => b.kind === "table")!;
    if (chart.kind !== "chart" || table.kind !== "table") throw new Error("unreachable");
    const stacked = chart.chart.series.reduce((n, s) => n + s.values.reduce((a, b) => a + b, 0), 0);
    expect(stacked).toBe(117);
    expect(table.rows[0].at(-1)).toBe("117");
  });

  it.each(["ky", "ru", "en"] as const)("writes its own words in %s", async (lang) => {
    const { master } = await readMaster(readFileSync(fx.master), defaultPlan);
    const r = buildConsolidatedReport(master, defaultPlan, "2019-H2", lang);
    const words = { ky: "1. Кыскача жыйынтык", ru: "1. Краткие итоги", en: "1. Summary" }[lang];
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
    expect(doc).toContain('r:id="rIdChart1"');
    expect(doc).not.toContain("CHART-PLACEHOLDER");
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/footer\d+\.xml/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(footers.join("")).toContain("PAGE");
    const chart = await zip.file("word/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:numCache>");
    expect(doc).toContain("Ведомства, не представившие отчет");
    // The issuing body's document: no software's name in its text or its properties.
    const props = await zip.file("docProps/core.xml")!.async("string");
    expect(props).toContain("<dc:creator>Министерство труда и социального развития Кыргызской Республики</dc:creator>");
    for (const part of [doc, props, await zip.file("docProps/app.xml")!.async("string")])
      expect(part).not.toMatch(/tendik/i);
  });

  it("puts the outgoing number, date and signatory on the document, and refuses a date it cannot read", async () => {
    const out = join(fx.root, "report-signed.docx");
    const args = ["report", "--master", fx.master, "--period", "2019-H2", "--lang", "ru", "--out", out];
    const signed = await runCli([
      ...args,
      "--number",
      "01-12/345",
      "--date",
      "15.01.2020",
      "--signatory",
      "Министр, А. Б. Асанова",
    ]);
    expect(signed.code).toBe(0);
    const doc = await (await JSZip.loadAsync(readFileSync(out))).file("word/document.xml")!.async("string");
    expect(doc).toContain("№ 01-12/345 от 15.01.2020");
    expect(doc).toContain("А. Б. Асанова");
    const bad = await runCli([...args, "--date", "15/01/2020"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("15/01/2020");
  });

  it("refuses a period outside the plan and a file that is not a master (exit 2)", async () => {
    expect((await runCli(["report", "--master", fx.master, "--period", "2030", "--out", "x.docx"])).code).toBe(2);
    const notMaster = await runCli(["report", "--master", fx.rejected, "--period", "2019", "--out", "x.docx"]);
    expect(notMaster.code).toBe(2);
    expect(notMaster.stderr).toMatch(/master/i);
  });

  (canRenderDocx ? it : it.skip)(
    "is drawn by LibreOffice as a document to sign and send: the demo's report in Russian, and in Kyrgyz and English",
    async () => {
      const demo = join(fx.root, "demo");
      expect((await runCli(["demo", "--out", demo])).code).toBe(0);
      mkdirSync(OUT, { recursive: true });
      const render = async (lang: "ky" | "ru" | "en") => {
        const out = join(fx.root, `report-${lang}.docx`);
        const args = ["report", "--master", join(demo, "master.xlsx"), "--period", "2019-H2", "--lang", lang];
        expect((await runCli([...args, "--out", out])).code).toBe(0);
        const pdf = join(OUT, `report-${lang}.pdf`);
        writeFileSync(pdf, toPdf(`report-${lang}.docx`, readFileSync(out)));
        return { pdf, text: pdfText(pdf) };
      };
      const ru = await render("ru");
      const first = ru.text.split("\f")[0];
      for (const words of [
        "МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОГО РАЗВИТИЯ",
        "Аппарат Правительства Кыргызской",
        "№ ________ от",
        "за 2-е полугодие 2019 года",
        "Из 117 мероприятий Плана за 2-е полугодие 2019 года выполнено",
      ])
        expect(first.replace(/\s+/g, " ")).toContain(words);
      // The summary table's words are whole: no column so narrow that a word breaks inside ("Чарал|ар").
      for (const word of ["Мероприятий", "Выполняется", "Приостановлено", "Просрочено", "Глава 5", "Всего"])
        expect(first).toContain(word);
      expect(first).not.toMatch(/\d{4}-H\d/);
      expect(ru.text).toMatch(/Стр\. 1 \/ \d+/);
      expect(ru.text).toContain("Приложение 2. Ведомства, не представившие отчет");
      expect(ru.text).not.toMatch(/tendik/i);
      const page1 = renderPage(ru.pdf, join(OUT, "report-page1"), 1, 70);
      const page2 = renderPage(ru.pdf, join(OUT, "report-page2"), 2, 70);
      renderPage(ru.pdf, join(OUT, "report-page3"), 3, 70);
      // The charts over time and by chapter: completed (green) and in-progress (blue) bars follow the summary (on
      // the first page, or the second when the change since the previous period pushes them over).
      const bars = (page: Pixels) => countColour(page, "2E7D32") + countColour(page, "1F77B4");
      expect(bars(page1) + bars(page2)).toBeGreaterThan(500);
      const flat = (s: string) => s.replace(/\s+/g, " ");
      const ky = await render("ky");
      expect(flat(ky.text)).toContain("ЭМГЕК ЖАНА СОЦИАЛДЫК ӨНҮКТҮРҮҮ МИНИСТРЛИГИ");
      expect(ky.text).toMatch(/Барак 1 \/ \d+/);
      expect(flat(ky.text)).toContain("Пландын 117 чарасынын");
      const en = await render("en");
      expect(flat(en.text)).toContain("Of the Plan's 117 measures");
      expect(flat(en.text)).toContain("Annex 1. Verdicts of all measures");
      renderPage(ky.pdf, join(OUT, "report-ky-page1"), 1, 70);
      renderPage(en.pdf, join(OUT, "report-en-page1"), 1, 70);
    },
    300000,
  );
});
