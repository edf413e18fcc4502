/** The dependency rule of DESIGN.md is enforced by lint: each folder is told what it may not touch. */
import { ESLint } from "eslint";
import { join } from "node:path";

// The project's own config, loaded as a module (ESLint's file loader needs dynamic import, which jest lacks).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../eslint.config.js");
const eslint = new ESLint({ cwd: join(__dirname, "../.."), overrideConfigFile: true, overrideConfig: config });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, "../..", file) });
  return result.messages.map((m) => m.ruleId ?? "");
}

describe("the dependency rule", () => {
  it.each([
    ["schema/x.ts", 'import { readReport } from "../core";'],
    ["schema/x.ts", 'import { readFileSync } from "node:fs";'],
    ["core/x.ts", 'import ExcelJS from "exceljs";'],
    ["core/x.ts", 'import { writeWorkbook } from "../adapters/xlsx";'],
    ["core/x.ts", 'import { join } from "path";'],
    ["adapters/xlsx/x.ts", 'import { readFile } from "node:fs/promises";'],
    ["adapters/xlsx/x.ts", 'import { run } from "../../cli/main";'],
    ["addin/taskpane/x.ts", 'import { run } from "../../cli/main";'],
  ])("%s may not: %s", async (file, code) => {
    expect(await ruleIds(file, `${code}\nexport const x = 1;\n`)).toContain("no-restricted-imports");
  });

  it.each([
    ["core/x.ts", "export const x = Office;"],
    ["core/x.ts", "export const x = document.title;"],
    ["schema/x.ts", "export const x = process.env.HOME;"],
    ["addin/taskpane/components/X.tsx", "export const x = Excel;"],
  ])("%s may not use the global in: %s", async (file, code) => {
    expect(await ruleIds(file, code)).toContain("no-restricted-globals");
  });

  it("lets each layer use what it may", async () => {
    expect(
      await ruleIds("core/x.ts", 'import { defaultPlan } from "../schema";\nexport const x = defaultPlan;\n'),
    ).toEqual([]);
    expect(
      await ruleIds(
        "cli/x.ts",
        'import { readFile } from "node:fs/promises";\nimport { readWorkbook } from "../adapters/xlsx";\nexport const x = [readFile, readWorkbook];\n',
      ),
    ).toEqual([]);
  });
});
