/**
 * DrawingML for a `ChartSpec`: the chart part (xl/charts/chartN.xml) and the drawing that anchors it to cells
 * (xl/drawings/drawingN.xml). The series reference the sheet's cells and carry no cached values: Excel and
 * LibreOffice read the cells when they open the file, as they do for charts openpyxl writes.
 */
import { parseA1 } from "../../core/a1";
import type { ChartSpec } from "../../core/template/spec";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Escapes text for an XML attribute or element. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

const solid = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb.replace(/^#/, "").toUpperCase()}"/></a:solidFill>`;

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

/** Values shown until the cells are read; a chart in a document (no cells) shows only these. */
export interface ChartCache {
  categories: string[];
  /** One list per series, in the order of `ChartSpec.series`. */
  values: number[][];
}

function strCache(items: string[]): string {
  const pts = items.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${items.length}"/>${pts}</c:strCache>`;
}

function numCache(items: number[]): string {
  const pts = items.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${items.length}"/>${pts}</c:numCache>`;
}

function series(s: ChartSpec["series"][number], i: number, categories: string, cache?: ChartCache): string {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
    `<c:spPr>${solid(s.color)}<a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escapeXml(categories)}</c:f>${cache ? strCache(cache.categories) : ""}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(s.values)}</c:f>${cache ? numCache(cache.values[i] ?? []) : ""}</c:numRef></c:val>` +
    `</c:ser>`
  );
}

/** The chart part: one bar chart (horizontal or vertical, stacked or clustered) with a legend below. */
export function chartXml(spec: ChartSpec, cache?: ChartCache, externalDataId?: string): string {
  const horizontal = spec.type === "barStacked";
  const stacked = spec.type !== "columnClustered";
  const catAx = 500000001;
  const valAx = 500000002;
  const axisText = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title>${richText(spec.title, 1200, true)}<c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/>` +
    `<c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    spec.series.map((s, i) => series(s, i, spec.categories, cache)).join("") +
    `<c:gapWidth val="60"/>${stacked ? `<c:overlap val="100"/>` : ""}` +
    `<c:axId val="${catAx}"/><c:axId val="${valAx}"/></c:barChart>` +
    // Categories read top to bottom in plan order: a horizontal bar chart's category axis runs upwards by default.
    `<c:catAx><c:axId val="${catAx}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText}` +
    `<c:crossAx val="${valAx}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valAx}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${axisText}<c:crossAx val="${catAx}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${axisText}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `<c:spPr>${solid("FFFFFF")}<a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    // A chart in a document keeps its data in an embedded workbook, which Word opens for "Edit Data".
    (externalDataId ? `<c:externalData r:id="${externalDataId}"><c:autoUpdate val="0"/></c:externalData>` : "") +
    `</c:chartSpace>`
  );
}

function marker(tag: "from" | "to", ref: string): string {
  const { row, col } = parseA1(ref);
  return `<xdr:${tag}><xdr:col>${col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The drawing part: one two-cell anchor per chart, each pointing at its chart part by relationship id. */
export function drawingXml(charts: { spec: ChartSpec; rId: string; id: number }[]): string {
  const anchors = charts.map(
    ({ spec, rId, id }) =>
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", spec.from)}${marker("to", spec.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${escapeXml(`Chart ${id}`)}" descr="${escapeXml(spec.title)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${rId}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`
  );
}
