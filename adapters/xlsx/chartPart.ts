/**
 * Native charts in an .xlsx file. ExcelJS writes no charts, so the charts a spec describes are added to the
 * bytes it wrote: per chart a chart part, per sheet a drawing that anchors the sheet's charts to cells, the
 * relationships between them, the sheet's `<drawing r:id>` element and the content types. Works on
 * Uint8Array in Node and in the browser (JSZip).
 */
import JSZip from "jszip";
import type { ChartSpec, WorkbookSpec } from "../../core/template/spec";
import { chartXml, drawingXml, escapeXml } from "./chartXml";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Charts to add to one sheet, named as the workbook names it. */
export interface SheetCharts {
  sheet: string;
  charts: ChartSpec[];
}

/** The bytes given are not an .xlsx package this module can add charts to (no such sheet, a sheet with a drawing). */
export class ChartPartError extends Error {
  override readonly name = "ChartPartError";
}

/**
 * Adds a chart part per chart to an .xlsx file, anchored where each spec says.
 * @throws {ChartPartError} a named sheet is not in the workbook, or already has a drawing.
 * @example const withChart = await addChartParts(await writeWorkbook(spec), [{ sheet: "Progress", charts }]);
 */
export async function addChartParts(bytes: Uint8Array, sheets: SheetCharts[]): Promise<Uint8Array> {
  const wanted = sheets.filter((s) => s.charts.length > 0);
  if (wanted.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const sheetPaths = await sheetPartPaths(zip);
  let types = await text(zip, "[Content_Types].xml");
  let chartNo = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  let drawingNo = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);

  for (const { sheet, charts } of wanted) {
    const sheetPath = sheetPaths.get(sheet);
    if (!sheetPath) throw new ChartPartError(`no sheet "${sheet}" in the workbook`);
    let sheetXml = await text(zip, sheetPath);
    if (/<drawing\b/.test(sheetXml)) throw new ChartPartError(`sheet "${sheet}" already has a drawing`);

    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const anchored = charts.map((spec, i) => ({ spec, rId: `rId${i + 1}`, id: chartNo + i }));
    for (const { spec, id } of anchored) {
      zip.file(`xl/charts/chart${id}.xml`, chartXml(spec));
      types = addOverride(types, `/xl/charts/chart${id}.xml`, CT_CHART);
    }
    zip.file(drawingPath, drawingXml(anchored));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      relsXml(anchored.map(({ rId, id }) => ({ id: rId, type: REL_CHART, target: `../charts/chart${id}.xml` }))),
    );
    types = addOverride(types, `/${drawingPath}`, CT_DRAWING);

    const sheetRelsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
    const rels = zip.file(sheetRelsPath) ? await text(zip, sheetRelsPath) : relsXml([]);
    const rId = freeRelId(rels);
    zip.file(sheetRelsPath, addRelationship(rels, rId, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`));
    sheetXml = insertDrawing(sheetXml, rId);
    zip.file(sheetPath, sheetXml);

    chartNo += charts.length;
    drawingNo++;
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The charts a workbook spec declares, per sheet, for `addChartParts`. */
export function chartsOfSpec(spec: WorkbookSpec): SheetCharts[] {
  return spec.sheets.flatMap((s) => (s.charts?.length ? [{ sheet: s.name, charts: s.charts }] : []));
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new ChartPartError(`the package has no ${path}`);
  return file.async("string");
}

/** Sheet name -> path of its part, from the workbook and its relationships. */
async function sheetPartPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) out.set(unescapeXml(name), path);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!,
  );
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const m = pattern.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  });
  return max + 1;
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  const body = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${body.join("")}</Relationships>`;
}

function freeRelId(rels: string): string {
  const used = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function addRelationship(rels: string, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  return /<Relationships\b[^>]*\/>/.test(rels)
    ? rels.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`)
    : rels.replace("</Relationships>", `${rel}</Relationships>`);
}

function addOverride(types: string, partName: string, contentType: string): string {
  if (types.includes(`PartName="${partName}"`)) return types;
  return types.replace("</Types>", `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`);
}

/**
 * CT_Worksheet is a sequence: `<drawing>` comes after the page setup, header/footer, breaks, ignored errors
 * and before legacy drawings, pictures, OLE objects, controls, web publishing, table parts and extensions.
 */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function insertDrawing(sheetXml: string, rId: string): string {
  const element = `<drawing r:id="${rId}"/>`;
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const tag of AFTER_DRAWING) {
    const i = sheetXml.search(new RegExp(`<${tag}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  if (at < 0) throw new ChartPartError("the sheet's XML has no </worksheet>");
  let xml = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  // The r: prefix must be declared on the worksheet (ExcelJS declares it; other writers may not).
  if (!/<worksheet\b[^>]*xmlns:r=/.test(xml))
    xml = xml.replace(
      /<worksheet\b/,
      `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
    );
  return xml;
}
