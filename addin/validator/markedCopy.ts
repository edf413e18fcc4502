/**
 * The copy `tendik return` writes, made in the page: the clerk's own file with each issue marked at its cell
 * (a fill and a note) and a first sheet listing them, in the page's language; handed over as a download.
 */
import { makeReturnCopy } from "../../adapters/xlsx/returnCopy";
import { loadWorkbookClass } from "../../adapters/xlsx/exceljsWorkbook";
import { issueList, issueMarks } from "../../core/coordinator/returnList";
import type { Issue, Language } from "../../schema";

/** `NAME-return.xlsx`, as `tendik return` names the copy of NAME.xlsx. */
export function markedCopyName(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, "") + "-return.xlsx";
}

/** The marked copy's bytes. */
export function markedCopy(bytes: Uint8Array, issues: Issue[], lang: Language): Promise<Uint8Array> {
  return makeReturnCopy(bytes, issueMarks(issues, lang), issueList(issues, lang));
}

/** Evaluates ExcelJS ahead of need (while the clerk reads the result), so the copy starts at once. */
export function preloadMarkedCopy(): Promise<unknown> {
  return loadWorkbookClass();
}
