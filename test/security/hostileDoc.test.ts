/**
 * The faults section of docs/hostile-input.md is generated from test/security/faultCases.ts and cannot drift:
 * regenerate with `node scripts/run-ts.js scripts/measure-hostile.ts --doc > docs/hostile-input.md`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogue } from "../../schema";
import { FAULT_CASES, faultsMarkdown } from "./faultCases";

const repo = join(__dirname, "..", "..");

describe("docs/hostile-input.md, faults, paths and hostile keys", () => {
  it("holds the section generated from the cases", () => {
    expect(readFileSync(join(repo, "docs/hostile-input.md"), "utf8")).toContain(faultsMarkdown());
  });

  it("names only codes of the catalogue and tests that exist", () => {
    for (const c of FAULT_CASES) {
      if (c.code) expect(catalogue).toHaveProperty([c.code]);
      expect(existsSync(join(repo, c.test))).toBe(true);
    }
  });
});
