/**
 * `range.text` on the stand-in Excel: a value as an en-US Excel shows it under the number formats the product
 * writes (grep core/ for numFmt) and those Excel sets on typed dates, times and percentages. Source: the
 * reference, excel.range.yml `text` ("Text values of the specified range. The text value will not depend on
 * the cell width") and `numberFormat` (Excel's number format codes); General's 11 characters: Microsoft
 * support, "Long numbers are displayed incorrectly in Excel".
 */
import { createFakeExcel } from "./fakeExcel";

const CASES: [number | string | boolean, string, string][] = [
  [3.14159, "General", "3.14159"],
  [1 / 3, "General", "0.333333333"],
  [-2 / 3, "General", "-0.66666667"],
  [12345678901, "General", "12345678901"],
  [true, "General", "TRUE"],
  [3.14159, "0", "3"],
  [2.5, "0", "3"],
  [-2.5, "0", "-3"],
  [3.14159, "0.0", "3.1"],
  [3.14159, "0.00", "3.14"],
  [1.005, "0.00", "1.01"],
  [1234567.891, "#,##0", "1,234,568"],
  [-1234.5, "#,##0.00", "-1,234.50"],
  [1234.5, "#,##0.##", "1,234.5"],
  // Excel keeps the decimal point of "#,##0.##" when no decimal follows it.
  [1234, "#,##0.##", "1,234."],
  [0.5, "0%", "50%"],
  [0.125, "0.00%", "12.50%"],
  [120, "$#,##0", "$120"],
  [43539, "dd.mm.yyyy", "15.03.2019"],
  [43539, "m/d/yyyy", "3/15/2019"],
  [43539.5, "m/d/yyyy h:mm", "3/15/2019 12:00"],
  [0.7708333333333334, "h:mm", "18:30"],
  [60, "dd.mm.yyyy", "29.02.1900"],
  [61, "dd.mm.yyyy", "01.03.1900"],
  [42, "@", "42"],
  ["+996 312 62 00 00", "@", "+996 312 62 00 00"],
  ["Жогорку Кеңеш", "0.00", "Жогорку Кеңеш"],
];

describe("range.text shows a value under its number format, as an en-US Excel does", () => {
  it.each(CASES)("%p under %p reads %p", async (value, format, text) => {
    const fake = createFakeExcel();
    const read = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.numberFormat = [[format]];
      r.values = [[value]];
      r.load("text");
      await ctx.sync();
      return r.text[0][0];
    });
    expect(read).toBe(text);
  });

  it("refuses loudly the text of a number under a format it does not model", async () => {
    const fake = createFakeExcel();
    const error = await fake
      .run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
        r.numberFormat = [["[$-409]m/d/yy h:mm AM/PM;@"]];
        r.values = [[43539]];
        r.load("text");
        await ctx.sync();
      })
      .then(
        () => undefined,
        (e: { code: string; message: string }) => e,
      );
    expect(error?.code).toBe("NotImplemented");
    expect(error?.message).toMatch(/\[\$-409\]/);
  });
});
