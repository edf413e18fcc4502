/**
 * The identity's period must be the one the report sheet's title states, exactly (issue 23): "2020" is in the
 * plan's own name ("2018-2020"), and "2019" in the words for the second half of 2019, yet neither title states it.
 */
import { buildTemplate, readReport } from "../../core";
import type { WorkbookGrid } from "../../core/grid";
import { defaultPlan } from "../../schema";
import { exampleReport } from "../fixtures/reports";
import { specToGrid } from "../helpers/specToGrid";

/** A filled template's grid with its identity's period and its title's first line set. */
function grid(identityPeriod: string, firstLine?: string): WorkbookGrid {
  const g = specToGrid(buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky", prefill: exampleReport() }));
  for (const cell of g.sheets.find((s) => s.name === "_tendik")!.cells.values())
    if (cell.value === "2019-H2") cell.value = identityPeriod;
  if (firstLine !== undefined) {
    const title = g.sheets[0].cells.get("A1")!;
    title.value = `${firstLine}\n${String(title.value).split("\n")[1]}`;
  }
  return g;
}
const codes = (g: WorkbookGrid) =>
  readReport(g, { plan: defaultPlan, workbook: "t.xlsx" }).issues.map((i) => [i.location.cell, i.code]);

describe("the identity's period and the title's", () => {
  it("agree when equal", () => expect(codes(grid("2019-H2"))).toEqual([]));
  it.each(["2020", "2019", "2019-H1", "2020-H2"])("disagree for %s against a title for the second half of 2019", (p) =>
    expect(codes(grid(p))).toEqual([["A1", "identity-mismatch"]]),
  );
  it("agree with a title of the former wording that states the period exactly, and only then", () => {
    const former = (p: string) => `ЭСӨМ: ${p} мезгили үчүн иш-аракеттердин улуттук планынын аткарылышы жөнүндө отчет`;
    expect(codes(grid("2019-H2", former("2019-H2")))).toEqual([]);
    expect(codes(grid("2019", former("2019-H2")))).toEqual([["A1", "identity-mismatch"]]);
  });
});
