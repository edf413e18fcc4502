/**
 * What the stand-in Excel makes of a string written through `range.values`, checked through Microsoft's
 * client. Each case names its source: the reference (office-js-docs-reference, excel.range.yml) or a
 * conceptual page (office-js-docs-pr, docs/excel/*.md); "silent" cases are the host's stricter choice, listed
 * in test/excel/README.md.
 */
import { createFakeExcel } from "./fakeExcel";

const VALUES_DOC = "excel.range.yml, values";
/** Microsoft support, "Long numbers are displayed incorrectly in Excel": format the cell as Text, then type. */
const TEXT_DOC = "OfficeDocs-Support long-numbers-incorrectly-in-excel.md";

interface Case {
  written: string;
  /** The cell's number format before the write. */
  before?: string;
  value: string | number | boolean;
  formula?: string;
  /** The number format after the write, where Excel sets one. */
  format?: string;
  source: string;
}

const CASES: Case[] = [
  // "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula."
  { written: "=1+2", value: "", formula: "=1+2", source: VALUES_DOC },
  { written: "+1+2", value: "", formula: "=+1+2", source: VALUES_DOC },
  { written: "-A1*2", value: "", formula: "=-A1*2", source: VALUES_DOC },
  { written: "- разработан план", value: "#NAME?", formula: "=- разработан план", source: VALUES_DOC },
  { written: "@SUM(A2:A3)", value: "", formula: "=SUM(A2:A3)", source: "silent (Lotus @, as typed)" },
  // Numbers that start with a sign stay numbers.
  { written: "-5", value: -5, source: VALUES_DOC },
  { written: "+5", value: 5, source: VALUES_DOC },
  // Text that reads as a number becomes one; grouping sets "#,##0" on a General cell, as typing does.
  { written: "1.1", value: 1.1, source: "excel-add-ins-ranges-set-get-values.md (raw values)" },
  { written: "000123", value: 123, source: "silent (as typed)" },
  { written: "1,234", value: 1234, format: "#,##0", source: "silent (as typed)" },
  { written: "1e3", value: 1000, source: "silent (as typed)" },
  { written: "(12)", value: -12, source: "silent (as typed)" },
  { written: "50%", value: 0.5, format: "0%", source: "silent (as typed)" },
  { written: "12.5%", value: 0.125, format: "0.00%", source: "silent (as typed)" },
  { written: "$120", value: 120, format: "$#,##0", source: "excel-add-ins-tables.md (the sample's amounts)" },
  { written: "TRUE", value: true, source: `${VALUES_DOC} (the sample writes "TRUE")` },
  { written: "false", value: false, source: "silent (as typed)" },
  // "use a locale-neutral format like ISO (YYYY-MM-DD) or a numeric date serial"
  { written: "2019-03-15", value: 43539, format: "m/d/yyyy", source: VALUES_DOC },
  { written: "3/15/2019", value: 43539, format: "m/d/yyyy", source: "excel-add-ins-tables.md (en-US dates)" },
  { written: "2019-03-15", before: "dd.mm.yyyy", value: 43539, source: VALUES_DOC },
  { written: "2019-03-15 12:00", value: 43539.5, format: "m/d/yyyy h:mm", source: "silent (as typed)" },
  { written: "1900-02-28", value: 59, format: "m/d/yyyy", source: "excel-add-ins-ranges-dates.md (OADate serials)" },
  { written: "2000-01-01", value: 36526, format: "m/d/yyyy", source: "excel-add-ins-ranges-dates.md (36526)" },
  { written: "18:30", value: 0.7708333333333334, format: "h:mm", source: "silent (as typed)" },
  // "Locale-shaped strings (such as the date "19-8-2025" in nl-NL or fr-FR, format DD-MM-YYYY) are stored as text"
  { written: "19-8-2025", value: "19-8-2025", source: VALUES_DOC },
  { written: "15.03.2019", value: "15.03.2019", source: VALUES_DOC },
  { written: "15.03.2019", before: "dd.mm.yyyy", value: "15.03.2019", source: VALUES_DOC },
  // A leading apostrophe forces text and is not part of the value (Excel's quote prefix).
  { written: "'+996 312 62 00 00", value: "+996 312 62 00 00", source: "silent (the quote prefix, as typed)" },
  { written: "'=1+2", value: "=1+2", source: "silent (the quote prefix, as typed)" },
  // A cell formatted as text keeps every string as it is.
  { written: "+996 312 62 00 00", before: "@", value: "+996 312 62 00 00", source: TEXT_DOC },
  { written: "=1+2", before: "@", value: "=1+2", source: TEXT_DOC },
  { written: "- разработан", before: "@", value: "- разработан", source: TEXT_DOC },
  { written: "1.1", before: "@", value: "1.1", source: TEXT_DOC },
  { written: "2019-03-15", before: "@", value: "2019-03-15", source: TEXT_DOC },
  { written: "'x", before: "@", value: "'x", source: "silent (text cells keep the apostrophe)" },
  // Everything else is text.
  { written: "Жогорку Кеңеш", value: "Жогорку Кеңеш", source: VALUES_DOC },
  { written: "1. План иштелип чыкты", value: "1. План иштелип чыкты", source: VALUES_DOC },
];

async function write(written: string, before?: string) {
  const fake = createFakeExcel();
  const read = await fake.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    if (before) r.numberFormat = [[before]];
    r.values = [[written]];
    r.load("values,formulas,numberFormat");
    await ctx.sync();
    return { value: r.values[0][0], formula: r.formulas[0][0], format: r.numberFormat[0][0] };
  });
  return read;
}

async function failure(written: string): Promise<{ code: string; message: string }> {
  try {
    await write(written);
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error(`expected "${written}" to be refused`);
}

describe("text written through range.values, in a cell not formatted as text, becomes what typing makes", () => {
  it.each(CASES.map((c) => [`${JSON.stringify(c.written)}${c.before ? ` in "${c.before}"` : ""} (${c.source})`, c]))(
    "%s",
    async (_name, c) => {
      const read = await write(c.written, c.before);
      expect(read.value).toEqual(c.value);
      expect(read.formula).toEqual(c.formula ?? c.value);
      expect(read.format).toBe(c.format ?? c.before ?? "General");
    },
  );

  it('refuses a formula Excel cannot read: "+996 312 62 00 00" is two numbers side by side (excel.range.yml, values)', async () => {
    const e = await failure("+996 312 62 00 00");
    expect(e.code).toBe("InvalidArgument");
    expect(e.message).toMatch(/=\+996 312 62 00 00/);
    expect((await failure("-")).code).toBe("InvalidArgument");
    expect((await failure("=SUM(")).code).toBe("InvalidArgument");
  });

  it("refuses loudly what depends on the locale or on today's date, where the documentation is silent", async () => {
    for (const text of ["1,5", "1 000", "ИСТИНА", "5/24", "15 Mar 2019", "€5"]) {
      const e = await failure(text);
      expect([text, e.code]).toEqual([text, "NotImplemented"]);
      expect(e.message).toMatch(/format it "@" first/);
    }
  });

  it("makes text of a number or boolean written into a cell formatted as text (silent: the stricter choice, as typing does)", async () => {
    const fake = createFakeExcel();
    const read = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      r.numberFormat = [["@", "@", "0"]];
      r.values = [[42, true, 42]];
      r.load("values");
      await ctx.sync();
      return r.values[0];
    });
    expect(read).toEqual(["42", "TRUE", 42]);
  });

  it("types text written through `formulas` the same way; numbers and booleans stay as they are", async () => {
    const fake = createFakeExcel();
    const read = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      r.formulas = [["=1+2", "2019-03-15", 7, true]];
      r.load("values,formulas");
      await ctx.sync();
      return [r.values[0], r.formulas[0]];
    });
    expect(read).toEqual([
      ["", 43539, 7, true],
      ["=1+2", 43539, 7, true],
    ]);
  });
});
