/**
 * A plan file's schema problem in the reader's language: where it is, named as the plan names it (chapter 1,
 * measure 1.2.3, the body ЭСӨМ), and what is wrong, in words, instead of the validator's English text and
 * JSON path ("/chapters/0/goals/1 must have required property 'id'").
 */
import type { Language } from "../../../schema";
import { textsFor, type TextKey } from "../texts";

const LEVELS: Record<string, { key: TextKey; idOf: (item: Record<string, unknown>) => unknown }> = {
  chapters: { key: "whereChapter", idOf: (x) => x.id },
  goals: { key: "whereGoal", idOf: (x) => x.id },
  tasks: { key: "whereTask", idOf: (x) => x.id },
  measures: { key: "whereMeasure", idOf: (x) => x.id },
  indicators: { key: "whereIndicator", idOf: (x) => x.id },
  bodies: { key: "whereBody", idOf: (x) => x.code },
};

/** The deepest chapter, goal, task, measure, indicator or body a JSON path points into, in words. */
function whereOf(path: string, doc: unknown, lang: Language): string {
  const t = textsFor(lang);
  const parts = path.split("/").slice(1);
  let node: unknown = doc;
  let where = t("whereRoot");
  for (let i = 0; i < parts.length; i++) {
    const level = LEVELS[parts[i]];
    const container = (node as Record<string, unknown> | null)?.[parts[i]];
    const index = Number(parts[i + 1]);
    if (level && Array.isArray(container) && Number.isInteger(index)) {
      const item = container[index] as Record<string, unknown> | undefined;
      const id = item && typeof item === "object" ? level.idOf(item) : undefined;
      where = t(level.key, { id: typeof id === "string" && id ? id : String(index + 1) });
      node = item;
      i++;
    } else node = container;
  }
  return where;
}

/** What the validator said, in words; its text is English and names schema keywords. */
function whatOf(message: string, lang: Language): string {
  const t = textsFor(lang);
  const required = /must have required property '([^']+)'/.exec(message);
  if (required) return t("schemaRequired", { field: required[1] });
  if (/must be (string|number|integer|boolean|array|object|null)/.test(message)) return t("schemaType");
  if (/must be equal to (one of the allowed values|constant)/.test(message)) return t("schemaEnum");
  if (/must NOT have additional properties/.test(message)) return t("schemaExtra");
  if (/must NOT have fewer than|must NOT be shorter/.test(message)) return t("schemaEmpty");
  if (/must match (pattern|format)/.test(message)) return t("schemaPattern");
  return t("schemaOther");
}

/**
 * `detail` as core/plan/checkPlan writes it ("PATH MESSAGE"), worded for a person.
 * @example schemaProblemWords("/chapters/0 must have required property 'id'", doc, "ru") // "Глава 1: нет обязательного поля «id»"
 */
export function schemaProblemWords(detail: string, doc: unknown, lang: Language): string {
  const space = detail.indexOf(" ");
  const path = space > 0 && detail.startsWith("/") ? detail.slice(0, space) : "/";
  const message = space > 0 ? detail.slice(space + 1) : detail;
  return textsFor(lang)("schemaWhere", {
    where: whereOf(path === "/" ? "" : path, doc, lang),
    what: whatOf(message, lang),
  });
}
