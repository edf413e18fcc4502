import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { columnLetters } from "../../core/a1";
import type { WorkbookGrid } from "../../core/grid";
import {
  BODY_COLUMNS,
  FIRST_DATA_ROW,
  MEASURE_COLUMNS,
  PLAN_SHEETS,
  planFieldNames,
  readPlanWorkbook,
} from "../../core/plan";
import { defaultPlan, renderIssue, type Language } from "../../schema";
import { runCli } from "../helpers/runCli";
import { specToGrid, typeInto } from "../helpers/specToGrid";
import { secondPlanWorkbook } from "./secondPlanWorkbook";

const { measures, bodies, facts } = PLAN_SHEETS;
/** The cell of a key on a data row (0 = the first data row) of the measures or bodies sheet. */
const at = (sheet: string, row: number, key: string): string => {
  const columns = sheet === bodies ? BODY_COLUMNS : MEASURE_COLUMNS;
  return `${columnLetters(columns.findIndex((c) => c.key === key) + 1)}${FIRST_DATA_ROW + row}`;
};

/** Reads the second plan's workbook after `edit`, as [sheet, cell, code] tuples. */
function issuesAfter(edit: (grid: WorkbookGrid) => void) {
  const grid = specToGrid(secondPlanWorkbook());
  edit(grid);
  const reading = readPlanWorkbook(grid, { workbook: "plan.xlsx" });
  expect(reading.plan).toBeNull();
  return reading.issues.map((i) => [i.location.sheet, i.location.cell, i.code]);
}

// Data rows of the second plan's measures sheet: 2 = measure 1.1, 4 = 1.2, 5/6 = 2.1, 9 = 3.1, 10 = 3.2.
describe("plan import: every problem is an issue at its cell", () => {
  it("reads the unedited workbook without issues", () => {
    expect(readPlanWorkbook(specToGrid(secondPlanWorkbook()), {}).issues).toEqual([]);
  });

  it("reads a heading line pasted whole from the annex into the № column", () => {
    const grid = specToGrid(secondPlanWorkbook());
    typeInto(grid, measures, at(measures, 0, "no"), "1-глава. Чыр-чатактардын алдын алуу");
    typeInto(grid, measures, at(measures, 0, "task"), null);
    typeInto(grid, measures, at(measures, 1, "no"), "1.1-максат.");
    const { plan, issues } = readPlanWorkbook(grid, {});
    expect(issues).toEqual([]);
    expect(plan!.chapters[0].title).toEqual({ ky: "Чыр-чатактардын алдын алуу", en: "Conflict prevention" });
    expect(plan!.chapters[0].goals[0].id).toBe("1.1");
  });

  it("names a column by its key, worded as its header in the reader's language when rendered", () => {
    const grid = specToGrid(secondPlanWorkbook());
    typeInto(grid, measures, at(measures, 2, "measure"), null);
    const issue = readPlanWorkbook(grid, {}).issues.find((i) => i.code === "plan-text-required")!;
    expect(issue.params).toEqual({ field: "measures.measure" });
    const header = MEASURE_COLUMNS.find((c) => c.key === "measure")!.header;
    for (const lang of ["ky", "ru", "en"] as const)
      expect(renderIssue(issue, lang, planFieldNames)).toContain(header[lang]);
  });

  it("an unknown responsible body", () => {
    expect(issuesAfter((g) => typeInto(g, measures, at(measures, 4, "responsible"), "ЖӨБО\nЭСӨМ"))).toEqual([
      [measures, at(measures, 4, "responsible"), "plan-unknown-body"],
    ]);
  });

  it("a measure id that does not belong to its task, and an indicator id that does not belong to its measure", () => {
    expect(
      issuesAfter((g) => {
        typeInto(g, measures, at(measures, 4, "measure.id"), "5.2");
        typeInto(g, measures, at(measures, 9, "indicator.id"), "3.9.1");
      }),
    ).toEqual([
      [measures, at(measures, 4, "measure.id"), "plan-id-outside-parent"],
      [measures, at(measures, 9, "indicator.id"), "plan-id-outside-parent"],
    ]);
  });

  it("a deadline that cannot be read, from its text or from its periods", () => {
    expect(
      issuesAfter((g) => {
        typeInto(g, measures, at(measures, 4, "deadline"), "качан болсо");
        typeInto(g, measures, at(measures, 5, "deadline.periods"), "2025-H3");
      }),
    ).toEqual([
      [measures, at(measures, 4, "deadline"), "plan-deadline-unreadable"],
      [measures, at(measures, 5, "deadline.periods"), "plan-deadline-unreadable"],
    ]);
  });

  it("duplicate ids: a measure, a task, a body code", () => {
    expect(
      issuesAfter((g) => {
        typeInto(g, measures, at(measures, 13, "no"), "3");
        typeInto(g, measures, at(measures, 13, "measure.id"), "3.1");
        typeInto(g, bodies, at(bodies, 2, "code"), "ИИМ");
        typeInto(g, measures, at(measures, 5, "responsible"), "ИИМ\nБУУ-Аялдар");
        typeInto(g, measures, at(measures, 6, "responsible"), null);
      }),
    ).toEqual([
      [measures, at(measures, 13, "no"), "plan-duplicate-id"],
      [measures, at(measures, 13, "measure.id"), "plan-duplicate-id"],
      // Numbered from the measure's id, its first indicator is 3.1.1 again.
      [measures, at(measures, 13, "indicator.id"), "plan-duplicate-id"],
      [bodies, at(bodies, 2, "code"), "plan-duplicate-id"],
    ]);
  });

  it("missing required texts, and values of the wrong form", () => {
    expect(
      issuesAfter((g) => {
        typeInto(g, measures, at(measures, 9, "measure"), null);
        typeInto(g, measures, at(measures, 9, "measure.ru"), null);
        typeInto(g, measures, at(measures, 2, "indicator.kind"), "number");
        typeInto(g, measures, at(measures, 3, "indicator.sex"), "maybe");
        typeInto(g, bodies, at(bodies, 1, "name"), null);
        typeInto(g, facts, "C3", null);
      }),
    ).toEqual([
      [facts, "C3", "plan-text-required"],
      [bodies, at(bodies, 1, "name"), "plan-text-required"],
      [measures, at(measures, 2, "indicator.kind"), "plan-value-unreadable"],
      [measures, at(measures, 3, "indicator.sex"), "plan-value-unreadable"],
      [measures, at(measures, 9, "measure"), "plan-text-required"],
    ]);
  });

  it("a repeated measure cell that differs from the measure's first row", () => {
    expect(issuesAfter((g) => typeInto(g, measures, at(measures, 6, "deadline"), "2026-жыл"))).toEqual([
      [measures, at(measures, 6, "deadline"), "plan-repeated-cell-differs"],
    ]);
    // The id of the measure above, typed again on the next measure's row: read as the same measure, repeated.
    expect(issuesAfter((g) => typeInto(g, measures, at(measures, 10, "measure.id"), "3.1"))).toContainEqual([
      measures,
      at(measures, 10, "measure"),
      "plan-repeated-cell-differs",
    ]);
  });

  it("a missing sheet and a missing column", () => {
    expect(issuesAfter((g) => (g.sheets = g.sheets.filter((s) => s.name !== bodies)))).toEqual([
      [undefined, undefined, "plan-sheet-missing"],
    ]);
    expect(
      issuesAfter((g) => typeInto(g, measures, `${at(measures, 0, "responsible").replace(/\d+/, "")}2`, null)),
    ).toEqual([[measures, undefined, "plan-column-missing"]]);
  });

  it("says it in Kyrgyz, Russian and English", () => {
    const message = (lang: Language) => {
      const grid = specToGrid(secondPlanWorkbook());
      typeInto(grid, measures, at(measures, 4, "responsible"), "ЭСӨМ");
      return renderIssue(readPlanWorkbook(grid, {}).issues[0], lang, planFieldNames);
    };
    expect(message("en")).toBe(
      'Measure 1.2 names "ЭСӨМ", which is not in the bodies sheet. Add it there (or as another spelling of a body).',
    );
    expect(message("ru")).toContain("Мероприятие 1.2 называет");
    expect(message("ky")).toContain("1.2 чарасы");
  });
});

describe("tendik plan import: exit codes", () => {
  const dir = mkdtempSync(join(tmpdir(), "tendik-plan-import-"));

  it("exits 1 and lists each problem with its cell when the workbook has problems; writes nothing", async () => {
    const grid = secondPlanWorkbook();
    const sheet = grid.sheets.find((s) => s.name === measures)!;
    sheet.cells.find((c) => c.ref === at(measures, 4, "responsible"))!.value = "ЭСӨМ";
    const file = join(dir, "broken.xlsx");
    writeFileSync(file, await writeWorkbook(grid));
    const out = join(dir, "broken.json");
    const { code, stdout } = await runCli(["plan", "import", file, "--out", out, "--lang", "en"]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${measures}!${at(measures, 4, "responsible")}`);
    expect(stdout).toContain("is not in the bodies sheet");
    expect(stdout).not.toContain("plan-unknown-body");
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 when the file is missing or not a workbook", async () => {
    expect((await runCli(["plan", "import", join(dir, "none.xlsx"), "--out", join(dir, "x.json")])).code).toBe(2);
    const text = join(dir, "text.xlsx");
    writeFileSync(text, "not a workbook");
    expect((await runCli(["plan", "import", text, "--out", join(dir, "x.json")])).code).toBe(2);
    expect((await runCli(["plan", "import", text])).code).toBe(2);
  });
});

describe("tendik plan export --blank: the start of a new plan period", () => {
  it("keeps the bodies, has no measures, and says what is left to fill in", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tendik-plan-blank-"));
    const xlsx = join(dir, "new.xlsx");
    expect((await runCli(["plan", "export", "--blank", "--xlsx", xlsx])).code).toBe(0);
    const grid = await readWorkbook(readFileSync(xlsx));
    const reading = readPlanWorkbook(grid, {});
    const required = reading.issues.filter((i) => i.code === "plan-text-required").map((i) => i.location.cell);
    // id, title, period start and end, act number and date; then no chapters at all.
    expect(required).toEqual(["C2", "C3", "C4", "C5", "C8", "C9"]);
    expect(grid.sheets.find((s) => s.name === bodies)!.rowCount).toBe(FIRST_DATA_ROW + defaultPlan.bodies.length - 1);
  });
});
