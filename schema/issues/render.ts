import type { Language } from "../generated/types";
import { formatText } from "../i18n/format";
import { catalogue, type IssueCode } from "./catalogue";
import type { Issue, IssueLocation, IssueParams } from "./types";

/**
 * Fills an ICU message template (plural, select, typed slots such as `{size, size}`) in a language;
 * a missing plain param stays visible as `{name}`.
 */
export function fillTemplate(template: string, params: IssueParams, lang: Language = "en"): string {
  return formatText(template, params, lang);
}

/** Renders the message of a code in a language: params are data, the words come from the layer. */
export function renderMessage(code: IssueCode, params: IssueParams, lang: Language): string {
  return formatText(catalogue[code].message[lang], params, lang);
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
