/**
 * The consolidated report as a Word document (.docx), with the `docx` library: headings in Word's heading
 * styles, a table of contents written out as links to them (a TOC field would need Word to update fields on
 * opening, and Word asks the reader about that every time), page numbers in the footer, tables with repeated
 * header rows, and the progress chart as a native chart.
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  InternalHyperlink,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { ConsolidatedReport, ReportBlock } from "../../core/coordinator/reportModel";
import { coordinatorLabels } from "../../core/coordinator/labels";
import { chartPlaceholder, putCharts } from "./nativeChart";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
const FONT = "Times New Roman";

/**
 * Renders the report's blocks as .docx bytes (Node and browser).
 * @example const bytes = await renderReportDocx(buildConsolidatedReport(master, plan, "2019", "ky"));
 */
export async function renderReportDocx(report: ConsolidatedReport): Promise<Uint8Array> {
  const charts = report.blocks.flatMap((b) => (b.kind === "chart" ? [b.chart] : []));
  let chartNo = 0;
  // Headings of the first two levels are the contents; each gets a bookmark the contents link to.
  const anchors = new Map<ReportBlock, string>();
  report.blocks.forEach((b) => {
    if (b.kind === "heading" && b.level <= 2) anchors.set(b, `h${anchors.size + 1}`);
  });
  const children = report.blocks.flatMap((b) => blockToDocx(b, report, () => ++chartNo, anchors));
  const section: ISectionOptions = {
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 850 } } },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: report.runningHead, size: 16, color: "7F7F7F" })],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                children: [`${report.pageWord} `, PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES],
                size: 18,
              }),
            ],
          }),
        ],
      }),
    },
    children,
  };
  const doc = new Document({
    creator: "Tendik",
    title: report.title,
    styles: {
      default: { document: { run: { font: FONT, size: 22 } } },
      paragraphStyles: [
        {
          id: "Heading1",
          name: "Heading 1",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { bold: true, size: 30, color: "1F3864" },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, outlineLevel: 0 },
        },
        {
          id: "Heading2",
          name: "Heading 2",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { bold: true, size: 26, color: "1F3864" },
          paragraph: { spacing: { before: 300, after: 120 }, keepNext: true, outlineLevel: 1 },
        },
        {
          id: "Heading3",
          name: "Heading 3",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { bold: true, size: 23, color: "2F5496" },
          paragraph: { spacing: { before: 220, after: 100 }, keepNext: true, outlineLevel: 2 },
        },
        {
          id: "Heading4",
          name: "Heading 4",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { bold: true, size: 22 },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 3 },
        },
      ],
    },
    sections: [section],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
  return putCharts(bytes, charts);
}

function blockToDocx(
  b: ReportBlock,
  report: ConsolidatedReport,
  nextChart: () => number,
  anchors: Map<ReportBlock, string>,
): (Paragraph | Table)[] {
  const L = coordinatorLabels[report.language].report;
  switch (b.kind) {
    case "title":
      return [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: b.text, bold: true, size: 34 })],
        }),
        ...b.subtitle.map(
          (s) =>
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { after: 80 },
              children: [new TextRun({ text: s, size: 22 })],
            }),
        ),
      ];
    case "toc":
      return [
        new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: b.title, bold: true, size: 26 })] }),
        ...[...anchors].map(
          ([h, id]) =>
            new Paragraph({
              indent: { left: h.kind === "heading" && h.level > 1 ? 400 : 0 },
              spacing: { after: 40 },
              children: [
                new InternalHyperlink({
                  anchor: id,
                  children: [new TextRun({ text: h.kind === "heading" ? h.text : "", color: "1F3864" })],
                }),
              ],
            }),
        ),
        new Paragraph({ pageBreakBefore: true, children: [] }),
      ];
    case "heading": {
      const id = anchors.get(b);
      return [
        new Paragraph({
          heading: HEADINGS[b.level - 1],
          children: [id ? new Bookmark({ id, children: [new TextRun(b.text)] }) : new TextRun(b.text)],
        }),
      ];
    }
    case "paragraph":
      return [
        new Paragraph({
          spacing: { before: 80, after: 80 },
          children: [
            new TextRun({
              text: b.text,
              italics: b.style === "note",
              size: b.style === "note" ? 18 : 22,
              bold: b.style === undefined,
            }),
          ],
        }),
      ];
    case "fields":
      return b.fields.map(
        ([label, value]) =>
          new Paragraph({
            spacing: { after: 40 },
            children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
          }),
      );
    case "table":
      return [table(b.headers, b.rows, b.widths, b.totalRow ?? false)];
    case "chart":
      return [new Paragraph({ children: [new TextRun(chartPlaceholder(nextChart()))] })];
    case "bodyReport": {
      const who = `${b.body}${b.period ? ` — ${b.period}` : ""}`;
      if (b.missing)
        return [
          new Paragraph({
            indent: { left: 360 },
            spacing: { before: 80, after: 40 },
            children: [
              new TextRun({ text: `${who}: `, bold: true }),
              new TextRun({
                text: b.period ? L.noReportFor.replace("{period}", b.period) : L.notReported,
                italics: true,
                color: "C00000",
              }),
            ],
          }),
        ];
      return [
        new Paragraph({
          indent: { left: 360 },
          spacing: { before: 100, after: 40 },
          children: [
            new TextRun({ text: who, bold: true, underline: {} }),
            ...(b.overdue ? [new TextRun({ text: ` (${L.overdue})`, bold: true, color: "C00000" })] : []),
          ],
        }),
        ...b.fields.map(
          ([label, value]) =>
            new Paragraph({
              indent: { left: 720 },
              spacing: { after: 30 },
              children: [new TextRun({ text: `${label}: `, italics: true }), new TextRun(value)],
            }),
        ),
      ];
    }
  }
}

function table(headers: string[], rows: string[][], widths: number[], totalRow: boolean): Table {
  const sum = widths.reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, opts: { header?: boolean; bold?: boolean }) =>
    new TableCell({
      width: { size: Math.round((widths[i] / sum) * 100), type: WidthType.PERCENTAGE },
      shading: opts.header ? { type: ShadingType.CLEAR, fill: "D9E2F3", color: "auto" } : undefined,
      children: [
        new Paragraph({
          alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [new TextRun({ text, bold: opts.header || opts.bold, size: opts.header ? 16 : 18 })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, { header: true })) }),
      ...rows.map(
        (r, k) => new TableRow({ children: r.map((v, i) => cell(v, i, { bold: totalRow && k === rows.length - 1 })) }),
      ),
    ],
  });
}
