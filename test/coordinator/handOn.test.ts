import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { handOnFromMaster } from "../../cli/commands/report";
import { makeMaster, type MasterFixture } from "./masterFixture";

let fx: MasterFixture;

beforeAll(async () => {
  fx = await makeMaster();
}, 120000);

describe("handOnFromMaster (the demo's coordinator steps)", () => {
  it("writes the report, the status CSV, the returned copies and the data package, and says where", async () => {
    const dir = join(fx.root, "hand-on");
    const lines = await handOnFromMaster({ dir, master: fx.master, period: "2019-H2", rejected: [fx.rejected] });
    const paths = [
      join(dir, "report-2019-H2.docx"),
      join(dir, "status-2019-H2.csv"),
      join(dir, "returned", "tim-h1-broken-return.xlsx"),
      join(dir, "open-data", "datapackage.json"),
    ];
    for (const p of paths) {
      expect(existsSync(p)).toBe(true);
      expect(lines.join("\n")).toContain(p);
    }
    // The five tables, and the measures' verdicts with their counts.
    expect(JSON.parse(readFileSync(paths[3], "utf8")).resources).toHaveLength(7);
  });
});
