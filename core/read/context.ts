import { makeIssue, type Issue, type IssueCode, type IssueLocation, type IssueParams, type Plan } from "../../schema";
import { columnLetters, parseA1 } from "../a1";
import type { SheetGrid } from "../grid";

/** Where each part of the report document came from: JSON Pointer -> sheet and cell. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/**
 * What reading needs and collects: the plan and the issues found on the way. It knows no language: issues
 * hold keys and values, and are worded where they are shown.
 */
export class ReadContext {
  readonly issues: Issue[] = [];

  constructor(
    readonly plan: Plan,
    readonly workbook: string | undefined,
  ) {}

  /**
   * An issue at a JSON path, located through the cell map (the nearest mapped parent when the path itself
   * has no cell, e.g. a missing property).
   */
  issueAt(code: IssueCode, params: IssueParams, path: string, cells: Map<string, CellRef>, field?: string): Issue {
    let p = path;
    while (p && !cells.has(p)) p = p.slice(0, p.lastIndexOf("/"));
    const ref = cells.get(p);
    return makeIssue(code, params, path, this.location(ref?.sheet, ref?.cell, field));
  }

  /** Where an issue is, as Excel shows it: sheet, cell, and the cell's row number and column letters. */
  private location(sheet: string | undefined, cell: string | undefined, field: string | undefined): IssueLocation {
    const at = cell ? parseA1(cell) : undefined;
    return {
      ...(this.workbook ? { workbook: this.workbook } : {}),
      ...(sheet ? { sheet } : {}),
      ...(cell && at ? { cell, row: at.row, column: columnLetters(at.col) } : {}),
      ...(field ? { field } : {}),
    };
  }

  /** Records an issue at a cell of a sheet (or at the workbook when no cell is given). */
  add(
    code: IssueCode,
    params: IssueParams,
    at?: { sheet?: SheetGrid | string; cell?: string; path?: string; field?: string },
  ): void {
    const sheet = typeof at?.sheet === "string" ? at.sheet : at?.sheet?.name;
    this.issues.push(makeIssue(code, params, at?.path ?? "", this.location(sheet, at?.cell, at?.field)));
  }
}
