/** The template's identity, kept as key/value rows on a very hidden sheet. */
import { planHash, sha256Hex, type Language, type Plan, type Preparer, type ReportHeader } from "../../schema";
// A default import: webpack warns on named imports from JSON.
import packageJson from "../../package.json";
import { findSheet, type SheetGrid, type WorkbookGrid } from "../grid";
import { cellText } from "../values";
import type { ReportLayout } from "./layout";
import type { SheetSpec } from "./spec";

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
  /**
   * A fingerprint of the plan texts the template shows (measure and indicator texts in its language). Optional:
   * templates made before it have none. While it matches the plan's, the plan cells are checked word for word
   * in any language; once a translation was corrected or an official text imported, the sent template's words
   * are accepted as they are (structure.ts).
   */
  textsHash?: string;
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

/** The fingerprint of the plan texts a template of this layout shows in `lang` (see `TemplateIdentity.textsHash`). */
export function shownTextsHash(layout: ReportLayout, lang: Language): string {
  const texts = layout.measures.map((m) =>
    [m.measure.text, ...m.indicators.map((i) => i.indicator.text)].map((t) => t[lang] ?? t.ky),
  );
  return sha256Hex(JSON.stringify(texts)).slice(0, 16);
}

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

/**
 * The key/value rows of a workbook's identity sheet (key in A, value in B), as the file holds them, with the row
 * of each key; null when the workbook has no identity sheet. Templates, masters and the pane all read it here.
 * Keys come from the file, so the maps have no prototype: "__proto__" is a key like any other.
 */
export function readIdentitySheet(
  wb: WorkbookGrid,
): { sheet: SheetGrid; values: Map<string, string>; rows: Map<string, number> } | null {
  const sheet = findSheet(wb, IDENTITY_SHEET);
  if (!sheet) return null;
  const values = new Map<string, string>();
  const rows = new Map<string, number>();
  for (let row = 1; row <= sheet.rowCount; row++) {
    const key = cellText(sheet.cells.get(`A${row}`)?.value ?? null);
    if (!key) continue;
    values.set(key, cellText(sheet.cells.get(`B${row}`)?.value ?? null) ?? "");
    rows.set(key, row);
  }
  return { sheet, values, rows };
}

/** The identity sheet of a workbook written (template or master): very hidden key/value rows. */
export function identitySheetSpec(rows: [string, string][], protect: boolean): SheetSpec {
  return {
    name: IDENTITY_SHEET,
    state: "veryHidden",
    columns: [{ width: 16 }, { width: 70 }],
    cells: rows.flatMap(([key, value], i) => [
      { ref: `A${i + 1}`, value: key },
      { ref: `B${i + 1}`, value },
    ]),
    merges: [],
    protect,
    validations: [],
  };
}
