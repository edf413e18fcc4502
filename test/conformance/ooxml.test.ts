/**
 * Every file Tendik writes opens in Excel and Word without a repair prompt: each is checked against the
 * ECMA-376 Transitional schemas and the rules Office enforces beyond them (../shared/ooxml/validate.py,
 * python3 + xmllint). The files are the demo's (templates, submissions, returned copies, master, report), the
 * master, templates and report in each language, the plan authoring workbooks, and the same for the second plan.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../helpers/runCli";

const VALIDATE = resolve(__dirname, "../../../shared/ooxml/validate.py");
const SECOND_PLAN = resolve(__dirname, "../../schema/plans/sample-wps-2025-2026.json");

function missingTools(): string | undefined {
  if (!existsSync(VALIDATE)) return `${VALIDATE} is not beside the project`;
  if (spawnSync("python3", ["--version"]).status !== 0) return "python3 is not installed";
  if (spawnSync("xmllint", ["--version"]).status !== 0) return "xmllint is not installed (Debian: libxml2-utils)";
  return undefined;
}

interface Finding {
  severity: string;
  message: string;
  part?: string;
}

const missing = missingTools();
const check = missing ? it.skip : it;
if (missing) console.warn(`OOXML conformance skipped: ${missing}`);

async function cli(argv: string[]): Promise<void> {
  const { code, stderr } = await runCli(argv);
  // 0, or 1 where the data has problems (the demo's broken submissions): never a failure to run.
  if (code > 1) throw new Error(`tendik ${argv.join(" ")} exited ${code}: ${stderr}`);
}

describe("every .xlsx and .docx Tendik writes passes the OOXML schemas and Office's rules", () => {
  check(
    "the embedded plan's and the second plan's files in every language: 0 ERROR, 0 WARN",
    async () => {
      const root = mkdtempSync(join(tmpdir(), "tendik-ooxml-"));
      const demo = join(root, "demo");
      await cli(["demo", "--out", demo]);
      for (const lang of ["ru", "en"]) {
        await cli([
          "template",
          "--agency",
          "ЭСӨМ",
          "--period",
          "2019-H2",
          "--lang",
          lang,
          "--out",
          join(root, `esom-${lang}.xlsx`),
        ]);
        await cli([
          "merge",
          "--into",
          join(root, `master-${lang}.xlsx`),
          join(demo, "submissions", "1-first"),
          "--lang",
          lang,
        ]);
        await cli([
          "report",
          "--master",
          join(root, `master-${lang}.xlsx`),
          "--period",
          "2019",
          "--lang",
          lang,
          "--out",
          join(root, `report-${lang}.docx`),
        ]);
      }
      await cli([
        "report",
        "--master",
        join(demo, "master.xlsx"),
        "--period",
        "2019-H2",
        "--lang",
        "ky",
        "--out",
        join(root, "report-ky.docx"),
        // A signed report: the outgoing number and date on the first page, the signatory in the signature block.
        "--number",
        "01-12/345",
        "--date",
        "15.01.2020",
        "--signatory",
        "Министр, А. Б. Асанова",
      ]);
      await cli(["plan", "export", "--xlsx", join(root, "plan.xlsx")]);
      await cli(["plan", "export", "--blank", "--xlsx", join(root, "plan-blank.xlsx")]);
      await cli(["demo", "--plan", SECOND_PLAN, "--out", join(root, "second")]);
      await cli(["plan", "export", "--plan", SECOND_PLAN, "--xlsx", join(root, "second-plan.xlsx")]);

      const json = join(root, "findings.json");
      const run = spawnSync("python3", [VALIDATE, root, "--json", json, "--quiet"], { encoding: "utf8" });
      expect(run.error).toBeUndefined();
      const files = JSON.parse(readFileSync(json, "utf8")) as { file: string; findings: Finding[] }[];
      // Every kind of file is there: templates, submissions, returned copies, masters, reports, plan workbooks.
      expect(files.length).toBeGreaterThan(120);
      for (const kind of [/templates\//, /returned\//, /master-ru\.xlsx$/, /report-en\.docx$/, /second-plan\.xlsx$/])
        expect(files.some((f) => kind.test(f.file))).toBe(true);
      const problems = files.flatMap((f) =>
        f.findings
          .filter((x) => x.severity === "ERROR" || x.severity === "WARN")
          .map((x) => `${f.file.slice(root.length + 1)}: ${x.severity} ${x.part ?? ""} ${x.message}`),
      );
      expect(problems).toEqual([]);
    },
    300000,
  );
});

// The checker itself is run, not trusted: the fault our writer avoids is reported when ExcelJS is left to it.
describe("the checker sees what Office repairs", () => {
  check("ExcelJS's own table with a styled column (tableColumn/@dxfId) is an ERROR", async () => {
    const { default: Workbook } = await import("exceljs/lib/doc/workbook");
    const wb = new Workbook();
    const ws = wb.addWorksheet("Data");
    ws.addTable({
      name: "T",
      ref: "A1",
      // `style` is in ExcelJS's table columns (lib/doc/table.js) but not in its typings.
      columns: [{ name: "Text", style: { numFmt: "@" } } as { name: string }],
      rows: [["a"]],
    });
    const dir = mkdtempSync(join(tmpdir(), "tendik-ooxml-"));
    await wb.xlsx.writeFile(join(dir, "exceljs.xlsx"));
    const json = join(dir, "findings.json");
    spawnSync("python3", [VALIDATE, dir, "--json", json, "--quiet"]);
    const [file] = JSON.parse(readFileSync(json, "utf8")) as { findings: Finding[] }[];
    expect(file.findings.some((f) => f.severity === "ERROR" && /dxfId/.test(f.message))).toBe(true);
  });
});
