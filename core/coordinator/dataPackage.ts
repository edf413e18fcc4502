/**
 * The master's tables as open data: a Frictionless Tabular Data Package (datapackage.json with a Table
 * Schema per table, one UTF-8 CSV per table). Codes, not labels, in the data (a status is `in-progress` in
 * every language; the schema's description says what each code means); ISO dates; numbers unformatted.
 * The preparers' contacts never leave the master: they are personal data, for the coordinator only.
 */
import type { Language, Plan } from "../../schema";
import { columnsOf, TABLE_IDS, type AnyColumn, type TableId } from "../merge/columns";
import { masterLabels } from "../merge/labels";
import type { Master } from "../merge/model";
import { toCsv } from "./csv";

/** Contact fields of the submissions log (see SubmissionLogRow) left out of the published data. */
export const PERSONAL_FIELDS = ["preparedBy", "position", "phone", "email", "preparedOn"];

const RESOURCE: Record<TableId, { name: string; primaryKey?: string[] }> = {
  measureReports: { name: "measure-reports", primaryKey: ["agency", "period", "measureId"] },
  indicatorValues: { name: "indicator-values", primaryKey: ["agency", "period", "measureId", "indicatorId"] },
  submissions: { name: "submissions", primaryKey: ["seq"] },
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
export function buildDataPackage(master: Master, plan: Plan, lang: Language, created: string): DataPackage {
  const files: DataPackage["files"] = [];
  const resources = TABLE_IDS.map((id) => {
    const columns = columnsOf(id).filter((c) => !PERSONAL_FIELDS.includes(c.key));
    const rows = (master[id] as unknown as Record<string, unknown>[]).map((row) =>
      columns.map((c) => csvValue(c.value ? c.value(row as never, lang) : row[c.key])),
    );
    const path = `${RESOURCE[id].name}.csv`;
    files.push({ path, text: toCsv([columns.map((c) => c.key), ...rows]) });
    return {
      profile: "tabular-data-resource",
      name: RESOURCE[id].name,
      path,
      title: masterLabels[lang].sheets[id],
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
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
    };
  });
  const descriptor = {
    profile: "tabular-data-package",
    name: `${plan.id.toLowerCase().replace(/[^-a-z0-9._/]/g, "-")}-master`,
    title: `${masterLabels[lang].title}: ${plan.title[lang] ?? plan.title.ky}`,
    description: masterLabels[lang].title,
    created,
    keywords: ["gender equality", "national action plan", "Kyrgyz Republic", plan.id],
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
