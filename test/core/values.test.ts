import { isoToSerial, parseDate, parseNumber, serialToIso } from "../../core";

describe("numbers as clerks type them", () => {
  it.each([
    [1200, 1200],
    ["1 200", 1200],
    ["1\u00a0200", 1200],
    ["1,5", 1.5],
    ["12,5 %", 12.5],
    ["1 200,50", 1200.5],
    ["1.200,50", 1200.5],
    ["1,200.50", 1200.5],
    [" 42 ", 42],
    ["150 сом", 150],
    ["-3", -3],
  ])("%j -> %j", (input, expected) => expect(parseNumber(input)).toEqual({ ok: true, value: expected }));
  it.each(["көп", "12a", "1,2,3", "--1"])("%j is not a number", (input) =>
    expect(parseNumber(input)).toEqual({ ok: false, raw: input }),
  );
  it("treats empty and blank as no value", () => {
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber("   ")).toBeNull();
  });
});

describe("dates", () => {
  it("converts Excel serials both ways", () => {
    expect(isoToSerial("2019-12-25")).toBe(43824);
    expect(serialToIso(43824)).toBe("2019-12-25");
    expect(serialToIso(43824.75)).toBe("2019-12-25");
  });
  it.each([
    [43824, "2019-12-25"],
    ["25.12.2019", "2019-12-25"],
    ["5/1/2020", "2020-01-05"],
    ["2019-12-25", "2019-12-25"],
    ["25.12.2019 ж.", "2019-12-25"],
  ])("%j -> %s", (input, iso) => expect(parseDate(input)).toEqual({ ok: true, value: iso }));
  it.each(["31.02.2019", "эртең", "2019/13/01"])("%j is not a date", (input) =>
    expect(parseDate(input)).toMatchObject({ ok: false }),
  );
});

describe("regression: 29 February 1900", () => {
  it("is refused: serial 60 is a day Excel's calendar has and the real one does not", async () => {
    const { parseDate } = await import("../../core/values");
    expect(parseDate(60)).toEqual({ ok: false, raw: "60" });
    expect(parseDate(59)).toEqual({ ok: false, raw: "59" });
    expect(parseDate(61)).toEqual({ ok: true, value: "1900-03-01" });
    expect(parseDate(43830)).toEqual({ ok: true, value: "2019-12-31" });
  });
});
