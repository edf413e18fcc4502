/**
 * The master workbook as data, for any adapter to render: data tables (Excel Tables, one row per record),
 * summary sheets for people, and the identity. Pure: nothing here touches a workbook.
 */
import {
  bodyShortName,
  planText,
  type Language,
  type LocalizedString,
  type MeasureStatus,
  type Plan,
} from "../../schema";
import type { CellValue } from "../grid";
import { templateLabels } from "../labels";
import { GENERATOR } from "../template/identity";
import type { StyleSpec } from "../template/spec";
import { DEFAULT_COLUMNS, type ColumnSet } from "../template/layout";
import { columnsOf, TABLE_IDS, TABLES, type ColumnKind, type TableId } from "./columns";
import { masterLabels } from "./labels";
import type { IndicatorValueRow, Master } from "./model";
import { summarizeByMeasure, summarizeCompleteness } from "./summaries";
import { masterTallies } from "../coordinator/verdictTallies";
import { chartData, progressSheet, trendData, type ChartData, type TrendData } from "./progressSheets";
import { identityRows, tableRows } from "./tables";

export interface MasterColumn {
  header: string;
  width: number;
  kind: ColumnKind | "percent";
}

export interface MasterTableSpec {
  id: TableId;
  /** Excel table name. */
  name: string;
  sheet: string;
  columns: MasterColumn[];
  rows: CellValue[][];
}

export interface SummaryRow {
  cells: CellValue[];
  /** Key into MASTER_STYLES for the whole row, and optionally per cell. */
  style: string;
  cellStyles?: (string | undefined)[];
}

export interface SummarySheetSpec {
  name: string;
  title: string;
  note: string;
  columns: MasterColumn[];
  rows: SummaryRow[];
  /** Columns kept in view when scrolling right (the header rows are always kept). */
  frozenCols: number;
}

export { levelName, type ChartData, type TrendData } from "./progressSheets";

export interface MasterWorkbookSpec {
  title: string;
  creator: string;
  language: Language;
  /** The statuses as the progress sheet heads its columns (the chart names its series by them). */
  statusLabels: Record<MeasureStatus, string>;
  /** Measures by chapter and verdict in the latest period, for the chart sheet (none before any report). */
  chart?: ChartData;
  /** Measures by verdict in every half-year, for the plan and each chapter (none before any half-year's report). */
  trend?: TrendData;
  summaries: SummarySheetSpec[];
  tables: MasterTableSpec[];
  /** Key/value rows of the very hidden identity sheet. */
  identity: [string, string][];
}

/** Styles of the summary sheets; the number format comes from the column kind. */
export const MASTER_STYLES: Record<string, StyleSpec> = {
  title: { font: { bold: true, size: 13 } },
  note: { font: { italic: true, size: 9, color: "595959" } },
  header: {
    font: { bold: true, size: 10 },
    fill: "D9E2F3",
    horizontal: "center",
    vertical: "middle",
    border: true,
    wrap: true,
  },
  plan: { font: { bold: true, size: 10 }, fill: "BDD7EE", border: true, vertical: "top", wrap: true },
  chapter: { font: { bold: true, size: 10 }, fill: "DDEBF7", border: true, vertical: "top", wrap: true },
  goal: { font: { bold: true, size: 10 }, fill: "EEF4FB", border: true, vertical: "top", wrap: true },
  item: { font: { size: 10 }, border: true, vertical: "top", wrap: true },
  first: { font: { bold: true, size: 10 }, border: true, vertical: "top", wrap: true },
  total: { font: { bold: true, size: 10 }, fill: "F2F2F2", border: true, vertical: "top" },
  submitted: { font: { size: 10, color: "006100" }, fill: "C6EFCE", border: true, horizontal: "center" },
  rejected: { font: { size: 10, color: "9C0006" }, fill: "FFC7CE", border: true, horizontal: "center" },
  missing: { font: { size: 10, color: "9C5700" }, fill: "FFEB9C", border: true, horizontal: "center" },
  plain: {},
};

const text = (s: LocalizedString, lang: Language) => planText(s, lang);

/**
 * Everything the master workbook shows, in one language.
 * @example const bytes = await writeMaster(buildMasterWorkbook(master, plan, "ru"));
 */
export function buildMasterWorkbook(
  master: Master,
  plan: Plan,
  lang: Language,
  columnSet: ColumnSet = DEFAULT_COLUMNS,
): MasterWorkbookSpec {
  const L = masterLabels[lang];
  // Every measure count of the master comes from these verdicts (see core/coordinator/verdictTallies.ts).
  const tallies = masterTallies(master, plan);
  return {
    title: L.title,
    creator: GENERATOR,
    language: lang,
    statusLabels: templateLabels[lang].statuses,
    chart: chartData(plan, lang, tallies),
    trend: trendData(master, plan, lang),
    summaries: [
      progressSheet(master, plan, lang, tallies),
      completenessSheet(master, plan, lang),
      byMeasureSheet(master, plan, lang),
    ],
    tables: TABLE_IDS.map((id) => {
      return {
        id,
        name: TABLES[id].name,
        sheet: L.sheets[id],
        columns: columnsOf(id, columnSet).map((c) => ({ header: c.header[lang], width: c.width, kind: c.kind })),
        rows: tableRows(master, id, lang, plan, columnSet),
      };
    }),
    identity: identityRows(master.identity, lang, GENERATOR),
  };
}

function completenessSheet(master: Master, plan: Plan, lang: Language): SummarySheetSpec {
  const L = masterLabels[lang];
  const C = L.completeness;
  const { periods, rows, totals } = summarizeCompleteness(master, plan);
  const columns: MasterColumn[] = [
    { header: C.agency, width: 18, kind: "text" },
    { header: C.name, width: 50, kind: "text" },
    ...periods.map((p): MasterColumn => ({ header: p, width: 14, kind: "text" })),
  ];
  const byAgency = new Map<string, typeof rows>();
  for (const r of rows) byAgency.set(r.agency, [...(byAgency.get(r.agency) ?? []), r]);
  const out: SummaryRow[] = [];
  for (const [agency, list] of byAgency) {
    out.push({
      style: "item",
      cells: [bodyShortName(plan, agency, lang), text(list[0].name, lang), ...list.map((r) => L.states[r.state])],
      cellStyles: [undefined, undefined, ...list.map((r) => r.state)],
    });
  }
  out.push({ style: "total", cells: [C.expected, "", ...totals.map((t) => t.expected)] });
  for (const state of ["submitted", "rejected", "missing"] as const)
    out.push({ style: "total", cells: [C.total[state], "", ...totals.map((t) => t[state])] });
  return { name: L.sheets.completeness, title: C.title, note: C.note, columns, rows: out, frozenCols: 2 };
}

function byMeasureSheet(master: Master, plan: Plan, lang: Language): SummarySheetSpec {
  const L = masterLabels[lang];
  const B = L.byMeasure;
  const { periods, rows } = summarizeByMeasure(master, plan);
  const statuses = templateLabels[lang].statuses;
  const measureText = new Map(
    plan.chapters.flatMap((c) =>
      c.goals.flatMap((g) => g.tasks.flatMap((t) => t.measures.map((m) => [m.id, text(m.text, lang)] as const))),
    ),
  );
  const columns: MasterColumn[] = [
    { header: B.measure, width: 7, kind: "text" },
    { header: B.text, width: 50, kind: "text" },
    { header: B.agency, width: 16, kind: "text" },
    { header: B.byAgreement, width: 12, kind: "text" },
    ...periods.flatMap((p): MasterColumn[] => [
      { header: `${p}: ${B.status}`, width: 14, kind: "text" },
      { header: `${p}: ${B.narrative}`, width: 40, kind: "text" },
      { header: `${p}: ${B.values}`, width: 36, kind: "text" },
    ]),
  ];
  const out = rows.map((r): SummaryRow => ({
    style: r.first ? "first" : "item",
    cells: [
      r.measureId,
      r.first ? (measureText.get(r.measureId) ?? "") : "",
      bodyShortName(plan, r.agency, lang),
      r.byAgreement ? templateLabels[lang].byAgreement : "",
      ...r.reports.flatMap((rep) =>
        rep
          ? [statuses[rep.status], rep.narrative ?? "", rep.values.map((v) => valueText(v, lang)).join("\n")]
          : [B.empty, "", ""],
      ),
    ],
  }));
  return { name: L.sheets.byMeasure, title: B.title, note: B.note, columns, rows: out, frozenCols: 4 };
}

/** One typed value for people: "1.2.1: аялдар 10, эркектер 7, бардыгы 17". */
export function valueText(v: IndicatorValueRow, lang: Language): string {
  const W = masterLabels[lang].valueWords;
  const T = templateLabels[lang];
  switch (v.kind) {
    case "people":
      return `${v.indicatorId}: ${[
        [W.women, v.women],
        [W.men, v.men],
        [W.total, v.total],
      ]
        .filter(([, n]) => n !== null)
        .map(([w, n]) => `${w} ${n}`)
        .join(", ")}`;
    case "document":
      return `${v.indicatorId}: ${v.done === null ? "" : v.done ? T.yes : T.no}${v.reference ? ` (${v.reference})` : ""}`;
    case "text":
      return `${v.indicatorId}: ${v.text ?? ""}`;
    case "percent":
      return `${v.indicatorId}: ${v.value}%`;
    default:
      return `${v.indicatorId}: ${v.value}`;
  }
}
