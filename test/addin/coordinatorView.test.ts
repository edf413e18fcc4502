// The coordinator's view, in its pure parts (issue 22): the merge's outcome in the order the coordinator acts
// on it, who has not reported as `tendik status` says it, and no hidden sheet named to the coordinator.
import { missingBodies } from "../../addin/taskpane/coordinator/missing";
import { sortOutcomes } from "../../addin/taskpane/coordinator/order";
import { visibleErrors } from "../../addin/taskpane/coordinator/visibleIssues";
import { summarizeStatus } from "../../core/coordinator/status";
import { emptyMaster } from "../../core/merge";
import { IDENTITY_SHEET } from "../../core/template/identity";
import { defaultPlan, type Issue } from "../../schema";

describe("the coordinator's view", () => {
  it("puts rejected files first, then replaced, accepted and unchanged, keeping the files' order within each", () => {
    const files = [
      { file: "a", status: "accepted" },
      { file: "b", status: "rejected" },
      { file: "c", status: "unchanged" },
      { file: "d", status: "replaced" },
      { file: "e", status: "rejected" },
      { file: "f", status: "accepted" },
    ] as const;
    expect(sortOutcomes(files).map((f) => f.file)).toEqual(["b", "e", "d", "a", "f", "c"]);
  });

  it("says who has not reported from the same summary as `tendik status`, sorted by short name in the language", () => {
    const master = emptyMaster(defaultPlan);
    const status = summarizeStatus(master, defaultPlan, "2019-H2");
    for (const lang of ["ky", "ru", "en"] as const) {
      const missing = missingBodies(master, defaultPlan, "2019-H2", lang);
      expect(missing.expected).toBe(status.totals[0].expected);
      expect(missing.bodies.map((b) => b.agency).sort()).toEqual(status.rows.map((r) => r.agency).sort());
      const names = missing.bodies.map((b) => b.shortName);
      expect(names).toEqual([...names].sort(new Intl.Collator(lang).compare));
    }
  });

  it("says an issue on the hidden identity sheet is about the whole file, and leaves warnings out", () => {
    const issue = (sheet: string, severity: "error" | "warning"): Issue =>
      ({ code: "identity-other-plan", severity, params: {}, path: "", location: { sheet, cell: "B3" } }) as Issue;
    const shown = visibleErrors([issue(IDENTITY_SHEET, "error"), issue("Отчет", "error"), issue("Отчет", "warning")]);
    expect(shown.map((i) => [i.location.sheet, i.location.cell])).toEqual([
      [undefined, undefined],
      ["Отчет", "B3"],
    ]);
  });
});
