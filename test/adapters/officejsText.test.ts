/**
 * The Office.js adapter's rule for text (adapters/officejs/text.ts: which strings get the "@" format before
 * they are written) against the stand-in Excel's typing (test/excel/host/coerce.ts, which follows Microsoft's
 * documentation): every string the adapter would write into a cell not formatted as text must be one Excel
 * keeps as that very text. A string for which the host would make a number, a date, a formula or an error,
 * or which it refuses as locale-dependent, must be one the adapter formats as text first.
 */
import fc from "fast-check";
import { excelWouldConvert } from "../../adapters/officejs/text";
import { typeString } from "../excel/host/coerce";

/** What an en-US Excel keeps of `text` typed into a General cell: "kept", "changed" or "refused". */
function fate(text: string): string {
  try {
    const typed = typeString(text, "General", () => false);
    return typed.value === text && typed.formula === undefined && typed.numberFormat === undefined ? "kept" : "changed";
  } catch {
    return "refused";
  }
}

/** Agency texts and the shapes Excel reads as something else, from the plan's reports and issue 24. */
const SAMPLES = [
  "Айгүл Асанова",
  "+996 312 62 00 00",
  "+996555123456",
  "- разработан план",
  "-",
  "= итог",
  "=1+1",
  "@x",
  "'цитата'",
  "1,5",
  "1 000",
  "1.1",
  "17.3",
  "000123",
  "1e5",
  "(12)",
  "50%",
  "$5",
  "€5",
  "TRUE",
  "истина",
  "15.03.2019",
  "2019-03-15",
  "3/15/2019",
  "19-8-2025",
  "5/24",
  "15 Mar 2019",
  "March 15, 2019",
  "18:30",
  "2:05 PM",
  "№ 15-р, 12.03.2019",
  "2019-H2",
  "https://gov.kg/doc/15",
];

describe("text the Office.js adapter writes without the text format is text Excel keeps", () => {
  it.each(SAMPLES)("%p", (text) => {
    if (!excelWouldConvert(text)) expect(fate(text)).toBe("kept");
  });

  it("holds for generated strings of digits, signs, separators, month names and words", () => {
    const piece = fc.constantFrom(
      ..."0123456789".split(""),
      "+",
      "-",
      "=",
      "@",
      "'",
      "$",
      "%",
      ".",
      ",",
      "/",
      ":",
      " ",
      "(",
      ")",
      "e",
      "E",
      "Mar",
      "march",
      "PM",
      "TRUE",
      "false",
      "план",
      "x",
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join("");
        return excelWouldConvert(text) || fate(text) === "kept";
      }),
      { numRuns: 20_000, seed: 24 },
    );
  });
});
