/**
 * What the .xlsx adapter throws: one class per condition (DESIGN.md: misuse and I/O failures throw).
 * Reading: every failure is core's `WorkbookReadError` with a `reason` (core/read/errors.ts), so validation
 * turns it into one issue with a stable code without parsing messages. Writing: a `TemplateSpecError` means
 * the spec itself is wrong.
 */
export { WorkbookReadError, type WorkbookReadReason } from "../../core/read/errors";

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
