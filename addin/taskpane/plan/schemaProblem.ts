/**
 * A plan document's schema problem in the reader's language, from the validator's detail ("/chapters/0/goals/1
 * must have required property 'id'"): where it is in the plan's own words (chapter 1, goal 2, and the field),
 * and what is wrong, never the JSON path or the validator's English.
 */
import type { Language } from "../../../schema";
import { textsFor, type TextKey } from "../texts";

/** The plan's lists, in the order of the texts' `planWhereParts`. */
const LISTS = ["chapters", "goals", "tasks", "measures", "indicators", "responsible", "bodies", "funding"];

/** "chapter 1, goal 2 «title.ky»" for "/chapters/0/goals/1/title/ky"; the plan itself for "". */
export function planPlace(path: string, lang: Language): string {
  const t = textsFor(lang);
  const words = t("planWhereParts").split("|");
  const segments = path.split("/").slice(1).filter(Boolean);
  const parts: string[] = [];
  const field: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const kind = LISTS.indexOf(segments[i]);
    const index = Number(segments[i + 1]);
    if (kind >= 0 && Number.isInteger(index) && field.length === 0) {
      parts.push(`${words[kind]} ${index + 1}`);
      i++;
    } else field.push(/^\d+$/.test(segments[i]) ? String(Number(segments[i]) + 1) : segments[i]);
  }
  const where = parts.length ? parts.join(", ") : t("planWhereRoot");
  return field.length ? `${where} «${field.join(".")}»` : where;
}

const KINDS: [RegExp, TextKey][] = [
  [/must have required property '([^']+)'/, "planSchemaMissing"],
  [/must NOT have (additional|unevaluated) properties/, "planSchemaExtra"],
  [/must be (string|number|integer|boolean|object|array|null)\b/, "planSchemaType"],
  [/must be equal to (one of the allowed values|constant)/, "planSchemaEnum"],
  [/must match (pattern|format)/, "planSchemaForm"],
];

/** The sentence for one schema problem at `path` whose validator detail is `detail`. */
export function schemaProblemText(path: string, detail: string, lang: Language): string {
  const t = textsFor(lang);
  const where = planPlace(path, lang);
  for (const [pattern, key] of KINDS) {
    const m = pattern.exec(detail);
    if (m) return t(key, { where, field: m[1] ?? "" });
  }
  return t("planSchemaOther", { where });
}
