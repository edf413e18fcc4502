/**
 * The report's blocks as Word paragraphs and tables: the first page's letterhead, headings bookmarked for the
 * contents, verdicts in their colours, tables whose columns fit their words, and the signature block.
 */
import { AlignmentType, Bookmark, BorderStyle, HeadingLevel, InternalHyperlink, Paragraph, Table, TextRun } from "docx";
import { VERDICT_COLOURS } from "../../schema";
import { coordinatorLabels } from "../../core/coordinator/labels";
import type { ConsolidatedReport, ReportBlock } from "../../core/coordinator/reportModel";
import { chartPlaceholder } from "./nativeChart";
import { plainTable, table } from "./reportTables";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

/** A verdict's colour as text: the chart's fill where it reads on white, a dark grey where it is too pale. */
function textColour(rgb: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "595959" : rgb;
}

export function blockToDocx(
  b: ReportBlock,
  report: ConsolidatedReport,
  nextChart: () => number,
  anchors: Map<ReportBlock, string>,
): (Paragraph | Table)[] {
  const L = coordinatorLabels[report.language].report;
  switch (b.kind) {
    case "letterhead":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 120 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: "000000", space: 4 } },
          children: [new TextRun({ text: b.issuer || "______________________________", bold: true, allCaps: true })],
        }),
        plainTable(
          [
            [
              [new Paragraph({ children: [new TextRun(b.reference)] })],
              [
                new Paragraph({
                  children: [new TextRun({ text: b.addressee || "______________________________", bold: true })],
                }),
              ],
            ],
          ],
          [0.45, 0.55],
        ),
        new Paragraph({ spacing: { after: 240 }, children: [] }),
      ];
    case "title":
      return [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          spacing: { after: 120 },
          children: [new TextRun({ text: b.text, bold: true, size: 28 })],
        }),
        ...b.subtitle.map(
          (s, i) =>
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { after: 60 },
              children: [new TextRun({ text: s, size: 24, bold: i === 0 })],
            }),
        ),
      ];
    case "toc":
      return [
        new Paragraph({
          spacing: { before: 360 },
          keepNext: true,
          children: [new TextRun({ text: b.title, bold: true, size: 26 })],
        }),
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
          pageBreakBefore: b.newPage,
          children: [id ? new Bookmark({ id, children: [new TextRun(b.text)] }) : new TextRun(b.text)],
        }),
      ];
    }
    case "paragraph":
      return [
        new Paragraph({
          spacing: { before: 80, after: 80 },
          alignment: b.style === "body" ? AlignmentType.JUSTIFIED : undefined,
          indent: b.style === "body" ? { firstLine: 567 } : undefined,
          children: [
            new TextRun({
              text: b.text,
              italics: b.style === "note",
              size: b.style === "note" ? 18 : b.style === "body" ? 24 : 22,
              bold: b.style === undefined,
            }),
          ],
        }),
      ];
    case "list":
      return [
        new Paragraph({
          spacing: { before: 160, after: 60 },
          keepNext: true,
          children: [new TextRun({ text: b.title, bold: true, size: 20 })],
        }),
        ...b.items.map(
          (item, i) =>
            new Paragraph({
              indent: { left: 360, hanging: 360 },
              spacing: { after: 30 },
              children: [new TextRun({ text: `${i + 1}.\t${item}`, size: 20 })],
              tabStops: [{ type: "left", position: 360 }],
            }),
        ),
      ];
    case "fields":
      return b.fields.map(
        ([label, value]) =>
          new Paragraph({
            spacing: { after: 40 },
            children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
          }),
      );
    case "verdict":
      return [
        new Paragraph({
          spacing: { before: 60, after: 60 },
          children: [
            new TextRun({ text: `${b.label}: `, bold: true }),
            new TextRun({ text: b.text, bold: true, color: textColour(VERDICT_COLOURS[b.verdict]) }),
            ...(b.note ? [new TextRun({ text: ` (${b.note})`, size: 20 })] : []),
          ],
        }),
      ];
    case "table":
      return [
        ...(b.caption
          ? [
              new Paragraph({
                keepNext: true,
                spacing: { before: 120, after: 60 },
                children: [new TextRun({ text: b.caption, bold: true, size: b.small ? 20 : 22 })],
              }),
            ]
          : []),
        table(b),
        new Paragraph({ spacing: { after: 60 }, children: [] }),
      ];
    case "chart":
      return [
        new Paragraph({ children: [new TextRun(chartPlaceholder(nextChart()))] }),
        new Paragraph({ spacing: { after: 80 }, children: [] }),
      ];
    case "bodyReport":
      return [
        new Paragraph({
          indent: { left: 360 },
          spacing: { before: 100, after: 40 },
          keepNext: true,
          children: [
            new TextRun({ text: b.who, bold: true, underline: {} }),
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
    case "signature": {
      const line = "________________";
      const hint = (text: string) => new Paragraph({ children: [new TextRun({ text, size: 16, italics: true })] });
      return [
        new Paragraph({ spacing: { before: 480 }, children: [] }),
        plainTable(
          [
            [
              [
                new Paragraph({ children: [new TextRun({ text: b.position ?? line, bold: true })] }),
                ...(b.position ? [] : [hint(b.positionHint)]),
              ],
              [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(line)] })],
              [
                new Paragraph({
                  alignment: AlignmentType.RIGHT,
                  children: [new TextRun({ text: b.name ?? line, bold: true })],
                }),
                ...(b.name
                  ? []
                  : [
                      new Paragraph({
                        alignment: AlignmentType.RIGHT,
                        children: [new TextRun({ text: b.nameHint, size: 16, italics: true })],
                      }),
                    ]),
              ],
            ],
          ],
          [0.45, 0.25, 0.3],
        ),
      ];
    }
  }
}
