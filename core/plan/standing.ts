/**
 * The standing of each text through the authoring workbook, by a rule, not a column to keep up to date: the
 * export lists in a very hidden sheet a fingerprint of every text that is our working translation; on import, a
 * text whose fingerprint is listed for its language is still ours (`translated`), and any other text — the
 * official one a coordinator pasted over ours, or a text typed in a new plan — is official. So pasting the
 * official Russian text is all it takes; nothing to mark. A workbook that lost the sheet (copied into another
 * one) reads every text as official: say so at import time is the coordinator's check, the README says it.
 */
import { isLocalizedText, sha256Hex, type Language, type LocalizedString, type Plan } from "../../schema";
import { findSheet, type WorkbookGrid } from "../grid";
import type { SheetSpec } from "../template/spec";
import { cellText } from "../values";

export const STANDING_SHEET = "_translations";
const LANGS: Language[] = ["ky", "ru", "en"];

/** A text as the reader reads it back (spacing may differ once Excel has wrapped it), hashed: 16 hex digits. */
const fingerprint = (text: string) => sha256Hex(text.replace(/\s+/g, " ").trim()).slice(0, 16);

/** Every localized text of a plan document, wherever it sits. */
function eachText(value: unknown, visit: (t: LocalizedString) => void): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) return value.forEach((v) => eachText(v, visit));
  if (isLocalizedText(value)) return visit(value as unknown as LocalizedString);
  Object.values(value).forEach((v) => eachText(v, visit));
}

/** The very hidden sheet of the fingerprints of our translations: language in A, fingerprint in B. */
export function buildStandingSheet(plan: Plan): SheetSpec {
  const seen = new Set<string>();
  eachText(plan, (t) => {
    for (const lang of t.translated ?? []) {
      const text = t[lang];
      if (text) seen.add(`${lang}\u0000${fingerprint(text)}`);
    }
  });
  const rows = [...seen].sort().map((k) => k.split("\u0000"));
  return {
    name: STANDING_SHEET,
    state: "veryHidden",
    columns: [{ width: 6 }, { width: 20 }],
    cells: rows.flatMap(([lang, fp], i) => [
      { ref: `A${i + 1}`, value: lang },
      { ref: `B${i + 1}`, value: fp },
    ]),
    merges: [],
    protect: true,
    validations: [],
  };
}

/** Marks, in a plan read from a workbook, the texts the workbook's fingerprints name as our translations. */
export function applyStanding(plan: Plan, grid: WorkbookGrid): void {
  const sheet = findSheet(grid, STANDING_SHEET);
  if (!sheet) return;
  const ours = new Set<string>();
  for (let row = 1; row <= sheet.rowCount; row++) {
    const lang = cellText(sheet.cells.get(`A${row}`)?.value ?? null);
    const fp = cellText(sheet.cells.get(`B${row}`)?.value ?? null);
    if (lang && fp) ours.add(`${lang}\u0000${fp}`);
  }
  eachText(plan, (t) => {
    const translated = LANGS.filter((l) => t[l] !== undefined && ours.has(`${l}\u0000${fingerprint(t[l]!)}`));
    if (translated.length) t.translated = translated;
  });
}
