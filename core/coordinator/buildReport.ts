/**
 * The consolidated report on the plan's implementation, as the coordinating ministry sends it to the
 * Government twice a year: a first page with the issuing body, outgoing number and date, addressee, title and
 * period; a short summary (how many of the plan's measures were carried out, the change since the previous
 * period, the counts by chapter and two charts, every count from the measures' verdicts); the plan in printed
 * order, measure by measure; the signature block; annexes (every measure's verdict, the bodies that did not
 * report). Pure: built from the master and the plan.
 */
import {
  bodyName,
  formatDate,
  formatNumber,
  parsePeriod,
  periodWords,
  planText,
  translationNotice,
  verdictWord,
  VERDICT_COLOURS,
  type Language,
  type Plan,
} from "../../schema";
import type { Master } from "../merge/model";
import { coordinatorLabels, fill } from "./labels";
import { annexBlocks, missingBodies } from "./reportAnnexes";
import { measureBlocks } from "./reportMeasures";
import { reportWords } from "./reportLabels";
import type { ChartData, ConsolidatedReport, ReportBlock, ReportOptions } from "./reportModel";
import { coveredPeriods } from "./period";
import {
  changeSince,
  heldHalfYears,
  measureVerdicts,
  previousPeriod,
  tallyVerdicts,
  VERDICTS,
  type MeasureVerdict,
  type Verdict,
  type VerdictTally,
} from "./verdicts";

/** The verdicts the headline always names; the others (suspended, cancelled) only when some measure has them. */
const MAIN: Verdict[] = ["completed", "in-progress", "not-started", "overdue", "not-reported"];

/**
 * @throws {BadPeriodError} the period is not `YYYY` or `YYYY-H1|H2`.
 * @example const doc = buildConsolidatedReport(master, plan, "2019", "ru", { number: "01-12/345", date: "2020-01-15" });
 */
export function buildConsolidatedReport(
  master: Master,
  plan: Plan,
  period: string,
  lang: Language,
  options: ReportOptions = {},
): ConsolidatedReport {
  const L = coordinatorLabels[lang].report;
  const W = reportWords[lang];
  const covered = coveredPeriods(period);
  // The periods a body is expected to have reported for: those anyone reported for, else the half-years asked.
  const received = new Set(master.submissions.flatMap((s) => (s.period ? [s.period] : [])));
  const expected = covered.filter((p) => received.has(p));
  const periods = expected.length ? expected : covered.filter((p) => p.includes("-H"));
  const verdicts = measureVerdicts(master, plan, [period]);
  const coordinator = plan.coordination?.coordinator;
  const issuer =
    coordinator && plan.bodies.some((b) => b.code === coordinator) ? bodyName(plan, coordinator, lang) : "";
  const half = parsePeriod(period)?.half ? "yes" : "no";
  const blocks: ReportBlock[] = [
    {
      kind: "letterhead",
      issuer,
      reference: fill(
        W.reference,
        { number: options.number || W.blankNumber, date: options.date ? formatDate(options.date) : W.blankDate },
        lang,
      ),
      addressee: options.addressee ?? planText(plan.coordination?.addressee, lang),
    },
    {
      kind: "title",
      text: L.title,
      subtitle: [
        planText(plan.title, lang),
        fill(W.forPeriod, { period, half }, lang),
        ...(covered.length > 1
          ? [fill(L.joins, { periods: periods.map((p) => periodWords(p, lang)).join(", ") }, lang)]
          : []),
      ],
    },
    // Said once, quietly, under the title: the plan's texts here are our working translation.
    ...(translationNotice(plan, lang) ? [{ kind: "paragraph", text: W.translation, style: "note" } as const] : []),
    ...summaryBlocks(master, plan, period, periods, verdicts, lang),
    { kind: "toc", title: L.toc },
    { kind: "heading", level: 1, text: W.detailsHeading },
    ...measureBlocks(master, plan, period, periods, verdicts, lang),
    {
      kind: "signature",
      position: options.signatory?.position || null,
      name: options.signatory?.name || null,
      positionHint: W.signaturePosition,
      nameHint: W.signatureName,
    },
    ...annexBlocks(master, plan, periods, verdicts, lang),
  ];
  return {
    language: lang,
    title: L.title,
    issuer,
    runningHead: fill(W.runningHead, { title: L.title, period }, lang),
    pageWord: L.page,
    period,
    blocks,
  };
}

/** A share as the language writes it: "30,8 %" (ky, ru: a no-break space before the sign), "30.8%" (en). */
export function shareText(part: number, whole: number, lang: Language): string {
  const n = whole ? (part / whole) * 100 : 0;
  const digits = formatNumber(Math.round(n * 10) / 10, lang);
  const written = /[.,]/.test(digits) ? digits : `${digits}${lang === "en" ? ".0" : ",0"}`;
  return lang === "en" ? `${written}%` : `${written}\u00a0%`;
}

function summaryBlocks(
  master: Master,
  plan: Plan,
  period: string,
  periods: string[],
  verdicts: MeasureVerdict[],
  lang: Language,
): ReportBlock[] {
  const W = reportWords[lang];
  const tallies = tallyVerdicts(verdicts, plan);
  const whole = tallies.find((t) => t.chapterId === null)!;
  const c = whole.counts;
  const half = parsePeriod(period)?.half ? "yes" : "no";
  const parts = VERDICTS.flatMap((v) =>
    v !== "completed" && c[v] > 0 ? [fill(W.headlineParts[v], { n: c[v] }, lang)] : [],
  );
  const lead = fill(
    W.headline,
    {
      period,
      half,
      total: whole.measures,
      completed: c.completed,
      share: shareText(c.completed, whole.measures, lang),
    },
    lang,
  );
  const headline = `${[lead, ...parts].join(", ")}.`;
  const missing = missingBodies(master, plan, periods);
  const bodies = missing.expected.length;
  const chapterLabel = (id: string) => fill(W.chapterShort, { n: id }, lang);
  const shown = VERDICTS.filter((v) => MAIN.includes(v) || tallies.some((t) => t.counts[v] > 0));
  const columns = [...tallies.filter((t) => t.chapterId !== null), whole];
  const table: ReportBlock = {
    kind: "table",
    caption: W.tableCaption,
    headers: ["", ...columns.map((t) => (t.chapterId === null ? W.total : chapterLabel(t.chapterId)))],
    rows: [
      [W.measuresRow, ...columns.map((t) => formatNumber(t.measures, lang))],
      ...shown.map((v) => [verdictWord(v, lang), ...columns.map((t) => formatNumber(t.counts[v], lang))]),
      [W.shareRow, ...columns.map((t) => shareText(t.counts.completed, t.measures, lang).replace(/\s?%$/, ""))],
    ],
    numeric: [false, ...columns.map(() => true)],
    bold: { rows: [0], columns: [columns.length] },
  };
  return [
    { kind: "heading", level: 1, text: W.summaryHeading },
    { kind: "paragraph", style: "body", text: headline },
    { kind: "paragraph", style: "body", text: changeText(master, period, tallies, plan, lang) },
    {
      kind: "paragraph",
      style: "body",
      text: missing.missing.length
        ? fill(
            W.bodiesLine,
            { bodies, reported: bodies - missing.missing.length, missing: missing.missing.length },
            lang,
          )
        : fill(W.bodiesAll, { bodies }, lang),
    },
    table,
    { kind: "paragraph", text: W.tableNote, style: "note" },
    ...timeChart(master, plan, period, lang),
    { kind: "chart", chart: chapterChart(tallies, shown, plan, lang) },
    {
      kind: "fields",
      fields: plan.chapters.map((ch) => [chapterLabel(ch.id), planText(ch.title, lang)]),
    },
    { kind: "list", title: W.notesHeading, items: W.rule },
  ];
}

/** "Compared with the previous period: completed +12, …", or that this is the first period with reports. */
function changeText(master: Master, period: string, tallies: VerdictTally[], plan: Plan, lang: Language): string {
  const W = reportWords[lang];
  const previous = previousPeriod(heldHalfYears(master), period);
  if (previous === null) return W.firstPeriod;
  const before = tallyVerdicts(measureVerdicts(master, plan, [previous]), plan);
  const change = changeSince([...tallies, ...before], period, previous)!;
  const changes = VERDICTS.flatMap((v) => {
    const d = change[v];
    if (d === 0) return [];
    const sign = d > 0 ? "+" : "\u2212";
    return [`${verdictWord(v, lang).toLocaleLowerCase(lang)} ${sign}${formatNumber(Math.abs(d), lang)}`];
  });
  return fill(W.changeSince, { previous, changes: changes.length ? changes.join(", ") : W.noChange }, lang);
}

/** The plan's verdicts in every half-year the master holds up to the report's period (2018-H2 → 2020-H2). */
function timeChart(master: Master, plan: Plan, period: string, lang: Language): ReportBlock[] {
  const W = reportWords[lang];
  const last = coveredPeriods(period)
    .filter((p) => p.includes("-H"))
    .pop()!;
  const held = heldHalfYears(master).filter((p) => p <= last);
  if (held.length === 0) return [];
  const tallies = tallyVerdicts(measureVerdicts(master, plan, held), plan).filter((t) => t.chapterId === null);
  const shown = VERDICTS.filter((v) => MAIN.includes(v) || tallies.some((t) => t.counts[v] > 0));
  const chart: ChartData = {
    title: W.timeChartTitle,
    categories: tallies.map((t) => periodWords(t.period, lang)),
    series: shown.map((v) => ({
      name: verdictWord(v, lang),
      color: VERDICT_COLOURS[v],
      values: tallies.map((t) => t.counts[v]),
    })),
  };
  return [{ kind: "chart", chart }];
}

/** Measures by verdict per chapter; categories are "Глава 1", the names listed under the chart, so none is cut. */
function chapterChart(tallies: VerdictTally[], shown: Verdict[], plan: Plan, lang: Language): ChartData {
  const W = reportWords[lang];
  const chapters = tallies.filter((t) => t.chapterId !== null);
  return {
    title: W.chapterChartTitle,
    categories: plan.chapters.map((c) => fill(W.chapterShort, { n: c.id }, lang)),
    series: shown.map((v) => ({
      name: verdictWord(v, lang),
      color: VERDICT_COLOURS[v],
      values: chapters.map((t) => t.counts[v]),
    })),
  };
}
