import { makeIssue, type ExtraFieldNames, type Issue, type IssueCode, type IssueParams } from "../../schema";
import { columnLetters, parseA1, toA1 } from "../a1";
import type { SheetGrid } from "../grid";
import { cellText } from "../values";
import { BODY_COLUMNS, FACT_ROWS, MEASURE_COLUMNS, type PlanColumn } from "./layout";

/** A cell of the authoring workbook. */
export interface PlanCellRef {
  sheet: string;
  cell: string;
}

/** What reading an authoring workbook collects: issues at cells, and where each part of the plan came from. */
export class PlanContext {
  readonly issues: Issue[] = [];
  /** JSON Pointer into the plan document -> the cell it was read from. */
  readonly cells = new Map<string, PlanCellRef>();

  constructor(readonly workbook?: string) {}

  /** Records an issue at a cell (or at a sheet, or the workbook). */
  add(
    code: IssueCode,
    params: IssueParams,
    at: { sheet?: string; cell?: string; path?: string; field?: string } = {},
  ): void {
    const pos = at.cell ? parseA1(at.cell) : undefined;
    this.issues.push(
      makeIssue(code, params, at.path ?? "", {
        ...(this.workbook ? { workbook: this.workbook } : {}),
        ...(at.sheet ? { sheet: at.sheet } : {}),
        ...(at.cell && pos ? { cell: at.cell, row: pos.row, column: columnLetters(pos.col) } : {}),
        ...(at.field ? { field: at.field } : {}),
      }),
    );
  }

  /** An issue at a JSON path, located at the cell of the path or of its nearest mapped parent. */
  addAtPath(code: IssueCode, params: IssueParams, path: string): void {
    let p = path;
    while (p && !this.cells.has(p)) p = p.slice(0, p.lastIndexOf("/"));
    const ref = this.cells.get(p);
    this.add(code, params, { ...ref, path });
  }

  map(path: string, ref: PlanCellRef): void {
    this.cells.set(path, ref);
  }
}

/** One sheet of the authoring workbook with its columns found by key. */
export class KeyedSheet {
  private constructor(
    readonly grid: SheetGrid,
    readonly keyRow: number,
    private readonly colOf: Map<string, number>,
    private readonly columns: PlanColumn[],
  ) {}

  /**
   * Finds the key row (the first of the top rows holding `anchor`) and the column of each key; records a
   * missing required column as an issue and returns null.
   */
  static open(
    grid: SheetGrid,
    columns: PlanColumn[],
    required: string[],
    anchor: string,
    ctx: PlanContext,
  ): KeyedSheet | null {
    for (let row = 1; row <= Math.min(grid.rowCount, 6); row++) {
      const colOf = new Map<string, number>();
      for (let col = 1; col <= grid.colCount; col++) {
        const key = cellText(grid.cells.get(toA1({ row, col }))?.value ?? null);
        if (key && columns.some((c) => c.key === key) && !colOf.has(key)) colOf.set(key, col);
      }
      if (!colOf.has(anchor)) continue;
      const missing = required.filter((k) => !colOf.has(k));
      for (const key of missing)
        ctx.add("plan-column-missing", { column: fieldOf(columns, key), key }, { sheet: grid.name });
      return missing.length ? null : new KeyedSheet(grid, row, colOf, columns);
    }
    ctx.add("plan-column-missing", { column: fieldOf(columns, anchor), key: anchor }, { sheet: grid.name });
    return null;
  }

  /** The cell address of a key on a row ("" when the sheet has no such column). */
  ref(row: number, key: string): string {
    const col = this.colOf.get(key);
    return col === undefined ? "" : toA1({ row, col });
  }

  /** The trimmed text of a key's cell on a row, null when empty or absent. */
  text(row: number, key: string): string | null {
    const ref = this.ref(row, key);
    return ref ? cellText(this.grid.cells.get(ref)?.value ?? null) : null;
  }

  /** The raw value, for booleans typed as TRUE/FALSE. */
  raw(row: number, key: string): string | number | boolean | null {
    const ref = this.ref(row, key);
    return ref ? (this.grid.cells.get(ref)?.value ?? null) : null;
  }

  /** A column as an issue's `{field, field}`: its key, which `planFieldNames` names in each language. */
  field(key: string): string {
    return fieldOf(this.columns, key);
  }

  /** The texts of a row's cells are kept line breaks and all, but trimmed of surrounding spaces. */
  isBlank(row: number): boolean {
    for (const key of this.colOf.keys()) if (this.text(row, key) !== null) return false;
    return true;
  }
}

/** The sheets' column keys overlap ("name" of a body, "title" of the plan): a field key says whose it is. */
function fieldOf(columns: PlanColumn[], key: string): string {
  return `${columns === BODY_COLUMNS ? "bodies" : "measures"}.${key}`;
}

/** A plan fact's row as an issue's field. */
export const factField = (key: string): string => `plan.${key}`;

/**
 * The names of the authoring workbook's columns and fact rows, for `renderIssue(issue, lang, planFieldNames)`:
 * a message names a column as its header reads, in the reader's language.
 */
export const planFieldNames: ExtraFieldNames = Object.fromEntries([
  ...MEASURE_COLUMNS.map((c) => [fieldOf(MEASURE_COLUMNS, c.key), c.header] as const),
  ...BODY_COLUMNS.map((c) => [fieldOf(BODY_COLUMNS, c.key), c.header] as const),
  ...FACT_ROWS.map((f) => [factField(f.key), f.label] as const),
]);
