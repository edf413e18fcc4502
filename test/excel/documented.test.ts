/**
 * Behaviours of the stand-in Excel that issue 24 found missing or different, each checked through
 * Microsoft's client against the line of Microsoft's documentation it follows (office-js-docs-reference,
 * docs/docs-ref-autogen/excel/excel/*.yml; office-js-docs-pr, docs/excel/*.md).
 */
import { createFakeExcel, type FakeExcel } from "./fakeExcel";
import { failure, sheet1 } from "./batchFailure";

describe("unbounded ranges (excel-add-ins-ranges-unbounded.md)", () => {
  it('"Cell-level properties (like values, text, numberFormat, or formulas) come back as null"; address and cellCount stay valid', async () => {
    const fake = createFakeExcel();
    const read = await fake.run(async (ctx) => {
      const ranges = ["2:2", "B:B", "A:F", "1:4"].map((a) =>
        sheet1(ctx).getRange(a).load("values,text,numberFormat,formulas,address,cellCount"),
      );
      await ctx.sync();
      return ranges.map((r) => [r.values, r.text, r.numberFormat, r.formulas, r.address, r.cellCount]);
    });
    expect(read).toEqual([
      [null, null, null, null, "Sheet1!A2:XFD2", 16384],
      [null, null, null, null, "Sheet1!B1:B1048576", 1048576],
      [null, null, null, null, "Sheet1!A1:F1048576", 6 * 1048576],
      [null, null, null, null, "Sheet1!A1:XFD4", 4 * 16384],
    ]);
  });

  it('"You can\'t set cell-level properties on an unbounded range"; widths, heights and fills still apply', async () => {
    const fake = createFakeExcel();
    for (const edit of [
      (ws: Excel.Worksheet) => (ws.getRange("A:B").values = [["Due Date"]]),
      (ws: Excel.Worksheet) => (ws.getRange("3:3").numberFormat = [["@"]]),
      (ws: Excel.Worksheet) => (ws.getRange("C:C").formulas = [["=1"]]),
    ])
      expect(
        (
          await failure(
            fake.run(async (ctx) => {
              edit(sheet1(ctx));
              await ctx.sync();
            }),
          )
        ).code,
      ).toBe("InvalidArgument");
    await fake.run(async (ctx) => {
      sheet1(ctx).getRange("A:B").format.columnWidth = 100;
      sheet1(ctx).getRange("3:3").format.rowHeight = 30;
      await ctx.sync();
    });
    expect([fake.workbook.columnWidth("Sheet1", 0), fake.workbook.rowHeight("Sheet1", 3)]).toEqual([100, 30]);
  });
});

describe("worksheet delete (excel.worksheet.yml)", () => {
  it('"if the worksheet\'s visibility is set to "VeryHidden", the delete operation will fail with an InvalidOperation exception"; hidden first, it goes', async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("_id").visibility = "VeryHidden";
      await ctx.sync();
    });
    const e = await failure(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("_id").delete();
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidOperation");
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1", "_id"]);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("_id");
      ws.visibility = "Hidden";
      ws.delete();
      await ctx.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("data validation, read by intersection (excel-add-ins-data-validation.md, excel.datavalidationtype.yml)", () => {
  const rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
  async function withRule(): Promise<FakeExcel> {
    const fake = createFakeExcel({ excelApi: "1.8" });
    await fake.run(async (ctx) => {
      sheet1(ctx).getRange("B2:B10").dataValidation.rule = rule as Excel.DataValidationRule;
      await ctx.sync();
    });
    return fake;
  }
  const types = (fake: FakeExcel, addresses: string[]) =>
    fake.run(async (ctx) => {
      const dv = addresses.map((a) => sheet1(ctx).getRange(a).dataValidation.load("type"));
      await ctx.sync();
      return dv.map((d) => d.type);
    });

  it('a cell inside the rule reads it; a wider range reads "MixedCriteria" ("data validation present on some but not all cells")', async () => {
    const fake = await withRule();
    expect(await types(fake, ["B5", "B2:B10", "B1:B10", "A2:B2", "C5"])).toEqual([
      "WholeNumber",
      "WholeNumber",
      "MixedCriteria",
      "MixedCriteria",
      "None",
    ]);
    const inside = await fake.run(async (ctx) => {
      const dv = sheet1(ctx).getRange("B3:B4").dataValidation.load("rule");
      await ctx.sync();
      return dv.rule;
    });
    expect(inside.wholeNumber).toMatchObject({ formula1: 0, operator: "GreaterThan" });
  });

  it('"If the two ranges aren\'t an exact match, only overlapping cells are cleared"', async () => {
    const fake = await withRule();
    await fake.run(async (ctx) => {
      sheet1(ctx).getRange("A4:C5").dataValidation.clear();
      await ctx.sync();
    });
    expect(await types(fake, ["B2:B3", "B4", "B5", "B6:B10", "B2:B10"])).toEqual([
      "WholeNumber",
      "None",
      "None",
      "WholeNumber",
      "MixedCriteria",
    ]);
    expect(fake.workbook.validations("Sheet1").map((v) => v.range)).toEqual(["B2:B3", "B6:B10"]);
  });
});

describe("objects made before a sync, used after it in the same Excel.run", () => {
  it("keeps every object the client asks to keep (_KeepReference, answered with a _ReferenceId); the release at the end is no sync", async () => {
    const fake = createFakeExcel();
    const read = await fake.run(async (ctx) => {
      const r = sheet1(ctx).getRange("A1");
      const table = sheet1(ctx).getRange("C1:D2");
      await ctx.sync();
      r.values = [["kept"]];
      table.format.fill.color = "#FFFF00";
      r.load("values");
      await ctx.sync();
      return r.values;
    });
    expect(read).toEqual([["kept"]]);
    expect(fake.workbook.cell("Sheet1", "D2").fill).toBe("#FFFF00");
    expect(fake.counters.syncs).toBe(2);
    expect(fake.counters.cleanups).toBe(1);
  });
});

describe("tables (excel-add-ins-tables.md)", () => {
  it("makes a table from a header row alone, as the documentation's sample does, and adds its rows after it", async () => {
    const fake = createFakeExcel();
    const read = await fake.run(async (ctx) => {
      const sheet = sheet1(ctx);
      const expensesTable = sheet.tables.add("A1:D1", true /*hasHeaders*/);
      expensesTable.name = "ExpensesTable";
      expensesTable.getHeaderRowRange().values = [["Date", "Merchant", "Category", "Amount"]];
      expensesTable.rows.add(undefined /*add rows to the end of the table*/, [
        ["1/1/2017", "The Phone Company", "Communications", "$120"],
        ["1/2/2017", "Northwind Electric Cars", "Transportation", "$142"],
      ]);
      const range = expensesTable.getRange().load("address");
      const body = expensesTable.getDataBodyRange().load("values,text");
      await ctx.sync();
      return { address: range.address, values: body.values, text: body.text };
    });
    expect(read.address).toBe("Sheet1!A1:D3");
    expect(read.values).toEqual([
      [42736, "The Phone Company", "Communications", 120],
      [42737, "Northwind Electric Cars", "Transportation", 142],
    ]);
    expect(read.text[0]).toEqual(["1/1/2017", "The Phone Company", "Communications", "$120"]);
  });

  it("keeps one empty data row below a header row alone", async () => {
    const fake = createFakeExcel();
    const address = await fake.run(async (ctx) => {
      const t = sheet1(ctx).tables.add("B2:C2", true);
      const r = t.getDataBodyRange().load("address");
      await ctx.sync();
      return r.address;
    });
    expect(address).toBe("Sheet1!B3:C3");
  });
});

describe("range arithmetic (excel.range.yml)", () => {
  it("getOffsetRange: D4:F6 offset by (-1, 4) is H3:J5, the reference's own example; outside the sheet it fails", async () => {
    const fake = createFakeExcel();
    const read = await fake.run(async (ctx) => {
      const range = sheet1(ctx).getRange("D4:F6");
      const out = [
        range.getOffsetRange(-1, 4).load("address"),
        range.getResizedRange(2, -1).load("address"),
        sheet1(ctx).getRange("A1:F8").getIntersection("D4:G6").load("address"),
        range.getBoundingRect("H9").load("address"),
      ];
      const none = range.getIntersectionOrNullObject("A1:B2");
      none.load("address");
      await ctx.sync();
      return [...out.map((r) => r.address), none.isNullObject];
    });
    expect(read).toEqual(["Sheet1!H3:J5", "Sheet1!D4:E8", "Sheet1!D4:F6", "Sheet1!D4:H9", true]);
    for (const edit of [
      (ws: Excel.Worksheet) => ws.getRange("A1").getOffsetRange(-1, 0).load("address"),
      (ws: Excel.Worksheet) => ws.getRange("A1:B2").getResizedRange(-2, 0).load("address"),
    ])
      expect(
        (
          await failure(
            fake.run(async (ctx) => {
              edit(sheet1(ctx));
              await ctx.sync();
            }),
          )
        ).code,
      ).toBe("InvalidArgument");
    const apart = await failure(
      fake.run(async (ctx) => {
        sheet1(ctx).getRange("A1").getIntersection("C3").load("address");
        await ctx.sync();
      }),
    );
    expect(apart.code).toBe("ItemNotFound");
  });
});

describe("frozen panes (excel.worksheetfreezepanes.yml)", () => {
  it("getLocation describes the frozen cells; getLocationOrNullObject is a null object when nothing is frozen", async () => {
    const fake = createFakeExcel();
    const read = await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("Rows").freezePanes.freezeRows(2);
      ctx.workbook.worksheets.add("Cols").freezePanes.freezeColumns(1);
      ctx.workbook.worksheets.add("Both").freezePanes.freezeAt("B3");
      const ranges = ["Rows", "Cols", "Both"].map((n) =>
        ctx.workbook.worksheets.getItem(n).freezePanes.getLocation().load("address"),
      );
      const none = sheet1(ctx).freezePanes.getLocationOrNullObject();
      none.load("address");
      await ctx.sync();
      return [...ranges.map((r) => r.address), none.isNullObject];
    });
    expect(read).toEqual(["Rows!A1:XFD2", "Cols!A1:A1048576", "Both!A1:B3", true]);
  });
});

describe("colours (excel.rangefill.yml, color)", () => {
  it('takes "a named HTML color (e.g., "orange")" and reads it back as its #RRGGBB code', async () => {
    const fake = createFakeExcel();
    const read = await fake.run(async (ctx) => {
      const r = sheet1(ctx).getRange("A1");
      r.format.fill.color = "orange";
      r.format.font.color = "White";
      const fill = r.format.fill.load("color");
      const font = r.format.font.load("color");
      await ctx.sync();
      return [fill.color, font.color];
    });
    expect(read).toEqual(["#FFA500", "#FFFFFF"]);
    const e = await failure(
      fake.run(async (ctx) => {
        sheet1(ctx).getRange("A1").format.fill.color = "notacolour";
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });
});
