/**
 * The report's measure-by-measure part, in the plan's printed order: for each measure its deadline, responsible
 * bodies, verdict with the bodies' own statuses, each indicator by its name and unit with the value each body
 * gave and the total across bodies, then what each body did, spent and documented, and its obstacles.
 * Every table of the master is read once into maps: a copied array per value, or a scan of every report per
 * measure, made a master of 100,000 rows take minutes.
 */
import {
  bodyName,
  bodyShortName,
  deadlineText,
  formatDate,
  formatMoney,
  formatNumber,
  listMeasures,
  periodWords,
  planText,
  reportingBodies,
  verdictWord,
  type Indicator,
  type Language,
  type Measure,
  type Plan,
} from "../../schema";
import { templateLabels } from "../labels";
import type { IndicatorValueRow, Master, MeasureReportRow } from "../merge/model";
import { coordinatorLabels, fill } from "./labels";
import { isOverdue } from "./period";
import { latestReports } from "./progress";
import { reportWords } from "./reportLabels";
import type { ReportBlock } from "./reportModel";
import type { MeasureVerdict } from "./verdicts";

const key = (m: string, a: string, p: string) => `${m}\u0000${a}\u0000${p}`;

export function measureBlocks(
  master: Master,
  plan: Plan,
  period: string,
  periods: string[],
  verdicts: MeasureVerdict[],
  lang: Language,
): ReportBlock[] {
  const L = coordinatorLabels[lang].report;
  const W = reportWords[lang];
  const T = templateLabels[lang];
  const inPeriods = new Set(periods);
  const reports = new Map<string, MeasureReportRow>();
  const reportedBy = new Map<string, Set<string>>();
  for (const r of master.measureReports) {
    if (!inPeriods.has(r.period)) continue;
    reports.set(key(r.measureId, r.agency, r.period), r);
    const agencies = reportedBy.get(r.measureId);
    if (agencies) agencies.add(r.agency);
    else reportedBy.set(r.measureId, new Set([r.agency]));
  }
  const values = new Map<string, IndicatorValueRow[]>();
  for (const v of master.indicatorValues) {
    if (!inPeriods.has(v.period)) continue;
    const k = key(v.measureId, v.agency, v.period);
    const list = values.get(k);
    if (list) list.push(v);
    else values.set(k, [v]);
  }
  // The report each body's figures are read from: its latest of the period, as the verdict reads it.
  const latest = new Map<string, MeasureReportRow>();
  for (const r of latestReports(master, period)) latest.set(`${r.measureId}\u0000${r.agency}`, r);
  const verdictOf = new Map(verdicts.map((v) => [v.id, v]));
  const reporting = new Set(reportingBodies(plan));
  const shortName = (code: string) => bodyShortName(plan, code, lang);
  const several = periods.length > 1;
  const out: ReportBlock[] = [];
  let chapter = "";
  let goal = "";
  let task = "";
  for (const { chapter: c, goal: g, task: t, measure } of listMeasures(plan)) {
    // "1-глава", "Глава 1", "Chapter 1": each language puts the number where it reads it.
    const level = (words: string, id: string, title: Parameters<typeof planText>[0]) =>
      `${fill(words, { n: id }, lang)}. ${planText(title, lang)}`;
    if (c.id !== chapter) out.push({ kind: "heading", level: 2, text: level(W.chapterShort, c.id, c.title) });
    if (g.id !== goal) out.push({ kind: "heading", level: 3, text: level(W.goalShort, g.id, g.title) });
    if (t.id !== task) out.push({ kind: "paragraph", text: level(W.taskShort, t.id, t.title) });
    [chapter, goal, task] = [c.id, g.id, t.id];
    out.push({ kind: "heading", level: 4, text: `${measure.id}. ${planText(measure.text, lang)}` });
    out.push({
      kind: "fields",
      fields: [
        [L.deadline, deadlineText(measure.deadline, lang)],
        [L.responsible, responsibleText(measure, plan, lang)],
      ],
    });
    const v = verdictOf.get(measure.id);
    if (v) {
      const statuses = v.bodies
        .map((b) => `${shortName(b.agency)} — ${b.status ? T.statuses[b.status].toLocaleLowerCase(lang) : W.noReport}`)
        .join("; ");
      out.push({
        kind: "verdict",
        label: W.verdict,
        verdict: v.verdict,
        text: verdictWord(v.verdict, lang),
        note: `${v.disagreement ? W.disagreement : W.bodyStatuses}: ${statuses}`,
      });
    }
    // The responsible bodies in the plan's order, then any other body that reported on the measure.
    const bodies = [
      ...new Set([
        ...measure.responsible.filter((r) => reporting.has(r.code)).map((r) => r.code),
        ...(reportedBy.get(measure.id) ?? []),
      ]),
    ];
    const figures = bodies.flatMap((agency) => {
      const r = latest.get(`${measure.id}\u0000${agency}`);
      return r ? [{ agency, values: values.get(key(measure.id, agency, r.period)) ?? [] }] : [];
    });
    if (measure.indicators.length) out.push(indicatorTable(measure.indicators, figures, shortName, lang));
    for (const agency of bodies)
      for (const p of periods) {
        const r = reports.get(key(measure.id, agency, p));
        if (!r) continue;
        const fields = reportFields(r, lang, several);
        if (fields.length === 0) continue;
        out.push({
          kind: "bodyReport",
          code: agency,
          body: shortName(agency),
          period: p,
          who: several ? `${shortName(agency)} — ${periodWords(p, lang)}` : shortName(agency),
          overdue: isOverdue(measure.deadline.periods, r.status, r.period),
          fields,
        });
      }
  }
  return out;
}

function responsibleText(measure: Measure, plan: Plan, lang: Language): string {
  const L = coordinatorLabels[lang].report;
  return measure.responsible
    .map((r) => {
      const short = bodyShortName(plan, r.code, lang, r.printed);
      const name = bodyName(plan, r.code, lang);
      return `${short === name ? name : `${short} (${name})`}${r.byAgreement ? `, ${L.byAgreement}` : ""}`;
    })
    .join("; ");
}

/** An indicator's unit: the plan's, else the kind's ("человек", "%", "сом"); none for a document or a text. */
function unitOf(ind: Indicator, lang: Language): string {
  if (ind.unit) return planText(ind.unit, lang);
  const W = reportWords[lang];
  return ind.kind === "document" || ind.kind === "text" ? "" : W.units[ind.kind];
}

/**
 * One table for a measure's indicators: per indicator, a row per body that gave a value and, where values add
 * up (people, counts, amounts) and more than one body gave one, the total across bodies. People are counted as
 * women, men and total.
 */
function indicatorTable(
  indicators: Indicator[],
  figures: { agency: string; values: IndicatorValueRow[] }[],
  shortName: (code: string) => string,
  lang: Language,
): ReportBlock {
  const W = reportWords[lang];
  const people = indicators.some((i) => i.kind === "people");
  const n = (x: number | null) => (x === null ? "" : formatNumber(x, lang));
  const rows: string[][] = [];
  const bold: number[] = [];
  for (const ind of indicators) {
    const unit = unitOf(ind, lang);
    const name = `${ind.id}. ${planText(ind.text, lang)}${unit ? `, ${unit}` : ""}`;
    const given = figures.flatMap(({ agency, values }) => {
      const v = values.find((x) => x.indicatorId === ind.id);
      return v ? [{ agency, v }] : [];
    });
    if (given.length === 0) {
      rows.push([name, W.noValues, ...(people ? ["", "", ""] : [""])]);
      continue;
    }
    given.forEach(({ agency, v }, i) => {
      const label = i === 0 ? name : "";
      if (people)
        rows.push(
          v.kind === "people"
            ? [label, shortName(agency), n(v.women), n(v.men), n(v.total ?? sum([v.women, v.men]))]
            : [label, shortName(agency), "", "", valueWords(v, lang)],
        );
      else rows.push([label, shortName(agency), valueWords(v, lang)]);
    });
    const additive = ind.kind === "people" || ind.kind === "count" || ind.kind === "amount";
    if (additive && given.length > 1) {
      const vs = given.map((g) => g.v);
      bold.push(rows.length);
      rows.push(
        ind.kind === "people"
          ? [
              "",
              W.totalRow,
              n(sum(vs.map((v) => v.women))),
              n(sum(vs.map((v) => v.men))),
              n(sum(vs.map((v) => v.total ?? sum([v.women, v.men])))),
            ]
          : ["", W.totalRow, ...(people ? ["", ""] : []), n(sum(vs.map((v) => v.value)))],
      );
    }
  }
  return {
    kind: "table",
    caption: W.indicators,
    headers: people ? [W.indicator, W.body, W.women, W.men, W.peopleTotal] : [W.indicator, W.body, W.value],
    rows,
    numeric: people ? [false, false, true, true, true] : [false, false, true],
    bold: { rows: bold },
    small: true,
  };
}

/** The sum of the values given; null when none was. */
function sum(xs: (number | null)[]): number | null {
  let total: number | null = null;
  for (const x of xs) if (x !== null) total = (total ?? 0) + x;
  return total;
}

/** A value as the table shows it, its unit in the indicator's name: "1 370", "да (приказ № 12)", a text. */
function valueWords(v: IndicatorValueRow, lang: Language): string {
  const W = reportWords[lang];
  switch (v.kind) {
    case "document":
      return `${v.done === null ? "" : v.done ? W.yes : W.no}${v.reference ? ` (${v.reference})` : ""}`;
    case "text":
      return v.text ?? "";
    default:
      return v.value === null ? "" : formatNumber(v.value, lang);
  }
}

function reportFields(r: MeasureReportRow, lang: Language, withStatus: boolean): [string, string][] {
  const L = coordinatorLabels[lang].report;
  const T = templateLabels[lang];
  const money = [
    r.spendingAmount === null ? "" : formatMoney(r.spendingAmount, lang),
    r.spendingSource ? T.sources[r.spendingSource] : "",
  ]
    .filter(Boolean)
    .join(", ");
  const doc = [r.evidenceDocument, r.evidenceDate ? formatDate(r.evidenceDate) : null, r.evidenceLink]
    .filter(Boolean)
    .join(", ");
  const fields: [string, string | null][] = [
    [L.status, withStatus ? T.statuses[r.status] : null],
    [L.narrative, r.narrative],
    [L.spending, money],
    [L.documents, doc],
    [L.obstacles, r.obstacles],
  ];
  return fields.filter((f): f is [string, string] => Boolean(f[1]));
}
