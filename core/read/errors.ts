/**
 * The one "cannot read this workbook" error, whoever reads it (the .xlsx adapter, the byte sniffer, later the
 * Office.js adapter). Each reason maps to one file-level issue code with its own words in ky/ru/en, so no
 * English text ever travels into a clerk's message: params carry numbers and names only. Anything thrown
 * that is not a WorkbookReadError is a bug and must propagate as one.
 */
import type { IssueCode, IssueParams } from "../../schema";

/** What each reason knows, as typed params (numbers and names, never sentences). */
export interface ReadErrorParams {
  /** No bytes at all. */
  empty: Record<string, never>;
  /** Neither a zip, an OLE2 file nor text we recognise. */
  "not-zip": Record<string, never>;
  /** A zip whose end (its directory) is missing: an interrupted download or copy. */
  truncated: Record<string, never>;
  /** A zip whose structure is damaged (headers outside the file, an unknown compression). */
  "corrupt-zip": { entry?: string };
  /** A zip without a workbook (a .docx, an .ods) or with no worksheets. */
  "not-spreadsheet": Record<string, never>;
  /** What ExcelJS could not read after every check of ours passed. */
  corrupt: Record<string, never>;
  encrypted: Record<string, never>;
  "legacy-xls": Record<string, never>;
  "text-renamed": { detected: "CSV" | "HTML" };
  "too-large": { size: number; limit: number };
  /** The entries together would expand beyond the limit (declared or found while inflating). */
  "zip-bomb": { uncompressed: number; limit: number };
  /** One entry expands more than a spreadsheet can. */
  "zip-ratio": { entry: string; ratio: number; limit: number };
  "zip-entries": { entries: number; limit: number };
  /** An entry's data does not match its directory record: CRC or size differ. */
  "crc-mismatch": { entry: string };
  "duplicate-entry": { entry: string };
  dtd: { entry: string };
  "no-content-types": Record<string, never>;
  macro: Record<string, never>;
  "bad-xml": { entry: string; line: number };
  "bad-characters": { entry: string };
  "beyond-grid": { sheet: string; cell: string };
  "too-many-cells": { limit: number };
  "too-many-rows": { sheet: string; limit: number };
  "cell-too-long": { sheet: string; cell: string; limit: number };
  "too-many-merges": { sheet: string; limit: number };
  "too-deep": { entry: string; limit: number };
  /** Two sheets whose names Excel takes for one (the same, or differing in case only). */
  "duplicate-sheet": { sheet: string };
  /** A cell whose stored value is not one of its type ("0x3B" as a number, " 3" as a string index, "59" as a date). */
  "bad-value": { sheet: string; cell: string };
  /** An XML part declaring an encoding other than the UTF-8 or UTF-16 it is read in. */
  encoding: { entry: string; encoding: string };
  /** An element with more attributes than any workbook's element has (refused as they are counted). */
  "too-many-attributes": { entry: string; limit: number };
  /** An XML part with more elements than a workbook of the limits can hold (counted as they are read). */
  "too-many-elements": { entry: string; limit: number };
  /** One XML part larger than any template's (declared size, checked before it is inflated). */
  "part-too-large": { entry: string; size: number; limit: number };
}

export type WorkbookReadReason = keyof ReadErrorParams;

/** The issue code each reason is reported as: every one of level "file". */
export const READ_ERROR_CODES: { readonly [R in WorkbookReadReason]: IssueCode } = {
  empty: "file-not-workbook",
  "not-zip": "file-not-workbook",
  truncated: "file-not-workbook",
  "corrupt-zip": "file-not-workbook",
  "not-spreadsheet": "file-not-workbook",
  corrupt: "file-not-workbook",
  encrypted: "file-encrypted",
  "legacy-xls": "file-old-xls",
  "text-renamed": "file-text-renamed",
  "too-large": "file-too-large",
  "zip-bomb": "file-zip-bomb",
  "zip-ratio": "file-zip-ratio",
  "zip-entries": "file-zip-entries",
  "crc-mismatch": "file-entry-damaged",
  "duplicate-entry": "file-duplicate-entry",
  dtd: "file-dtd",
  "no-content-types": "file-no-content-types",
  macro: "file-macro",
  "bad-xml": "file-bad-xml",
  "bad-characters": "file-bad-characters",
  "beyond-grid": "file-beyond-grid",
  "too-many-cells": "file-too-many-cells",
  "too-many-rows": "file-too-many-rows",
  "cell-too-long": "file-cell-too-long",
  "too-many-merges": "file-too-many-merges",
  "too-deep": "file-too-deep",
  "duplicate-sheet": "file-duplicate-sheet",
  "bad-value": "file-bad-cell-value",
  encoding: "file-encoding",
  "too-many-attributes": "file-too-many-attributes",
  "too-many-elements": "file-too-many-elements",
  "part-too-large": "file-part-too-large",
};

/**
 * The bytes are not a workbook Tendik will read; `reason` says why and `params` what was found.
 * The message is for logs and developers; people see the issue `readErrorIssue` makes of it.
 */
export class WorkbookReadError<R extends WorkbookReadReason = WorkbookReadReason> extends Error {
  override readonly name = "WorkbookReadError";
  constructor(
    readonly reason: R,
    readonly params: ReadErrorParams[R],
    options?: { cause?: unknown },
  ) {
    super(`cannot read the workbook: ${reason}${describe(params)}`, options);
  }
}

function describe(params: object): string {
  const parts = Object.entries(params).map(([k, v]) => `${k}=${String(v)}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/** True for the read error, whatever realm or bundle made it (a class check alone fails across bundles). */
export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return e instanceof WorkbookReadError || (e instanceof Error && e.name === "WorkbookReadError" && "reason" in e);
}

/**
 * The file-level issue a read error is reported as.
 * @example readErrorIssue(new WorkbookReadError("macro", {})) // { code: "file-macro", params: {} }
 */
export function readErrorIssue(e: WorkbookReadError): { code: IssueCode; params: IssueParams } {
  const params: IssueParams = {};
  for (const [k, v] of Object.entries(e.params)) if (v !== undefined) params[k] = v as string | number;
  return { code: READ_ERROR_CODES[e.reason], params: e.reason === "corrupt-zip" ? {} : params };
}
