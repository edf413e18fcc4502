/**
 * What a plan's content hash covers: everything a template relies on (ids, structure, indicator kinds, deadlines'
 * periods, bodies' codes and flags, the texts of the adopted act), and not the wording or standing of texts in
 * the other languages, nor who coordinates the plan and whom its report is addressed to (`coordination`), nor the
 * bodies' contacts. So a corrected translation, or the official Russian text imported in place of ours,
 * leaves the hash as it was and templates already sent still belong to the plan; an edit of the act's own text
 * (or of anything structural) makes a new plan version.
 *
 * scripts/build-schema.mjs computes the embedded plan's hash by the same rule (a test checks both agree).
 */
import type { Language, Plan } from "./generated/types";

const LOCALIZED_KEYS = new Set(["ky", "ru", "en", "translated"]);

/** A localized text: an object whose keys are languages (ky required) and `translated`. */
export function isLocalizedText(v: object): v is Record<string, unknown> {
  const keys = Object.keys(v);
  return typeof (v as { ky?: unknown }).ky === "string" && keys.every((k) => LOCALIZED_KEYS.has(k));
}

/**
 * The plan as its hash sees it: every localized text reduced to Kyrgyz (the required language) and the act's own
 * language (`source.language`), without its standing.
 * @example planContent(plan).title // { ky: "2018-2020-жылдарга …" }
 */
export function planContent(plan: Plan): unknown {
  const kept = new Set<string>(["ky", plan.source?.language ?? "ky"] as Language[]);
  const project = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    if (Array.isArray(v)) return v.map(project);
    if (isLocalizedText(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (kept.has(k)) out[k] = x;
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = project(x);
    return out;
  };
  // Whom the report goes to, and a body's contact (whom to call), change with staff, not with the plan: editing
  // them keeps the plan's version and templates already sent valid.
  const { coordination: _coordination, ...content } = plan;
  return project({ ...content, bodies: content.bodies.map(({ contact: _contact, ...body }) => body) });
}
