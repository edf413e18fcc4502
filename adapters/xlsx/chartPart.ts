/**
 * Native charts in an .xlsx file. ExcelJS writes no charts, so the charts a spec describes are added to the
 * bytes it wrote: per chart a chart part, per sheet a drawing that anchors the sheet's charts to cells, the
 * relationships between them, the sheet's `<drawing r:id>` element and the content types. Works on
 * Uint8Array in Node and in the browser (JSZip).
 */
import JSZip from "jszip";
import type { ChartSpec, WorkbookSpec } from "../../core/template/spec";
import type { ChartCache } from "./chartXml";
import { chartXml, drawingXml, escapeXml } from "./chartXml";
import { parseA1, toA1 } from "../../core/a1";
import type { CellValue } from "../../core/grid";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Charts to add to one sheet, named as the workbook names it. */
export interface SheetCharts {
  sheet: string;
  charts: ChartSpec[];
  /** The values each chart shows, cached in its part (one per chart, in order), so that a reader that does not
   * recompute from the cells (Excel's protected view, previewers, LibreOffice before a recalculation) draws it. */
  caches?: (ChartCache | undefined)[];
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

  for (const { sheet, charts, caches } of wanted) {
    const sheetPath = sheetPaths.get(sheet);
    if (!sheetPath) throw new ChartPartError(`no sheet "${sheet}" in the workbook`);
    let sheetXml = await text(zip, sheetPath);
    if (/<drawing\b/.test(sheetXml)) throw new ChartPartError(`sheet "${sheet}" already has a drawing`);

    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const anchored = charts.map((spec, i) => ({ spec, rId: `rId${i + 1}`, id: chartNo + i }));
    for (const [i, { spec, id }] of anchored.entries()) {
      zip.file(`xl/charts/chart${id}.xml`, chartXml(spec, caches?.[i]), { createFolders: false });
      types = addOverride(types, `/xl/charts/chart${id}.xml`, CT_CHART);
    }
    zip.file(drawingPath, drawingXml(anchored), { createFolders: false });
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      relsXml(anchored.map(({ rId, id }) => ({ id: rId, type: REL_CHART, target: `../charts/chart${id}.xml` }))),
      { createFolders: false },
    );
    types = addOverride(types, `/${drawingPath}`, CT_DRAWING);

    const sheetRelsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
    const rels = zip.file(sheetRelsPath) ? await text(zip, sheetRelsPath) : relsXml([]);
    const rId = freeRelId(rels);
    zip.file(sheetRelsPath, addRelationship(rels, rId, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`), {
      createFolders: false,
    });
    sheetXml = insertDrawing(sheetXml, rId);
    zip.file(sheetPath, sheetXml, { createFolders: false });

    chartNo += charts.length;
    drawingNo++;
  }
  zip.file("[Content_Types].xml", types, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The charts a workbook spec declares, per sheet, for `addChartParts`. */
export function chartsOfSpec(spec: WorkbookSpec): SheetCharts[] {
  return spec.sheets.flatMap((s) =>
    s.charts?.length ? [{ sheet: s.name, charts: s.charts, caches: s.charts.map((c) => chartCache(spec, c)) }] : [],
  );
}

/** The values a chart's ranges hold in the spec: categories as text, series as numbers (blank as 0). */
export function chartCache(spec: WorkbookSpec, chart: ChartSpec): ChartCache | undefined {
  const categories = rangeValues(spec, chart.categories);
  const series = chart.series.map((s) => rangeValues(spec, s.values));
  if (!categories || series.some((v) => !v)) return undefined;
  return {
    categories: categories.map((v) => (v === null ? "" : String(v))),
    values: series.map((v) => v!.map((x) => (typeof x === "number" && Number.isFinite(x) ? x : 0))),
  };
}

/** A sheet-qualified one-column or one-row range (`'Progress'!$D$5:$D$9`) as the spec's values, in order. */
function rangeValues(spec: WorkbookSpec, ref: string): CellValue[] | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?$/.exec(ref);
  if (!m) return undefined;
  const sheet = spec.sheets.find((s) => s.name === (m[1]?.replace(/''/g, "'") ?? m[2]));
  if (!sheet) return undefined;
  const from = parseA1(m[3].replace(/\$/g, ""));
  const to = parseA1((m[4] ?? m[3]).replace(/\$/g, ""));
  const byRef = new Map(sheet.cells.map((c) => [c.ref.replace(/\$/g, ""), c.value ?? null]));
  const out: CellValue[] = [];
  for (let row = from.row; row <= to.row; row++)
    for (let col = from.col; col <= to.col; col++) out.push(byRef.get(toA1({ row, col })) ?? null);
  return out;
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

/** The sheet's XML with `element` put before the first of `after` (or before the end). */
function insertBefore(sheetXml: string, after: readonly string[], element: string): string {
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const tag of after) {
    const i = sheetXml.search(new RegExp(`<${tag}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  if (at < 0) throw new ChartPartError("the sheet's XML has no </worksheet>");
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

function insertDrawing(sheetXml: string, rId: string): string {
  let xml = insertBefore(sheetXml, AFTER_DRAWING, `<drawing r:id="${rId}"/>`);
  // The r: prefix must be declared on the worksheet (ExcelJS declares it; other writers may not).
  if (!/<worksheet\b[^>]*xmlns:r=/.test(xml))
    xml = xml.replace(
      /<worksheet\b/,
      `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
    );
  return xml;
}
