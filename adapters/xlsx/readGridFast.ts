/**
 * A reader of values only: opens the package (every entry inflated within its limit and CRC-checked, see
 * zip.ts), finds the parts through their relationships as the standard says, and reads each XML part once
 * with a real XML tokenizer (zipXml.ts), without building ExcelJS's model of styles, validations and views.
 * Validation needs nothing but values and formulas. It gives the same grid as the ExcelJS reader (a test
 * compares them on every kind of file we meet), and a conformance corpus shows it reads what other conforming
 * producers write. It returns null only for the 1904 date system, which it leaves to ExcelJS, and only after
 * every part passed its own checks.
 */
import type { SheetGrid, SheetState, WorkbookGrid } from "../../core/grid";
import { WorkbookReadError } from "../../core/read/errors";
import { LIMITS, type ReadLimits } from "../../core/validate/fileChecks";
import { openPackage, type ZipPackage } from "./zip";
import { attr, readXmlPart } from "./zipXml";
import { MAX_ESCAPE, readSheetPart, unescapeText, type ReadBudget } from "./zipSheet";

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

interface Relationship {
  type: string;
  target: string;
}

/** A relationship target as a part name: relative to the source part's folder, or absolute from the root. */
function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A "%" that is no escape: take the name as written.
  }
  const parts = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of decoded.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships of a part, by id (external targets left out). */
function readRelationships(pkg: ZipPackage, sourcePart: string): Map<string, Relationship> {
  const slash = sourcePart.lastIndexOf("/");
  const relsPart = `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
  const out = new Map<string, Relationship>();
  const bytes = pkg.get(relsPart);
  if (!bytes) return out;
  readXmlPart(relsPart, bytes, {
    open: (el) => {
      const [Id, Type, Target, TargetMode] = ["Id", "Type", "Target", "TargetMode"].map((n) => attr(el, n));
      if (el.name === "Relationship" && Id && Target && TargetMode !== "External")
        out.set(Id, { type: Type ?? "", target: resolveTarget(sourcePart, Target) });
    },
  });
  return out;
}

const ofType = (rels: Map<string, Relationship>, kind: string) =>
  [...rels.values()].find((r) => r.type.endsWith(`/${kind}`))?.target;

/** The shared string table: the text of each item's runs, leaving out phonetic guides (<rPh>). */
function readSharedStrings(pkg: ZipPackage, part: string): string[] {
  const bytes = pkg.get(part);
  if (!bytes) return [];
  const out: string[] = [];
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  readXmlPart(part, bytes, {
    open: (el) => {
      if (el.name === "si") current = "";
      else if (el.name === "rPh") inPhonetic = true;
      else if (el.name === "t" && current !== null && !inPhonetic) inText = true;
    },
    close: (name) => {
      if (name === "si" && current !== null) {
        // Decoded, then cut one character over the cell's limit, so a cell that uses it is refused, never read
        // as a shorter text: the stored text was kept long enough (MAX_ESCAPE) to decode the cell's in full.
        out.push(unescapeText(part, current).slice(0, LIMITS.cellChars + 1));
        current = null;
      } else if (name === "rPh") inPhonetic = false;
      else if (name === "t") inText = false;
    },
    text: (t) => {
      // Longer than any cell can hold: kept just over, so the cell that uses it is refused.
      const keep = MAX_ESCAPE * (LIMITS.cellChars + 1);
      if (inText && current !== null && current.length < keep) current += t.slice(0, keep - current.length);
    },
  });
  return out;
}

/** Number format of each cell style index (styles.xml cellXfs), undefined for General. */
function readFormats(pkg: ZipPackage, part: string): (string | undefined)[] {
  const bytes = pkg.get(part);
  if (!bytes) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  readXmlPart(part, bytes, {
    open: (el) => {
      if (el.name === "numFmt")
        // LibreOffice escapes literal characters ("dd\\.mm\\.yyyy"); ExcelJS reports them unescaped.
        custom.set(Number(attr(el, "numFmtId")), (attr(el, "formatCode") ?? "").replace(/\\(.)/g, "$1"));
      else if (el.name === "cellXfs") inCellXfs = true;
      else if (el.name === "xf" && inCellXfs) ids.push(Number(attr(el, "numFmtId") ?? 0));
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return ids.map((id) => {
    const code = custom.get(id) ?? BUILT_IN_FORMATS[id];
    return code && code !== "General" ? code : undefined;
  });
}

/** The workbook part: its sheets in order, and whether it counts dates from 1904. */
function readWorkbookPart(pkg: ZipPackage, part: string) {
  const sheets: { name: string; state: SheetState; rid: string }[] = [];
  let date1904 = false;
  readXmlPart(part, pkg.get(part)!, {
    open: (el) => {
      if (el.name === "workbookPr") date1904 = attr(el, "date1904") === "1" || attr(el, "date1904") === "true";
      else if (el.name === "sheet") {
        const state = attr(el, "state");
        sheets.push({
          name: attr(el, "name") ?? "",
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
          // The relationship id is r:id (the relationships namespace), never a foreign namespace's "id".
          rid: attr(el, "r:id") ?? "",
        });
      }
    },
  });
  return { sheets, date1904 };
}

/**
 * Reads every worksheet of an opened package.
 * @returns the grid, or null for what it leaves to ExcelJS (the 1904 date system, a worksheet part missing).
 * @throws {WorkbookReadError} not-spreadsheet (no workbook, no worksheet), and what the parts' readers refuse.
 */
export function readPackageGrid(pkg: ZipPackage, limits: ReadLimits = LIMITS): WorkbookGrid | null {
  const root = readRelationships(pkg, "");
  const workbookPart = ofType(root, "officeDocument") ?? "xl/workbook.xml";
  if (!pkg.get(workbookPart)) throw new WorkbookReadError("not-spreadsheet", {});
  const rels = readRelationships(pkg, workbookPart);
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const shared = readSharedStrings(pkg, ofType(rels, "sharedStrings") ?? `${folder}sharedStrings.xml`);
  const formats = readFormats(pkg, ofType(rels, "styles") ?? `${folder}styles.xml`);
  const { sheets: listed, date1904 } = readWorkbookPart(pkg, workbookPart);
  // Excel never lets two sheets share a name, in any case: a hidden twin of the report sheet is not read instead.
  const names = new Set<string>();
  for (const { name } of listed) {
    const key = name.toLocaleUpperCase("en-US");
    if (names.has(key)) throw new WorkbookReadError("duplicate-sheet", { sheet: name });
    names.add(key);
  }
  const budget: ReadBudget = { cells: limits.cells, elements: 0 };
  const sheets: SheetGrid[] = [];
  let missing = false;
  let mergedArea = 0;
  for (const sheet of listed) {
    const rel = rels.get(sheet.rid);
    if (!rel || !rel.type.endsWith("/worksheet")) continue; // a chart sheet or a dialog sheet: no cells
    const bytes = pkg.get(rel.target);
    if (!bytes) {
      missing = true;
      continue;
    }
    const read = readSheetPart(rel.target, bytes, sheet, shared, formats, budget, limits);
    sheets.push(read.grid);
    mergedArea += read.mergedArea;
  }
  if (!date1904 && !missing) {
    if (!sheets.length) throw new WorkbookReadError("not-spreadsheet", {});
    return { sheets };
  }
  // ExcelJS reads a typed date cell's "2019-12-20T00:00:00" as the number 2019: refused at the cell, never read so.
  if (budget.typedDate) throw new WorkbookReadError("bad-value", budget.typedDate);
  // ExcelJS expands every merged area into its cells: a file it may read holds no more than a sheet's worth.
  if (mergedArea > limits.cells)
    throw new WorkbookReadError("too-many-merges", { sheet: sheets[0]?.name ?? "", limit: limits.merges });
  return null;
}

/**
 * Opens and reads a workbook's bytes (the sniffer must have let them through: see `assertWorkbookBytes`).
 * @returns the grid, or null when ExcelJS should read it (see `readPackageGrid`).
 * @throws {WorkbookReadError} whatever the package or its parts are refused for.
 */
export async function readGridFast(data: Uint8Array, limits: ReadLimits = LIMITS): Promise<WorkbookGrid | null> {
  return readPackageGrid(openPackage(data), limits);
}
