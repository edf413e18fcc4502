import { renderIssue, type IssueParams, type Language } from "../../schema";
import type { IssueRow } from "./model";

/**
 * An issue row's message in a language: rendered from its code and params when the master is written, so a
 * master written in Russian shows Russian messages whatever language the merge ran in. A row read from a master
 * written before issues carried params keeps the message that master wrote.
 */
export function issueRowMessage(
  row: Pick<IssueRow, "code" | "severity" | "params" | "message">,
  lang: Language,
): string {
  const params = parseParams(row.params);
  if (params === null) return row.message ?? "";
  return renderIssue({ code: row.code, severity: row.severity, params, path: "", location: {} }, lang);
}

function parseParams(text: string | null): IssueParams | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as IssueParams) : null;
  } catch {
    return null; // a params cell someone edited by hand: the row keeps the words it has
  }
}
