/**
 * A native Word chart in a .docx file. The `docx` library writes no charts, so the document is written with a
 * placeholder paragraph and the chart is put in its place afterwards: a chart part (the same DrawingML the
 * master's chart uses, with the values cached in it since a document has no cells), its relationship, its
 * content type, and an inline drawing. Word and LibreOffice draw the chart from the cached values; the same
 * values are embedded as a small workbook (the chart's "package" relationship), which Word opens for "Edit Data".
 */
import JSZip from "jszip";
import type { ChartData } from "../../core/coordinator/reportModel";
import { chartXml, escapeXml } from "../xlsx/chartXml";
import { loadWorkbookClass } from "../xlsx/exceljsWorkbook";

const NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const REL_PACKAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package";
const CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const EMU_PER_CM = 360000;

/** The text of the paragraph a chart replaces. */
export const chartPlaceholder = (n: number) => `CHART-PLACEHOLDER-${n}`;

/** The document has no placeholder for a chart it was asked to draw. */
export class ChartPlaceholderMissingError extends Error {
  override readonly name = "ChartPlaceholderMissingError";
}

/** A chart's size in centimetres: the page's width, and a height that gives each bar the same room. */
export function chartSize(chart: ChartData): { width: number; height: number } {
  return { width: 16, height: Math.min(12, 4 + 1.1 * chart.categories.length) };
}

/**
 * Replaces each placeholder paragraph with its chart, `size` in centimetres (by default, from its bars).
 * @throws {ChartPlaceholderMissingError}
 */
export async function putCharts(
  docx: Uint8Array,
  charts: ChartData[],
  size?: { width: number; height: number },
): Promise<Uint8Array> {
  if (charts.length === 0) return docx;
  const zip = await JSZip.loadAsync(docx);
  let document = await zip.file("word/document.xml")!.async("string");
  let rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
  let types = await zip.file("[Content_Types].xml")!.async("string");
  if (!/Extension="xlsx"/i.test(types))
    types = types.replace("</Types>", `<Default Extension="xlsx" ContentType="${CT_XLSX}"/></Types>`);
  const files = { createFolders: false } as const; // no folder entries: an OPC package holds parts only
  for (const [i, chart] of charts.entries()) {
    const n = i + 1;
    const rId = `rIdChart${n}`;
    const rows = chart.categories.length;
    const col = (k: number) => String.fromCharCode(66 + k); // B, C, ...
    const spec = {
      type: "barStacked" as const,
      title: chart.title,
      from: "A1",
      to: "A1",
      categories: `Sheet1!$A$2:$A$${rows + 1}`,
      series: chart.series.map((s, k) => ({
        name: s.name,
        color: s.color,
        values: `Sheet1!$${col(k)}$2:$${col(k)}$${rows + 1}`,
      })),
    };
    zip.file(
      `word/charts/chart${n}.xml`,
      chartXml(spec, { categories: chart.categories, values: chart.series.map((s) => s.values) }, "rId1"),
      files,
    );
    zip.file(`word/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`, await chartWorkbook(chart), files);
    zip.file(
      `word/charts/_rels/chart${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_PACKAGE}" Target="../embeddings/Microsoft_Excel_Worksheet${n}.xlsx"/>` +
        `</Relationships>`,
      files,
    );
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="${rId}" Type="${REL_CHART}" Target="charts/chart${n}.xml"/></Relationships>`,
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/word/charts/chart${n}.xml" ContentType="${CT_CHART}"/></Types>`,
    );
    const placeholder = new RegExp(`<w:p\\b(?:(?!<w:p\\b)[\\s\\S])*?${chartPlaceholder(n)}[\\s\\S]*?</w:p>`);
    if (!placeholder.test(document)) throw new ChartPlaceholderMissingError(`no placeholder for chart ${n}`);
    document = document.replace(placeholder, () => inlineChart(rId, n, chart.title, size ?? chartSize(chart)));
  }
  zip.file("word/document.xml", document, files);
  zip.file("word/_rels/document.xml.rels", rels, files);
  zip.file("[Content_Types].xml", types, files);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The chart's data as the workbook Word edits: categories down column A, one series per column from B. */
async function chartWorkbook(chart: ChartData): Promise<Uint8Array> {
  const Workbook = await loadWorkbookClass();
  const wb = new Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["", ...chart.series.map((s) => s.name)]);
  chart.categories.forEach((category, r) => ws.addRow([category, ...chart.series.map((s) => s.values[r] ?? 0)]));
  ws.getColumn(1).width = Math.min(60, Math.max(12, ...chart.categories.map((c) => c.length)));
  const buffer = await wb.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer.byteLength);
  bytes.set(buffer as unknown as Uint8Array);
  return bytes;
}

function inlineChart(rId: string, n: number, title: string, size: { width: number; height: number }): string {
  const cx = Math.round(size.width * EMU_PER_CM);
  const cy = Math.round(size.height * EMU_PER_CM);
  return (
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing>` +
    `<wp:inline xmlns:wp="${NS_WP}" distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${9000 + n}" name="Chart ${n}" descr="${escapeXml(title)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${NS_A}"><a:graphicData uri="${NS_C}">` +
    `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${rId}"/>` +
    `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}
