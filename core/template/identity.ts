/** The template's identity, kept as key/value rows on a very hidden sheet. */
import type { Language } from "../../schema";

export const TEMPLATE_FORMAT_VERSION = 1;
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
