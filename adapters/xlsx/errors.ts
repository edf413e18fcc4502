/**
 * What the .xlsx adapter throws: one class per condition (DESIGN.md: misuse and I/O failures throw).
 * Reading: every failure is a `WorkbookReadError` with a `reason`, so validation can turn it into one issue
 * with a stable code without parsing messages. Writing: a `TemplateSpecError` means the spec itself is wrong.
 */

export type WorkbookReadErrorReason = "empty" | "not-xlsx" | "encrypted" | "legacy-xls" | "corrupt";

/** The bytes are not a workbook this adapter can read; `reason` says why. */
export abstract class WorkbookReadError extends Error {
  abstract readonly reason: WorkbookReadErrorReason;
}

/** The file has no bytes at all (an interrupted upload or copy). */
export class EmptyWorkbookFileError extends WorkbookReadError {
  override readonly name = "EmptyWorkbookFileError";
  readonly reason = "empty";
  constructor() {
    super("the file is empty");
  }
}

/** Not an Office Open XML spreadsheet: not a zip at all, or a zip without a workbook (a .docx, an .ods). */
export class NotXlsxError extends WorkbookReadError {
  override readonly name = "NotXlsxError";
  readonly reason = "not-xlsx";
  constructor(detail: string) {
    super(`not an .xlsx workbook: ${detail}`);
  }
}

/** A password-protected (encrypted) workbook: Excel wraps it in an OLE2 compound file that only Excel can open. */
export class EncryptedWorkbookError extends WorkbookReadError {
  override readonly name = "EncryptedWorkbookError";
  readonly reason = "encrypted";
  constructor() {
    super("the workbook is encrypted with a password; save it without a password to open it");
  }
}

/** An Excel 97-2003 (.xls) binary workbook. */
export class LegacyXlsWorkbookError extends WorkbookReadError {
  override readonly name = "LegacyXlsWorkbookError";
  readonly reason = "legacy-xls";
  constructor() {
    super("the file is an Excel 97-2003 (.xls) workbook; save it as .xlsx");
  }
}

/** A zip that claims to be a workbook but ExcelJS cannot parse (truncated, damaged or hand-edited XML). */
export class CorruptWorkbookError extends WorkbookReadError {
  override readonly name = "CorruptWorkbookError";
  readonly reason = "corrupt";
  constructor(cause: unknown) {
    super(`the workbook cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** The template spec cannot be rendered as asked; a bug in whoever built the spec. */
export abstract class TemplateSpecError extends Error {}

/** A sheet name Excel (or ExcelJS) would refuse, truncate or mis-quote. */
export class InvalidSheetNameError extends TemplateSpecError {
  override readonly name = "InvalidSheetNameError";
  constructor(
    readonly sheet: string,
    readonly problem: string,
  ) {
    super(`invalid sheet name ${JSON.stringify(sheet)}: ${problem}`);
  }
}

/** A sheet the spec refers to (the active sheet) is not among its sheets, or cannot be shown. */
export class SheetNotFoundError extends TemplateSpecError {
  override readonly name = "SheetNotFoundError";
  constructor(readonly sheet: string) {
    super(`no visible sheet named ${JSON.stringify(sheet)}`);
  }
}

/** A cell names a style key that `WorkbookSpec.styles` does not define. */
export class UnknownStyleError extends TemplateSpecError {
  override readonly name = "UnknownStyleError";
  constructor(
    readonly style: string,
    readonly sheet: string,
    readonly ref: string,
  ) {
    super(`${sheet}!${ref}: unknown style ${JSON.stringify(style)}`);
  }
}

/** A cell value Excel cannot store (NaN, Infinity, text over 32,767 characters). */
export class InvalidCellValueError extends TemplateSpecError {
  override readonly name = "InvalidCellValueError";
  constructor(
    readonly sheet: string,
    readonly ref: string,
    problem: string,
  ) {
    super(`${sheet}!${ref}: ${problem}`);
  }
}

/** A data validation rule that cannot be expressed (between without a maximum, a date that is not ISO). */
export class InvalidValidationRuleError extends TemplateSpecError {
  override readonly name = "InvalidValidationRuleError";
  constructor(
    readonly sheet: string,
    readonly range: string,
    problem: string,
  ) {
    super(`${sheet}!${range}: ${problem}`);
  }
}
