import {
  bodiesWithMeasures,
  findBody,
  isPeriodInPlan,
  isReportingBody,
  parsePeriod,
  isLanguage,
  planHash,
} from "../../schema";
import { findSheet, type WorkbookGrid } from "../grid";
import { IDENTITY_KEYS, readIdentitySheet, TEMPLATE_FORMAT_VERSION, type TemplateIdentity } from "../template/identity";
import { templateLabels } from "../labels";
import { reportTitle } from "../template/title";
import { ROW } from "../template/layout";
import { cellText } from "../values";
import type { ReadContext } from "./context";

/**
 * Reads and checks the identity sheet. Returns the identity only when the workbook can be read as this
 * plan's template; otherwise records why not and returns null.
 */
export function readIdentity(wb: WorkbookGrid, ctx: ReadContext): TemplateIdentity | null {
  const found = readIdentitySheet(wb);
  if (!found) {
    ctx.add("identity-missing", {});
    return null;
  }
  const { sheet, values, rows } = found;
  const raw = Object.fromEntries(values) as Record<string, string>;
  Object.setPrototypeOf(raw, null); // keys come from the file: "__proto__" is a key like any other
  const rowOf = (key: string) => rows.get(key);
  const at = (key: keyof TemplateIdentity) => ({ sheet, cell: `B${rowOf(key)}` });
  if (raw.kind !== "report-template" || IDENTITY_KEYS.some((k) => !(k in raw))) {
    ctx.add("identity-missing", {}, { sheet });
    return null;
  }
  const id: TemplateIdentity = {
    kind: "report-template",
    formatVersion: Number(raw.formatVersion),
    planId: raw.planId,
    planHash: raw.planHash,
    agency: raw.agency,
    period: raw.period,
    language: isLanguage(raw.language) ? raw.language : "ky",
    generator: raw.generator,
  };
  let ok = true;
  if (id.formatVersion !== TEMPLATE_FORMAT_VERSION) {
    ctx.add(
      "identity-format-version",
      { found: raw.formatVersion, supported: TEMPLATE_FORMAT_VERSION },
      at("formatVersion"),
    );
    ok = false;
  }
  if (id.planId !== ctx.plan.id) {
    ctx.add("identity-other-plan", { found: id.planId, expected: ctx.plan.id }, at("planId"));
    return null;
  }
  if (id.planHash !== planHash(ctx.plan)) {
    ctx.add(
      "identity-plan-version",
      { found: id.planHash.slice(0, 12), expected: planHash(ctx.plan).slice(0, 12) },
      at("planHash"),
    );
    ok = false;
  }
  const body = findBody(ctx.plan.bodies, id.agency);
  if (!body || body.code !== id.agency || !isReportingBody(body)) {
    ctx.add("identity-unknown-agency", { agency: id.agency }, at("agency"));
    ok = false;
  }
  const period = parsePeriod(id.period);
  if (!period || !isPeriodInPlan(period, ctx.plan.period)) {
    ctx.add("identity-bad-period", { period: id.period }, at("period"));
    ok = false;
  }
  if (ok && !titleAgrees(wb, id, ctx)) ok = false;
  return ok ? id : null;
}

/** The report sheet's title as the template builder writes it for this identity; null for a body with no template. */
function expectedTitle(id: TemplateIdentity, ctx: ReadContext): string | null {
  // Only the title, not a whole template: building one for each kind of file cost a validation of one file 30 ms.
  if (!bodiesWithMeasures(ctx.plan).includes(id.agency)) return null;
  return reportTitle(ctx.plan, { agency: id.agency, period: id.period, language: id.language });
}

const words = (s: string) => s.replace(/\s+/g, " ").trim();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Whether `token` stands in `text` as a word of its own (no letter or digit touching it on either side). */
function hasToken(text: string, token: string): boolean {
  // A loop over indexOf, not a regular expression built per call: compiling a Unicode pattern with a look-behind
  // cost half a millisecond, once for every file validated.
  if (!token) return false;
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    // The last code point before the token (two code units hold it whole when it is a surrogate pair).
    const prev = [...text.slice(Math.max(0, at - 2), at)].pop() ?? "";
    const next = text.codePointAt(at + token.length);
    if (!LETTER_OR_DIGIT.test(prev) && (next === undefined || !LETTER_OR_DIGIT.test(String.fromCodePoint(next))))
      return true;
  }
  return false;
}

/**
 * The body and period in the very hidden identity must be those the clerk saw in the report sheet's title
 * (A1, "{agency}: ... {period} ..." as buildTemplate writes it); otherwise editing the hidden sheet would make
 * a report count for another body or period. The title agrees when its first line names both as written, or
 * when it is exactly the title built for this identity (whatever words a later version of the labels uses).
 */
function titleAgrees(wb: WorkbookGrid, id: TemplateIdentity, ctx: ReadContext): boolean {
  const names = [templateLabels[id.language], ...Object.values(templateLabels)].map((l) => l.sheets.report);
  const sheet = names.map((n) => findSheet(wb, n)).find(Boolean);
  if (!sheet) return true; // the structure check reports the missing sheet
  const shown = words(cellText(sheet.cells.get(`A${ROW.title}`)?.value ?? null) ?? "");
  const firstLine = words(String(cellText(sheet.cells.get(`A${ROW.title}`)?.value ?? null) ?? "").split("\n")[0]);
  if (hasToken(firstLine, id.agency) && firstLine.includes(id.period)) return true;
  const expected = expectedTitle(id, ctx);
  if (expected !== null && words(expected) === shown) return true;
  ctx.add(
    "identity-mismatch",
    { agency: id.agency, period: id.period, shown: firstLine || "—" },
    { sheet, cell: `A${ROW.title}` },
  );
  return false;
}
