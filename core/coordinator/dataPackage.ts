/**
 * The master's tables as open data: a Frictionless Tabular Data Package (datapackage.json with a Table
 * Schema per table, one UTF-8 CSV per table), with the measures' verdicts and their counts per period. Codes, not labels, in the data (a status is `in-progress` in
 * every language; the schema's description says what each code means); ISO dates; numbers unformatted.
 * The preparers' contacts never leave the master: they are personal data, for the coordinator only.
 * Each CSV starts with a UTF-8 byte-order mark (Excel on Windows reads UTF-8 only with one), which the
 * resources' encoding says ("utf-8-sig", as frictionless-py names it). Values are published as the agencies typed
 * them, a text beginning with "=" too: open data must not be changed silently, so the descriptor says so, and
 * how many values in each table a spreadsheet program might take for a formula.
 */
import type { Language, Plan } from "../../schema";
import { columnsOf, TABLE_IDS, type AnyColumn, type TableId } from "../merge/columns";
import { masterLabels } from "../merge/labels";
import { TABLE_KEYS } from "../merge/tableKeys";
import type { Master } from "../merge/model";
import { FORMULA_START, toCsv } from "./csv";
import { verdictResources } from "./verdictResources";

/** The byte-order mark each CSV starts with. */
export const CSV_BOM = "\uFEFF";

/** Licences whose text we can point to; any other Open Definition / SPDX id is recorded by its name alone. */
const KNOWN_LICENCES: Record<string, { title: string; path: string }> = {
  "CC-BY-4.0": { title: "Creative Commons Attribution 4.0", path: "https://creativecommons.org/licenses/by/4.0/" },
  "CC-BY-SA-4.0": {
    title: "Creative Commons Attribution Share-Alike 4.0",
    path: "https://creativecommons.org/licenses/by-sa/4.0/",
  },
  "CC0-1.0": { title: "CC0 1.0", path: "https://creativecommons.org/publicdomain/zero/1.0/" },
  "ODC-BY-1.0": {
    title: "Open Data Commons Attribution License 1.0",
    path: "https://opendatacommons.org/licenses/by/1-0/",
  },
  "ODbL-1.0": {
    title: "Open Data Commons Open Database License 1.0",
    path: "https://opendatacommons.org/licenses/odbl/1-0/",
  },
  "PDDL-1.0": {
    title: "Open Data Commons Public Domain Dedication and License 1.0",
    path: "https://opendatacommons.org/licenses/pddl/1-0/",
  },
};

/** An Open Definition / SPDX licence id as the Data Package profile allows it ("CC-BY-4.0"). */
export const LICENCE_ID = /^[-a-zA-Z0-9._]+$/;

/** Said in the descriptor while no licence has been chosen (`tendik export --licence ID` chooses one). */
const NO_LICENCE =
  "No licence has been chosen for these data yet; until the coordinator states one (tendik export --licence ID), ask them before reusing the data.";

/** What the descriptor says of values a spreadsheet program may take for a formula. */
const FORMULA_NOTE =
  'Values are published exactly as the reporting bodies typed them. A text value may begin with "=", "+", "-", "@", a tab or a carriage return; a spreadsheet program opening a CSV directly may take it for a formula. Import the CSV with its columns as text (or read it with this Table Schema) rather than opening it; each resource\'s "x-formula-like-values" counts such values.';

export interface DataPackageOptions {
  /** An Open Definition / SPDX licence id (CC-BY-4.0); none: the descriptor says none is chosen yet. */
  licence?: string;
}

/** Contact fields of the submissions log (see SubmissionLogRow) left out of the published data. */
export const PERSONAL_FIELDS = ["preparedBy", "position", "phone", "email", "preparedOn"];

const RESOURCE: Record<TableId, { name: string; primaryKey?: string[] }> = {
  measureReports: { name: "measure-reports", primaryKey: TABLE_KEYS.measureReports },
  indicatorValues: { name: "indicator-values", primaryKey: TABLE_KEYS.indicatorValues },
  submissions: { name: "submissions", primaryKey: TABLE_KEYS.submissions },
  warnings: { name: "warnings" },
  rejections: { name: "rejections" },
};

const TYPES: Record<AnyColumn["kind"], string> = {
  text: "string",
  enum: "string",
  int: "integer",
  number: "number",
  bool: "boolean",
  date: "date",
};

export interface DataPackage {
  descriptor: Record<string, unknown>;
  /** Path relative to the package's folder, and its UTF-8 text. */
  files: { path: string; text: string }[];
}

/**
 * @param created ISO date-time the descriptor records.
 * @example const { descriptor, files } = buildDataPackage(master, plan, "en", new Date().toISOString());
 */
export function buildDataPackage(
  master: Master,
  plan: Plan,
  lang: Language,
  created: string,
  opts: DataPackageOptions = {},
): DataPackage {
  if (opts.licence !== undefined && !LICENCE_ID.test(opts.licence))
    throw new RangeError(`not a licence identifier: ${JSON.stringify(opts.licence)}`);
  const files: DataPackage["files"] = [];
  const resources: Record<string, unknown>[] = TABLE_IDS.map((id) => {
    const columns = columnsOf(id).filter((c) => !PERSONAL_FIELDS.includes(c.key));
    const rows = (master[id] as unknown as Record<string, unknown>[]).map((row) =>
      columns.map((c) => csvValue(c.value ? c.value(row as never, lang) : row[c.key])),
    );
    const path = `${RESOURCE[id].name}.csv`;
    files.push({ path, text: CSV_BOM + toCsv([columns.map((c) => c.key), ...rows]) });
    const formulaLike = rows.reduce(
      (n, r) => n + r.filter((v) => typeof v === "string" && FORMULA_START.test(v)).length,
      0,
    );
    return {
      profile: "tabular-data-resource",
      name: RESOURCE[id].name,
      path,
      title: masterLabels[lang].sheets[id],
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8-sig",
      dialect: { delimiter: ",", doubleQuote: true, lineTerminator: "\r\n", header: true },
      schema: {
        fields: columns.map((c) => field(c, lang)),
        missingValues: [""],
        ...(RESOURCE[id].primaryKey ? { primaryKey: RESOURCE[id].primaryKey } : {}),
        ...(id === "indicatorValues"
          ? {
              foreignKeys: [
                {
                  fields: ["agency", "period", "measureId"],
                  reference: { resource: "measure-reports", fields: ["agency", "period", "measureId"] },
                },
              ],
            }
          : {}),
      },
      "x-formula-like-values": formulaLike,
    };
  });
  // The measures' verdicts and their counts, as the master and `status` count them.
  for (const v of verdictResources(master, plan, lang)) {
    const path = `${v.name}.csv`;
    files.push({ path, text: CSV_BOM + toCsv([v.fields.map((f) => f.name), ...v.rows]) });
    resources.push({
      profile: "tabular-data-resource",
      name: v.name,
      path,
      title: v.title,
      description: v.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8-sig",
      dialect: { delimiter: ",", doubleQuote: true, lineTerminator: "\r\n", header: true },
      schema: { fields: v.fields, missingValues: [""], ...(v.primaryKey ? { primaryKey: v.primaryKey } : {}) },
      "x-formula-like-values": 0,
    });
  }
  const descriptor = {
    profile: "tabular-data-package",
    name: `${plan.id.toLowerCase().replace(/[^-a-z0-9._/]/g, "-")}-master`,
    title: `${masterLabels[lang].title}: ${plan.title[lang] ?? plan.title.ky}`,
    description: masterLabels[lang].title,
    created,
    keywords: ["gender equality", "national action plan", "Kyrgyz Republic", plan.id],
    ...(opts.licence !== undefined
      ? { licenses: [{ name: opts.licence, ...KNOWN_LICENCES[opts.licence] }] }
      : { "x-licence": NO_LICENCE }),
    "x-values-as-typed": FORMULA_NOTE,
    resources,
  };
  return { descriptor, files };
}

function field(c: AnyColumn, lang: Language): Record<string, unknown> {
  const out: Record<string, unknown> = { name: c.key, title: c.header[lang], type: TYPES[c.kind] };
  if (c.kind === "date") out.format = "default";
  const constraints: Record<string, unknown> = {};
  if (c.required) constraints.required = true;
  if (c.kind === "enum" && c.labels) {
    const labels = c.labels(lang);
    constraints.enum = Object.keys(labels);
    out.description = Object.entries(labels)
      .map(([code, label]) => `${code}: ${label}`)
      .join("; ");
  }
  if (Object.keys(constraints).length) out.constraints = constraints;
  return out;
}

function csvValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}
