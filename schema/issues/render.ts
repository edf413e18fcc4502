import type { Language } from "../generated/types";
import { formatText } from "../i18n/format";
import type { ExtraFieldNames } from "../i18n/fields";
import { LANGUAGES } from "../i18n/languages";
import { catalogue, type IssueCode } from "./catalogue";
import type { Issue, IssueLocation, IssueParams, RenderedIssue } from "./types";

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
 * Builds an issue from the catalogue: severity comes from the code, never from the caller, and no words:
 * the message is rendered where a person reads it (`renderIssue`).
 * @example makeIssue("value-required", { field: "status" }, "/entries/0/status", { sheet: "Report", cell: "H14" })
 */
export function makeIssue(code: IssueCode, params: IssueParams, path = "", location: IssueLocation = {}): Issue {
  return { code, severity: catalogue[code].severity, params, path, location };
}

/**
 * An issue's message in a language, from its code and params. `fields` names the fields a deployment added to
 * the report's columns (the standard ones are named by the words layer).
 * @example renderIssue(makeIssue("value-required", { field: "status" }), "ru") // "Заполните поле «Статус»."
 */
export function renderIssue(issue: Issue, lang: Language, fields?: ExtraFieldNames): string {
  const code = issue.code as IssueCode;
  // A code this version does not know (a master written by a later one) keeps its code as its words.
  if (!Object.hasOwn(catalogue, code)) return issue.code;
  const field = issue.params.field;
  const params =
    fields && typeof field === "string" && Object.hasOwn(fields, field)
      ? { ...issue.params, field: fields[field][lang] }
      : issue.params;
  return renderMessage(code, params, lang);
}

/** An issue with its message, for output that carries both (the command line's --json). */
export function withMessage(issue: Issue, lang: Language, fields?: ExtraFieldNames): RenderedIssue {
  return { ...issue, message: renderIssue(issue, lang, fields) };
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
    for (const lang of LANGUAGES)
      lines.push(`| ${lang} | ${def.title[lang]} | ${def.message[lang].replace(/\|/g, "\\|")} |`);
    lines.push("");
  }
  return lines.join("\n");
}
