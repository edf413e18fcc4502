import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/runCli";

describe("tendik demo, the coordinator's part", () => {
  it("writes the consolidated report, the status CSV, the returned files and the open data, and prints where", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "tendik-demo-")), "demo");
    const { code, stdout } = await runCli(["demo", "--out", out]);
    expect(code).toBe(0);
    const printed = (label: RegExp) => stdout.split("\n").find((l) => label.test(l)) ?? "";
    expect(printed(/Consolidated report/)).toContain(join(out, "report-2019-H2.docx"));
    expect(printed(/mail merge/)).toContain(join(out, "status-2019-H2.csv"));
    expect(printed(/sent back for correction/)).toContain(join(out, "returned"));
    expect(printed(/Open data/)).toContain(join(out, "open-data", "datapackage.json"));
    for (const p of [
      "report-2019-H2.docx",
      "status-2019-H2.csv",
      join("open-data", "datapackage.json"),
      join("open-data", "measure-reports.csv"),
    ])
      expect(existsSync(join(out, p))).toBe(true);
    const returned = printed(/sent back for correction/)
      .split(": ")[1]
      .split(", ");
    expect(returned.length).toBeGreaterThanOrEqual(2);
    for (const f of returned) expect(existsSync(f)).toBe(true);
  }, 240000);
});
