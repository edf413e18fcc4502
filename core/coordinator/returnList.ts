/**
 * What a file sent back for correction shows: a mark at each cell with an issue (one per cell, its messages
 * joined) and a first sheet listing every issue, in the agency's language.
 */
import { renderIssue, type Issue, type Language } from "../../schema";
import { masterLabels } from "../merge/labels";
import type { IssueMark } from "../port";
import { coordinatorLabels } from "./labels";

/** One mark per cell, its messages in `lang`; a cell with an error and a warning is marked as an error. */
export function issueMarks(issues: Issue[], lang: Language): IssueMark[] {
  const marks = new Map<string, IssueMark>();
  for (const i of issues) {
    const { sheet, cell } = i.location;
    if (!sheet || !cell) continue;
    const key = `${sheet}!${cell}`;
    const prev = marks.get(key);
    const message = renderIssue(i, lang);
    if (!prev) marks.set(key, { sheet, cell, severity: i.severity, message });
    else {
      prev.message += `\n${message}`;
      if (i.severity === "error") prev.severity = "error";
    }
  }
  return [...marks.values()];
}

export interface IssueListRow {
  no: number;
  severity: "error" | "warning";
  severityLabel: string;
  /** "Sheet!D14", the sheet, or "" for the whole file. */
  where: string;
  /** For a link: the sheet and cell to jump to. */
  target: { sheet: string; cell: string } | null;
  message: string;
  code: string;
}

export interface IssueList {
  sheetName: string;
  title: string;
  intro: string;
  headers: [string, string, string, string, string];
  rows: IssueListRow[];
  /** Shown when there are no rows. */
  none: string;
}

/** The first sheet of a returned file. */
export function issueList(issues: Issue[], lang: Language): IssueList {
  const R = coordinatorLabels[lang].returned;
  const severities = masterLabels[lang].severities;
  return {
    sheetName: R.sheet,
    title: R.title,
    intro: R.intro,
    headers: [R.no, R.severity, R.where, R.message, R.code],
    none: R.none,
    rows: issues.map((i, k) => {
      const { sheet, cell, row } = i.location;
      return {
        no: k + 1,
        severity: i.severity,
        severityLabel: severities[i.severity],
        where: sheet && cell ? `${sheet}!${cell}` : sheet ? `${sheet}${row ? ` (${row})` : ""}` : "",
        target: sheet && cell ? { sheet, cell } : null,
        message: renderIssue(i, lang),
        code: i.code,
      };
    }),
  };
}
