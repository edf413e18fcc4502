/**
 * The plan checked against its source text, field by field, for all 117 measures:
 * 1. every text field is found in the source lines it cites (whitespace and hyphens aside), in order,
 *    one piece per cited range, covering nearly all of those lines' text (nothing dropped or invented);
 * 2. deadline, funding, executor and indicator counts and empty baselines agree with Appendix A of
 *    ../shared/source/ANALYSIS.md, an independent reading of the same source.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultPlan, listMeasures, type LineRanges } from "../../schema";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { joinRanges } = require("../../scripts/join-source.js") as { joinRanges: (r: LineRanges) => string };

const squash = (s: string) => s.replace(/[\s-]/g, "");
const measures = listMeasures(defaultPlan);

/** Splits `value` into one piece per range, greedily, each piece found in its range's text after the previous one. */
function coveredInOrder(value: string, ranges: LineRanges): boolean {
  let rest = squash(value);
  for (const range of ranges) {
    const text = squash(joinRanges([range]));
    let take = Math.min(rest.length, text.length);
    while (take > 0 && !text.includes(rest.slice(0, take))) take--;
    rest = rest.slice(take);
  }
  return rest.length === 0;
}

const fields = ["text", "baseline", "expectedResults"] as const;

describe.each(measures.map((m) => [m.measure.id, m.measure] as const))("measure %s against the source", (_id, m) => {
  const lines = m.sourceLines!;
  it.each(fields)("%s", (field) => {
    const value = m[field];
    if (value === null) return expect(lines[field]).toBeUndefined();
    expect(coveredInOrder(value.ky.replace(/^\d+\.\d+\.?/, ""), lines[field]!)).toBe(true);
    // Nothing of the cited lines is left out (a combined line may carry a few words of the next column).
    expect(squash(value.ky).length).toBeGreaterThan(0.85 * squash(joinRanges(lines[field]!)).length - 12);
  });
  it("indicators, deadline, executors and funding", () => {
    if (m.indicators.length) {
      const cell = squash(joinRanges(lines.indicators!));
      for (const ind of m.indicators) expect(cell).toContain(squash(ind.text.ky).slice(0, 20));
    }
    expect(coveredInOrder(m.deadline.text, lines.deadline!)).toBe(true);
    expect(coveredInOrder(m.responsibleText!, lines.responsible!)).toBe(true);
    for (const r of m.responsible) expect(squash(m.responsibleText!)).toContain(squash(r.printed));
    if (m.funding) expect(coveredInOrder(m.funding.text.ky, lines.funding!)).toBe(true);
  });
});

describe("Appendix A of the source analysis", () => {
  const analysis = readFileSync(join(__dirname, "../../../shared/source/ANALYSIS.md"), "utf8");
  const rows = analysis
    .slice(analysis.indexOf("## Appendix A"))
    .split("\n")
    .filter((l) => /^\| \d+\.\d+ \|/.test(l))
    .map((l) => l.split("|").map((c) => c.trim()));
  const FUNDING: Record<string, string[]> = {
    RB: ["republican-budget"],
    "RB+INT": ["republican-budget", "international-organizations"],
    RLB: ["republican-budget", "local-budget"],
    "RLB+INT": ["republican-budget", "local-budget", "international-organizations"],
    "(none)": [],
  };

  it("lists all 117 measures", () => expect(rows).toHaveLength(117));

  it.each(rows.map((r) => [r[1], r] as const))(
    "measure %s agrees on task, goal, chapter, deadline, funding and counts",
    (id, r) => {
      const [, , task, goal, chapter, , deadline, funding, exec, ind, baselineEmpty] = r;
      const found = measures.find((m) => m.measure.id === id)!;
      expect([found.task.id, found.goal.id, found.chapter.id]).toEqual([task, goal, chapter]);
      expect(found.measure.deadline.text).toBe(deadline);
      expect([...(found.measure.funding?.sources ?? [])].sort()).toEqual([...FUNDING[funding]].sort());
      expect(found.measure.responsible).toHaveLength(Number(exec));
      expect(found.measure.indicators).toHaveLength(Number(ind));
      expect(found.measure.baseline === null).toBe(baselineEmpty === "yes");
    },
  );
});
