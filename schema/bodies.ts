import type { Body, BodyRegistry } from "./generated/types";

/** Folds the differences clerks and printers make: case, Latin look-alikes of Cyrillic letters, spaces, hyphens. */
export function foldCode(code: string): string {
  const latinToCyrillic: Record<string, string> = {
    A: "А",
    B: "В",
    C: "С",
    E: "Е",
    H: "Н",
    K: "К",
    M: "М",
    O: "О",
    P: "Р",
    T: "Т",
    X: "Х",
    Y: "У",
  };
  return code
    .trim()
    .toUpperCase()
    .replace(/[ABCEHKMOPTXY]/g, (c) => latinToCyrillic[c] ?? c)
    .replace(/[\s\-"«»]+/g, "");
}

/**
 * Each registry's bodies by folded code, variant and printed form, and by Latin alias; then by their short and
 * full names in every language (МТСР, MLSD, "Министерство труда…"), which never take a code's place: the first
 * body wins.
 */
const indexes = new WeakMap<
  BodyRegistry,
  { size: number; folded: Map<string, number>; latin: Map<string, number>; named: Map<string, number> }
>();

/** Names are matched by case and spacing only: folding Latin look-alikes would make MoH (ССМ) read МОН (БИМ). */
const foldName = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ");

function indexOf(registry: BodyRegistry) {
  let index = indexes.get(registry);
  // A registry still being built (the authoring workbook's reader) grows: indexed again when it has.
  if (!index || index.size !== registry.length) {
    index = { size: registry.length, folded: new Map(), latin: new Map(), named: new Map() };
    for (const [i, b] of registry.entries()) {
      if (!index.latin.has(b.latin)) index.latin.set(b.latin, i);
      for (const form of [b.code, ...b.variants, ...(b.printedInList !== null ? [b.printedInList] : [])]) {
        const key = foldCode(form);
        if (!index.folded.has(key)) index.folded.set(key, i);
      }
    }
    for (const [i, b] of registry.entries())
      for (const t of [b.shortName, b.name])
        for (const form of t ? [t.ky, t.ru, t.en] : []) {
          const key = form ? foldName(form) : "";
          if (key && !index.named.has(key)) index.named.set(key, i);
        }
    indexes.set(registry, index);
  }
  return index;
}

/**
 * Finds a body by its canonical code, a printed variant, its Latin alias, or its short or full name in any
 * language (case-insensitive): the first body of the registry that answers to it. Indexed once per registry (a merge looks bodies up for every file).
 * @example findBody(registry, "esom")?.code === "ЭСӨМ" && findBody(registry, "МТСР")?.code === "ЭСӨМ"
 */
export function findBody(registry: BodyRegistry, code: string): Body | undefined {
  const index = indexOf(registry);
  const byLatin = index.latin.get(code.trim().toUpperCase());
  const byForm = index.folded.get(foldCode(code));
  const at = Math.min(byLatin ?? Infinity, byForm ?? Infinity);
  if (at !== Infinity) return registry[at];
  const byName = index.named.get(foldName(code));
  return byName === undefined ? undefined : registry[byName];
}

/**
 * Bodies that report: every body the table names as responsible, except generic groups ("министрликтер",
 * "ведомстволор"), which name no one who could fill a template.
 */
export function isReportingBody(body: Body): boolean {
  return body.kind !== "group" && body.usedInTable;
}
