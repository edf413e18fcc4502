/**
 * The stand-in Excel host against the Excel JavaScript API reference: the rules it claims to keep, checked
 * through Microsoft's own client, and its refusals (what it does not implement fails, naming the member).
 */
import { createFakeExcel, REQUEST_LIMIT_BYTES } from "./fakeExcel";
import { failure, sheet1 } from "./batchFailure";
import { OFFICE_JS_VERSION } from "./officeClient";

describe("the in-memory Excel host, through Microsoft's client", () => {
  it("runs the pinned client (package.json pins @microsoft/office-js; a new one is a deliberate change)", () => {
    expect(OFFICE_JS_VERSION).toBe("1.1.110");
  });

  it("reads empty cells as empty strings and a blank workbook as one sheet, A1 selected", async () => {
    const fake = createFakeExcel();
    const values = await fake.run(async (ctx) => {
      const r = sheet1(ctx).getRange("A1:B2").load("values,numberFormat,formulas");
      await ctx.sync();
      return [r.values, r.numberFormat, r.formulas];
    });
    expect(values).toEqual([
      [
        ["", ""],
        ["", ""],
      ],
      [
        ["General", "General"],
        ["General", "General"],
      ],
      [
        ["", ""],
        ["", ""],
      ],
    ]);
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1"]);
    expect(fake.workbook.selection()).toEqual({ sheet: "Sheet1", address: "A1" });
  });

  it('makes a formula of text starting with "=" unless the cell is formatted as text', async () => {
    const fake = createFakeExcel();
    const read = await fake.run(async (ctx) => {
      const ws = sheet1(ctx);
      ws.getRange("A1").values = [["=1+2"]];
      ws.getRange("A2").numberFormat = [["@"]];
      ws.getRange("A2").values = [["=1+2"]];
      ws.getRange("A3").numberFormat = [["@"]];
      ws.getRange("A3").values = [["@SUM(A1)"]];
      const r = ws.getRange("A1:A3").load("formulas,values");
      await ctx.sync();
      return [r.formulas, r.values];
    });
    expect(read[0]).toEqual([["=1+2"], ["=1+2"], ["@SUM(A1)"]]);
    expect(fake.workbook.cell("Sheet1", "A1").formula).toBe("=1+2");
    expect(fake.workbook.cell("Sheet1", "A2").formula).toBeUndefined();
    expect(fake.workbook.value("Sheet1", "A2")).toBe("=1+2");
  });

  it("takes text that reads as a number or TRUE as one, as typing does, but not in a text cell", async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx) => {
      const ws = sheet1(ctx);
      ws.getRange("A1:C1").values = [["1.1", "TRUE", "x"]];
      ws.getRange("A2").numberFormat = [["@"]];
      ws.getRange("A2").values = [["1.1"]];
      await ctx.sync();
    });
    expect(["A1", "B1", "C1", "A2"].map((a) => fake.workbook.value("Sheet1", a))).toEqual([1.1, true, "x", "1.1"]);
  });

  it("leaves a cell alone for null in a 2-D array, clears it for an empty string, refuses null for the range", async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx) => {
      sheet1(ctx).getRange("A1:C1").values = [[1, 2, 3]];
      sheet1(ctx).getRange("A1:C1").values = [[null, "", 9]];
      await ctx.sync();
    });
    expect(fake.workbook.filledCells("Sheet1")).toEqual(["A1", "C1"]);
    const e = await failure(
      fake.run(async (ctx) => {
        (sheet1(ctx).getRange("A1") as unknown as { values: null }).values = null;
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });

  it("refuses a values array whose shape differs from the range", async () => {
    const fake = createFakeExcel();
    const e = await failure(
      fake.run(async (ctx) => {
        sheet1(ctx).getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
    expect(fake.workbook.filledCells("Sheet1")).toEqual([]);
  });

  it("throws ItemNotFound for an unknown sheet or name; the OrNullObject variants give null objects", async () => {
    const fake = createFakeExcel();
    expect(
      (
        await failure(
          fake.run(async (ctx) => {
            ctx.workbook.worksheets.getItem("Nope").load("name");
            await ctx.sync();
          }),
        )
      ).code,
    ).toBe("ItemNotFound");
    expect(
      (
        await failure(
          fake.run(async (ctx) => {
            ctx.workbook.names.getItem("nope").load("name");
            await ctx.sync();
          }),
        )
      ).code,
    ).toBe("ItemNotFound");
    const nulls = await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const name = ctx.workbook.names.getItemOrNullObject("nope");
      const used = sheet1(ctx).getUsedRangeOrNullObject(true);
      await ctx.sync();
      return [ws.isNullObject, name.isNullObject, used.isNullObject];
    });
    expect(nulls).toEqual([true, true, true]);
  });

  it("leaves unloaded properties to the client: PropertyNotLoaded", async () => {
    const fake = createFakeExcel();
    const e = await failure(
      fake.run(async (ctx) => {
        const r = sheet1(ctx).getRange("A1");
        await ctx.sync();
        return r.values;
      }),
    );
    expect(e.code).toBe("PropertyNotLoaded");
  });

  it("refuses writes to locked cells of a protected sheet, and formatting unless allowed", async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx) => {
      sheet1(ctx).getRange("B1").format.protection.locked = false;
      sheet1(ctx).protection.protect({ allowFormatRows: true });
      await ctx.sync();
    });
    await fake.run(async (ctx) => {
      sheet1(ctx).getRange("B1").values = [["typed"]];
      sheet1(ctx).getRange("3:3").format.rowHeight = 30;
      await ctx.sync();
    });
    expect(fake.workbook.value("Sheet1", "B1")).toBe("typed");
    for (const edit of [
      (ws: Excel.Worksheet) => (ws.getRange("A1").values = [["x"]]),
      (ws: Excel.Worksheet) => (ws.getRange("B1").format.fill.color = "#FF0000"),
      (ws: Excel.Worksheet) => (ws.getRange("B1").numberFormat = [["@"]]),
    ]) {
      const e = await failure(
        fake.run(async (ctx) => {
          edit(sheet1(ctx));
          await ctx.sync();
        }),
      );
      expect(e.code).toBe("AccessDenied");
    }
    expect(fake.workbook.sheets()[0]).toMatchObject({ protected: true, protectionOptions: { allowFormatRows: true } });
  });

  it.each([
    ["a name of 32 characters", "x".repeat(32), "InvalidArgument"],
    ["a bracket", "Plan [2019]", "InvalidArgument"],
    ["a colon", "a:b", "InvalidArgument"],
    ["a slash", "a/b", "InvalidArgument"],
    ["a question mark", "why?", "InvalidArgument"],
    ["the same name in other case", "sheet1", "ItemAlreadyExists"],
  ])("refuses a sheet name with %s", async (_what, name, code) => {
    const fake = createFakeExcel();
    const e = await failure(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe(code);
  });

  it("takes sheet-qualified addresses, quoted where the name needs it, and refuses another sheet's", async () => {
    const fake = createFakeExcel();
    const address = await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Отчёт 2019");
      ws.getRange("'Отчёт 2019'!B2").values = [[5]];
      const r = ws.getRange("B2").load("address");
      await ctx.sync();
      return r.address;
    });
    expect(address).toBe("'Отчёт 2019'!B2");
    expect(fake.workbook.value("Отчёт 2019", "B2")).toBe(5);
    const e = await failure(
      fake.run(async (ctx) => {
        sheet1(ctx).getRange("'Отчёт 2019'!B2").values = [[1]];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });

  it("counts rows and columns from 0 in getRangeByIndexes", async () => {
    const fake = createFakeExcel();
    const address = await fake.run(async (ctx) => {
      const r = sheet1(ctx).getRangeByIndexes(0, 2, 2, 3).load("address");
      await ctx.sync();
      return r.address;
    });
    expect(address).toBe("Sheet1!C1:E2");
  });

  it("keeps the last visible sheet visible and refuses to delete it", async () => {
    const fake = createFakeExcel();
    for (const edit of [
      (ws: Excel.Worksheet) => (ws.visibility = "VeryHidden"),
      (ws: Excel.Worksheet) => ws.delete(),
    ]) {
      const e = await failure(
        fake.run(async (ctx) => {
          edit(sheet1(ctx));
          await ctx.sync();
        }),
      );
      expect(e.code).toBe("InvalidOperation");
    }
  });

  it("fails loudly, naming the member, for what it does not implement", async () => {
    const fake = createFakeExcel();
    const e = await failure(
      fake.run(async (ctx) => {
        sheet1(ctx).getRange("A1").format.autofitColumns();
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("NotImplemented");
    expect(e.message).toContain("RangeFormat.AutofitColumns");
  });

  it("counts syncs and request bytes, and refuses a request over 5 MB", async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx) => {
      sheet1(ctx).getRange("A1").values = [["x"]];
      await ctx.sync();
      sheet1(ctx).getRange("A2").values = [["y"]];
      await ctx.sync();
    });
    expect(fake.counters.syncs).toBe(2);
    expect(fake.counters.requestBytes).toBeGreaterThan(0);
    const big = "ж".repeat(30000);
    const e = await failure(
      fake.run(async (ctx) => {
        sheet1(ctx).getRange("A1:A100").values = Array.from({ length: 100 }, () => [big]);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.counters.maxRequestBytes).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    expect(fake.workbook.value("Sheet1", "A1")).toBe("x");
  });

  it("lets the client enforce the requirement sets it claims: names.add needs ExcelApi 1.4", async () => {
    const fake = createFakeExcel({ excelApi: "1.1" });
    expect(fake.isSetSupported("ExcelApi", "1.1")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.10")).toBe(false);
    const e = await failure(
      fake.run(async (ctx) => {
        ctx.workbook.names.add("x", "=Sheet1!$A$1");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("ApiNotFound");
  });

  it("keeps tables off merged cells and names unique across tables and names", async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx) => {
      const ws = sheet1(ctx);
      ws.getRange("A1:B1").values = [["a", "b"]];
      const t = ws.tables.add(ws.getRange("A1:B3"), true);
      t.name = "Data";
      ws.getRange("D1:E1").merge(false);
      await ctx.sync();
    });
    expect(fake.workbook.tables()).toEqual([
      { name: "Data", sheet: "Sheet1", range: "A1:B3", style: "TableStyleMedium2", showFilterButton: true },
    ]);
    for (const edit of [
      (ctx: Excel.RequestContext) => sheet1(ctx).tables.add("D1:E3", true),
      (ctx: Excel.RequestContext) => ctx.workbook.names.add("data", "=Sheet1!$A$1"),
    ]) {
      const e = await failure(
        fake.run(async (ctx) => {
          edit(ctx);
          await ctx.sync();
        }),
      );
      expect(["InvalidOperation", "ItemAlreadyExists"]).toContain(e.code);
    }
  });

  it("deletes whole rows as Excel does: rows below move up, merges and rules shrink", async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx) => {
      const ws = sheet1(ctx);
      ws.getRange("A1:A5").values = [[1], [2], [3], [4], [5]];
      ws.getRange("B2:B4").merge(false);
      ws.getRange("C1:C5").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      ws.getRange("2:3").delete("Up");
      await ctx.sync();
    });
    expect(["A1", "A2", "A3"].map((a) => fake.workbook.value("Sheet1", a))).toEqual([1, 4, 5]);
    expect(fake.workbook.merges("Sheet1")).toEqual([]);
    expect(fake.workbook.validations("Sheet1").map((v) => v.range)).toEqual(["C1:C3"]);
    const e = await failure(
      fake.run(async (ctx) => {
        sheet1(ctx).getRange("A1:B1").delete("Left");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("NotImplemented");
  });
});
