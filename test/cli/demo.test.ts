import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { defaultPlan } from "../../schema";
import { runCli } from "../helpers/runCli";

describe("tendik demo (the README's first command)", () => {
  it("writes templates, submissions and a master that holds what was accepted, replaced, duplicated and rejected", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "tendik-demo-")), "demo");
    const { code, stdout } = await runCli(["demo", "--out", out]);
    expect(code).toBe(0);
    expect(readdirSync(join(out, "templates"))).toHaveLength(52);
    expect(stdout).toContain(
      "first round: 45 files — 42 accepted, 0 replaced an earlier one, 0 unchanged (duplicate), 3 rejected",
    );
    expect(stdout).toContain(
      "later:       4 files — 2 accepted, 1 replaced an earlier one, 1 unchanged (duplicate), 0 rejected",
    );
    expect(existsSync(join(out, "master.xlsx"))).toBe(true);

    const { master } = await readMaster(new Uint8Array(readFileSync(join(out, "master.xlsx"))), defaultPlan);
    const outcomes = master.submissions.map((s) => s.outcome).sort();
    expect(outcomes.filter((o) => o === "rejected")).toHaveLength(3);
    // The duplicate was told (above) and changed nothing, not even the log.
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(0);
    expect(master.submissions.filter((s) => s.replacedBy)).toHaveLength(1);
    // 44 bodies reported for 2019-H2, each once in the data whatever was replaced; all 52 reported earlier.
    const bodies = (period: string) =>
      new Set(master.measureReports.filter((r) => r.period === period).map((r) => r.agency));
    expect(bodies("2019-H2").size).toBe(44);
    expect([bodies("2018-H2").size, bodies("2019-H1").size]).toEqual([52, 52]);
    expect(stdout).toContain(
      "earlier:     104 files — 104 accepted, 0 replaced an earlier one, 0 unchanged (duplicate), 0 rejected",
    );
  }, 120000);
});
