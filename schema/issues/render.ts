import type { Language } from "../generated/types";
import { catalogue, type IssueCode } from "./catalogue";
import type { Issue, IssueLocation, IssueParams } from "./types";

/** Fills `{name}` slots of a message template; a missing param stays visible as `{name}`. */
export function fillTemplate(template: string, params: IssueParams): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? slot : String(v);
  });
}

/** Renders the message of a code in a language. */
export function renderMessage(code: IssueCode, params: IssueParams, lang: Language): string {
  return fillTemplate(catalogue[code].message[lang], params);
}

/**
 * Builds an issue from the catalogue: severity and message come from the code, never from the caller.
 * @example makeIssue("value-required", { field: "Status" }, "ru", "/entries/0/status", { sheet: "Report", cell: "H14" })
 */
export function makeIssue(
  code: IssueCode,
  params: IssueParams,
  lang: Language,
  path = "",
  location: IssueLocation = {},
): Issue {
  return {
    code,
    severity: catalogue[code].severity,
    params,
    message: renderMessage(code, params, lang),
    path,
    location,
  };
}

/** Renders the catalogue as the Markdown page docs/issues.md (generated, so it cannot drift). */
export function catalogueMarkdown(): string {
  const lines = [
    "# Issue catalogue",
    "",
    "Generated from `schema/issues/catalogue.ts` by `npm run docs`; do not edit by hand.",
    "Errors block sending and merging; warnings do not. Codes are stable.",
    "",
  ];
  for (const [code, def] of Object.entries(catalogue)) {
    lines.push(
      `## \`${code}\``,
      "",
      `${def.severity} · ${def.level} · params: ${def.params.length ? def.params.map((p) => `\`${p}\``).join(", ") : "none"}`,
      "",
    );
    lines.push(`${def.description.en}`, "", "| | title | message |", "|---|---|---|");
    for (const lang of ["ky", "ru", "en"] as const)
      lines.push(`| ${lang} | ${def.title[lang]} | ${def.message[lang].replace(/\|/g, "\\|")} |`);
    lines.push("");
  }
  return lines.join("\n");
}
