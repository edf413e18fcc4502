import { adr, columnLetters, columnNumber, parseA1, toA1 } from "../../core";

describe("A1 addresses", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
  ])("column %i is %s and back", (n, s) => {
    expect(columnLetters(n as number)).toBe(s);
    expect(columnNumber(s as string)).toBe(n);
  });
  it("reads and writes cells as Excel shows them", () => {
    expect(adr("D14")).toEqual({ row: 14, col: 4 });
    expect(parseA1("$AB$7")).toEqual({ row: 7, col: 28 });
    expect(toA1({ row: 14, col: 4 })).toBe("D14");
  });
  it("refuses what is not an address", () => {
    expect(() => parseA1("14D")).toThrow(RangeError);
    expect(() => columnLetters(0)).toThrow(RangeError);
  });
});
