// Runs in Node and in the browser: see the note on ExcelJS's "browser" entry in writeWorkbook.ts.
import type { Cell as ExcelCell, Worksheet } from "exceljs";
import { toA1 } from "../../core/a1";
import type { Cell, SheetGrid, SheetState, WorkbookGrid } from "../../core/grid";
import { WorkbookReadError } from "../../core/read/errors";
import { LIMITS, type ReadLimits } from "../../core/validate/fileChecks";
import { toCellValue } from "./cellValue";
import { readPackageGrid } from "./readGridFast";
import { checkSignature } from "./signature";
import { openPackage } from "./zip";
import { loadWorkbookClass } from "./exceljsWorkbook";

/**
 * Reads every worksheet of an .xlsx file into a grid of values, in Node and in the browser.
 * Cells: only those holding a value (an empty string counts as empty, as in Office.js), keyed by A1; a merged
 * area's value sits on its top-left cell only; dates become serial numbers with their `numFmt`; a formula
 * cell has its cached result (or null) and its text without "=". `rowCount`/`colCount` span the cells read,
 * like Office.js `getUsedRange(true)`, so formatting alone does not extend them. Chart sheets are skipped.
 * Nothing is swallowed: the fast reader returns a grid, declines (ExcelJS reads it, after every check of the
 * package and its parts passed), or refuses with a WorkbookReadError; any other exception is a bug.
 * `limits` are a submitted file's unless given: a master passes MASTER_LIMITS (it grows with every merge).
 * @throws {WorkbookReadError} with a `reason` for each way a file is refused (core/read/errors.ts).
 * @example const grid = await readWorkbook(await file.arrayBuffer());
 */
export async function readWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  limits: ReadLimits = LIMITS,
): Promise<WorkbookGrid> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  checkSignature(data, limits);
  return readPackageGrid(openPackage(data), limits) ?? loadWithExcelJS(data);
}

/**
 * The same contract through ExcelJS's full model: the reference the fast reader is tested against. The
 * package checks (sizes while inflating, CRCs, duplicates, macros) run first, so ExcelJS never meets a bomb.
 */
export async function readWorkbookWithExcelJS(
  bytes: Uint8Array | ArrayBuffer,
  limits: ReadLimits = LIMITS,
): Promise<WorkbookGrid> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  checkSignature(data, limits);
  openPackage(data);
  return loadWithExcelJS(data);
}

async function loadWithExcelJS(data: Uint8Array): Promise<WorkbookGrid> {
  // Loaded on first use: the values-only reader reads every template; ExcelJS only what it declines.
  const Workbook = await loadWorkbookClass();
  const wb = new Workbook();
  try {
    // ExcelJS's typings say Buffer; JSZip underneath takes a Uint8Array in Node and in the browser.
    await wb.xlsx.load(data as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (err) {
    // Every check of ours passed: whatever ExcelJS cannot read now (broken XML it parses its own way) is damage.
    throw new WorkbookReadError("corrupt", {}, { cause: err });
  }
  if (wb.worksheets.length === 0) throw new WorkbookReadError("not-spreadsheet", {});
  return { sheets: wb.worksheets.map(readSheet) };
}

function readSheet(ws: Worksheet): SheetGrid {
  const cells = new Map<string, Cell>();
  let rowCount = 0;
  let colCount = 0;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (excelCell) => {
      const cell = readCell(excelCell);
      if (!cell) return;
      const { row: r, col: c } = excelCell.fullAddress;
      cells.set(toA1({ row: r, col: c }), cell);
      rowCount = Math.max(rowCount, r);
      colCount = Math.max(colCount, c);
    });
  });
  return { name: ws.name, state: sheetState(ws.state), cells, rowCount, colCount };
}

function readCell(cell: ExcelCell): Cell | undefined {
  // ExcelJS gives every cell of a merged area the master's value; only the master really holds it.
  if (cell.isMerged && cell.master !== cell) return undefined;
  const raw = cell.value;
  const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  if (raw !== null && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw)) {
    const formula = (cell.formula ?? "").replace(/^=/, "");
    const value = toCellValue((raw as { result?: unknown }).result);
    // LibreOffice saves a typed TRUE/FALSE as the formula TRUE()/FALSE(): it is a typed value all the same.
    if (typeof value === "boolean" && /^(TRUE|FALSE)\(\)$/i.test(formula)) return withFormat({ value }, numFmt);
    return withFormat({ value, formula }, numFmt);
  }
  const value = toCellValue(raw);
  if (value === null || value === "") return undefined;
  return withFormat({ value }, numFmt);
}

const withFormat = (cell: Cell, numFmt: string | undefined): Cell => (numFmt ? { ...cell, numFmt } : cell);

function sheetState(state: string | undefined): SheetState {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}
