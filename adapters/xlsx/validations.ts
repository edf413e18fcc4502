import type { DataValidation } from "exceljs";
import { parseA1, rangeA1 } from "../../core/a1";
import { isIsoDate } from "../../core/values";
import type { DataValidationSpec, ValidationSpec } from "../../core/template/spec";
import { InvalidValidationRuleError } from "./errors";

/** Excel's limits for validation messages; longer ones make Excel "repair" the file, dropping the rule. */
const LIMITS = { title: 32, prompt: 255, error: 225 };

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * "H7:H40" or "$H$7" as ExcelJS's canonical key (top-left:bottom-right, no "$"): ExcelJS's writer looks the
 * range up again under that key, so any other spelling would be written as a single cell.
 */
export function normaliseRange(range: string): string {
  const [a, b = a] = range.split(":");
  const from = parseA1(a);
  const to = parseA1(b);
  return rangeA1(
    { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
    { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
  );
}

function checkedRange(range: string, fail: (problem: string) => never): string {
  try {
    return normaliseRange(range);
  } catch {
    return fail("not a cell or a rectangular range");
  }
}

/** "2019-12-31" as the Date ExcelJS expects for date rules (it writes Date -> serial via UTC). */
function isoDate(iso: string, fail: (problem: string) => never): Date {
  if (!isIsoDate(iso)) fail(`not an ISO date: ${JSON.stringify(iso)}`);
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * A list source as OOXML stores it: a formula without "=" (`=tendik_status` -> `tendik_status`, which is what
 * Office.js takes with the "="), or a literal comma-separated list, which the file keeps in double quotes.
 */
function listFormula(source: string): string {
  return source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
}

function formulae(
  rule: ValidationSpec,
  fail: (problem: string) => never,
): Pick<DataValidation, "type" | "operator" | "formulae"> {
  switch (rule.type) {
    case "list":
      return { type: "list", formulae: [listFormula(rule.source)] };
    case "whole":
    case "decimal":
      if (rule.operator === "greaterThanOrEqual")
        return { type: rule.type, operator: rule.operator, formulae: [rule.min] };
      if (rule.max === undefined) fail(`"between" needs a maximum`);
      return { type: rule.type, operator: "between", formulae: [rule.min, rule.max] };
    case "date":
      return { type: "date", operator: "between", formulae: [isoDate(rule.min, fail), isoDate(rule.max, fail)] };
    case "textLength":
      return { type: "textLength", operator: rule.operator, formulae: [rule.max] };
  }
}

/** A spec validation as the range key and ExcelJS model for `worksheet.dataValidations.add`. */
export function toExcelValidation(
  sheet: string,
  spec: DataValidationSpec,
): { range: string; validation: DataValidation } {
  const fail = (problem: string): never => {
    throw new InvalidValidationRuleError(sheet, spec.range, problem);
  };
  const range = checkedRange(spec.range, fail);
  const validation: DataValidation = {
    ...formulae(spec.rule, fail),
    allowBlank: spec.rule.allowBlank,
    // Always "stop": the clerk cannot type a value outside the rule (a paste still can; the add-in checks).
    showErrorMessage: true,
    errorStyle: "stop",
  };
  if (spec.prompt) {
    validation.showInputMessage = true;
    validation.promptTitle = clip(spec.prompt.title, LIMITS.title);
    validation.prompt = clip(spec.prompt.text, LIMITS.prompt);
  }
  if (spec.error) {
    validation.errorTitle = clip(spec.error.title, LIMITS.title);
    validation.error = clip(spec.error.text, LIMITS.error);
  }
  return { range, validation };
}
