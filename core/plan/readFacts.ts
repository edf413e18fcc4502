import { parsePeriod, type Language, type LocalizedString, type Plan, type PlanSource } from "../../schema";
import { toA1 } from "../a1";
import type { SheetGrid } from "../grid";
import { cellText, parseDate } from "../values";
import { FACT_COLUMNS } from "./layout";
import { factField, type PlanContext } from "./planContext";

export type PlanFacts = Pick<Plan, "id" | "title" | "source" | "period" | "coordination">;

const LANGS = ["ky", "ru", "en"] as const;

/** Reads the facts sheet (rows found by the key in column A) into the plan's id, title, source and period. */
export function readFacts(sheet: SheetGrid, ctx: PlanContext): PlanFacts | null {
  const rowOf = new Map<string, number>();
  for (let row = 1; row <= sheet.rowCount; row++) {
    const key = cellText(sheet.cells.get(toA1({ row, col: FACT_COLUMNS.key }))?.value ?? null);
    if (key && !rowOf.has(key)) rowOf.set(key, row);
  }
  const before = ctx.issues.length;
  const at = (key: string, lang: Language = "ky") => {
    const row = rowOf.get(key);
    return row ? { sheet: sheet.name, cell: toA1({ row, col: FACT_COLUMNS[lang] }) } : { sheet: sheet.name };
  };
  const label = (key: string) => factField(key);
  const raw = (key: string, lang: Language = "ky") => {
    const row = rowOf.get(key);
    return row ? (sheet.cells.get(toA1({ row, col: FACT_COLUMNS[lang] }))?.value ?? null) : null;
  };
  const text = (key: string, lang: Language = "ky") => cellText(raw(key, lang));
  const required = (key: string): string => {
    const v = text(key);
    if (v === null) ctx.add("plan-text-required", { field: label(key) }, at(key));
    return v ?? "";
  };
  const localized = (key: string): LocalizedString | undefined => {
    const out: Partial<LocalizedString> = {};
    for (const l of LANGS) {
      const v = text(key, l);
      if (v !== null) out[l] = v;
    }
    if (Object.keys(out).length === 0) return undefined;
    if (!out.ky) ctx.add("plan-text-required", { field: label(key) }, at(key));
    return out as LocalizedString;
  };
  const requiredLocalized = (key: string): LocalizedString => {
    const v = localized(key);
    if (!v) ctx.add("plan-text-required", { field: label(key) }, at(key));
    return v ?? { ky: "" };
  };
  const unreadable = (key: string, value: string, expected: string) =>
    ctx.add("plan-value-unreadable", { field: label(key), value, expected }, at(key));
  const date = (key: string): string | undefined => {
    const v = raw(key);
    const parsed = parseDate(v);
    if (parsed === null) return undefined;
    if (!parsed.ok) unreadable(key, String(v), "YYYY-MM-DD");
    return parsed.ok ? parsed.value : "";
  };
  const half = (key: string) => {
    const v = required(key);
    const p = v ? parsePeriod(v) : null;
    if (v && (!p || p.half === null)) unreadable(key, v, "2025-H1");
    return { year: p?.year ?? 0, half: (p?.half ?? 1) as 1 | 2 };
  };

  const id = required("id");
  if (id && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) unreadable("id", id, "kg-gender-equality-2025-2027");
  const title = requiredLocalized("title");
  const start = half("period.start");
  const end = half("period.end");
  const language = required("source.language");
  if (language && !LANGS.includes(language as Language)) unreadable("source.language", language, "ky, ru, en");

  const source: PlanSource = {
    issuer: requiredLocalized("source.issuer"),
    actType: requiredLocalized("source.actType"),
    number: required("source.number"),
    date: date("source.date") ?? required("source.date"),
    language: "ky",
  };
  const annex = text("source.annex");
  if (annex) source.annex = annex;
  const amends = {
    number: text("source.amends.number"),
    date: date("source.amends.date"),
    title: localized("source.amends.title"),
  };
  if (amends.number || amends.date || amends.title) {
    if (!amends.number)
      ctx.add("plan-text-required", { field: label("source.amends.number") }, at("source.amends.number"));
    if (!amends.date) ctx.add("plan-text-required", { field: label("source.amends.date") }, at("source.amends.date"));
    if (!amends.title)
      ctx.add("plan-text-required", { field: label("source.amends.title") }, at("source.amends.title"));
    source.amends = { number: amends.number ?? "", date: amends.date ?? "", title: amends.title ?? { ky: "" } };
  }
  const signatory = text("source.signatory");
  if (signatory) source.signatory = signatory;
  // Assigned again so that the key keeps its place after the optional ones, as the schema lists them.
  delete (source as Partial<PlanSource>).language;
  source.language = language as Language;
  const file = text("source.text");
  if (file) source.text = file;

  for (const key of ["id", "title", "source.issuer", "source.actType", "source.number", "source.date"]) {
    const row = rowOf.get(key);
    const path = key.startsWith("source.") ? `/source/${key.slice(7)}` : `/${key}`;
    if (row) ctx.map(path, { sheet: sheet.name, cell: toA1({ row, col: FACT_COLUMNS.ky }) });
  }
  // Who issues the consolidated report and to whom: an addressee without its coordinator says nothing.
  const coordinator = text("coordination.coordinator");
  const addressee = localized("coordination.addressee");
  if (addressee && !coordinator)
    ctx.add("plan-text-required", { field: label("coordination.coordinator") }, at("coordination.coordinator"));
  if (ctx.issues.length > before) return null;
  return {
    id,
    title,
    source,
    ...(coordinator ? { coordination: { coordinator, ...(addressee ? { addressee } : {}) } } : {}),
    period: { startYear: start.year, startHalf: start.half, endYear: end.year, endHalf: end.half },
  };
}
