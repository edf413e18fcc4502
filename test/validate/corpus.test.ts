import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../adapters/xlsx";
import { checkReport, validateWorkbook, type ReportReading } from "../../core";
import { catalogue, defaultPlan, planHash, renderIssue, type IssueCode } from "../../schema";
import { CASES } from "../fixtures/broken/cases";
import { HOSTILE_CASES } from "../fuzz/hostileCases";
import { hasLibreOffice } from "../helpers/libreoffice";

const withLO = hasLibreOffice();
const out = process.env.TENDIK_WRITE_FIXTURES;

describe("the corpus of broken workbooks", () => {
  const run = async (c: (typeof CASES)[number]) => {
    const bytes = await c.make();
    if (out) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, c.name), bytes);
    }
    const checked = await validateWorkbook(bytes, { source: c.name, readGrid: readWorkbook });
    const found = checked.task.issues.map((i) => [i.location.cell ?? null, i.code]);
    expect(found).toEqual(c.expected());
    expect(checked.task.valid).toBe(checked.task.issues.every((i) => i.severity !== "error"));
    for (const i of checked.task.issues) expect(renderIssue(i, "en")).not.toMatch(/\{\w+\}/); // every param filled in
  };
  const plain = CASES.filter((c) => !c.needsLibreOffice);
  const viaLibreOffice = CASES.filter((c) => c.needsLibreOffice);
  it.each(plain.map((c) => [c.name, c] as const))("%s", (_name, c) => run(c), 60000);
  // Cases made with LibreOffice (CI installs it) show as skipped where it is missing, never as passed.
  (withLO ? it.each : it.skip.each)(viaLibreOffice.map((c) => [c.name, c] as const))(
    withLO ? "%s" : "%s [skipped: soffice is not installed]",
    (_name, c) => run(c),
    60000,
  );

  it("has at least one case for every code a workbook can raise", () => {
    // Hostile files (issue 11) have their own test (test/fuzz/hostile.test.ts) and count here too.
    const covered = new Set([...CASES, ...HOSTILE_CASES].flatMap((c) => c.expected().map(([, code]) => code)));
    // Codes no submitted workbook raises, each proved where it arises: schema-violation, the catch-all for
    // documents that do not come from a template (below); what the command line finds of a path before reading
    // it (test/cli/faultInputs.test.ts, and for a link loop or no permission test/cli/faultPaths.test.ts); the cap on a rejected file's issues in the master
    // (test/cli/faultRejections.test.ts); problems of a plan's authoring workbook (test/plan/importIssues.test.ts).
    const elsewhere = (code: string) =>
      code === "schema-violation" ||
      [
        "file-not-regular",
        "file-vanished",
        "file-changed-during-read",
        "file-more-issues",
        "file-no-permission",
        "file-link-loop",
      ].includes(code) ||
      code.startsWith("plan-");
    const missing = (Object.keys(catalogue) as IssueCode[]).filter((code) => !covered.has(code) && !elsewhere(code));
    expect(missing).toEqual([]);
  });
});

describe("schema-violation", () => {
  it("reports what no specific code describes, for documents made outside a template", () => {
    const reading: ReportReading = {
      identity: null,
      cells: new Map(),
      paths: new Map(),
      issues: [],
      report: {
        header: {
          planId: defaultPlan.id,
          planHash: planHash(defaultPlan),
          formatVersion: 1,
          agency: "ЭСӨМ",
          period: "2019-H2",
          preparedBy: { name: "x" },
          extra: 1,
        } as never,
        entries: [],
      },
    };
    expect(checkReport(reading, defaultPlan, "en").map((i) => [i.path, i.code])).toEqual([
      ["/header", "schema-violation"],
    ]);
  });
});
