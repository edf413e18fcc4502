/**
 * Values a plan writer need not type: the printed indicator and executor cells follow from the structured
 * lists, and a body's "by agreement" default from how the plan names it. The export writes a printed form only
 * where it differs from what these rules give, so the embedded plan keeps its typos and a new plan stays short.
 */
import type { Indicator, LocalizedString, Measure, Plan, ResponsibleBody } from "../../schema";

const LANGS = ["ky", "ru", "en"] as const;

/** The indicator cell as the annex would print it: one indicator per line, in each language all of them have. */
export function deriveIndicatorsText(indicators: Indicator[]): LocalizedString | null {
  if (indicators.length === 0) return null;
  const out: LocalizedString = { ky: indicators.map((i) => i.text.ky).join("\n") };
  for (const lang of ["ru", "en"] as const)
    if (indicators.every((i) => i.text[lang])) out[lang] = indicators.map((i) => i.text[lang]).join("\n");
  return out;
}

/** True when two localized strings (or nulls) hold the same texts. */
export function sameLocalized(a: LocalizedString | null | undefined, b: LocalizedString | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return LANGS.every((l) => a[l] === b[l]);
}

/**
 * The executor cell as the annex prints it. A trailing block of bodies by agreement is printed after
 * "макулдашуу боюнча:" (prefix); a single one, or ones mixed in, get "(макулдашуу боюнча)" after each (postfix).
 */
export function deriveResponsibleText(responsible: ResponsibleBody[]): {
  text: string;
  marker: Measure["agreementMarker"];
} {
  const agreed = responsible.filter((r) => r.byAgreement);
  if (agreed.length === 0) return { text: responsible.map((r) => r.printed).join(", "), marker: null };
  const firstAgreed = responsible.findIndex((r) => r.byAgreement);
  const trailing = responsible.slice(firstAgreed).every((r) => r.byAgreement);
  if (agreed.length > 1 && trailing) {
    const direct = responsible.slice(0, firstAgreed).map((r) => r.printed);
    const rest = agreed.map((r) => r.printed).join(", ");
    return {
      text: direct.length ? `${direct.join(", ")}, макулдашуу боюнча: ${rest}` : `Макулдашуу боюнча: ${rest}`,
      marker: "prefix",
    };
  }
  return {
    text: responsible.map((r) => (r.byAgreement ? `${r.printed} (макулдашуу боюнча)` : r.printed)).join(", "),
    marker: "postfix",
  };
}

/** Codes of the bodies every mention of which is "by agreement": the default the bodies sheet shows. */
export function agreementDefaults(plan: Plan): Set<string> {
  const direct = new Set<string>();
  const agreed = new Set<string>();
  for (const c of plan.chapters)
    for (const g of c.goals)
      for (const t of g.tasks)
        for (const m of t.measures) for (const r of m.responsible) (r.byAgreement ? agreed : direct).add(r.code);
  return new Set([...agreed].filter((code) => !direct.has(code)));
}
