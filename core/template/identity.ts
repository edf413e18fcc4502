/** The template's identity, kept as key/value rows on a very hidden sheet. */
import { planHash, type Language, type Plan, type Preparer, type ReportHeader } from "../../schema";
// A default import: webpack warns on named imports from JSON.
import packageJson from "../../package.json";

export const TEMPLATE_FORMAT_VERSION = 1;
/** What wrote a template or a master, recorded in its identity and workbook properties. */
export const GENERATOR = `tendik ${packageJson.version}`;
export const IDENTITY_SHEET = "_tendik";

export interface TemplateIdentity {
  kind: "report-template";
  formatVersion: number;
  planId: string;
  planHash: string;
  agency: string;
  period: string;
  language: Language;
  generator: string;
}

export const IDENTITY_KEYS: (keyof TemplateIdentity)[] = [
  "kind",
  "formatVersion",
  "planId",
  "planHash",
  "agency",
  "period",
  "language",
  "generator",
];

/**
 * The header of a new report on a plan, in the current template format: for reports made outside a
 * template (the demo, tests, other front ends).
 * @example reportHeader(defaultPlan, "БИМ", "2019-H2", { name: "Асель Токтогулова" })
 */
export function reportHeader(
  plan: Plan,
  agency: string,
  period: string,
  preparedBy: Preparer,
  language: Language = "ky",
): ReportHeader {
  return {
    planId: plan.id,
    planHash: planHash(plan),
    formatVersion: TEMPLATE_FORMAT_VERSION,
    agency,
    period,
    language,
    preparedBy,
  };
}
