/**
 * `tendik validate --lang ru|ky` on the broken workbooks reads as whole sentences in one language, each with
 * a next step. `TENDIK_WORDS_OUT=FILE` writes what a clerk would read, for a native editor to review.
 */
import { renderIssue } from "../../schema";
import { appendFileSync, writeFileSync } from "node:fs";
import { readWorkbook } from "../../adapters/xlsx";
import { validateWorkbook } from "../../core";
import { formatTask } from "../../cli/commands/validate";
import { CASES } from "../fixtures/broken/cases";

const out = process.env.TENDIK_WORDS_OUT;
if (out) writeFileSync(out, "");

/** Latin a ky or ru message may hold: program, key and format names, cell addresses, examples to type. */
const ALLOWED =
  /kg-gender-equality-\d{4}-\d{4}|name@example\.kg|https?:\/\/|\.xlsx?\b|\b(Tendik|Excel|Ctrl\+Z|CSV|HTML|XML|ZIP|zip)\b|\b[A-Z]{1,3}\d*\b/g;
/** An imperative, the next step: "Заполните", "Выберите"; "толтуруңуз", "тандаңыз". */
const NEXT_STEP = { ru: /[а-яё]+(и|й|ь)те(?!\p{L})|нельзя/iu, ky: /[а-яөүң]+ң[ыиуү]з(?!\p{L})|болбойт/iu } as const;

describe.each(["ru", "ky"] as const)("validate --lang %s on the broken workbooks", (lang) => {
  it.each(CASES.filter((c) => !c.needsLibreOffice).map((c) => [c.name, c] as const))(
    "%s reads whole, in one language, with a next step",
    async (_name, c) => {
      const checked = await validateWorkbook(await c.make(), { source: c.name, readGrid: readWorkbook });
      if (out) appendFileSync(out, formatTask(checked.task, lang) + "\n\n");
      for (const issue of checked.task.issues) {
        const { code, params } = issue;
        const message = renderIssue(issue, lang);
        expect([code, message]).not.toEqual([code, expect.stringMatching(/[{}]|\(\s*\)/)]);
        // params are data (an entry's name, a hash, what the clerk typed); the words around them are checked
        const words = Object.values(params).reduce<string>((m, v) => (v ? m.split(String(v)).join("") : m), message);
        expect([code, words.replace(ALLOWED, "").match(/[A-Za-z]+/g)]).toEqual([code, null]);
        expect([code, NEXT_STEP[lang].test(message)]).toEqual([code, true]);
      }
    },
    60000,
  );
});
