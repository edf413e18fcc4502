/**
 * The master's chart sheets: measures by chapter and verdict in the latest period («Диаграмма»), and measures
 * by verdict in every half-year for the plan and each chapter («По периодам»). Each chart is drawn from figures
 * on its own sheet, so a person can check the cells the chart shows, and the figures are the progress sheet's.
 */
import { columnLetters, quoteSheet, toA1 } from "../a1";
import type { CellValue } from "../grid";
import { formatText } from "../../schema";
import { estimateRowHeight } from "../template/rowHeight";
import { PAGE_FOOTER, printLayout } from "../template/print";
import type { CellSpec, ChartSpec, SheetSpec } from "../template/spec";
import { masterLabels } from "./labels";
import { HEADER_ROW, type MasterStyles, NUM_FMT } from "./masterStyles";
import type { VerdictSeries } from "./progressSheets";
import type { MasterWorkbookSpec } from "./sheets";

/** A change shown with its sign: "+5", "-3", "0". */
const CHANGE_FORMAT = "+#,##0;-#,##0;0";

/** Cells of a sheet being laid out, with the row heights that wrapped text needs and the merged headers. */
class Cells {
  readonly cells: CellSpec[] = [];
  readonly heights: Record<number, number> = {};
  readonly merges: string[] = [];
  constructor(private readonly styles: MasterStyles) {}
  put(row: number, col: number, value: CellValue, style: string, numFmt?: string): void {
    this.cells.push({ ref: toA1({ row, col }), value, style: this.styles.key(style, numFmt) });
  }
  /**
   * Two header rows: the verdicts' words under one cell that says they count measures (so each word fits its
   * column whole), the other headers spanning both rows.
   */
  verdictHeader(
    top: number,
    before: string[],
    series: VerdictSeries[],
    after: string[],
    group: string,
    widths: number[],
  ): void {
    const spanning = [
      ...before.map((l, i) => ({ l, col: 1 + i })),
      ...after.map((l, i) => ({ l, col: before.length + series.length + 1 + i })),
    ];
    for (const { l, col } of spanning) {
      this.put(top, col, l, "header", "@");
      this.put(top + 1, col, null, "header", "@");
      this.merges.push(`${toA1({ row: top, col })}:${toA1({ row: top + 1, col })}`);
    }
    const first = before.length + 1;
    const last = before.length + series.length;
    this.put(top, first, group, "header", "@");
    for (let col = first + 1; col <= last; col++) this.put(top, col, null, "header", "@");
    this.merges.push(`${toA1({ row: top, col: first })}:${toA1({ row: top, col: last })}`);
    series.forEach((s, i) => this.put(top + 1, first + i, s.word, "header", "@"));
    const words = series.map((s, i): [string, number] => [s.word, widths[first - 1 + i] - 2]);
    const whole = spanning.map(({ l, col }): [string, number] => [l, widths[col - 1] - 2]);
    this.heights[top + 1] = Math.max(15, estimateRowHeight(words, 1, 10));
    this.heights[top] = Math.max(15, estimateRowHeight(whole, 1, 10) - this.heights[top + 1]);
  }
}

/** A sheet-qualified absolute column range, as a chart's series refers to its cells. */
const range = (sheet: string, col: number, r1: number, r2: number) =>
  `${quoteSheet(sheet)}!$${columnLetters(col)}$${r1}:$${columnLetters(col)}$${r2}`;

function sheetOf(name: string, widths: number[], c: Cells, charts: ChartSpec[], m: MasterWorkbookSpec): SheetSpec {
  return {
    name,
    state: "visible",
    columns: widths.map((width) => ({ width })),
    rowHeights: c.heights,
    cells: c.cells,
    merges: c.merges,
    protect: false,
    validations: [],
    print: printLayout({ widths, fontSize: 10, footer: PAGE_FOOTER[m.language] }),
    charts,
  };
}

/** The verdicts a chart draws: those some measure has in the figures, each in its own colour. */
const drawn = (series: VerdictSeries[]) => series.map((s, i) => ({ s, col: i })).filter(({ s }) => s.inChart);

/**
 * Measures by chapter and verdict in the latest period: the figures (a chapter per row, a verdict per column,
 * the plan's total below) and a stacked bar chart of the chapters, both within one landscape A4 page.
 */
export function chartSheet(m: MasterWorkbookSpec, styles: MasterStyles): SheetSpec | undefined {
  const data = m.chart;
  if (!data || data.rows.length === 0) return undefined;
  const L = masterLabels[m.language];
  const name = L.sheets.chart;
  // The figures start under two header rows.
  const top = HEADER_ROW + 1;
  const title = formatText(L.progress.chartTitle, { period: data.periodLabel }, m.language);
  const widths = [CATEGORY_WIDTH, ...data.series.map(verdictWidth)];
  const c = new Cells(styles);
  c.put(1, 1, title, "title");
  c.verdictHeader(HEADER_ROW, [L.levels.chapter], data.series, [], L.progress.verdictGroup, widths);
  const row = (r: number, category: string, values: number[], style: string) => {
    c.put(r, 1, category, style, "@");
    values.forEach((v, i) => c.put(r, 2 + i, v, style, NUM_FMT.int));
  };
  data.rows.forEach((x, r) => row(top + 1 + r, x.category, x.values, "item"));
  const last = top + data.rows.length;
  row(last + 1, data.total.category, data.total.values, "total");
  const chart: ChartSpec = {
    type: "barStacked",
    title,
    from: toA1({ row: last + 3, col: 1 }),
    // Below the figures and within the same landscape A4 page (about 480 pt tall): legend included.
    to: toA1({ row: last + 20, col: Math.min(widths.length, 6) + 1 }),
    categories: range(name, 1, top + 1, last),
    series: drawn(data.series).map(({ s, col }) => ({
      name: s.word,
      values: range(name, 2 + col, top + 1, last),
      color: s.color,
    })),
  };
  return sheetOf(name, widths, c, [chart], m);
}

const CATEGORY_WIDTH = 16;

/** A verdict's column: each word of it whole on a line ("Приостановлено" is the longest). */
const verdictWidth = (s: VerdictSeries) => Math.max(12, ...s.word.split(/\s+/).map((w) => w.length + 1));

/**
 * Measures by verdict in every half-year the master holds: a block of rows per group (the plan, then each
 * chapter) with a row per period; the plan's change since the previous period; and one chart of stacked columns
 * per group below, so a coordinator sees each chapter move from "not started" to "completed".
 */
export function trendSheet(m: MasterWorkbookSpec, styles: MasterStyles): SheetSpec | undefined {
  const data = m.trend;
  if (!data || data.periods.length === 0) return undefined;
  const lang = m.language;
  const L = masterLabels[lang];
  const T = L.trend;
  const name = L.sheets.trend;
  // Within one landscape A4 page width at 10 pt (about 150 characters in 11 columns): longer labels wrap.
  const widths = [12, 18, 12, ...data.series.map(verdictWidth), 13];
  const c = new Cells(styles);
  c.put(1, 1, T.title, "title");
  c.put(2, 1, T.note, "note");
  const before = [T.group, T.period, L.progress.measures];
  c.verdictHeader(HEADER_ROW, before, data.series, [L.progress.shareCompleted], L.progress.verdictGroup, widths);
  const blocks: { label: string; from: number; to: number }[] = [];
  let r = HEADER_ROW + 2;
  for (const g of data.groups) {
    const style = blocks.length === 0 ? "plan" : "item";
    const from = r;
    g.rows.forEach((x, i) => {
      c.put(r, 1, i === 0 ? g.label : "", style, "@");
      c.put(r, 2, data.periods[i].label, style, "@");
      c.heights[r] = estimateRowHeight([[data.periods[i].label, widths[1]]], 1, 10);
      c.put(r, 3, g.measures, style, NUM_FMT.int);
      x.values.forEach((v, j) => c.put(r, 4 + j, v, style, NUM_FMT.int));
      c.put(r, 4 + x.values.length, x.share, style, NUM_FMT.percent);
      r++;
    });
    blocks.push({ label: g.label, from, to: r - 1 });
  }
  if (data.since) {
    const s = data.since;
    const words = (code: string) => data.periods.find((p) => p.code === code)?.label ?? code;
    r++;
    c.put(r++, 1, formatText(T.sinceTitle, { period: words(s.period), previous: words(s.previous) }, lang), "title");
    // The verdict's word across columns A and B, so that the longest ("Приостановлено") fits whole.
    const wide = [widths[0] + widths[1], ...widths.slice(2)];
    const sinceRow = (cells: [CellValue, string | undefined][], style: string) => {
      cells.forEach(([v, numFmt], i) => c.put(r, i === 0 ? 1 : i + 2, v, style, numFmt));
      c.put(r, 2, null, style, "@");
      c.merges.push(`${toA1({ row: r, col: 1 })}:${toA1({ row: r, col: 2 })}`);
      const texts = cells.flatMap(([v], i): [string, number][] => (typeof v === "string" ? [[v, wide[i] - 2]] : []));
      c.heights[r] = Math.max(15, estimateRowHeight(texts, 1, 10));
      r++;
    };
    const header: [CellValue, string][] = [T.verdict, words(s.previous), words(s.period), T.change].map((l) => [
      l,
      "@",
    ]);
    sinceRow(header, "header");
    for (const x of s.rows)
      sinceRow(
        [
          [x.name, "@"],
          [x.before, NUM_FMT.int],
          [x.now, NUM_FMT.int],
          [x.change, CHANGE_FORMAT],
        ],
        "item",
      );
  }
  const charts = blocks.map((b, i): ChartSpec => {
    const at = r + 1 + i * (CHART_ROWS + 1);
    const title = formatText(T.chartTitle, { group: b.label }, lang);
    return {
      type: "columnStacked",
      title,
      from: toA1({ row: at, col: 1 }),
      to: toA1({ row: at + CHART_ROWS, col: 6 }),
      categories: range(name, 2, b.from, b.to),
      series: drawn(data.series).map(({ s, col }) => ({
        name: s.word,
        values: range(name, 4 + col, b.from, b.to),
        color: s.color,
      })),
    };
  });
  return sheetOf(name, widths, c, charts, m);
}

/** Rows a chart of the trend sheet spans (about 300 pt at the default height: room for the legend). */
const CHART_ROWS = 20;
