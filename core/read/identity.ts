import { findBody, isPeriodInPlan, isReportingBody, parsePeriod, planHash, type Language } from "../../schema";
import { findSheet, type WorkbookGrid } from "../grid";
import { IDENTITY_KEYS, IDENTITY_SHEET, TEMPLATE_FORMAT_VERSION, type TemplateIdentity } from "../template/identity";
import { cellText } from "../values";
import type { ReadContext } from "./context";

/**
 * Reads and checks the identity sheet. Returns the identity only when the workbook can be read as this
 * plan's template; otherwise records why not and returns null.
 */
export function readIdentity(wb: WorkbookGrid, ctx: ReadContext): TemplateIdentity | null {
  const sheet = findSheet(wb, IDENTITY_SHEET);
  if (!sheet) {
    ctx.add("identity-missing", {});
    return null;
  }
  const raw: Record<string, string> = {};
  const rowOf: Record<string, number> = {};
  for (let row = 1; row <= sheet.rowCount; row++) {
    const key = cellText(sheet.cells.get(`A${row}`)?.value ?? null);
    if (key) {
      raw[key] = cellText(sheet.cells.get(`B${row}`)?.value ?? null) ?? "";
      rowOf[key] = row;
    }
  }
  const at = (key: keyof TemplateIdentity) => ({ sheet, cell: `B${rowOf[key]}` });
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
    language: (["ky", "ru", "en"].includes(raw.language) ? raw.language : "ky") as Language,
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
  return ok ? id : null;
}
