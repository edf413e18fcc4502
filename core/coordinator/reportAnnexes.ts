/**
 * The report's annexes: every measure of the plan with its verdict (Annex 1), and the bodies that did not
 * report, by their full names (Annex 2).
 */
import {
  bodyName,
  bodyShortName,
  formatNumber,
  listMeasures,
  measuresForBody,
  planText,
  reportingBodies,
  verdictWord,
  type Language,
  type Plan,
} from "../../schema";
import type { Master } from "../merge/model";
import { reportWords } from "./reportLabels";
import type { ReportBlock } from "./reportModel";
import type { MeasureVerdict } from "./verdicts";

/** The bodies due to report, and those of them with no accepted submission for any of the periods. */
export function missingBodies(
  master: Master,
  plan: Plan,
  periods: readonly string[],
): { expected: string[]; missing: string[] } {
  const expected = reportingBodies(plan);
  const reportedBy = new Set(
    master.submissions
      .filter((s) => s.outcome === "accepted" && s.replacedBy === null && s.period && periods.includes(s.period))
      .map((s) => s.agency),
  );
  return { expected, missing: expected.filter((b) => !reportedBy.has(b)) };
}

export function annexBlocks(
  master: Master,
  plan: Plan,
  periods: readonly string[],
  verdicts: MeasureVerdict[],
  lang: Language,
): ReportBlock[] {
  const W = reportWords[lang];
  const verdictOf = new Map(verdicts.map((v) => [v.id, v.verdict]));
  const { missing } = missingBodies(master, plan, periods);
  return [
    { kind: "heading", level: 1, text: W.annexMeasures, newPage: true },
    {
      kind: "table",
      headers: [W.annexNo, W.measureColumn, W.verdict],
      rows: listMeasures(plan).map(({ measure }) => {
        const v = verdictOf.get(measure.id);
        return [measure.id, planText(measure.text, lang), v ? verdictWord(v, lang) : ""];
      }),
      numeric: [false, false, false],
      small: true,
    },
    { kind: "heading", level: 1, text: W.annexBodies, newPage: true },
    missing.length
      ? {
          kind: "table",
          headers: [W.annexNo, W.bodyName, W.bodyShort, W.bodyMeasures],
          rows: missing.map((code, i) => [
            String(i + 1),
            bodyName(plan, code, lang),
            bodyShortName(plan, code, lang),
            formatNumber(measuresForBody(plan, code).length, lang),
          ]),
          numeric: [true, false, false, true],
          small: true,
        }
      : { kind: "paragraph", text: W.noneMissing, style: "body" },
  ];
}
