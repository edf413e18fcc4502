import type { IndicatorValue, Preparer, ReportEntry, ReportHeader } from "../../schema";
import { columnLetters } from "../a1";
import type { Cell, SheetGrid } from "../grid";
import { sourceFromLabel, statusFromLabel, yesNoFromLabel, type TemplateLabels } from "../labels";
import { COL, PREPARER_CELLS, type ColumnKey, type MeasureRows } from "../template/layout";
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
    const c = inputCell(sheet, cell, ctx.labels.preparedBy[field], path, ctx);
    if (field === "date") {
      const d = parseDate(c.value);
      if (d?.ok) out.date = d.value;
      else if (d)
        ctx.add("value-not-date", { field: ctx.labels.preparedBy.date, value: d.raw }, { sheet, cell, path, field });
    } else {
      const t = text(c);
      if (t !== undefined) out[field] = t;
    }
  }
  return out;
}

/** Reads a measure's inputs at `row` (where it sits now) into a report entry at `/entries/{index}`. */
export function readEntry(
  sheet: SheetGrid,
  m: MeasureRows,
  row: number,
  index: number,
  ctx: ReadContext,
  template: TemplateLabels,
  map: CellMap,
): ReportEntry {
  const L = ctx.labels;
  const base = `/entries/${index}`;
  const at = (key: ColumnKey, r = row) => `${columnLetters(COL[key])}${r}`;
  const entry = { measureId: m.measure.id, indicators: [] as IndicatorValue[] } as ReportEntry;
  map.set(base, at("measure"));

  const read = (key: ColumnKey, path: string, r = row, formulaAllowed = false) => {
    map.set(path, at(key, r));
    return inputCell(sheet, at(key, r), L.columns[key], path, ctx, formulaAllowed);
  };
  const number = (key: ColumnKey, path: string, r = row, formulaAllowed = false): number | undefined => {
    const c = read(key, path, r, formulaAllowed);
    const n = parseNumber(c.value);
    if (n && !n.ok)
      ctx.add(
        "value-not-number",
        { field: L.columns[key], value: n.raw },
        { sheet, cell: at(key, r), path, field: key },
      );
    return n?.ok ? n.value : undefined;
  };
  const choice = <T>(
    key: ColumnKey,
    path: string,
    parse: (s: string) => T | undefined,
    allowed: string[],
  ): T | undefined => {
    const t = text(read(key, path));
    if (t === undefined) return undefined;
    const v = parse(t);
    if (v === undefined)
      ctx.add(
        "value-not-in-list",
        { field: L.columns[key], value: t, allowed: allowed.join(", ") },
        { sheet, cell: at(key), path, field: key },
      );
    return v;
  };

  const status = choice("status", `${base}/status`, statusFromLabel, Object.values(template.statuses));
  if (status) entry.status = status;
  const narrative = text(read("narrative", `${base}/narrative`));
  if (narrative) entry.narrative = narrative;

  const amount = number("spent", `${base}/spending/amount`);
  const source = choice("source", `${base}/spending/source`, sourceFromLabel, Object.values(template.sources));
  if (amount !== undefined || source)
    entry.spending = { ...(amount !== undefined ? { amount } : {}), ...(source ? { source } : {}) };
  map.set(`${base}/spending`, at("spent"));

  const document = text(read("document", `${base}/evidence/document`));
  const dateCell = read("date", `${base}/evidence/date`);
  const date = parseDate(dateCell.value);
  if (date && !date.ok)
    ctx.add(
      "value-not-date",
      { field: L.columns.date, value: date.raw },
      { sheet, cell: at("date"), path: `${base}/evidence/date`, field: "date" },
    );
  const link = text(read("link", `${base}/evidence/link`));
  if (document || date?.ok || link)
    entry.evidence = {
      ...(document ? { document } : {}),
      ...(date?.ok ? { date: date.value } : {}),
      ...(link ? { link } : {}),
    };
  map.set(`${base}/evidence`, at("document"));

  const obstacles = text(read("obstacles", `${base}/obstacles`));
  if (obstacles) entry.obstacles = obstacles;

  m.indicators.forEach(({ indicator }, i) => {
    const r = row + i;
    const ip = `${base}/indicators/${entry.indicators.length}`;
    let value: IndicatorValue | undefined;
    switch (indicator.kind) {
      case "people": {
        const women = number("women", `${ip}/women`, r);
        const men = number("men", `${ip}/men`, r);
        const totalCell = sheet.cells.get(at("total", r)) ?? { value: null };
        // Our own formula is a derived total: recompute it rather than trust a cached result that may be absent.
        const derived = totalCell.formula !== undefined && /^IF\(COUNT\(/i.test(totalCell.formula);
        // A derived total of values that are themselves wrong would only repeat their error elsewhere.
        const summable = (women !== undefined || men !== undefined) && [women ?? 0, men ?? 0].every(Number.isInteger);
        const total = derived ? (summable ? (women ?? 0) + (men ?? 0) : undefined) : number("total", `${ip}/total`, r);
        map.set(`${ip}/total`, at("total", r));
        if (women !== undefined || men !== undefined || total !== undefined)
          value = {
            indicatorId: indicator.id,
            kind: "people",
            ...(women !== undefined ? { women } : {}),
            ...(men !== undefined ? { men } : {}),
            ...(total !== undefined ? { total } : {}),
          };
        break;
      }
      case "document": {
        const t = text(read("value", `${ip}/done`, r));
        const reference = text(read("reference", `${ip}/reference`, r));
        const done = t === undefined ? undefined : yesNoFromLabel(t);
        if (t !== undefined && done === undefined)
          ctx.add(
            "value-not-in-list",
            { field: L.columns.value, value: t, allowed: `${template.yes}, ${template.no}` },
            { sheet, cell: at("value", r), path: `${ip}/done`, field: "value" },
          );
        if (done !== undefined)
          value = { indicatorId: indicator.id, kind: "document", done, ...(reference ? { reference } : {}) };
        else if (reference) value = { indicatorId: indicator.id, kind: "document", reference } as IndicatorValue; // done missing: the schema reports it
        break;
      }
      case "text": {
        const t = text(read("value", `${ip}/value`, r));
        if (t) value = { indicatorId: indicator.id, kind: "text", value: t };
        break;
      }
      default: {
        const n = number("value", `${ip}/value`, r);
        if (n !== undefined) value = { indicatorId: indicator.id, kind: indicator.kind, value: n };
      }
    }
    map.set(ip, at("value", r));
    if (value) entry.indicators.push(value);
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
