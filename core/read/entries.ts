import type { IndicatorValue, Preparer, ReportEntry, ReportHeader } from "../../schema";
import { columnLetters } from "../a1";
import type { Cell, SheetGrid } from "../grid";
import { sourceFromLabel, statusFromLabel, yesNoFromLabel } from "../labels";
import { parentOf, setAt } from "../pointer";
import type { InputDef, ReportColumn } from "../template/columns";
import { DEFAULT_COLUMNS, PREPARER_CELLS, type ColumnSet, type MeasureRows } from "../template/layout";
import { cellText, parseDate, parseNumber } from "../values";
import type { CellRef, ReadContext } from "./context";

/** Collects the JSON Pointer -> cell map while values are read. */
export class CellMap {
  readonly byPath = new Map<string, CellRef>();
  constructor(private readonly sheet: string) {}
  set(path: string, cell: string): void {
    this.byPath.set(path, { sheet: this.sheet, cell });
  }
}

/** Reads one input cell: its value, after flagging a formula where a typed value belongs. */
function inputCell(
  sheet: SheetGrid,
  cell: string,
  field: string,
  path: string,
  ctx: ReadContext,
  formulaAllowed = false,
): Cell {
  const c = sheet.cells.get(cell) ?? { value: null };
  if (c.formula && !formulaAllowed)
    ctx.add("formula-not-allowed", { field, formula: c.formula }, { sheet, cell, path, field });
  return c;
}

function text(c: Cell): string | undefined {
  return cellText(c.value) ?? undefined;
}

export function readPreparer(sheet: SheetGrid, ctx: ReadContext, map: CellMap): Partial<Preparer> {
  const out: Partial<Preparer> = {};
  for (const field of Object.keys(PREPARER_CELLS) as (keyof Preparer)[]) {
    const cell = PREPARER_CELLS[field].input.split(":")[0];
    const path = `/header/preparedBy/${field}`;
    map.set(path, cell);
    const c = inputCell(sheet, cell, `preparedBy.${field}`, path, ctx);
    if (field === "date") {
      const d = parseDate(c.value);
      if (d?.ok) out.date = d.value;
      else if (d) ctx.add("value-not-date", { field: "preparedBy.date", value: d.raw }, { sheet, cell, path, field });
    } else {
      const t = text(c);
      if (t !== undefined) out[field] = t;
    }
  }
  return out;
}

/** What reading one input needs: where it is, where its value goes, in which words issues are told. */
interface InputAt {
  sheet: SheetGrid;
  cell: string;
  path: string;
  column: ReportColumn;
  input: InputDef;
}

/**
 * One input cell's value, read as the registry says; a value that cannot be read is an issue at its cell and
 * reads as absent. Returns undefined for an empty cell.
 */
function readInput(at: InputAt, ctx: ReadContext): unknown {
  const { sheet, cell, path, column, input } = at;
  const field = column.key;
  const where = { sheet, cell, path, field: column.key };
  const c = inputCell(sheet, cell, field, path, ctx);
  switch (input.read) {
    case "number": {
      const n = parseNumber(c.value);
      if (n && !n.ok) ctx.add("value-not-number", { field, value: n.raw }, where);
      return n?.ok ? n.value : undefined;
    }
    case "date": {
      const d = parseDate(c.value);
      if (d && !d.ok) ctx.add("value-not-date", { field, value: d.raw }, where);
      return d?.ok ? d.value : undefined;
    }
    case "status":
    case "source":
    case "yesNo": {
      const t = text(c);
      if (t === undefined) return undefined;
      const v = CHOICES[input.read].parse(t);
      if (v === undefined) ctx.add("value-not-in-list", { field, value: t, allowed: input.read }, where);
      return v;
    }
    default:
      return text(c);
  }
}

/** The drop-downs: a label in any language (and any former label) back to its code. */
const CHOICES = {
  status: { parse: statusFromLabel },
  source: { parse: sourceFromLabel },
  yesNo: { parse: yesNoFromLabel },
} as const;

/**
 * The people total. Our own formula is a derived total: recompute it rather than trust a cached result that
 * may be absent; a derived total of values that are themselves wrong would only repeat their error elsewhere.
 * A typed total (or someone else's formula) is read as a typed number.
 */
function readTotal(at: InputAt, fields: Record<string, unknown>, ctx: ReadContext): unknown {
  const cell = at.sheet.cells.get(at.cell);
  if (cell?.formula === undefined || !/^IF\(COUNT\(/i.test(cell.formula))
    return readInput({ ...at, input: { ...at.input, read: "number" } }, ctx);
  const { women, men } = fields as { women?: number; men?: number };
  const summable = (women !== undefined || men !== undefined) && [women ?? 0, men ?? 0].every(Number.isInteger);
  return summable ? (women ?? 0) + (men ?? 0) : undefined;
}

/** Reads a measure's inputs at `row` (where it sits now) into a report entry at `/entries/{index}`. */
export function readEntry(
  sheet: SheetGrid,
  m: MeasureRows,
  row: number,
  index: number,
  ctx: ReadContext,
  map: CellMap,
  columns: ColumnSet = DEFAULT_COLUMNS,
): ReportEntry {
  const base = `/entries/${index}`;
  const at = (key: string, r = row) => `${columnLetters(columns.col(key))}${r}`;
  const entry = { measureId: m.measure.id, indicators: [] as IndicatorValue[] } as ReportEntry;
  map.set(base, at("measure"));

  for (const column of columns.list) {
    if (column.level !== "measure" || !column.input) continue;
    const input = column.input;
    const path = `${base}${input.path}`;
    map.set(path, at(column.key));
    // A group of fields (spending, evidence) is located at its first column.
    const parent = parentOf(input.path);
    if (parent && !map.byPath.has(`${base}${parent}`)) map.set(`${base}${parent}`, at(column.key));
    const value = readInput({ sheet, cell: at(column.key), path, column, input }, ctx);
    if (value !== undefined) setAt(entry as unknown as Record<string, unknown>, input.path, value);
  }

  m.indicators.forEach(({ indicator }, i) => {
    const r = row + i;
    const ip = `${base}/indicators/${entry.indicators.length}`;
    const fields: Record<string, unknown> = {};
    for (const column of columns.list) {
      const input = column.level === "indicator" ? column.byKind?.[indicator.kind] : undefined;
      if (!input) continue;
      const cellAt: InputAt = { sheet, cell: at(column.key, r), path: `${ip}${input.path}`, column, input };
      map.set(cellAt.path, cellAt.cell);
      const value = input.read === "peopleTotal" ? readTotal(cellAt, fields, ctx) : readInput(cellAt, ctx);
      if (value !== undefined) setAt(fields, input.path, value);
    }
    map.set(ip, at(columns.list.find((c) => c.level === "indicator")!.key, r));
    // Nothing typed is no value; a value missing a required part (a reference without yes/no) is kept, so the
    // schema names what is missing.
    if (Object.keys(fields).length > 0)
      entry.indicators.push({ indicatorId: indicator.id, kind: indicator.kind, ...fields } as IndicatorValue);
  });
  return entry;
}

/** The header a reader can build from the identity and the preparer block. */
export function makeHeader(
  id: {
    planId: string;
    planHash: string;
    formatVersion: number;
    agency: string;
    period: string;
    language: ReportHeader["language"];
  },
  preparedBy: Partial<Preparer>,
): ReportHeader {
  // A missing name stays missing: the schema check reports it at its cell.
  return {
    planId: id.planId,
    planHash: id.planHash,
    formatVersion: id.formatVersion,
    agency: id.agency,
    period: id.period,
    language: id.language,
    preparedBy: preparedBy as Preparer,
  };
}
