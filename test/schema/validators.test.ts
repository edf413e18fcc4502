import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../../schema";
import { exampleReport } from "../fixtures/reports";

describe("generated validators", () => {
  it("contain no runtime code generation", () => {
    const source = readFileSync(join(__dirname, "../../schema/generated/validators.js"), "utf8");
    expect(source).not.toMatch(/new Function|\beval\(/);
  });

  it("validate with the Function constructor blocked", () => {
    const original = globalThis.Function;
    const blocked = new Proxy(original, {
      construct() {
        throw new Error("Function constructor called");
      },
      apply() {
        throw new Error("Function constructor called");
      },
    });
    globalThis.Function = blocked;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { checkPlanSchema, checkReportSchema, defaultPlan } = require("../../schema");
        expect(checkPlanSchema(defaultPlan).valid).toBe(true);
        const report: Report = exampleReport();
        expect(checkReportSchema(report).errors).toEqual([]);
        const bad = checkReportSchema({ ...report, header: { ...report.header, period: "2019-H3" } });
        expect(bad.valid).toBe(false);
        expect(bad.errors[0]).toMatchObject({ instancePath: "/header/period", keyword: "pattern" });
      });
    } finally {
      globalThis.Function = original;
    }
  });
});
