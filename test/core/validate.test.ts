import { buildTemplate, checkReport, layoutReport, readReport, sortIssues } from "../../core";
import { defaultPlan, renderIssue, type Report } from "../../schema";
import { exampleReport } from "../fixtures/reports";
import { specToGrid, typeInto } from "../helpers/specToGrid";

/** Reads a template prefilled with `report`, after `edit` typed into its grid; issues as [cell, code] tuples. */
function issuesOf(
  report: Report,
  edit: (type: (ref: string, v: string | number | null) => void) => void = () => undefined,
  lang: "ky" | "ru" | "en" = "en",
) {
  const grid = specToGrid(
    buildTemplate({ agency: report.header.agency, period: report.header.period, language: "ru", prefill: report }),
  );
  edit((ref, v) => typeInto(grid, "Отчет", ref, v));
  const reading = readReport(grid, {});
  const issues = sortIssues([...reading.issues, ...checkReport(reading, defaultPlan, lang)]);
  return issues.map((i) => [i.location.cell, i.code, i.severity]);
}

const layout = layoutReport(defaultPlan, "ЭСӨМ");
const first = layout.measures[0]; // 1.1: one document indicator
const people = layout.measures.find((m) => m.indicators.some((i) => i.indicator.kind === "people"))!;
const peopleRow = people.indicators.find((i) => i.indicator.kind === "people")!.row;

describe("validation of a filled template", () => {
  it("finds nothing in a complete, consistent report", () => {
    expect(issuesOf(exampleReport())).toEqual([]);
  });

  it("points each missing required value at its cell", () => {
    expect(
      issuesOf(exampleReport(), (type) => {
        type("C2", null);
        type(`H${first.row}`, null);
      }),
    ).toEqual([
      ["C2", "value-required", "error"],
      [`H${first.row}`, "status-missing-with-values", "error"],
    ]);
  });

  it("checks women + men against a typed total", () => {
    expect(issuesOf(exampleReport(), (type) => type(`M${peopleRow}`, 999))).toEqual([
      [`M${peopleRow}`, "people-sum-mismatch", "error"],
    ]);
  });

  it("requires evidence for a completed measure and a source for money spent", () => {
    const r = exampleReport();
    r.entries[1] = { ...r.entries[1], status: "completed", evidence: undefined, spending: { amount: 500 } };
    delete r.entries[1].evidence;
    const row = layout.measures[1].row;
    expect(issuesOf(r)).toEqual([
      [`P${row}`, "spending-without-source", "error"],
      [`Q${row}`, "completed-without-evidence", "error"],
    ]);
  });

  it("flags values on a measure not started, and warns when its deadline has passed", () => {
    const r = exampleReport({ period: "2020-H2" });
    r.entries[0].status = "not-started";
    expect(issuesOf(r)).toEqual([
      [`H${first.row}`, "not-started-with-values", "error"],
      [`H${first.row}`, "deadline-passed-not-started", "warning"],
    ]);
  });

  it("reports wrong types, ranges, lengths, lists and formats with the cell and the value", () => {
    expect(
      issuesOf(exampleReport(), (type) => {
        type(`K${peopleRow}`, "көп");
        type(`L${peopleRow}`, 2.5);
        type(`O${first.row}`, -10);
        type(`P${first.row}`, "Бюджет");
        type(`R${first.row}`, "31.02.2019");
        type(`S${first.row}`, "www.example");
        type(`I${first.row}`, "ж".repeat(4001));
        type("C3", "not-an-email");
      }),
    ).toEqual([
      ["C3", "value-bad-format", "error"],
      [`I${first.row}`, "text-too-long", "error"],
      [`O${first.row}`, "value-negative", "error"],
      [`P${first.row}`, "value-not-in-list", "error"],
      [`R${first.row}`, "value-not-date", "error"],
      [`S${first.row}`, "value-bad-format", "error"],
      [`K${peopleRow}`, "value-not-number", "error"],
      [`L${peopleRow}`, "value-not-integer", "error"],
    ]);
  });

  it("writes messages in the reader's language with the params filled in", () => {
    const grid = specToGrid(
      buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky", prefill: exampleReport() }),
    );
    typeInto(grid, "Отчет", "C2", null);
    for (const [lang, text] of [
      ["en", 'Fill in "Prepared by (name)".'],
      ["ru", "Подготовил (ФИО)"],
      ["ky", "Даярдаган (аты-жөнү)"],
    ] as const) {
      const reading = readReport(grid, {});
      const [issue] = checkReport(reading, defaultPlan);
      expect(renderIssue(issue, lang)).toContain(text);
      expect(issue.location).toMatchObject({ sheet: "Отчет", cell: "C2", row: 2, column: "C" });
      expect(issue.path).toBe("/header/preparedBy/name");
    }
  });
});
