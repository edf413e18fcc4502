/**
 * The consolidated report as a Word document (.docx), with the `docx` library: a first page with the issuing
 * body, outgoing number and addressee and no running head, headings in Word's heading styles, a table of contents written out as links to them (a TOC field would need Word to update fields on
 * opening, and Word asks the reader about that every time), page numbers in the footer, tables with repeated
 * header rows, and the progress chart as a native chart.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import type { ConsolidatedReport, ReportBlock } from "../../core/coordinator/reportModel";
import { putCharts } from "./nativeChart";
import { blockToDocx } from "./reportBlocks";

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
    // The first page is the letter's: no running head above the letterhead.
    properties: { titlePage: true, page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 850 } } },
    headers: {
      first: new Header({ children: [new Paragraph({ children: [] })] }),
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: report.runningHead, size: 16, color: "7F7F7F" })],
          }),
        ],
      }),
    },
    footers: { default: pageFooter(report), first: pageFooter(report) },
    children,
  };
  const doc = new Document({
    // The document is the issuing body's: no software's name in its properties either.
    creator: report.issuer || " ",
    lastModifiedBy: report.issuer || " ",
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

function pageFooter(report: ConsolidatedReport): Footer {
  return new Footer({
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
  });
}
