import { defaultReportingPeriod } from "../../schema";

describe("defaultReportingPeriod", () => {
  const plan = { startYear: 2018, startHalf: 2 as const, endYear: 2020, endHalf: 2 as const };
  it.each([
    ["2019-08-01", "2019-H1"], // the first half of 2019 has ended
    ["2019-03-15", "2018-H2"],
    ["2018-09-01", "2018-H2"], // none ended yet: the current one
    ["2017-01-01", "2018-H2"], // before the plan: its first
    ["2026-12-08", "2020-H2"], // after the plan: its last
    ["2020-12-31", "2020-H1"],
    ["2021-01-01", "2020-H2"],
  ])("on %s offers %s", (today, expected) => {
    expect(defaultReportingPeriod(plan, new Date(`${today}T12:00:00`))).toBe(expected);
  });
});
