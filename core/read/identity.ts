import { findBody, isPeriodInPlan, isReportingBody, parsePeriod, planHash, type Language } from "../../schema";
import { findSheet, type WorkbookGrid } from "../grid";
import { IDENTITY_KEYS, readIdentitySheet, TEMPLATE_FORMAT_VERSION, type TemplateIdentity } from "../template/identity";
import { templateLabels } from "../labels";
import { buildTemplate } from "../template/buildTemplate";
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
  if (ok && !titleAgrees(wb, id, ctx)) ok = false;
  return ok ? id : null;
}

/** Built titles by plan, body, period and language: one build per kind of file, however many are read. */
const builtTitles = new Map<string, string | null>();

/** The report sheet's title cell as the template builder writes it for this identity, or null if it cannot. */
function expectedTitle(id: TemplateIdentity, ctx: ReadContext): string | null {
  const key = `${ctx.plan.id}|${planHash(ctx.plan)}|${id.agency}|${id.period}|${id.language}`;
  if (!builtTitles.has(key)) {
    let title: string | null = null;
    try {
      const spec = buildTemplate({ agency: id.agency, period: id.period, language: id.language, plan: ctx.plan });
      const cell = spec.sheets[0].cells.find((c) => c.ref === `A${ROW.title}`);
      title = typeof cell?.value === "string" ? cell.value : null;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e; // no template exists for this body: it cannot agree
    }
    builtTitles.set(key, title);
  }
  return builtTitles.get(key)!;
}

const words = (s: string) => s.replace(/\s+/g, " ").trim();
const hasToken = (text: string, token: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(text);

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
    { identity: `${id.agency}, ${id.period}`, shown: firstLine || "—" },
    { sheet, cell: `A${ROW.title}` },
  );
  return false;
}
