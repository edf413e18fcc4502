/** Excel.DataValidation (ExcelApi 1.8) on the in-memory workbook. */
import { overlaps, rectAddress, rectCols, rectRows, type Rect } from "./address";
import { HostError, invalidArgument, notImplemented } from "./errors";
import { HostObject } from "./hostObject";
import type { ValidationState } from "./model";
import type { RangeHost } from "./range";

const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];

/** The cells of `a` outside `b`, as at most four rectangles (above, below, left, right of the overlap). */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!overlaps(a, b)) return [a];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.lastRow, b.lastRow);
  const out: Rect[] = [];
  if (a.row < b.row) out.push({ ...a, lastRow: b.row - 1 });
  if (a.lastRow > b.lastRow) out.push({ ...a, row: b.lastRow + 1 });
  if (a.col < b.col) out.push({ row: top, lastRow: bottom, col: a.col, lastCol: b.col - 1 });
  if (a.lastCol > b.lastCol) out.push({ row: top, lastRow: bottom, col: b.lastCol + 1, lastCol: a.lastCol });
  return out;
}

const area = (r: Rect, within: Rect): number => {
  const rows = Math.min(r.lastRow, within.lastRow) - Math.max(r.row, within.row) + 1;
  const cols = Math.min(r.lastCol, within.lastCol) - Math.max(r.col, within.col) + 1;
  return rows > 0 && cols > 0 ? rows * cols : 0;
};

/**
 * Excel.DataValidation (ExcelApi 1.8). Read by intersection: a range whose every cell has the same rule reads
 * that rule, wherever the rule was set (a cell inside it, the whole of it); a range with a rule on some cells
 * only reads "MixedCriteria" ("the range has data validation present on some but not all cells",
 * excel.datavalidationtype.yml); `clear` removes the rule from the overlap only ("If the two ranges aren't an
 * exact match, only overlapping cells are cleared", excel-add-ins-data-validation.md). Setting is kept
 * strict: a rule, prompt or alert goes on a range with no rule or on exactly the range of one.
 */
export class DataValidationHost extends HostObject {
  readonly typeName = "DataValidation";
  constructor(readonly range: RangeHost) {
    super(range.wb);
  }
  private own() {
    const rect = this.range.rect;
    return this.range.sheet.validations.find(
      (v) =>
        v.rect.row === rect.row &&
        v.rect.col === rect.col &&
        v.rect.lastRow === rect.lastRow &&
        v.rect.lastCol === rect.lastCol,
    );
  }
  /**
   * What every cell of the range shares: undefined when no cell has a rule, "mixed" when some cells have none
   * or the cells' rules differ (the documentation is silent on differing rules: read as mixed too).
   */
  private shared(): ValidationState | undefined | "mixed" {
    const rect = this.range.rect;
    const hits = this.range.sheet.validations.filter((v) => overlaps(v.rect, rect));
    if (hits.length === 0) return undefined;
    const covered = hits.reduce((n, v) => n + area(v.rect, rect), 0);
    const same = hits.every(
      (v) =>
        JSON.stringify([v.rule, v.prompt, v.errorAlert, v.ignoreBlanks]) ===
        JSON.stringify([hits[0].rule, hits[0].prompt, hits[0].errorAlert, hits[0].ignoreBlanks]),
    );
    return covered === rectRows(rect) * rectCols(rect) && same ? hits[0] : "mixed";
  }
  /** A property of a range with mixed criteria: Excel's answer is not documented, so the host refuses. */
  private read<T>(pick: (v: ValidationState) => T, none: T, what: string): T {
    const v = this.shared();
    if (v === "mixed")
      throw notImplemented(`reading dataValidation.${what} of ${rectAddress(this.range.rect)} (mixed criteria)`);
    return v ? pick(v) : none;
  }
  private ensure() {
    const existing = this.own();
    if (existing) return existing;
    const sheet = this.range.sheet;
    if (sheet.protection.protected) throw new HostError("AccessDenied", `${sheet.name} is protected.`);
    if (sheet.validations.some((v) => overlaps(v.rect, this.range.rect)))
      throw new HostError(
        "InvalidOperation",
        `${rectAddress(this.range.rect)} overlaps another data validation rule: clear it first.`,
      );
    const created: ValidationState = { rect: { ...this.range.rect }, rule: {}, ignoreBlanks: true };
    sheet.validations.push(created);
    return created;
  }
  get_Rule(): Record<string, unknown> {
    return this.read((v) => v.rule, {}, "rule");
  }
  set_Rule(v: unknown): void {
    const kinds = v && typeof v === "object" ? Object.keys(v) : [];
    if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0]))
      throw invalidArgument(`data validation rule ${JSON.stringify(v)}`);
    if (this.own() && Object.keys(this.own()!.rule).length)
      throw new HostError("InvalidOperation", "The range already has a rule: clear it before setting another.");
    this.ensure().rule = v as Record<string, unknown>;
  }
  get_Type(): string {
    const v = this.shared();
    if (v === "mixed") return "MixedCriteria";
    const kind = Object.keys(v?.rule ?? {})[0];
    return kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : "None";
  }
  get_Prompt() {
    return this.read((v) => v.prompt, undefined, "prompt") ?? { showPrompt: false, title: "", message: "" };
  }
  set_Prompt(v: unknown): void {
    const p = v as { title?: string; message?: string };
    if ((p.title?.length ?? 0) > 32) throw invalidArgument("a prompt title longer than 32 characters");
    if ((p.message?.length ?? 0) > 255) throw invalidArgument("a prompt message longer than 255 characters");
    this.ensure().prompt = { ...(v as object) };
  }
  get_ErrorAlert() {
    return (
      this.read((v) => v.errorAlert, undefined, "errorAlert") ?? {
        showAlert: true,
        style: "Stop",
        title: "",
        message: "",
      }
    );
  }
  set_ErrorAlert(v: unknown): void {
    const p = v as { title?: string; message?: string };
    if ((p.title?.length ?? 0) > 32) throw invalidArgument("an error title longer than 32 characters");
    if ((p.message?.length ?? 0) > 225) throw invalidArgument("an error message longer than 225 characters");
    this.ensure().errorAlert = { ...(v as object) };
  }
  get_IgnoreBlanks(): boolean {
    return this.read((v) => v.ignoreBlanks, true, "ignoreBlanks");
  }
  set_IgnoreBlanks(v: unknown): void {
    this.ensure().ignoreBlanks = Boolean(v);
  }
  call_Clear(): void {
    const sheet = this.range.sheet;
    if (sheet.protection.protected) throw new HostError("AccessDenied", `${sheet.name} is protected.`);
    sheet.validations = sheet.validations.flatMap((v) =>
      subtract(v.rect, this.range.rect).map((rect) => ({ ...v, rect })),
    );
  }
}
