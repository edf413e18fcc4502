import type { DataValidation } from "exceljs";
import { parseA1, rangeA1, toA1 } from "../../core/a1";
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

/**
 * The sheet's validations as ExcelJS should receive them: alike rules on neighbouring cells joined into
 * rectangles that never overlap. The template gives one rule per cell; left to ExcelJS, its optimiser sorts
 * addresses as strings ("H10" before "H8") and writes both `H10` and `H8:H10` (exceljs #2820), overlapping
 * ranges that EPPlus refuses and Excel may repair. Joined here, every key is a range or a cell with no alike
 * neighbour below or to the right, so ExcelJS's optimiser has nothing left to join.
 */
export function joinValidations(
  sheet: string,
  specs: readonly DataValidationSpec[],
): { range: string; validation: DataValidation }[] {
  return joinCells(specs.map((spec) => toExcelValidation(sheet, spec)));
}

/**
 * A loaded worksheet's validations (ExcelJS splits every range it reads into cells) joined again, so that the
 * file it writes back has no overlapping ranges either.
 */
export function rejoinLoadedValidations(
  model: Record<string, DataValidation | undefined>,
): Record<string, DataValidation> {
  const joined = joinCells(
    Object.entries(model).flatMap(([range, validation]) => (validation ? [{ range, validation }] : [])),
  );
  return Object.fromEntries(joined.map(({ range, validation }) => [range, validation]));
}

/** Alike rules on neighbouring cells joined into rectangles; ranges given as ranges are kept as they are. */
function joinCells(
  entries: readonly { range: string; validation: DataValidation }[],
): { range: string; validation: DataValidation }[] {
  const groups = new Map<string, { validation: DataValidation; cells: Map<number, Set<number>>; ranges: string[] }>();
  for (const { range, validation } of entries) {
    const key = JSON.stringify(validation);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { validation, cells: new Map(), ranges: [] }));
    const at = range.includes(":") ? undefined : tryParseA1(range);
    if (!at) group.ranges.push(range);
    else {
      const { row, col } = at;
      let rows = group.cells.get(col);
      if (!rows) group.cells.set(col, (rows = new Set()));
      rows.add(row);
    }
  }
  const out: { range: string; validation: DataValidation }[] = [];
  for (const { validation, cells, ranges } of groups.values()) {
    for (const range of ranges) out.push({ range, validation });
    for (const rect of rectangles(cells)) out.push({ range: rectA1(rect), validation });
  }
  return out;
}

function tryParseA1(ref: string): { row: number; col: number } | undefined {
  try {
    return parseA1(ref);
  } catch {
    return undefined;
  }
}

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const rectA1 = (r: Rect): string =>
  r.top === r.bottom && r.left === r.right
    ? toA1({ row: r.top, col: r.left })
    : rangeA1({ row: r.top, col: r.left }, { row: r.bottom, col: r.right });

/** Runs of rows down each column, then runs of the same rows in neighbouring columns joined side by side. */
function rectangles(cells: Map<number, Set<number>>): Rect[] {
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const col of [...cells.keys()].sort((a, b) => a - b)) {
    const rows = [...cells.get(col)!].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const row of rows) {
      const last = runs[runs.length - 1];
      if (last && last[1] === row - 1) last[1] = row;
      else runs.push([row, row]);
    }
    const next = new Map<string, Rect>();
    for (const [top, bottom] of runs) {
      const key = `${top}:${bottom}`;
      const prev = open.get(key);
      if (prev && prev.right === col - 1) {
        prev.right = col;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { top, bottom, left: col, right: col });
    }
    done.push(...open.values());
    open.clear();
    for (const [key, rect] of next) open.set(key, rect);
  }
  done.push(...open.values());
  return done;
}
