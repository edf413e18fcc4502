import { formatSpans, latinAlias, parseDeadlineText, parseSourceLines, parseSpans } from "../../core/plan/notation";
import { defaultPlan, listMeasures } from "../../schema";

describe("the authoring workbook's notation", () => {
  it("reads periods as the Periods column writes them, and a few other spellings", () => {
    for (const text of ["2019", "2019-H2", "2019–2020", "2018-H2–2019-H2", "2019-H1, 2020-H1"])
      expect(formatSpans(parseSpans(text)!)).toBe(text);
    expect(formatSpans(parseSpans("2019-2020")!)).toBe("2019–2020");
    expect(formatSpans(parseSpans("2018-H2 .. 2019-H2; 2020")!)).toBe("2018-H2–2019-H2, 2020");
    for (const bad of ["2019-H3", "20", "2020–2019", "soon", ""]) expect(parseSpans(bad)).toBeNull();
  });

  it("reads the embedded plan's printed deadlines as the transcriber did, except the two whose typos hide the years", () => {
    const misread = listMeasures(defaultPlan)
      .map(({ measure }) => measure.deadline)
      .filter((d) => {
        const read = parseDeadlineText(d.text);
        return (
          !read ||
          JSON.stringify(read.spans) !== JSON.stringify(d.periods) ||
          read.annual !== (d.recurrence === "annual")
        );
      })
      .map((d) => d.text);
    expect(misread).toEqual(["2018 2020-жылдар", "201-2020-жылдар"]);
  });

  it("reads Russian and English deadlines too", () => {
    expect(parseDeadlineText("2025 год")?.spans).toEqual([
      { startYear: 2025, startHalf: null, endYear: 2025, endHalf: null },
    ]);
    expect(parseDeadlineText("2 полугодие 2025 года")?.spans).toEqual([
      { startYear: 2025, startHalf: 2, endYear: 2025, endHalf: 2 },
    ]);
    expect(parseDeadlineText("ежегодно")).toEqual({ spans: [], annual: true });
    expect(parseDeadlineText("по мере необходимости")).toBeNull();
  });

  it("keeps source lines in the schema's order", () => {
    expect(parseSourceLines("funding 3-4; text 1-2, 7")).toEqual({
      text: [
        [1, 2],
        [7, 7],
      ],
      funding: [[3, 4]],
    });
    expect(parseSourceLines("page 1-2")).toBeNull();
  });

  it("makes Latin aliases from Cyrillic codes", () => {
    expect(latinAlias("ЭСӨМ")).toBe("ESOM");
    expect(latinAlias("БУУ-Аялдар")).toBe("BUU-AYALDAR");
    expect(latinAlias("КР ЖС")).toBe("KR-ZHS");
  });
});
