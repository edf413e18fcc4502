/** Dates for people: dd.mm.yyyy, and a moment as date and time; never an ISO string in what a person reads. */
import { formatDate, formatDateTime, formatText } from "../../schema";

describe("dates in words", () => {
  it("writes an ISO date as dd.mm.yyyy and leaves other text as it is", () => {
    expect(formatDate("2019-11-20")).toBe("20.11.2019");
    expect(formatDate("вчера")).toBe("вчера");
    expect(formatText("от {d, date}", { d: "2019-11-20" }, "ru")).toBe("от 20.11.2019");
  });

  it("writes a moment as a date and a time of the reader's clock, without seconds or a zone code", () => {
    const text = formatDateTime("2026-12-07T20:11:58.112Z");
    expect(text).toMatch(/^\d{2}\.12\.2026 \d{2}:\d{2}$/);
    expect(text).not.toMatch(/T|Z|\.112/);
  });
});
