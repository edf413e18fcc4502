import type { Body, BodyContact, BodyKind, LocalizedString } from "../../schema";
import type { SheetGrid } from "../grid";
import { BODY_KINDS, CONTACT_KEYS } from "./exportSheets";
import { BODY_COLUMNS, type Texts } from "./layout";
import { latinAlias, parseYesNo, splitLines } from "./notation";
import { KeyedSheet, type PlanContext } from "./planContext";

export interface ReadBodies {
  bodies: Body[];
  /** Codes of the bodies that are "by agreement" when a measure names them without the mark. */
  byAgreement: Set<string>;
}

const YES_NO: Texts = { ky: "ооба, жок", ru: "ооба (да), жок (нет)", en: "ооба (yes), жок (no)" };

/**
 * Reads the bodies sheet, one body per row. `usedInTable` is filled in later, once the measures are read;
 * `listed` follows `source` (a body is listed when the plan's list of abbreviations names it).
 */
export function readBodies(grid: SheetGrid, ctx: PlanContext): ReadBodies | null {
  const sheet = KeyedSheet.open(grid, BODY_COLUMNS, ["code", "name", "kind"], "code", ctx);
  if (!sheet) return null;
  const bodies: Body[] = [];
  const byAgreement = new Set<string>();
  for (let row = sheet.keyRow + 1; row <= grid.rowCount; row++) {
    if (sheet.isBlank(row)) continue;
    const at = (key: string) => ({ sheet: grid.name, cell: sheet.ref(row, key) });
    const field = (key: string) => sheet.field(key);
    const unreadable = (key: string, value: string, expected: string) =>
      ctx.add("plan-value-unreadable", { field: field(key), value, expected }, at(key));
    const code = sheet.text(row, "code");
    if (!code) {
      ctx.add("plan-text-required", { field: field("code") }, at("code"));
      continue;
    }
    const name: Partial<LocalizedString> = {};
    for (const [lang, key] of [
      ["ky", "name"],
      ["ru", "name.ru"],
      ["en", "name.en"],
    ] as const) {
      const v = sheet.text(row, key);
      if (v) name[lang] = v;
    }
    if (!name.ky) ctx.add("plan-text-required", { field: field("name") }, at("name"));
    // The short names a reader of each language uses; in Kyrgyz the code itself unless another is given.
    const short = (["ky", "ru", "en"] as const).map((l) =>
      sheet.text(row, l === "ky" ? "shortName" : `shortName.${l}`),
    );
    const shortName: LocalizedString | undefined = short.some(Boolean)
      ? { ky: short[0] ?? code, ...(short[1] ? { ru: short[1] } : {}), ...(short[2] ? { en: short[2] } : {}) }
      : undefined;
    const kind = sheet.text(row, "kind");
    if (!kind) ctx.add("plan-text-required", { field: field("kind") }, at("kind"));
    else if (!BODY_KINDS.includes(kind)) unreadable("kind", kind, BODY_KINDS.join(", "));
    const latin = sheet.text(row, "latin") ?? latinAlias(code);
    if (!/^[A-Z0-9-]+$/.test(latin)) unreadable("latin", latin, "A–Z, 0–9, -");
    const source = sheet.text(row, "source") ?? "listed";
    if (source !== "listed" && source !== "inferred") unreadable("source", source, "listed, inferred");
    const agreed = sheet.raw(row, "byAgreement");
    if (agreed !== null && agreed !== "") {
      const yes = parseYesNo(agreed);
      // The words the workbook is written in (its instructions give ооба/жок); any language is read.
      if (yes === null) unreadable("byAgreement", String(agreed), YES_NO.ky);
      if (yes) byAgreement.add(code);
    }
    // The contacts register; a phone typed as a number is kept as its digits.
    const contact: BodyContact = {};
    for (const key of CONTACT_KEYS) {
      const v = sheet.text(row, `contact.${key}`);
      if (v) contact[key] = v;
    }
    const path = `/bodies/${bodies.length}`;
    ctx.map(path, at("code"));
    ctx.map(`${path}/code`, at("code"));
    ctx.map(`${path}/name`, at("name"));
    ctx.map(`${path}/latin`, at("latin"));
    bodies.push({
      code,
      name: name as LocalizedString,
      ...(shortName ? { shortName } : {}),
      kind: kind as BodyKind,
      listed: source === "listed",
      printedInList: sheet.text(row, "printedInList"),
      variants: [...new Set(splitLines(sheet.text(row, "variants") ?? ""))],
      latin,
      source: source as Body["source"],
      note: sheet.text(row, "note"),
      usedInTable: false,
      ...(Object.keys(contact).length ? { contact } : {}),
    });
  }
  return { bodies, byAgreement };
}
