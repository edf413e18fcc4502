/**
 * Merges our working translations into a plan file, marking each as a translation:
 * `node scripts/run-ts.js scripts/merge-translations.ts [PLAN.json] [DIR]` (defaults: the embedded plan and
 * scripts/translations/kg-gender-equality-2018-2020/). Then `npx prettier --ignore-path /dev/null --write PLAN.json`.
 *
 * DIR holds, per language, JSON files mapping JSON pointers of the plan to texts (`ru.json`, `en.json`: the
 * translators' work; `ru.earlier.json`, `en.earlier.json`: the titles and body names the plan held before),
 * and `short-names.json` (body code -> the abbreviation a Russian and an English reader uses).
 *
 * The rule, so a rerun changes nothing and never undoes an import: a text the plan holds as official (its
 * language not in `translated`) and that differs from ours is left as it is and reported; otherwise ours is set
 * and its language listed in `translated`. Plain strings that need languages (funding texts, units) become
 * localized texts first. Deadlines take no text: every language reads them from their structured periods.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type Lang = "ru" | "en";
type Localized = { ky: string; ru?: string; en?: string; translated?: string[] };
type Json = Record<string, unknown>;

const LANGS: Lang[] = ["ru", "en"];

function resolve(doc: unknown, pointer: string): { parent: Json; key: string } {
  const parts = pointer.split("/").slice(1);
  let at = doc as Json;
  for (const p of parts.slice(0, -1)) {
    at = at[p] as Json;
    if (at === undefined || at === null) throw new Error(`no ${pointer} in the plan`);
  }
  return { parent: at, key: parts[parts.length - 1] };
}

/** Funding texts and units were plain Kyrgyz strings: they become localized texts. */
function localizePlainStrings(plan: Json): number {
  let n = 0;
  const walk = (v: unknown): void => {
    if (!v || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach(walk);
    const o = v as Json;
    if (o.funding && typeof (o.funding as Json).text === "string") {
      (o.funding as Json).text = { ky: (o.funding as Json).text };
      n++;
    }
    if (Array.isArray(o.indicators))
      for (const ind of o.indicators as Json[])
        if (typeof ind.unit === "string") {
          ind.unit = { ky: ind.unit };
          n++;
        }
    Object.values(o).forEach(walk);
  };
  walk(plan);
  return n;
}

function setTranslation(text: Localized, lang: Lang, ours: string): "set" | "same" | "official" {
  const marked = text.translated ?? [];
  if (text[lang] !== undefined && !marked.includes(lang) && text[lang] !== ours) return "official";
  const before = text[lang];
  text[lang] = ours;
  const translated = [...new Set([...marked, lang])].sort(
    (a, b) => LANGS.indexOf(a as Lang) - LANGS.indexOf(b as Lang),
  );
  const same = before === ours && marked.includes(lang);
  // Keep the key order ky, ru, en, translated, so the file reads the same everywhere.
  const { ky, ru, en } = text;
  for (const k of Object.keys(text)) delete (text as Record<string, unknown>)[k];
  Object.assign(text, { ky, ...(ru !== undefined ? { ru } : {}), ...(en !== undefined ? { en } : {}), translated });
  return same ? "same" : "set";
}

export function main(args: string[]): void {
  const planPath = args[0] ?? join(__dirname, "..", "schema", "plans", "kg-gender-equality-2018-2020.json");
  const dir = args[1] ?? join(__dirname, "translations", "kg-gender-equality-2018-2020");
  const plan = JSON.parse(readFileSync(planPath, "utf8")) as Json;
  const localized = localizePlainStrings(plan);
  const counts = { set: 0, same: 0, official: 0, deadlines: 0 };
  const official: string[] = [];

  for (const file of readdirSync(dir).sort()) {
    const m = /^(ru|en)(\.earlier)?\.json$/.exec(file);
    if (!m) continue;
    const lang = m[1] as Lang;
    const texts = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, string>;
    for (const [pointer, ours] of Object.entries(texts)) {
      // Deadlines are read from their periods in every language: the translators' wording is not stored.
      if (pointer.endsWith("/deadline/text")) {
        counts.deadlines++;
        continue;
      }
      const { parent, key } = resolve(plan, pointer);
      const target = parent[key] as Localized | undefined;
      if (!target || typeof target !== "object" || typeof target.ky !== "string")
        throw new Error(`${pointer} is not a localized text in the plan`);
      const outcome = setTranslation(target, lang, ours);
      counts[outcome]++;
      if (outcome === "official") official.push(`${lang} ${pointer}`);
    }
  }

  const shortNames = JSON.parse(readFileSync(join(dir, "short-names.json"), "utf8")) as Record<
    string,
    Record<Lang, string>
  >;
  for (const body of plan.bodies as Json[]) {
    const names = shortNames[body.code as string];
    if (!names) continue;
    const short = (body.shortName as Localized | undefined) ?? { ky: body.code as string };
    for (const lang of LANGS) counts[setTranslation(short, lang, names[lang])]++;
    // The registry's key order: shortName right after name.
    const entries = Object.entries(body).filter(([k]) => k !== "shortName");
    for (const k of Object.keys(body)) delete body[k];
    for (const [k, v] of entries) {
      body[k] = v;
      if (k === "name") body.shortName = short;
    }
  }

  writeFileSync(planPath, `${JSON.stringify(plan, null, 2)}\n`);
  process.stdout.write(
    `${planPath}: ${localized} plain strings localized; ${counts.set} translations set, ${counts.same} unchanged, ` +
      `${counts.official} official texts kept, ${counts.deadlines} deadline texts left to their periods\n` +
      official.map((o) => `  official kept: ${o}\n`).join(""),
  );
}
