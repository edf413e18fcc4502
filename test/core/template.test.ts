import { buildTemplate, layoutReport, readReport, templateLabels } from "../../core";
import {
  bodiesWithMeasures,
  checkReportSchema,
  defaultPlan,
  findBody,
  isReportingBody,
  measuresForBody,
} from "../../schema";
import { exampleReport } from "../fixtures/reports";
import { specToGrid, typeInto } from "../helpers/specToGrid";

const reporting = bodiesWithMeasures(defaultPlan).filter((code) =>
  isReportingBody(findBody(defaultPlan.bodies, code)!),
);

describe("templates for every responsible body", () => {
  it('covers the 52 bodies that report (generic groups such as "министрликтер" do not)', () => {
    expect(reporting).toHaveLength(52);
  });

  it.each(reporting)("%s: read back holds exactly its measures, with no issues", (agency) => {
    const reading = readReport(specToGrid(buildTemplate({ agency, period: "2019-H2", language: "ky" })));
    expect(reading.issues).toEqual([]);
    expect(reading.report!.entries.map((e) => e.measureId)).toEqual(
      measuresForBody(defaultPlan, agency).map((m) => m.measure.id),
    );
    expect(reading.report!.header).toMatchObject({ agency, period: "2019-H2", planId: defaultPlan.id });
  });
});

describe("prefill -> read", () => {
  it.each([
    ["ЭСӨМ", "ky"],
    ["ИИМ", "ru"],
    ["ЖС СД", "ky"],
    ["ЮНФПА", "en"],
  ] as const)("%s (%s) gives back the same document", (agency, language) => {
    const report = { ...exampleReport({ agency }), header: { ...exampleReport({ agency }).header, language } };
    const reading = readReport(specToGrid(buildTemplate({ agency, period: "2019-H2", language, prefill: report })));
    expect(reading.issues).toEqual([]);
    expect(reading.report).toEqual(report);
    expect(checkReportSchema(reading.report).errors).toEqual([]);
  });
});

describe("fill -> read", () => {
  it("reads what a clerk typed, tolerantly, and maps every path to its cell", () => {
    const spec = buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ru" });
    const grid = specToGrid(spec);
    const L = templateLabels.ru;
    const layout = layoutReport(defaultPlan, "ЭСӨМ");
    const people = layout.measures.find((m) => m.indicators.some((i) => i.indicator.kind === "people"))!;
    const row = people.indicators.find((i) => i.indicator.kind === "people")!.row;
    const sheet = L.sheets.report;
    typeInto(grid, sheet, "C2", "  Асель Токтогулова ");
    typeInto(grid, sheet, `H${people.row}`, "В процессе");
    typeInto(grid, sheet, `K${row}`, "1 200");
    typeInto(grid, sheet, `L${row}`, 800);
    typeInto(grid, sheet, `O${people.row}`, "15 000,50");
    typeInto(grid, sheet, `R${people.row}`, "25.12.2019");
    const reading = readReport(grid, {});
    expect(reading.issues).toEqual([]);
    const index = reading.report!.entries.findIndex((e) => e.measureId === people.measure.id);
    const entry = reading.report!.entries[index];
    expect(entry.status).toBe("in-progress");
    expect(entry.indicators).toContainEqual(
      expect.objectContaining({ kind: "people", women: 1200, men: 800, total: 2000 }),
    );
    expect(entry.spending).toEqual({ amount: 15000.5 });
    expect(entry.evidence).toEqual({ date: "2019-12-25" });
    expect(reading.report!.header.preparedBy.name).toBe("Асель Токтогулова");
    expect(reading.cells.get(`/entries/${index}/status`)).toEqual({ sheet, cell: `H${people.row}` });
    expect(reading.cells.get("/header/preparedBy/name")).toEqual({ sheet, cell: "C2" });
    // And back, from a cell to the value it holds.
    expect(reading.paths.get(`${sheet}!H${people.row}`)).toBe(`/entries/${index}/status`);
    expect(reading.paths.get(`${sheet}!K${row}`)).toMatch(new RegExp(`^/entries/${index}/indicators/\\d+/women$`));
  });

  it("keeps text that looks like a formula as text, and flags real formulas in inputs", () => {
    const grid = specToGrid(buildTemplate({ agency: "БИМ", period: "2019-H1", language: "ky" }));
    const m = layoutReport(defaultPlan, "БИМ").measures[0];
    typeInto(grid, "Отчет", `I${m.row}`, '=HYPERLINK("http://x")');
    typeInto(grid, "Отчет", `T${m.row}`, 3, "1+2");
    const reading = readReport(grid, {});
    expect(reading.report!.entries[0].narrative).toBe('=HYPERLINK("http://x")');
    expect(reading.issues.map((i) => [i.location.cell, i.code])).toEqual([[`T${m.row}`, "formula-not-allowed"]]);
  });
});
