/**
 * The report's tables: data tables whose columns are sized from their words (a header row repeated on every
 * page, rows kept whole, totals in bold), and borderless layout tables for the first page's head and the
 * signature block.
 */
import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ReportBlock } from "../../core/coordinator/reportModel";
import { columnWidths, TEXT_WIDTH } from "./columnWidths";

type TableBlock = Extract<ReportBlock, { kind: "table" }>;

/** A table without borders laying out the first page's head and the signature block. */
export function plainTable(cells: Paragraph[][][], shares: number[]): Table {
  const widths = shares.map((s) => Math.round(s * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: cells.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.map(
            (children, i) => new TableCell({ width: { size: widths[i], type: WidthType.DXA }, children }),
          ),
        }),
    ),
  });
}

export function table(b: TableBlock): Table {
  const [headerSize, cellSize] = b.small ? [17, 18] : [19, 20];
  const boldRows = new Set(b.bold?.rows ?? []);
  const boldColumns = new Set(b.bold?.columns ?? []);
  const widths = columnWidths(
    b.headers.map((h, i) => ({
      texts: [
        { text: h, size: headerSize, bold: true },
        ...b.rows.map((r, k) => ({ text: r[i] ?? "", size: cellSize, bold: boldRows.has(k) || boldColumns.has(i) })),
      ],
    })),
  );
  const cell = (text: string, i: number, opts: { header?: boolean; bold?: boolean }) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      shading: opts.header ? { type: ShadingType.CLEAR, fill: "D9E2F3", color: "auto" } : undefined,
      children: [
        new Paragraph({
          alignment: opts.header ? AlignmentType.CENTER : b.numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: opts.header || opts.bold, size: opts.header ? headerSize : cellSize })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: 80, right: 80 },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.headers.map((h, i) => cell(h, i, { header: true })),
      }),
      ...b.rows.map(
        (r, k) =>
          new TableRow({
            cantSplit: true,
            children: r.map((v, i) => cell(v, i, { bold: boldRows.has(k) || boldColumns.has(i) })),
          }),
      ),
    ],
  });
}
