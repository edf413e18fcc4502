/**
 * A rejected file adds a bounded number of rows to "Rejected files": its first MAX_REJECTION_ROWS issues and one
 * row saying how many more there were. A file of 60,000 junk rows must not make every later merge heavier.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "../../adapters/xlsx";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { buildTemplate } from "../../core";
import { emptyMaster, issueRowMessage, mergeSubmissions, MAX_REJECTION_ROWS } from "../../core/merge";
import { defaultPlan, makeIssue } from "../../schema";
import { exampleReport } from "../fixtures/reports";
import { runCli } from "../helpers/runCli";

describe("the issues a rejected file adds to the master", () => {
  it("60,000 issues become 50 rows and one 'and 59,950 more'", () => {
    const issues = Array.from({ length: 60000 }, (_, i) =>
      makeIssue("row-unexpected", { value: `${i}.99` }, `/entries/${i}`, { workbook: "junk.xlsx" }),
    );
    const { master, results } = mergeSubmissions(
      emptyMaster(defaultPlan),
      [{ fileName: "junk.xlsx", receivedAt: "2020-01-01T00:00:00Z", sha256: "ab".repeat(32), report: null, issues }],
      { plan: defaultPlan },
    );
    expect(results[0].outcome).toBe("rejected");
    expect(master.rejections).toHaveLength(MAX_REJECTION_ROWS + 1);
    expect(master.rejections.at(-1)).toMatchObject({ code: "file-more-issues", fileName: "junk.xlsx" });
    expect(issueRowMessage(master.rejections.at(-1)!, "en")).toMatch(/59.950/);
    expect(master.submissions[0].errors).toBe(60000); // the log still counts them all
  });

  it("a real file of 2,000 junk rows under the report: the master holds 51 rejection rows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tendik-junk-"));
    const report = exampleReport({ agency: "БИМ" });
    const template = await writeWorkbook(
      buildTemplate({ agency: "БИМ", period: report.header.period, language: "ky", prefill: report }),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(template) as unknown as ExcelJS.Buffer);
    for (let i = 0; i < 2000; i++) wb.worksheets[0].addRow([`${i}.99`, "junk", "x"]);
    const file = join(dir, "junk.xlsx");
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const into = join(dir, "master.xlsx");
    const r = await runCli(["merge", "--into", into, file, "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const { master } = await readMaster(readFileSync(into), defaultPlan);
    expect(master.rejections).toHaveLength(MAX_REJECTION_ROWS + 1);
    expect(master.rejections.at(-1)).toMatchObject({ code: "file-more-issues" });
    // Read back, the row's message is rendered from its params again, in any language.
    expect(issueRowMessage(master.rejections.at(-1)!, "en")).toMatch(/1.950/);
  });
});
