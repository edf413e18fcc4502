// The users' time zone (UTC+6): a typed date read through the machine's zone would be a day early here.
process.env.TZ = "Asia/Bishkek";

/**
 * Every hostile file of issue 11 is answered with its own file-level issue (or read, where Excel reads it),
 * through the same path as `tendik validate`: the byte sniffer, then the reader.
 */
import { renderIssue } from "../../schema";
import { readWorkbook } from "../../adapters/xlsx";
import { validateWorkbook } from "../../core";
import { MASTER_LIMITS } from "../../core/validate/fileChecks";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { filledTemplate, HOSTILE_CASES, hostileMarkdown } from "./hostileCases";

describe("hostile and broken input", () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))(
    "%s",
    async (_name, c) => {
      const bytes = await c.make();
      const checked = await validateWorkbook(bytes, { source: c.name, readGrid: readWorkbook });
      expect(checked.task.issues.map((i) => [i.location.cell ?? null, i.code])).toEqual(c.expected());
      for (const i of checked.task.issues) expect(renderIssue(i, "ru")).not.toMatch(/\{\w+\}|[A-Za-z]{4,} [a-z]{3,}/);
      if (c.sameReport) {
        const original = await validateWorkbook(await filledTemplate(), { source: "t.xlsx", readGrid: readWorkbook });
        expect(checked.report).toEqual(c.sameReport(original.report!));
      }
    },
    60000,
  );
});

describe("docs/hostile-input.md", () => {
  it("is generated from the cases (run `node scripts/run-ts.js scripts/measure-hostile.ts --doc > docs/hostile-input.md`)", () => {
    expect(readFileSync(join(__dirname, "../../docs/hostile-input.md"), "utf8")).toBe(hostileMarkdown());
  });
});

describe("a master's limits", () => {
  it("reads what a submission's limits refuse: a master grows a row per measure with every merge", async () => {
    const bytes = await HOSTILE_CASES.find((c) => c.name === "60000-rows.xlsx")!.make();
    await expect(readWorkbook(bytes)).rejects.toMatchObject({ reason: "too-many-rows" });
    const grid = await readWorkbook(bytes, MASTER_LIMITS);
    expect(grid.sheets[0].rowCount).toBeGreaterThan(60_000);
  }, 60000);
});
