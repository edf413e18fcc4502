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
 * Finds a body by its canonical code, a printed variant, or its Latin alias (case-insensitive).
 * @example findBody(registry, "esom")?.code === "ЭСӨМ"
 */
export function findBody(registry: BodyRegistry, code: string): Body | undefined {
  const wanted = foldCode(code);
  const latin = code.trim().toUpperCase();
  return registry.find(
    (b) =>
      b.latin === latin ||
      foldCode(b.code) === wanted ||
      b.variants.some((v) => foldCode(v) === wanted) ||
      (b.printedInList !== null && foldCode(b.printedInList) === wanted),
  );
}

/**
 * Bodies that report: every body the table names as responsible, except generic groups ("министрликтер",
 * "ведомстволор"), which name no one who could fill a template.
 */
export function isReportingBody(body: Body): boolean {
  return body.kind !== "group" && body.usedInTable;
}
