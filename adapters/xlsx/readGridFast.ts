/**
 * A reader of values only: unzips the workbook and scans the sheet XML once, without building ExcelJS's
 * model of styles, validations and views. Reading is most of the cost of validating and merging (ExcelJS
 * takes ~9 ms a template here, unzipping ~2 ms), and validation needs nothing but values and formulas.
 * It gives the same grid as the ExcelJS reader (a test compares them on every kind of file we meet) and
 * returns null for what it does not handle (the 1904 date system), so the caller falls back to ExcelJS.
 */
import JSZip from "jszip";
import { parseA1, toA1 } from "../../core/a1";
import type { Cell, CellValue, SheetGrid, SheetState, WorkbookGrid } from "../../core/grid";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text -> string: entities, character references, and OOXML's _xHHHH_ escapes of control characters. */
function decode(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : (ENTITIES[e] ?? m),
    )
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : undefined;
}

/** The text of a string item: its <t> runs, leaving out phonetic guides (<rPh>). */
function textOf(xml: string): string {
  let out = "";
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += m[1] ? decode(m[1]) : "";
  return out;
}

/** A shared formula written once for a range: shift its relative references to another cell of the range. */
function shiftFormula(formula: string, dRow: number, dCol: number): string {
  return formula.replace(
    /("[^"]*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (m, str, c$, letters: string, r$, digits: string) => {
      if (str) return str;
      let col = 0;
      for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
      const newCol = c$ ? col : col + dCol;
      const newRow = r$ ? Number(digits) : Number(digits) + dRow;
      return `${c$}${toA1({ row: newRow, col: newCol }).replace(/\d+$/, "")}${r$}${newRow}`;
    },
  );
}

function cellValue(
  type: string | undefined,
  v: string | undefined,
  inline: string | undefined,
  shared: string[],
): CellValue {
  if (type === "inlineStr") return inline === undefined ? null : textOf(inline);
  if (v === undefined) return null;
  switch (type) {
    case "s":
      return shared[Number(v)] ?? null;
    case "str":
    case "e":
      return decode(v);
    case "b":
      return v === "1" || v === "true";
    case "d": {
      const t = Date.parse(decode(v));
      return Number.isNaN(t) ? decode(v) : 25569 + t / 86400000;
    }
    default:
      return Number(v);
  }
}

/** Excel's built-in number formats, as ExcelJS names them. */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Number format of each cell style index (styles.xml cellXfs), undefined for General. */
function readFormats(styles: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\s([^>]*?)\/?>/g)) {
    const tag = ` ${m[1]}`;
    // LibreOffice escapes literal characters ("dd\\.mm\\.yyyy"); ExcelJS reports them unescaped.
    custom.set(Number(attr(tag, "numFmtId")), (attr(tag, "formatCode") ?? "").replace(/\\(.)/g, "$1"));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\s([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attr(` ${m[1]}`, "numFmtId") ?? 0);
    const code = custom.get(id) ?? BUILT_IN_FORMATS[id];
    return code && code !== "General" ? code : undefined;
  });
}

function readSheet(
  name: string,
  state: SheetState,
  xml: string,
  shared: string[],
  formats: (string | undefined)[],
): SheetGrid {
  const cells = new Map<string, Cell>();
  const slaves = new Set<string>();
  for (const m of xml.matchAll(/<mergeCell\s+ref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const a = parseA1(m[1]);
    const b = parseA1(m[2]);
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) slaves.add(toA1({ row: r, col: c }));
  }
  const sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();
  let rowCount = 0;
  let colCount = 0;
  for (const m of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const tag = ` ${m[1]}`;
    const ref = attr(tag, "r");
    if (!ref || slaves.has(ref)) continue;
    const body = m[2] ?? "";
    const type = attr(tag, "t");
    const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const inline = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
    const f = /<f(\s[^>]*)?(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    const value = cellValue(type, v, inline, shared);
    let formula: string | undefined;
    if (f) {
      const fTag = f[1] ?? "";
      const text = f[2] !== undefined ? decode(f[2]) : "";
      const si = attr(fTag, "si");
      const at = parseA1(ref);
      if (attr(fTag, "t") === "shared" && si !== undefined) {
        if (text) sharedFormulas.set(si, { formula: text, ...at });
        const master = sharedFormulas.get(si);
        formula = text || (master ? shiftFormula(master.formula, at.row - master.row, at.col - master.col) : "");
      } else formula = text;
    }
    let cell: Cell | undefined;
    if (formula !== undefined) {
      // LibreOffice saves a typed TRUE/FALSE as the formula TRUE()/FALSE(): a typed value all the same.
      const bool = /^(TRUE|FALSE)\(\)$/i.exec(formula);
      // An empty cached text is no cached value (as ExcelJS reads it).
      cell = bool
        ? { value: typeof value === "boolean" ? value : bool[1].toUpperCase() === "TRUE" }
        : { value: value === "" ? null : value, formula };
    } else if (value !== null && value !== "") cell = { value };
    if (!cell) continue;
    const numFmt = formats[Number(attr(tag, "s") ?? 0)];
    if (numFmt) cell.numFmt = numFmt;
    cells.set(ref, cell);
    const { row, col } = parseA1(ref);
    rowCount = Math.max(rowCount, row);
    colCount = Math.max(colCount, col);
  }
  return { name, state, cells, rowCount, colCount };
}

/**
 * Reads the values of every worksheet, or returns null when the workbook uses something this reader leaves
 * to ExcelJS. Throws what JSZip throws for a damaged archive.
 */
export async function readGridFast(data: Uint8Array): Promise<WorkbookGrid | null> {
  const zip = await JSZip.loadAsync(data);
  const text = (path: string) => zip.file(path)?.async("string");
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return null;
  if (/<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook)) return null;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\s([^>]*)\/?>/g)) {
    const tag = ` ${m[1]}`;
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target && /\/worksheet$/.test(attr(tag, "Type") ?? ""))
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sharedXml = (await text("xl/sharedStrings.xml")) ?? "";
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => (m[1] ? textOf(m[1]) : ""));
  const formats = readFormats((await text("xl/styles.xml")) ?? "");
  const sheets: SheetGrid[] = [];
  for (const m of workbook.matchAll(/<sheet\s([^>]*?)\/?>/g)) {
    const tag = ` ${m[1]}`;
    const path = targets.get(attr(tag, "r:id") ?? "");
    if (!path) continue; // a chart sheet or a dialog sheet: no cells
    const xml = await text(path);
    if (xml === undefined) return null;
    const state = attr(tag, "state");
    sheets.push(
      readSheet(
        attr(tag, "name") ?? "",
        state === "hidden" || state === "veryHidden" ? state : "visible",
        xml,
        shared,
        formats,
      ),
    );
  }
  return sheets.length ? { sheets } : null;
}
