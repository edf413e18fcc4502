/*
 * ExcelJS in Node and in the browser: its package.json has "main": "./excel.js" (the CommonJS sources, which
 * use Node streams and Buffer) and "browser": "./dist/exceljs.min.js" (a self-contained ES5 bundle with its own
 * stream and Buffer polyfills). webpack picks "browser" for target "web" (resolve.mainFields starts with
 * "browser"), so the add-in gets the bundle without any Node fallbacks in webpack.config.js; Node and jest get
 * the sources. This module therefore only hands ExcelJS Uint8Array/ArrayBuffer and copies whatever Buffer
 * (or polyfilled Buffer) it returns into a plain Uint8Array.
 */
import type { Style, Workbook, Worksheet, WorksheetView } from "exceljs";
import { parseA1, toA1 } from "../../core/a1";
import { MAX_CELL_TEXT } from "../../core/template/cellText";
import type { CellSpec, PrintSpec, SheetSpec, StyleSpec, TableSpec, WorkbookSpec } from "../../core/template/spec";
import type { CellValue } from "../../core/grid";
import { InvalidCellValueError, InvalidSheetNameError, SheetNotFoundError, UnknownStyleError } from "./errors";
import { argb, asTextStyle, looksLikeFormula, toExcelStyle } from "./styles";
import { joinValidations, normaliseRange } from "./validations";
import { loadWorkbookClass } from "./exceljsWorkbook";
import { escapeExcelJsValue } from "./ooxmlText";

const PAPER_SIZE = { A4: 9, A3: 8 } as const;

/**
 * Renders a template spec as an .xlsx file, in Node and in the browser.
 * Only `CellSpec.formula` makes a formula: a value such as "=1+1" is written as text (and formatted as text,
 * so that editing the cell in Excel keeps it text).
 * @throws {TemplateSpecError} a subclass naming what in the spec cannot be rendered.
 * @example const bytes = await writeWorkbook(buildTemplate(plan, "ЭСӨМ", "2019-H2"));
 */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  // Loaded on first use: validating a file (the common case) never needs ExcelJS's writer.
  const Workbook = await loadWorkbookClass();
  const wb = new Workbook();
  wb.title = spec.properties.title;
  wb.creator = spec.properties.creator;
  wb.lastModifiedBy = spec.properties.creator;
  wb.company = spec.properties.company ?? "";
  // Cached results may be absent (formula without `result`): let Excel recompute everything when it opens.
  wb.calcProperties = { fullCalcOnLoad: true };

  const active = spec.sheets.findIndex((s) => s.name === spec.activeSheet);
  if (active < 0 || spec.sheets[active].state !== "visible") throw new SheetNotFoundError(spec.activeSheet);
  const styles = new StyleCache(spec.styles);
  for (const sheet of spec.sheets) await writeSheet(wb, sheet, styles, sheet.name === spec.activeSheet);
  wb.views = [{ x: 0, y: 0, width: 28800, height: 15000, firstSheet: 0, activeTab: active, visibility: "visible" }];

  for (const { name, ref } of spec.definedNames) wb.definedNames.add(ref, name);

  const buffer = await wb.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer.byteLength);
  bytes.set(buffer as unknown as Uint8Array);
  // ExcelJS writes no charts and no column breaks: they are added to what it wrote (that module, and JSZip
  // with it, loaded only for a workbook that has them).
  if (!spec.sheets.some((s) => s.charts?.length)) return bytes;
  const { addChartParts, chartsOfSpec } = await import("./chartPart");
  return addChartParts(bytes, chartsOfSpec(spec));
}

async function writeSheet(wb: Workbook, spec: SheetSpec, styles: StyleCache, active: boolean): Promise<void> {
  checkSheetName(spec.name, wb);
  const ws = wb.addWorksheet(spec.name, {
    state: spec.state,
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : undefined,
    views: [sheetView(spec, active)],
  });
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
    // The column's own number format, so rows the user adds by hand are text where the data is text.
    const numFmt = c.style === undefined ? undefined : styles.spec(c.style, spec.name, `column ${i + 1}`).numFmt;
    if (numFmt) col.numFmt = numFmt;
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = height;

  // A plain value under a table's header goes straight into the table's rows (ExcelJS writes those cells
  // itself when it adds the table): writing it into the sheet first built each of a master's cells twice.
  const tables = (spec.tables ?? []).map(tableArea);
  for (const cell of spec.cells) {
    const placed = tables.length ? inTableData(tables, cell) : null;
    if (placed && isPlain(cell)) placed.table.values[placed.r][placed.c] = cell.value ?? null;
    else {
      writeCell(ws, spec.name, cell, styles);
      placed?.table.fromSheet.add(`${placed.r}:${placed.c}`);
    }
  }
  for (const table of tables) addTable(ws, table);
  for (const range of spec.merges) ws.mergeCells(normaliseRange(range));
  for (const { range, validation } of joinValidations(spec.name, spec.validations)) {
    // On every ExcelJS 4.4 worksheet (lib/doc/worksheet.js) but not in its typings: one rule per range, not per cell.
    (ws as unknown as { dataValidations: { add(range: string, dv: unknown): void } }).dataValidations.add(
      range,
      validation,
    );
  }
  if (spec.print) {
    Object.assign(ws.pageSetup, pageSetup(spec.print));
    if (spec.print.footer) ws.headerFooter = { oddFooter: footerCode(spec.print.footer) };
  }
  if (spec.protect) {
    // No password: protection guards against slips, not people (the add-in's validation is the real check),
    // and ExcelJS hashes nothing without one. spinCount would only matter with a password (100,000 rounds of
    // SHA-512 by default, ~0.2 s a sheet); keep it low should one ever be added. Resizing rows and columns
    // helps reading wrapped text; formatting cells stays off so inputs keep the number formats ("@", dates)
    // that reading relies on.
    await ws.protect("", {
      spinCount: 1000,
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      formatCells: false,
      insertRows: false,
      insertColumns: false,
      deleteRows: false,
      deleteColumns: false,
    });
  }
}

/** Excel shows the active sheet's tab selected only if its view says so; the cursor starts on the first input. */
function sheetView(spec: SheetSpec, active: boolean): Partial<WorksheetView> {
  const { rows = 0, cols = 0 } = spec.frozen ?? {};
  // `tabSelected` is written by ExcelJS but missing from its typings, hence the assertions.
  if (rows === 0 && cols === 0) return { state: "normal", tabSelected: active } as Partial<WorksheetView>;
  const topLeftCell = toA1({ row: rows + 1, col: cols + 1 });
  return {
    state: "frozen",
    xSplit: cols,
    ySplit: rows,
    topLeftCell,
    activeCell: topLeftCell,
    tabSelected: active,
  } as Partial<WorksheetView>;
}

function writeCell(ws: Worksheet, sheet: string, spec: CellSpec, styles: StyleCache): void {
  const cell = ws.getCell(toRef(sheet, spec.ref));
  const { value, formula } = spec;
  if (typeof value === "number" && !Number.isFinite(value))
    throw new InvalidCellValueError(sheet, spec.ref, `${value} is not a number Excel can store`);
  if (typeof value === "string" && value.length > MAX_CELL_TEXT)
    throw new InvalidCellValueError(sheet, spec.ref, `text longer than ${MAX_CELL_TEXT} characters`);
  const textLooksLikeFormula = formula === undefined && typeof value === "string" && looksLikeFormula(value);
  const style = styles.get(spec.style, textLooksLikeFormula, sheet, spec.ref);
  if (style) cell.style = style as Style;
  if (formula !== undefined) {
    const text = formula.replace(/^=/, "");
    cell.value =
      value === undefined || value === null
        ? { formula: text, date1904: false }
        : { formula: text, result: escapeExcelJsValue(value), date1904: false };
  } else if (value !== undefined && value !== null) {
    // A string is always a string in ExcelJS, whatever it starts with; escaped, as ExcelJS writes it raw.
    cell.value = escapeExcelJsValue(value);
  }
}

/** A table's data area: where it starts, and the values of its rows as they are gathered from the spec. */
interface TableArea {
  spec: TableSpec;
  top: number;
  left: number;
  values: CellValue[][];
  /** Cells of the data area written into the sheet (a style, a formula, text that looks like one): "r:c". */
  fromSheet: Set<string>;
}

function tableArea(spec: TableSpec): TableArea {
  const { row: top, col: left } = parseA1(spec.ref);
  const values = Array.from({ length: spec.rows }, () => new Array<CellValue>(spec.columns.length).fill(null));
  return { spec, top, left, values, fromSheet: new Set() };
}

/** The table whose data rows hold `cell`, and its place there; null for a cell outside every table's data. */
function inTableData(tables: TableArea[], cell: CellSpec): { table: TableArea; r: number; c: number } | null {
  let at: { row: number; col: number };
  try {
    at = parseA1(cell.ref);
  } catch {
    return null; // writeCell names the bad address
  }
  for (const table of tables) {
    const r = at.row - table.top - 1;
    const c = at.col - table.left;
    if (r >= 0 && r < table.spec.rows && c >= 0 && c < table.spec.columns.length) return { table, r, c };
  }
  return null;
}

/** A value with nothing for writeCell to do but set it: no style, no formula, no text Excel would take for one. */
function isPlain(cell: CellSpec): boolean {
  const { value } = cell;
  if (cell.style !== undefined || cell.formula !== undefined) return false;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string") return value.length <= MAX_CELL_TEXT && !looksLikeFormula(value);
  return true;
}

/**
 * An Excel Table over its data: ExcelJS writes a table's header and rows itself, so they are handed over (the
 * cells written into the sheet taken from there), and each column's number format ("@" for text) is applied.
 */
function addTable(ws: Worksheet, table: TableArea): void {
  const { spec, top, left } = table;
  const rows = table.values.map((row, r) =>
    row.map((v, c) => {
      if (!table.fromSheet.has(`${r}:${c}`)) return escapeExcelJsValue(v);
      const value = ws.getCell(top + 1 + r, left + c).value; // written (so escaped) by writeCell
      return value === undefined ? null : value;
    }),
  );
  const added = ws.addTable({
    name: spec.name,
    ref: spec.ref,
    headerRow: true,
    totalsRow: false,
    style: { theme: spec.style as "TableStyleMedium2", showRowStripes: true },
    columns: spec.columns.map((c) => ({
      name: c.name,
      filterButton: true,
      ...(c.numFmt || c.wrap
        ? {
            style: {
              ...(c.numFmt ? { numFmt: c.numFmt } : {}),
              ...(c.wrap ? { alignment: { wrapText: true, vertical: "top" as const } } : {}),
            },
          }
        : {}),
    })),
    rows,
  });
  // addTable has given every cell its column's style; left on the column, ExcelJS would also write it as a
  // `tableColumn/@dxfId`, an attribute the schema does not have (it is `dataDxfId`) and that makes Excel repair
  // the table (exceljs #1630, #1907). The sheet's column style keeps rows added by hand formatted.
  for (const column of (added as unknown as { table: { columns: { style?: unknown }[] } }).table.columns)
    delete column.style;
}

function toRef(sheet: string, ref: string): string {
  try {
    return toA1(parseA1(ref));
  } catch {
    throw new InvalidCellValueError(sheet, ref, "not an A1 cell address");
  }
}

function pageSetup(print: PrintSpec): Record<string, unknown> {
  const setup: Record<string, unknown> = { orientation: print.orientation, paperSize: PAPER_SIZE[print.paperSize] };
  if (print.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  else if (print.scale !== undefined) Object.assign(setup, { fitToPage: false, scale: print.scale });
  if (print.repeatRows) {
    const [first, last = first] = print.repeatRows.replace(/\$/g, "").split(":");
    setup.printTitlesRow = `${first}:${last}`;
  }
  if (print.repeatColumns) setup.printTitlesColumn = print.repeatColumns.replace(/\$/g, "");
  if (print.area) {
    // ExcelJS writes `'Sheet'!$` + each end of "from:to", so "A$1:K$40" becomes `$A$1:$K$40`, as Excel writes it.
    const [from, to = from] = normaliseRange(print.area).split(":");
    setup.printArea = [from, to].map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$1$$$2")).join(":");
  }
  return setup;
}

/** "Страница {page} из {pages}" as Excel's footer codes: centred, "&" doubled, &P the page and &N the pages. */
export function footerCode(words: string): string {
  return `&C${words
    .replace(/&/g, "&&")
    .replace(/\{page\}/g, "&P")
    .replace(/\{pages\}/g, "&N")}`;
}

function checkSheetName(name: string, wb: Workbook): void {
  const fail = (problem: string): never => {
    throw new InvalidSheetNameError(name, problem);
  };
  if (!name.trim()) fail("empty");
  if (name.length > 31) fail("longer than 31 characters (ExcelJS would truncate it)");
  if (/[*?:/\\[\]]/.test(name)) fail("contains one of * ? : \\ / [ ]");
  // ExcelJS quotes sheet names in print titles and defined names without doubling apostrophes.
  if (name.includes("'")) fail("contains an apostrophe");
  if (name === "History") fail('"History" is reserved by Excel');
  if (wb.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase())) fail("used twice");
}

/** ExcelJS styles built once per spec style (and once more for its text variant), shared by reference. */
class StyleCache {
  private readonly built = new Map<string, Partial<Style>>();
  constructor(private readonly specs: Record<string, StyleSpec>) {}

  /** The spec style of a key. @throws {UnknownStyleError} a key the spec does not define. */
  spec(key: string, sheet: string, ref: string): StyleSpec {
    if (!Object.hasOwn(this.specs, key)) throw new UnknownStyleError(key, sheet, ref);
    return this.specs[key];
  }

  get(key: string | undefined, asText: boolean, sheet: string, ref: string): Partial<Style> | undefined {
    if (key === undefined && !asText) return undefined;
    if (key !== undefined && !Object.hasOwn(this.specs, key)) throw new UnknownStyleError(key, sheet, ref);
    const id = `${asText ? "text:" : ""}${key ?? ""}`;
    let style = this.built.get(id);
    if (!style) {
      const base = key === undefined ? {} : toExcelStyle(this.specs[key]);
      style = asText ? asTextStyle(base) : base;
      this.built.set(id, style);
    }
    return style;
  }
}
