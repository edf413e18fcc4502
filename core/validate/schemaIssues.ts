import type { Issue, IssueCode, IssueParams, Report, SchemaError } from "../../schema";
import type { ReadContext } from "../read/context";
import type { CellRef } from "../read/context";

/** Field name of a JSON path's last segment, in the message language, for `{field}`. */
function fieldLabel(path: string, ctx: ReadContext): { key: string; label: string } {
  const L = ctx.labels;
  const parts = path.split("/");
  const key = parts[parts.length - 1];
  const parent = parts[parts.length - 2];
  const labels: Record<string, string> = {
    status: L.columns.status,
    narrative: L.columns.narrative,
    obstacles: L.columns.obstacles,
    amount: L.columns.spent,
    source: L.columns.source,
    document: L.columns.document,
    link: L.columns.link,
    women: L.columns.women,
    men: L.columns.men,
    total: L.columns.total,
    value: L.columns.value,
    done: L.columns.value,
    reference: L.columns.reference,
    name: L.preparedBy.name,
    position: L.preparedBy.position,
    phone: L.preparedBy.phone,
    email: L.preparedBy.email,
  };
  if (key === "date") return { key, label: parent === "preparedBy" ? L.preparedBy.date : L.columns.date };
  return { key, label: labels[key] ?? key };
}

/** The value at a JSON Pointer of the document, for the message. */
function valueAt(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const seg of pointer.split("/").slice(1)) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return cur;
}

/**
 * Ajv's errors as Tendik issues, each pointed at its cell. `oneOf` noise (one error per branch of the
 * indicator-value union) is dropped in favour of the branch that matches the value's kind.
 */
export function schemaIssues(
  report: Report,
  errors: SchemaError[],
  cells: Map<string, CellRef>,
  ctx: ReadContext,
): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === "if") continue;
    const path =
      e.keyword === "required"
        ? `${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`
        : e.instancePath;
    const { key, label } = fieldLabel(path, ctx);
    const value = valueAt(report, path);
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
        params = { field: label, value: String(value), allowed: "" };
        break;
      case "pattern":
        code = key === "date" ? "value-not-date" : "value-bad-format";
        params = { field: label, value: String(value) };
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
