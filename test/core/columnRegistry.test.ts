/**
 * The column registry is the one place a report field is declared: a registry with one field more gets a
 * template, reads back, validates and merges with no other code changed.
 */
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { readMaster, writeMaster } from "../../adapters/xlsx/masterWorkbook";
import {
  buildTemplate,
  ColumnSet,
  columnHeader,
  DEFAULT_COLUMNS,
  REPORT_COLUMNS,
  validateWorkbook,
  type ReportColumn,
} from "../../core";
import { buildMasterWorkbook, emptyMaster, mergeSubmissions, submissionOf } from "../../core/merge";
import { defaultPlan, renderIssue } from "../../schema";
import { exampleReport } from "../fixtures/reports";

/** A field a deployment might add: how many partner organisations took part, per measure. */
const partnerOrgs: ReportColumn = {
  key: "partnerOrgs",
  level: "measure",
  group: "progress",
  width: 12,
  header: { ky: "Өнөктөш уюмдар", ru: "Организации-партнеры", en: "Partner organisations" },
  input: {
    path: "/extra/partnerOrgs",
    style: "inputCount",
    read: "number",
    rule: { type: "whole", min: 0, max: 1000 },
    prompt: { ky: "Уюмдардын саны.", ru: "Число организаций.", en: "Number of organisations." },
    master: {
      key: "partnerOrgs",
      kind: "int",
      width: 12,
      header: { ky: "Өнөктөш уюмдар", ru: "Организации-партнеры", en: "Partner organisations" },
    },
  },
};

const narrativeAt = REPORT_COLUMNS.findIndex((c) => c.key === "narrative");
const columns = new ColumnSet([
  ...REPORT_COLUMNS.slice(0, narrativeAt + 1),
  partnerOrgs,
  ...REPORT_COLUMNS.slice(narrativeAt + 1),
]);

describe("a registry with one field more", () => {
  const agency = "БИМ";
  const base = exampleReport({ agency });
  const report = {
    ...base,
    entries: base.entries.map((e, i) => ({ ...e, extra: { partnerOrgs: i + 2 } })),
  };

  it("builds a template with the field's column, header and rule, and the standard one without", () => {
    const spec = buildTemplate({ agency, period: "2019-H2", language: "ru", columns });
    const sheet = spec.sheets[0];
    const col = columns.col("partnerOrgs");
    const letter = String.fromCharCode(64 + col);
    expect(sheet.cells.find((c) => c.ref === `${letter}6`)?.value).toBe("Организации-партнеры");
    expect(sheet.validations.some((v) => v.range.startsWith(letter) && v.rule.type === "whole")).toBe(true);
    expect(sheet.columns).toHaveLength(DEFAULT_COLUMNS.last + 1);
    expect(columnHeader(partnerOrgs, "en")).toBe("Partner organisations");
  });

  it("reads back, validates, merges and survives the master file", async () => {
    const bytes = await writeWorkbook(
      buildTemplate({ agency, period: "2019-H2", language: "ky", prefill: report, columns }),
    );
    const checked = await validateWorkbook(bytes, { source: "bim.xlsx", readGrid: readWorkbook, columns });
    expect(checked.task.issues).toEqual([]);
    expect(checked.report).toEqual(report);

    // Merged with the same registry, the master's measure reports carry the field in a column of their own.
    const { master } = mergeSubmissions(emptyMaster(defaultPlan), [submissionOf(checked, "2020-01-15T10:00:00Z")], {
      columns,
    });
    const rows = master.measureReports as unknown as Record<string, unknown>[];
    expect(rows.map((r) => r.partnerOrgs)).toEqual(report.entries.map((e) => e.extra.partnerOrgs));

    const file = await writeMaster(buildMasterWorkbook(master, defaultPlan, "en", columns));
    const back = await readMaster(file, defaultPlan, columns);
    expect(back.master.measureReports).toEqual(master.measureReports);
  });

  it("a value the field's reader cannot read is an issue at its cell, named by its header", async () => {
    const spec = buildTemplate({ agency, period: "2019-H2", language: "en", prefill: report, columns });
    const sheet = spec.sheets[0];
    const letter = String.fromCharCode(64 + columns.col("partnerOrgs"));
    const first = sheet.cells.find((c) => c.ref.startsWith(letter) && typeof c.value === "number")!;
    first.value = "many";
    const checked = await validateWorkbook(await writeWorkbook(spec), {
      source: "bim.xlsx",
      readGrid: readWorkbook,
      columns,
    });
    // The issue holds the field's key; the registry names it when the message is rendered.
    const issue = checked.task.issues.find((i) => i.location.cell === first.ref)!;
    expect([issue.code, issue.params.field]).toEqual(["value-not-number", "partnerOrgs"]);
    expect(renderIssue(issue, "en", columns.fieldNames)).toContain('"Partner organisations"');
    expect(renderIssue(issue, "ru", columns.fieldNames)).toContain("«Организации-партнеры»");
  });
});
