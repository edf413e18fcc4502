import JSZip from "jszip";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeWorkbook } from "../../adapters/xlsx";
import { addChartParts, ChartPartError, chartsOfSpec } from "../../adapters/xlsx/chartPart";
import type { CellSpec, ChartSpec, WorkbookSpec } from "../../core/template/spec";
import { canRender, countColour, pdfText, renderPage, toPdf } from "./render";

const OUT = join(__dirname, "../../out/coordinator");
const COLOURS = { completed: "2E7D32", progress: "1F77B4", notStarted: "A6A6A6", overdue: "C62828" };

/** A progress sheet as the master has it: chapters down column A, counts per status to the right. */
function progressSpec(withChart: boolean): WorkbookSpec {
  const chapters: [string, number, number, number, number][] = [
    ["Экономикалык мүмкүнчүлүктөр", 6, 4, 2, 1],
    ["Билим берүү", 3, 5, 1, 0],
    ["Зомбулукка каршы", 2, 2, 4, 3],
    ["Саясий катышуу", 5, 1, 0, 2],
  ];
  const cells: CellSpec[] = ["Chapter", "Completed", "In progress", "Not started", "Overdue"].map((value, i) => ({
    ref: `${"ABCDE"[i]}1`,
    value,
  }));
  chapters.forEach((row, r) => row.forEach((value, i) => cells.push({ ref: `${"ABCDE"[i]}${r + 2}`, value })));
  const chart: ChartSpec = {
    type: "barStacked",
    title: "Progress by chapter",
    from: "G1",
    to: "P22",
    categories: "'Progress'!$A$2:$A$5",
    series: [
      { name: "Completed", values: "'Progress'!$B$2:$B$5", color: COLOURS.completed },
      { name: "In progress", values: "'Progress'!$C$2:$C$5", color: COLOURS.progress },
      { name: "Not started", values: "'Progress'!$D$2:$D$5", color: COLOURS.notStarted },
      { name: "Overdue", values: "'Progress'!$E$2:$E$5", color: COLOURS.overdue },
    ],
  };
  return {
    sheets: [
      {
        name: "Progress",
        state: "visible",
        columns: [{ width: 30 }, { width: 11 }, { width: 11 }, { width: 11 }, { width: 11 }],
        cells,
        merges: [],
        protect: false,
        validations: [],
        print: { orientation: "landscape", fitToWidth: true, paperSize: "A4" },
        // An Excel Table over the data, as on the master's sheets: the chart's <drawing> must precede <tableParts>.
        tables: [
          {
            name: "ProgressByChapter",
            ref: "A1",
            columns: ["Chapter", "Completed", "In progress", "Not started", "Overdue"].map((name) => ({ name })),
            rows: 4,
            style: "TableStyleLight9",
          },
        ],
        charts: withChart ? [chart] : [],
      },
    ],
    styles: {},
    definedNames: [],
    activeSheet: "Progress",
    properties: { title: "Chart test", creator: "tendik" },
  };
}

describe("addChartParts", () => {
  it("adds a chart part, a drawing with a two-cell anchor, their relationships and content types", async () => {
    // writeWorkbook adds a spec's charts itself (with this module): here the charts go onto a chartless file.
    const bytes = await addChartParts(await writeWorkbook(progressSpec(false)), chartsOfSpec(progressSpec(true)));
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(4);
    expect(chart).toContain("<c:f>&apos;Progress&apos;!$A$2:$A$5</c:f>");
    expect(chart).toContain('<a:srgbClr val="C62828"/>');
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    expect(drawing).toContain("<xdr:twoCellAnchor");
    expect(drawing).toContain("<xdr:from><xdr:col>6</xdr:col>");
    expect(await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string")).toContain(
      'Target="../charts/chart1.xml"',
    );
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
    const rId = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)![1];
    expect(rels).toContain(
      `Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"`,
    );
    // <drawing> comes after the page setup, as CT_Worksheet orders it.
    expect(sheet.indexOf("<drawing")).toBeGreaterThan(sheet.indexOf("<pageSetup"));
    expect(sheet.indexOf("<tableParts")).toBeGreaterThan(sheet.indexOf("<drawing"));
    expect(rels).toContain("relationships/table");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
  });

  it("is what writeWorkbook does with a spec's charts, and refuses a sheet that already has its drawing", async () => {
    const bytes = await writeWorkbook(progressSpec(true));
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file("xl/charts/chart1.xml")).not.toBeNull();
    await expect(addChartParts(bytes, chartsOfSpec(progressSpec(true)))).rejects.toThrow(ChartPartError);
  });

  it("returns the bytes unchanged when no sheet has charts, and refuses an unknown sheet", async () => {
    const bytes = await writeWorkbook(progressSpec(false));
    expect(await addChartParts(bytes, [])).toBe(bytes);
    await expect(
      addChartParts(bytes, [{ sheet: "Nope", charts: progressSpec(true).sheets[0].charts! }]),
    ).rejects.toThrow(ChartPartError);
  });

  (canRender ? it : it.skip)(
    "is drawn by LibreOffice: the title, the labels and each series' colour are on the rendered page",
    async () => {
      const withChart = await writeWorkbook(progressSpec(true));
      const without = await writeWorkbook(progressSpec(false));
      mkdirSync(OUT, { recursive: true });
      const pdf = join(OUT, "chart.pdf");
      writeFileSync(pdf, toPdf("chart.xlsx", withChart));
      const plainPdf = join(OUT, "chart-none.pdf");
      writeFileSync(plainPdf, toPdf("chart-none.xlsx", without));
      const text = pdfText(pdf);
      expect(text).toContain("Progress by chapter");
      expect(text).toContain("Overdue");
      const page = renderPage(pdf, join(OUT, "chart"), 1, 80);
      const plain = renderPage(plainPdf, join(OUT, "chart-none"), 1, 80);
      for (const colour of Object.values(COLOURS)) {
        // Grey anti-aliased text shares a few pixels with the grey series; a drawn bar has thousands.
        expect(countColour(page, colour)).toBeGreaterThan(countColour(plain, colour) + 1500);
      }
    },
    180000,
  );
});
