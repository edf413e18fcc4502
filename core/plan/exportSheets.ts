import { isReportingBody, isTranslation, type LocalizedString, type Plan } from "../../schema";
import { PAGE_FOOTER, printLayout } from "../template/print";
import { toA1 } from "../a1";
import type { CellSpec, SheetSpec } from "../template/spec";
import { agreementDefaults } from "./derive";
import {
  BODY_COLUMNS,
  FACT_COLUMNS,
  FACT_ROWS,
  FIRST_DATA_ROW,
  HEADER_ROW,
  KEY_ROW,
  PLAN_SHEETS,
  type PlanColumn,
} from "./layout";
import { formatYesNo } from "./notation";
import { SheetBuilder, heightOf, linesOf } from "./sheetBuilder";

const SPARE_ROWS = 15;
export const BODY_KINDS = [
  "ministry",
  "state-body",
  "court",
  "local-government",
  "international",
  "ngo",
  "group",
  "other",
];

/** The registry of responsible bodies, one row each, in the plan's order. */
export function buildBodiesSheet(plan: Plan, blank = false): SheetSpec {
  const b = new SheetBuilder(BODY_COLUMNS);
  const headerHeight = b.header(HEADER_ROW, KEY_ROW);
  const defaults = agreementDefaults(plan);
  let row = FIRST_DATA_ROW;
  const heights: Record<number, number> = { [HEADER_ROW]: headerHeight };
  for (const body of plan.bodies) {
    heights[row] = heightOf(
      Math.max(
        b.lines("name", body.name.ky),
        b.lines("name.ru", body.name.ru),
        b.lines("name.en", body.name.en),
        b.lines("variants", body.variants.join("\n")),
      ),
    );
    b.set(row, "code", body.code, "id");
    b.set(row, "name", body.name.ky, "text");
    b.set(row, "name.ru", body.name.ru, isTranslation(body.name, "ru") ? "translation" : "text");
    b.set(row, "name.en", body.name.en, isTranslation(body.name, "en") ? "translation" : "text");
    b.set(row, "shortName", body.shortName?.ky, "id");
    b.set(row, "shortName.ru", body.shortName?.ru, isTranslation(body.shortName, "ru") ? "translation" : "text");
    b.set(row, "shortName.en", body.shortName?.en, isTranslation(body.shortName, "en") ? "translation" : "text");
    b.set(row, "kind", body.kind, "id");
    b.set(row, "byAgreement", formatYesNo(defaults.has(body.code)), "id");
    b.set(row, "reports", formatYesNo(isReportingBody(body)), "provenance");
    b.set(row, "latin", body.latin, "id");
    b.set(row, "variants", body.variants.join("\n"), "text");
    for (const key of CONTACT_KEYS) b.set(row, `contact.${key}`, body.contact?.[key], "text");
    if (!blank) {
      b.set(row, "printedInList", body.printedInList, "provenance");
      b.set(row, "source", body.source, "provenance");
      b.set(row, "note", body.note, "provenance");
    }
    b.frame(row++, style);
  }
  for (let r = row; r < row + SPARE_ROWS; r++) b.frame(r, style);
  const range = (key: string) => `${b.letter(key)}${FIRST_DATA_ROW}:${b.letter(key)}${row + SPARE_ROWS - 1}`;
  return {
    name: PLAN_SHEETS.bodies,
    state: "visible",
    columns: BODY_COLUMNS.map((c) => ({ width: c.width })),
    rowHeights: heights,
    cells: b.cells,
    merges: [],
    frozen: { rows: KEY_ROW, cols: 1 },
    protect: false,
    validations: [
      { range: range("kind"), rule: { type: "list", source: BODY_KINDS.join(","), allowBlank: true } },
      { range: range("byAgreement"), rule: { type: "list", source: "ооба,жок", allowBlank: true } },
      { range: range("source"), rule: { type: "list", source: "listed,inferred", allowBlank: true } },
    ],
    print: printLayout({
      widths: BODY_COLUMNS.map((c) => c.width),
      fontSize: 10,
      footer: PAGE_FOOTER.ky,
      titleColumns: 1,
      repeatRows: `${HEADER_ROW}:${KEY_ROW}`,
    }),
  };
}

/** The fields of a body's contact, each a column `contact.<field>` of the bodies sheet. */
export const CONTACT_KEYS = ["name", "position", "phone", "email"] as const;

const style = (c: PlanColumn): string =>
  c.block === "provenance" ? "provenance" : ["code", "kind", "byAgreement", "latin"].includes(c.key) ? "id" : "text";

/** The plan's facts, one per row: key, label, then the value (in ky, ru and en for texts). */
export function buildFactsSheet(plan: Plan, blank = false): SheetSpec {
  const s = plan.source;
  const half = (y: number, h: number) => `${y}-H${h}`;
  const kept = ["source.issuer", "source.actType", "source.language"];
  const all: Record<string, string | LocalizedString | undefined> = {
    id: plan.id,
    title: plan.title,
    "period.start": half(plan.period.startYear, plan.period.startHalf),
    "period.end": half(plan.period.endYear, plan.period.endHalf),
    "source.issuer": s.issuer,
    "source.actType": s.actType,
    "source.number": s.number,
    "source.date": s.date,
    "source.annex": s.annex,
    "source.signatory": s.signatory,
    "source.language": s.language,
    "source.text": s.text,
    "source.amends.number": s.amends?.number,
    "source.amends.date": s.amends?.date,
    "source.amends.title": s.amends?.title,
    "coordination.coordinator": plan.coordination?.coordinator,
    "coordination.addressee": plan.coordination?.addressee,
  };
  const values = blank ? Object.fromEntries(kept.map((k) => [k, all[k]])) : all;
  const cells: CellSpec[] = [];
  const put = (row: number, col: number, value: string | undefined, st: string) =>
    cells.push({ ref: toA1({ row, col }), ...(value ? { value } : {}), style: st });
  const heads = ["key", "Талаа / Поле / Field", "ky", "ru", "en"];
  heads.forEach((h, i) => put(HEADER_ROW, i + 1, h, "header"));
  FACT_ROWS.forEach((f, i) => {
    const row = HEADER_ROW + 1 + i;
    const v = values[f.key];
    put(row, FACT_COLUMNS.key, f.key, "key");
    put(row, FACT_COLUMNS.label, `${f.label.ky}\n${f.label.ru}\n${f.label.en}`, "label");
    if (f.localized) {
      const t = v as LocalizedString | undefined;
      put(row, FACT_COLUMNS.ky, t?.ky, "text");
      put(row, FACT_COLUMNS.ru, t?.ru, isTranslation(t, "ru") ? "translation" : "text");
      put(row, FACT_COLUMNS.en, t?.en, isTranslation(t, "en") ? "translation" : "text");
    } else {
      put(row, FACT_COLUMNS.ky, v as string | undefined, "id");
      cells.push({ ref: toA1({ row, col: FACT_COLUMNS.ru }), style: "key" });
      cells.push({ ref: toA1({ row, col: FACT_COLUMNS.en }), style: "key" });
    }
  });
  return {
    name: PLAN_SHEETS.facts,
    state: "visible",
    columns: [{ width: 20 }, { width: 36 }, { width: 60 }, { width: 50 }, { width: 50 }],
    rowHeights: Object.fromEntries(
      FACT_ROWS.map((f, i) => {
        const v = values[f.key];
        const texts = typeof v === "object" ? [v.ky, v.ru ?? "", v.en ?? ""] : [v ?? ""];
        const label = linesOf(`${f.label.ky}\n${f.label.ru}\n${f.label.en}`, 32);
        return [HEADER_ROW + 1 + i, heightOf(Math.max(label, ...texts.map((t) => linesOf(t, 50))))];
      }),
    ),
    cells,
    merges: [],
    frozen: { rows: HEADER_ROW, cols: 2 },
    protect: false,
    validations: [],
    print: printLayout({ widths: [20, 36, 60, 50, 50], fontSize: 10, footer: PAGE_FOOTER.ky, titleColumns: 1 }),
  };
}
