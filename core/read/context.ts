import { makeIssue, type Issue, type IssueCode, type IssueParams, type Language, type Plan } from "../../schema";
import type { SheetGrid } from "../grid";
import { templateLabels, type TemplateLabels } from "../labels";

/** Where each part of the report document came from: JSON Pointer -> sheet and cell. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** What reading needs and collects: the plan, the message language, issues found on the way. */
export class ReadContext {
  readonly issues: Issue[] = [];
  /** Labels of the message language, used for field names in messages. */
  readonly labels: TemplateLabels;

  constructor(
    readonly plan: Plan,
    readonly lang: Language,
    readonly workbook: string | undefined,
  ) {
    this.labels = templateLabels[lang];
  }

  /**
   * An issue at a JSON path, located through the cell map (the nearest mapped parent when the path itself
   * has no cell, e.g. a missing property).
   */
  issueAt(code: IssueCode, params: IssueParams, path: string, cells: Map<string, CellRef>, field?: string): Issue {
    let p = path;
    while (p && !cells.has(p)) p = p.slice(0, p.lastIndexOf("/"));
    const ref = cells.get(p);
    const m = ref ? /^([A-Z]+)(\d+)$/.exec(ref.cell) : null;
    return makeIssue(code, params, this.lang, path, {
      ...(this.workbook ? { workbook: this.workbook } : {}),
      ...(ref ? { sheet: ref.sheet, cell: ref.cell } : {}),
      ...(m ? { row: Number(m[2]), column: m[1] } : {}),
      ...(field ? { field } : {}),
    });
  }

  /** Records an issue at a cell of a sheet (or at the workbook when no cell is given). */
  add(
    code: IssueCode,
    params: IssueParams,
    at?: { sheet?: SheetGrid | string; cell?: string; path?: string; field?: string },
  ): void {
    const sheet = typeof at?.sheet === "string" ? at.sheet : at?.sheet?.name;
    const m = at?.cell ? /^([A-Z]+)(\d+)$/.exec(at.cell) : null;
    this.issues.push(
      makeIssue(code, params, this.lang, at?.path ?? "", {
        ...(this.workbook ? { workbook: this.workbook } : {}),
        ...(sheet ? { sheet } : {}),
        ...(at?.cell ? { cell: at.cell } : {}),
        ...(m ? { row: Number(m[2]), column: m[1] } : {}),
        ...(at?.field ? { field: at.field } : {}),
      }),
    );
  }
}
