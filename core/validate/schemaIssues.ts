import type { Issue, IssueCode, IssueParams, Report, SchemaError } from "../../schema";
import type { ReadContext } from "../read/context";
import type { CellRef } from "../read/context";
import { getAt } from "../pointer";
import { inputsOf } from "../template/columns";
import { DEFAULT_COLUMNS, type ColumnSet } from "../template/layout";

/**
 * The field of a JSON path, for `{field, field}`: the key of the column the registry reads into that path
 * ("spent", "women"), "preparedBy.<key>" for the header fields, else the path's last segment. `key` is that
 * last segment, the location's field name.
 */
function fieldKey(path: string, columns: ColumnSet): { key: string; field: string } {
  const parts = path.split("/");
  const key = parts[parts.length - 1];
  if (parts[1] === "header") return { key, field: parts[2] === "preparedBy" ? `preparedBy.${key}` : key };
  // "/entries/3/spending/amount" -> "/spending/amount"; "/entries/3/indicators/0/women" -> "/women".
  const indicator = /^\/entries\/\d+\/indicators\/\d+(\/.*)$/.exec(path)?.[1];
  const measure = indicator === undefined ? /^\/entries\/\d+(\/.*)$/.exec(path)?.[1] : undefined;
  for (const c of columns.list) {
    const hit = inputsOf(c).some(({ kind, input }) =>
      indicator !== undefined ? kind !== undefined && input.path === indicator : !kind && input.path === measure,
    );
    if (hit) return { key, field: c.key };
  }
  return { key, field: key };
}

const CHOICE_LISTS: Record<string, string> = { status: "status", source: "source" };

/**
 * Ajv's errors as Tendik issues, each pointed at its cell. `oneOf` noise (one error per branch of the
 * indicator-value union) is dropped in favour of the branch that matches the value's kind.
 */
export function schemaIssues(
  report: Report,
  errors: SchemaError[],
  cells: Map<string, CellRef>,
  ctx: ReadContext,
  columns: ColumnSet = DEFAULT_COLUMNS,
): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === "if") continue;
    const path =
      e.keyword === "required"
        ? `${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`
        : e.instancePath;
    const { key, field: label } = fieldKey(path, columns);
    const value = getAt(report, path);
    const p = e.params as Record<string, unknown>;
    let code: IssueCode;
    let params: IssueParams;
    switch (e.keyword) {
      case "required":
        code = "value-required";
        params = { field: label };
        break;
      case "minProperties":
        code = "value-required";
        params = { field: label };
        break;
      case "type":
        code = p.type === "integer" ? "value-not-integer" : "value-not-number";
        params = { field: label, value: String(value) };
        break;
      case "minimum":
        code = p.limit === 0 ? "value-negative" : "value-out-of-range";
        params = { field: label, value: Number(value), min: Number(p.limit), max: "" };
        break;
      case "maximum":
        code = "value-out-of-range";
        params = { field: label, value: Number(value), min: 0, max: Number(p.limit) };
        break;
      case "maxLength":
        code = "text-too-long";
        params = { field: label, length: String(value ?? "").length, max: Number(p.limit) };
        break;
      case "enum":
        code = "value-not-in-list";
        // The drop-downs' lists name what they accept; another enum (none today) says only that it is not one.
        params = { field: label, value: String(value), allowed: CHOICE_LISTS[label] ?? "" };
        break;
      case "pattern":
        code = key === "date" ? "value-not-date" : "value-bad-format";
        // The field's kind (phone, email, link) names the form expected in the message.
        params =
          code === "value-bad-format"
            ? { field: label, value: String(value), format: key }
            : { field: label, value: String(value) };
        break;
      default:
        code = "schema-violation";
        params = { detail: `${path || "/"} ${e.message ?? e.keyword}` };
    }
    if (code === "value-negative") delete params.max;
    if (code === "value-negative") delete params.min;
    const dedupe = `${code}|${path}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push(ctx.issueAt(code, params, path, cells, key));
  }
  return out;
}
