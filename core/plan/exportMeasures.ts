import { isTranslation, type Language, type LocalizedString, type Measure, type Plan, type Task } from "../../schema";
import { PAGE_FOOTER, printLayout } from "../template/print";
import type { SheetSpec } from "../template/spec";
import { deriveIndicatorsText, deriveResponsibleText, sameLocalized } from "./derive";
import {
  AGREEMENT_WRITTEN,
  FIRST_DATA_ROW,
  HEADER_ROW,
  KEY_ROW,
  MEASURE_COLUMNS,
  PLAN_SHEETS,
  chapterMark,
  goalMark,
  type PlanColumn,
} from "./layout";
import { formatLineRanges, formatSourceLines, formatSpans, formatYesNo } from "./notation";
import { SheetBuilder, heightOf, linesOf } from "./sheetBuilder";

/** Our working translations look different from official texts (italic, grey-blue), so a coordinator sees what to replace. */
const shown = (t: LocalizedString | null | undefined, lang: Language) =>
  isTranslation(t, lang) ? "translation" : "text";

/** Lines each row needs, so that merged texts show whole (see `linesOf`). */
type RowLines = Map<number, number>;
const need = (lines: RowLines, row: number, n: number) => lines.set(row, Math.max(lines.get(row) ?? 1, n));

/** Spreads the lines a merged block needs over its rows, adding what is missing to the last one. */
function spread(lines: RowLines, first: number, last: number, total: number): void {
  let have = 0;
  for (let r = first; r <= last; r++) have += lines.get(r) ?? 1;
  if (have < total) need(lines, last, (lines.get(last) ?? 1) + total - have);
}

/** Empty framed rows under the last measure, where a plan writer adds the next ones. */
const SPARE_ROWS = 20;

const LIST_VALIDATIONS: Record<string, string> = {
  "indicator.kind": "count,people,percent,amount,document,text",
  "indicator.sex": "ооба,жок",
  "indicator.interpreted": "ооба,жок",
  "deadline.recurrence": "annual",
  agreementMarker: "prefix,postfix,none",
};

const dataStyle = (c: PlanColumn): string =>
  c.block === "provenance" ? "provenance" : c.key === "no" || c.key.endsWith(".id") ? "id" : "text";

/**
 * The measures sheet in the annex's layout: chapter and goal heading rows, then one row per indicator, with the
 * task's and the measure's cells on the first row of each and merged down over its rows.
 */
export function buildMeasuresSheet(plan: Plan): SheetSpec {
  const b = new SheetBuilder(MEASURE_COLUMNS);
  const headerHeight = b.header(HEADER_ROW, KEY_ROW);
  const lastAnnex = MEASURE_COLUMNS.filter((c) => c.block === "annex").length;
  const headingKeys = MEASURE_COLUMNS.slice(1, lastAnnex).map((c) => c.key);
  const lines: RowLines = new Map();
  const headingWidth = MEASURE_COLUMNS.slice(1, lastAnnex).reduce((w, c) => w + c.width, 0);
  let row = FIRST_DATA_ROW;
  for (const chapter of plan.chapters) {
    need(lines, row, linesOf(chapter.title.ky, headingWidth));
    heading(b, row++, chapterMark(chapter.id), chapter.title, "chapter", headingKeys);
    for (const goal of chapter.goals) {
      need(lines, row, linesOf(goal.title.ky, headingWidth));
      heading(b, row++, goalMark(goal.id), goal.title, "goal", headingKeys);
      for (const task of goal.tasks) row = writeTask(b, row, task, lines);
    }
  }
  for (let r = row; r < row + SPARE_ROWS; r++) b.frame(r, dataStyle);
  const last = row + SPARE_ROWS - 1;
  return {
    name: PLAN_SHEETS.measures,
    state: "visible",
    columns: MEASURE_COLUMNS.map((c) => ({ width: c.width })),
    rowHeights: Object.fromEntries([[HEADER_ROW, headerHeight], ...[...lines].map(([r, n]) => [r, heightOf(n)])]),
    cells: b.cells,
    merges: b.merges,
    frozen: { rows: KEY_ROW, cols: 0 },
    protect: false,
    validations: Object.entries(LIST_VALIDATIONS).map(([key, source]) => ({
      range: `${b.letter(key)}${FIRST_DATA_ROW}:${b.letter(key)}${last}`,
      rule: { type: "list" as const, source, allowBlank: true },
    })),
    // Printed, the sheet is the annex: its own columns, at 8 pt or more, the measure's number on every page.
    print: printLayout({
      widths: MEASURE_COLUMNS.slice(0, lastAnnex).map((c) => c.width),
      fontSize: 10,
      footer: PAGE_FOOTER.ky,
      titleColumns: 1,
      repeatRows: `${HEADER_ROW}:${KEY_ROW}`,
      area: `A${HEADER_ROW}:${b.letter(MEASURE_COLUMNS[lastAnnex - 1].key)}${last}`,
    }),
  };
}

function heading(
  b: SheetBuilder,
  row: number,
  mark: string,
  title: { ky: string; ru?: string; en?: string },
  style: string,
  mergeKeys: string[],
): void {
  b.set(row, "no", mark, style);
  b.set(row, "task", title.ky, style);
  b.set(row, "task.ru", title.ru, style);
  b.set(row, "task.en", title.en, style);
  b.frame(row, () => style);
  b.merges.push(`${b.letter(mergeKeys[0])}${row}:${b.letter(mergeKeys[mergeKeys.length - 1])}${row}`);
}

function writeTask(b: SheetBuilder, first: number, task: Task, lines: RowLines): number {
  b.set(first, "no", task.id, "id");
  b.set(first, "task", task.title.ky, "text");
  b.set(first, "task.ru", task.title.ru, shown(task.title, "ru"));
  b.set(first, "task.en", task.title.en, shown(task.title, "en"));
  if (task.sourceLines) b.set(first, "task.sourceLines", formatLineRanges(task.sourceLines), "provenance");
  let row = first;
  for (const measure of task.measures) row = writeMeasure(b, row, measure, lines);
  for (const c of MEASURE_COLUMNS.filter((c) => c.level === "task")) b.mergeDown(c.key, first, row - 1);
  const taskLines = Math.max(
    ...["task", "task.ru", "task.en"].map((k, i) => b.lines(k, [task.title.ky, task.title.ru, task.title.en][i])),
  );
  spread(lines, first, row - 1, taskLines);
  return row;
}

function writeMeasure(b: SheetBuilder, first: number, m: Measure, lines: RowLines): number {
  const set = (key: string, value: string | null | undefined, style = "text") => b.set(first, key, value, style);
  set("measure.id", m.id, "id");
  set("measure", m.text.ky);
  set("measure.ru", m.text.ru, shown(m.text, "ru"));
  set("measure.en", m.text.en, shown(m.text, "en"));
  set("baseline", m.baseline?.ky);
  set("baseline.ru", m.baseline?.ru, shown(m.baseline, "ru"));
  set("baseline.en", m.baseline?.en, shown(m.baseline, "en"));
  set("deadline", m.deadline.text);
  set("deadline.periods", formatSpans(m.deadline.periods));
  set("deadline.recurrence", m.deadline.recurrence);
  set("deadline.note", m.deadline.note, "provenance");
  set("expectedResults", m.expectedResults?.ky);
  set("expectedResults.ru", m.expectedResults?.ru, shown(m.expectedResults, "ru"));
  set("expectedResults.en", m.expectedResults?.en, shown(m.expectedResults, "en"));
  set("responsible", m.responsible.map((r) => (r.byAgreement ? r.printed + AGREEMENT_WRITTEN : r.printed)).join("\n"));
  set("funding", m.funding?.text.ky);
  set("funding.ru", m.funding?.text.ru, shown(m.funding?.text, "ru"));
  set("funding.en", m.funding?.text.en, shown(m.funding?.text, "en"));
  set("funding.sources", m.funding?.sources.join("\n"));
  // Printed forms only where the rules of derive.ts would not give them back.
  const derived = deriveResponsibleText(m.responsible);
  if (m.responsibleText !== undefined && m.responsibleText !== derived.text)
    set("responsibleText", m.responsibleText, "provenance");
  if (m.agreementMarker !== undefined && m.agreementMarker !== derived.marker)
    set("agreementMarker", m.agreementMarker ?? "none", "provenance");
  if (m.indicatorsText !== undefined && !sameLocalized(m.indicatorsText, deriveIndicatorsText(m.indicators))) {
    set("indicatorsText", m.indicatorsText?.ky ?? "none", "provenance");
    set("indicatorsText.ru", m.indicatorsText?.ru, "provenance");
    set("indicatorsText.en", m.indicatorsText?.en, "provenance");
  }
  if (m.sourceLines) set("sourceLines", formatSourceLines(m.sourceLines), "provenance");
  if (m.notes?.length) set("notes", m.notes.join("\n"), "provenance");

  m.indicators.forEach((ind, i) => {
    const row = first + i;
    const put = (key: string, value: string | undefined, style = "text") => b.set(row, key, value, style);
    put("indicator.id", ind.id, "id");
    put("indicator", ind.text.ky);
    put("indicator.ru", ind.text.ru, shown(ind.text, "ru"));
    put("indicator.en", ind.text.en, shown(ind.text, "en"));
    put("indicator.kind", ind.kind, "id");
    put("indicator.sex", formatYesNo(ind.sexDisaggregated), "id");
    put("indicator.unit", ind.unit?.ky);
    put("indicator.unit.ru", ind.unit?.ru, shown(ind.unit, "ru"));
    put("indicator.unit.en", ind.unit?.en, shown(ind.unit, "en"));
    put("indicator.interpreted", formatYesNo(ind.interpreted), "provenance");
    put("indicator.note", ind.note, "provenance");
    need(
      lines,
      row,
      Math.max(
        b.lines("indicator", ind.text.ky),
        b.lines("indicator.ru", ind.text.ru),
        b.lines("indicator.en", ind.text.en),
      ),
    );
  });
  const last = first + Math.max(1, m.indicators.length) - 1;
  for (let r = first; r <= last; r++) b.frame(r, dataStyle);
  for (const c of MEASURE_COLUMNS.filter((c) => c.level === "measure")) b.mergeDown(c.key, first, last);
  const measureTexts: [string, string | null | undefined][] = [
    ["measure", m.text.ky],
    ["measure.ru", m.text.ru],
    ["measure.en", m.text.en],
    ["baseline", m.baseline?.ky],
    ["baseline.ru", m.baseline?.ru],
    ["baseline.en", m.baseline?.en],
    ["expectedResults", m.expectedResults?.ky],
    ["expectedResults.ru", m.expectedResults?.ru],
    ["expectedResults.en", m.expectedResults?.en],
    ["deadline", m.deadline.text],
    ["responsible", m.responsible.map((r) => r.printed + (r.byAgreement ? AGREEMENT_WRITTEN : "")).join("\n")],
    ["funding", m.funding?.text.ky],
    ["funding.ru", m.funding?.text.ru],
    ["funding.en", m.funding?.text.en],
  ];
  spread(lines, first, last, Math.max(...measureTexts.map(([k, t]) => b.lines(k, t))));
  return last + 1;
}
