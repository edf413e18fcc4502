import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  catalogue,
  catalogueMarkdown,
  makeIssue,
  messageArguments,
  renderIssue,
  parseMessage,
  type IssueCode,
} from "../../schema";

const codes = Object.keys(catalogue) as IssueCode[];
/** The arguments an ICU message uses, plural and select branches included. */
const slots = (s: string) => messageArguments(s).sort();
/** Plain `{name}` arguments at the top of a message: their value is printed as given. */
const plainSlots = (s: string) =>
  parseMessage(s).flatMap((n) => (typeof n !== "string" && n.kind === "arg" && !n.type ? [n.name] : []));

describe("the issue catalogue", () => {
  it("uses stable kebab-case codes", () => {
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
  });

  it.each(codes)("%s has a title, description and message in ky, ru and en, with exactly its params", (code) => {
    const def = catalogue[code];
    for (const lang of ["ky", "ru", "en"] as const) {
      for (const text of [def.title[lang], def.description[lang], def.message[lang]])
        expect(text.trim().length).toBeGreaterThan(3);
    }
    // English shows every param; ky and ru may leave out a technical detail (a JSON path) but use no other.
    const data: readonly string[] = (def as { dataParams?: readonly string[] }).dataParams ?? [];
    const worded = def.params.filter((p) => !data.includes(p));
    expect(slots(def.message.en)).toEqual([...new Set(worded)].sort());
    for (const lang of ["ky", "ru"] as const)
      for (const slot of slots(def.message[lang])) expect(def.params).toContain(slot);
    expect(new Set([def.title.ky, def.title.ru, def.title.en]).size).toBe(3); // really translated
  });

  it.each(codes)("%s renders in every language with its params filled in", (code) => {
    const params = Object.fromEntries(catalogue[code].params.map((p) => [p, `<${p}>`]));
    for (const lang of ["ky", "ru", "en"] as const) {
      const issue = makeIssue(code, params);
      const message = renderIssue(issue, lang);
      expect(message).not.toMatch(/\{\w+\}/);
      for (const p of plainSlots(catalogue[code].message[lang])) expect(message).toContain(`<${p}>`);
      expect(issue.severity).toBe(catalogue[code].severity);
    }
  });

  it("is documented in docs/issues.md, generated from the code (run `npm run docs` when this fails)", () => {
    expect(readFileSync(join(__dirname, "../../docs/issues.md"), "utf8")).toBe(catalogueMarkdown() + "\n");
  });
});
