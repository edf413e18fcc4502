/** Excel.DataValidation (ExcelApi 1.8) on the in-memory workbook. */
import { overlaps, rectAddress } from "./address";
import { HostError, invalidArgument } from "./errors";
import { HostObject } from "./hostObject";
import type { ValidationState } from "./model";
import type { RangeHost } from "./range";

const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];

/** Excel.DataValidation (ExcelApi 1.8): one rule per range; a rule over part of another rule is refused. */
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
    return this.own()?.rule ?? {};
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
    const rule = this.own()?.rule ?? {};
    const kind = Object.keys(rule)[0];
    return kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : "None";
  }
  get_Prompt() {
    return this.own()?.prompt ?? { showPrompt: false, title: "", message: "" };
  }
  set_Prompt(v: unknown): void {
    const p = v as { title?: string; message?: string };
    if ((p.title?.length ?? 0) > 32) throw invalidArgument("a prompt title longer than 32 characters");
    if ((p.message?.length ?? 0) > 255) throw invalidArgument("a prompt message longer than 255 characters");
    this.ensure().prompt = { ...(v as object) };
  }
  get_ErrorAlert() {
    return this.own()?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
  }
  set_ErrorAlert(v: unknown): void {
    const p = v as { title?: string; message?: string };
    if ((p.title?.length ?? 0) > 32) throw invalidArgument("an error title longer than 32 characters");
    if ((p.message?.length ?? 0) > 225) throw invalidArgument("an error message longer than 225 characters");
    this.ensure().errorAlert = { ...(v as object) };
  }
  get_IgnoreBlanks(): boolean {
    return this.own()?.ignoreBlanks ?? true;
  }
  set_IgnoreBlanks(v: unknown): void {
    this.ensure().ignoreBlanks = Boolean(v);
  }
  call_Clear(): void {
    const sheet = this.range.sheet;
    if (sheet.protection.protected) throw new HostError("AccessDenied", `${sheet.name} is protected.`);
    sheet.validations = sheet.validations.filter((v) => !overlaps(v.rect, this.range.rect));
  }
}
