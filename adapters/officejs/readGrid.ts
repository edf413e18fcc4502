/// <reference types="office-js" />
/**
 * Every worksheet's values, formulas and number formats as a WorkbookGrid, the shape adapters/xlsx returns:
 * empty cells absent, a merged area's value on its top-left cell only (Excel reads the others as ""), a
 * formula's text without "=" and, as the host does not say whether a result is cached, its value as read
 * (null when Excel reads ""). Three requests: the sheets, their used ranges, then the cells, the last one
 * split per READ_CELLS_PER_REQUEST cells so responses stay under Excel on the web's 5 MB limit (and read
 * again in smaller requests if one does not). ExcelApi 1.1.
 */
import { toA1 } from "../../core/a1";
import type { Cell, CellValue, SheetGrid, SheetState, WorkbookGrid } from "../../core/grid";
import { block } from "./sheetParts";

/** Values, formulas and formats of a cell take ~30 bytes on the wire: 100,000 cells stay near 3 MB. */
export const READ_CELLS_PER_REQUEST = 100_000;

const STATES: Record<string, SheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export interface ReadStats {
  syncs: number;
}

export async function readWorkbookGrid(
  context: Excel.RequestContext,
  valuesOnlyUsedRange: boolean,
): Promise<{ grid: WorkbookGrid; stats: ReadStats }> {
  const worksheets = context.workbook.worksheets.load("items/name,items/visibility");
  await context.sync();
  // getUsedRange(true) (ExcelApi 1.2) ignores cells that are only formatted; on 1.1 the block may be larger.
  const used = worksheets.items.map((ws) =>
    (valuesOnlyUsedRange ? ws.getUsedRange(true) : ws.getUsedRange()).load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  await context.sync();

  // Bands of rows, packed into requests of at most `cellsPerRequest` cells. Should a response still pass the
  // limit (long texts), the same bands are read again in requests half the size: reading changes nothing.
  let syncs = 2;
  let bands: Band[] = [];
  for (let cellsPerRequest = READ_CELLS_PER_REQUEST; ; cellsPerRequest = Math.ceil(cellsPerRequest / 2)) {
    const read = await readBands(context, worksheets.items, used, cellsPerRequest).catch((e: unknown) => e);
    if (Array.isArray(read)) {
      syncs += read.length;
      bands = (read as Band[][]).flat();
      break;
    }
    const tooLarge = /PayloadSizeLimitExceeded/i.test(String((read as { code?: string }).code));
    if (!tooLarge || cellsPerRequest <= 1) throw read;
    syncs += (read as { syncsSpent?: number }).syncsSpent ?? 1;
  }

  const grids: SheetGrid[] = worksheets.items.map((ws) => ({
    name: ws.name,
    state: STATES[ws.visibility] ?? "visible",
    cells: new Map<string, Cell>(),
    rowCount: 0,
    colCount: 0,
  }));
  for (const { sheet, range } of bands) readBand(grids[sheet], range);
  return { grid: { sheets: grids }, stats: { syncs } };
}

interface Band {
  sheet: number;
  range: Excel.Range;
}

/** Loads every used range in bands; returns the bands of each request sent (so its length counts the syncs). */
async function readBands(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  used: Excel.Range[],
  cellsPerRequest: number,
): Promise<Band[][]> {
  const requests: Band[][] = [[]];
  let cells = 0;
  for (let i = 0; i < sheets.length; i++) {
    const u = used[i];
    const rowsPerBand = Math.max(1, Math.floor(cellsPerRequest / u.columnCount));
    for (let r = 0; r < u.rowCount; r += rowsPerBand) {
      const rows = Math.min(rowsPerBand, u.rowCount - r);
      if (cells > 0 && cells + rows * u.columnCount > cellsPerRequest) {
        await syncCounting(context, requests.length);
        requests.push([]);
        cells = 0;
      }
      const range = block(sheets[i], u.rowIndex + r, u.columnIndex, rows, u.columnCount);
      requests[requests.length - 1].push({
        sheet: i,
        range: range.load("rowIndex,columnIndex,values,formulas,numberFormat"),
      });
      cells += rows * u.columnCount;
    }
  }
  await syncCounting(context, requests.length);
  return requests;
}

/** A sync whose failure says how many syncs the attempt took (for the count the caller reports). */
async function syncCounting(context: Excel.RequestContext, spent: number): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    if (e && typeof e === "object") Object.assign(e, { syncsSpent: spent });
    throw e;
  }
}

function readBand(grid: SheetGrid, range: Excel.Range): void {
  const { values, formulas, numberFormat } = range;
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < values[i].length; j++) {
      const cell = readCell(values[i][j], formulas[i][j], numberFormat[i][j]);
      if (!cell) continue;
      const row = range.rowIndex + i + 1;
      const col = range.columnIndex + j + 1;
      grid.cells.set(toA1({ row, col }), cell);
      grid.rowCount = Math.max(grid.rowCount, row);
      grid.colCount = Math.max(grid.colCount, col);
    }
  }
}

function readCell(raw: unknown, formula: unknown, numFmt: unknown): Cell | undefined {
  const value: CellValue = raw === "" || raw === undefined ? null : (raw as CellValue);
  const format = typeof numFmt === "string" && numFmt !== "General" ? numFmt : undefined;
  const withFormat = (cell: Cell): Cell => (format ? { ...cell, numFmt: format } : cell);
  // Excel's `formulas` gives a text constant back as itself: text such as "=1+2" kept as text is no formula.
  if (typeof formula === "string" && formula.startsWith("=") && formula.length > 1 && formula !== raw)
    return withFormat({ value, formula: formula.slice(1) });
  if (value === null) return undefined;
  return withFormat({ value });
}
