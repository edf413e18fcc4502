/** The master's tables as cell values, and back from the grid a workbook reader gives. */
import { bodyShortName, findBody, LANGUAGES, type Language, type Plan } from "../../schema";
import { columnLetters } from "../a1";
import { findSheet, type Cell, type CellValue, type SheetGrid, type WorkbookGrid } from "../grid";
import { readIdentitySheet } from "../template/identity";
import { isIsoDate, isoToSerial, parseNumber, serialToIso } from "../values";
import { DEFAULT_COLUMNS, type ColumnSet } from "../template/layout";
import { columnsOf, TABLE_IDS, type AnyColumn, type ColumnDef, type TableId } from "./columns";
import {
  checkMasterIdentity,
  MasterColumnMissingError,
  MasterSheetMissingError,
  MasterValueError,
  NotAMasterError,
} from "./errors";
import { codeFromFormerLabel } from "../labels";
import { formerMasterSheets, masterLabels } from "./labels";
import type { Master, MasterIdentity } from "./model";
import { checkTableRows } from "./tableKeys";

/** Keys of the identity sheet, one per row: key in column A, value in column B. */
const LANGUAGES_ORDER = LANGUAGES;

export const MASTER_IDENTITY_KEYS = ["kind", "formatVersion", "planId", "planHash", "language", "generator"] as const;

/** A cell of a data table: text always a string (never a formula), dates as Excel serials. */
export function toCell<R>(col: ColumnDef<R>, value: unknown, lang: Language, plan?: Plan): CellValue {
  if (value === null || value === undefined) return null;
  if (col.body && plan) return bodyShortName(plan, String(value), lang);
  switch (col.kind) {
    case "text":
      return String(value);
    case "enum":
      return col.labels?.(lang)[String(value)] ?? String(value);
    case "date":
      return isoToSerial(String(value));
    default:
      return value as CellValue;
  }
}

/** The rows of one table, in the model's order. */
export function tableRows(
  master: Master,
  id: TableId,
  lang: Language,
  plan: Plan,
  columnSet: ColumnSet = DEFAULT_COLUMNS,
): CellValue[][] {
  const columns = columnsOf(id, columnSet);
  return (master[id] as unknown as Record<string, unknown>[]).map((row) =>
    columns.map((c) => toCell(c, c.value ? c.value(row as never, lang) : row[c.key], lang, plan)),
  );
}

/** The identity sheet's key/value rows. */
export function identityRows(identity: MasterIdentity, lang: Language, generator: string): [string, string][] {
  const values: Record<(typeof MASTER_IDENTITY_KEYS)[number], string> = {
    ...identity,
    formatVersion: String(identity.formatVersion),
    language: lang,
    generator,
  };
  return MASTER_IDENTITY_KEYS.map((k) => [k, values[k]]);
}

/**
 * The master a workbook holds, read from its grid: identity first (refused if not this plan's), then every
 * data table by its sheet (named in any of the three languages) and its headers (in any order).
 * @throws {MasterError} NotAMasterError, ForeignMasterError, MasterPlanVersionError, MasterFormatVersionError,
 *   MasterSheetMissingError, MasterColumnMissingError, MasterValueError.
 */
export function masterFromGrid(
  grid: WorkbookGrid,
  plan: Plan,
  columns: ColumnSet = DEFAULT_COLUMNS,
): { master: Master; language: Language } {
  const values = readIdentitySheet(grid)?.values ?? new Map<string, string>();
  const raw = (key: string) => values.get(key);
  if (raw("kind") !== "master") throw new NotAMasterError(raw("kind") ?? null);
  const identity: MasterIdentity = {
    kind: "master",
    formatVersion: Number(raw("formatVersion")),
    planId: raw("planId") ?? "",
    planHash: raw("planHash") ?? "",
  };
  checkMasterIdentity(identity, plan);
  const lang = raw("language") ?? "";
  const language = (LANGUAGES_ORDER as string[]).includes(lang) ? (lang as Language) : "ky";
  const master = { identity } as Master;
  for (const id of TABLE_IDS)
    (master as unknown as Record<TableId, unknown[]>)[id] = readTable(grid, id, language, columns, plan);
  // An issue row's message is rendered from its params when written; only an older master's row (no params) keeps
  // the words it was read with.
  for (const row of [...master.warnings, ...master.rejections]) if (row.params) row.message = null;
  return { master, language };
}

function readTable(
  grid: WorkbookGrid,
  id: TableId,
  language: Language,
  columnSet: ColumnSet,
  plan: Plan,
): Record<string, unknown>[] {
  const langs = [language, ...LANGUAGES_ORDER.filter((l) => l !== language)];
  // The sheet's name in any language, or a name it had before a wording was revised.
  const names = [...langs.map((l) => masterLabels[l].sheets[id]), ...(formerMasterSheets[id] ?? [])];
  const sheet = names.map((n) => findSheet(grid, n)).find(Boolean);
  if (!sheet) throw new MasterSheetMissingError(names[0]);
  const columns = columnsOf(id, columnSet);
  const headers = new Map<string, number>();
  for (let col = 1; col <= sheet.colCount; col++) {
    const v = sheet.cells.get(`${columnLetters(col)}1`)?.value;
    if (typeof v === "string" && !headers.has(v.trim())) headers.set(v.trim(), col);
  }
  // A column the master must have is refused when missing; an optional one a newer Tendik added (the
  // preparer's contacts) reads as empty from an older master.
  const at = columns.map((c) => {
    const col = [...langs.map((l) => c.header[l]), ...(c.former ?? [])]
      .map((h) => headers.get(h))
      .find((n) => n !== undefined);
    if (col === undefined && c.required) throw new MasterColumnMissingError(sheet.name, c.header[language]);
    return col === undefined ? null : columnLetters(col);
  });
  const rows: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = at.map((letters) => (letters === null ? null : cellValue(sheet.cells.get(`${letters}${r}`))));
    if (cells.every((v) => v === null)) continue; // an empty table keeps one blank row (Excel needs one)
    const row: Record<string, unknown> = {};
    columns.forEach((c, i) => (row[c.key] = fromCell(c, cells[i], sheet, `${at[i]}${r}`, plan)));
    rows.push(row);
    rowNumbers.push(r);
  }
  checkTableRows(id, rows, sheet.name, rowNumbers, at[columns.findIndex((c) => c.key === "period")] ?? null);
  return rows;
}

/** A cell's value; LibreOffice saves TRUE and FALSE as the formulas TRUE() and FALSE(), whose results may not be cached. */
function cellValue(cell: Cell | undefined): CellValue {
  if (!cell) return null;
  if (cell.value === null && cell.formula !== undefined) {
    const m = /^(TRUE|FALSE)\(\)$/i.exec(cell.formula.trim());
    if (m) return m[1].toUpperCase() === "TRUE";
  }
  return cell.value;
}

function fromCell(c: AnyColumn, v: CellValue, sheet: SheetGrid, ref: string, plan: Plan): unknown {
  const bad = (detail: string): never => {
    throw new MasterValueError(sheet.name, ref, detail);
  };
  if (v === null) return c.required ? bad(`"${c.header.en}" is required`) : null;
  // A body named in any language reads as its code; a name the plan does not know stays as it was written.
  if (c.body) return findBody(plan.bodies, String(v))?.code ?? String(v);
  switch (c.kind) {
    case "text":
      return String(v);
    case "int":
    case "number": {
      const n = parseNumber(v);
      if (!n?.ok || (c.kind === "int" && !Number.isInteger(n.value)))
        return bad(`"${v}" is not a ${c.kind === "int" ? "whole number" : "number"}`);
      return n.value;
    }
    case "bool": {
      if (typeof v === "boolean") return v;
      const t = String(v).trim().toLowerCase();
      if (["true", "1", "ооба", "да", "yes"].includes(t)) return true;
      if (["false", "0", "жок", "нет", "no"].includes(t)) return false;
      return bad(`"${v}" is not TRUE or FALSE`);
    }
    case "date":
      if (typeof v === "number") return serialToIso(v);
      return isIsoDate(String(v).trim()) ? String(v).trim() : bad(`"${v}" is not a date`);
    case "enum": {
      const t = String(v).trim().toLowerCase();
      for (const lang of LANGUAGES_ORDER)
        for (const [code, label] of Object.entries(c.labels!(lang)))
          if (code === t || label.toLowerCase() === t) return code;
      // A label the drop-down had before a wording was revised ("В процессе").
      const former = codeFromFormerLabel(t);
      if (former !== undefined && Object.hasOwn(c.labels!("en"), former)) return former;
      return bad(`"${v}" is not one of ${Object.values(c.labels!("en")).join(", ")}`);
    }
  }
}
