import {
  bodiesWithMeasures,
  findBody,
  isPeriodInPlan,
  isReportingBody,
  parsePeriod,
  isLanguage,
  planHash,
  type Language,
  type Plan,
} from "../../schema";
import { findSheet, type WorkbookGrid } from "../grid";
import { IDENTITY_KEYS, readIdentitySheet, TEMPLATE_FORMAT_VERSION, type TemplateIdentity } from "../template/identity";
import { fill, templateLabels } from "../labels";
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
    ...(raw.textsHash ? { textsHash: raw.textsHash } : {}),
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
/**
 * The first lines of titles written before the title named the plan in full (2ad5f9a): the period as its code.
 * Templates made then are still read; their title must state the identity's period exactly too.
 */
const FORMER_TITLES: ((agency: string, period: string) => string)[] = [
  (a, p) => `${a}: ${p} мезгили үчүн иш-аракеттердин улуттук планынын аткарылышы жөнүндө отчет`,
  (a, p) => `${a}: отчет о выполнении Национального плана действий за период ${p}`,
  (a, p) => `${a}: report on the National Action Plan for ${p}`,
];

/**
 * The title's first line around the plan's name, for every language and every name of the body: the plan's name
 * may have been worded otherwise when the template was made (a corrected translation, an official text imported:
 * issue 20), but the period and the body it states must be the identity's, word for word (issue 23).
 */
function titleShapes(plan: Plan, id: TemplateIdentity): [string, string][] {
  const body = findBody(plan.bodies, id.agency);
  const short = body && body.code === id.agency ? body.shortName : undefined;
  const forms = [...new Set([id.agency, ...(short ? [short.ky, short.ru, short.en] : [])])].filter((n): n is string =>
    Boolean(n),
  );
  const PLAN = "\u0000";
  return (Object.keys(templateLabels) as Language[]).flatMap((language) =>
    forms.map((agency) => {
      const [before, after = ""] = fill(
        templateLabels[language].title,
        { plan: PLAN, agency, period: id.period },
        language,
      ).split(PLAN);
      return [words(before), words(after)] as [string, string];
    }),
  );
}

/** `line` is `before`, some plan name, then `after`, with nothing else around them. */
function statesExactly(line: string, before: string, after: string): boolean {
  return line.length > before.length + after.length && line.startsWith(before) && line.endsWith(after);
}

/**
 * The body and period in the very hidden identity must be those the clerk saw in the report sheet's title
 * (A1, as buildTemplate writes it); otherwise editing the hidden sheet would make a report count for another
 * body or period. The title agrees when its first line is exactly the title built for this identity in one of
 * the languages (or a former title: FORMER_TITLES), or the whole title is exactly the one built for it. A looser test ("names the period
 * somewhere") let the identity's "2020" agree with a title for the second half of 2019, since the plan's own
 * name ("2018-2020") holds it.
 */
function titleAgrees(wb: WorkbookGrid, id: TemplateIdentity, ctx: ReadContext): boolean {
  const names = [templateLabels[id.language], ...Object.values(templateLabels)].map((l) => l.sheets.report);
  const sheet = names.map((n) => findSheet(wb, n)).find(Boolean);
  if (!sheet) return true; // the structure check reports the missing sheet
  const shown = words(cellText(sheet.cells.get(`A${ROW.title}`)?.value ?? null) ?? "");
  const firstLine = words(String(cellText(sheet.cells.get(`A${ROW.title}`)?.value ?? null) ?? "").split("\n")[0]);
  if (FORMER_TITLES.some((t) => words(t(id.agency, id.period)) === firstLine)) return true;
  if (titleShapes(ctx.plan, id).some(([before, after]) => statesExactly(firstLine, before, after))) return true;
  const expected = expectedTitle(id, ctx);
  if (expected !== null && words(expected) === shown) return true;
  ctx.add(
    "identity-mismatch",
    { agency: id.agency, period: id.period, shown: firstLine || "—" },
    { sheet, cell: `A${ROW.title}` },
  );
  return false;
}
