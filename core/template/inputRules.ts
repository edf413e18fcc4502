/** Excel's own data validation for the template's input cells, from the column registry's rules. */
import { formatText, type Language } from "../../schema";
import type { TemplateLabels } from "../labels";
import type { InputDef, InputRule } from "./columns";
import { promptText } from "./columns";
import type { DataValidationSpec, ValidationSpec } from "./spec";

/** Defined names of the drop-down lists (on the hidden lists sheet). */
export const LIST_NAMES = { status: "tendik_status", yesNo: "tendik_yesno", source: "tendik_source" } as const;

/** The dates a clerk may type: wide, since Excel's rule only catches slips (the add-in checks the real thing). */
const DATE_RANGE = { min: "2000-01-01", max: "2099-12-31" };

function ruleSpec(rule: InputRule): ValidationSpec {
  switch (rule.type) {
    case "list":
      // "=" makes it a reference to the named list (without it, Excel would offer the name itself as the one choice).
      return { type: "list", source: `=${LIST_NAMES[rule.list]}`, allowBlank: true };
    case "whole":
    case "decimal":
      return rule.max === undefined
        ? { type: rule.type, operator: "greaterThanOrEqual", min: rule.min, allowBlank: true }
        : { type: rule.type, operator: "between", min: rule.min, max: rule.max, allowBlank: true };
    case "date":
      return { type: "date", operator: "between", ...DATE_RANGE, allowBlank: true };
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", max: rule.max, allowBlank: true };
  }
}

/** What Excel's pop-up says when a typed value breaks the rule: what is allowed, not only that it is wrong. */
export function errorText(rule: InputRule, L: TemplateLabels, lang: Language): string {
  switch (rule.type) {
    case "list":
      return L.errors.list;
    case "whole":
    case "decimal":
      return formatText(L.errors.number, { kind: rule.type, min: rule.min, max: rule.max ?? "none" }, lang);
    case "date":
      return L.errors.date;
    case "textLength":
      return formatText(L.errors.length, { max: rule.max }, lang);
  }
}

/** The validation of one input cell (or range), titled with its column's header. */
export function inputValidation(
  range: string,
  input: Pick<InputDef, "rule" | "prompt">,
  title: string,
  L: TemplateLabels,
  lang: Language,
): DataValidationSpec {
  return {
    range,
    rule: ruleSpec(input.rule),
    prompt: { title, text: promptText(input as InputDef, lang) },
    error: { title: L.errors.title, text: errorText(input.rule, L, lang) },
  };
}
