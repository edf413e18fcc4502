/**
 * The broken-workbook corpus (test/fixtures/broken/cases.ts), made in the in-memory Excel host instead of a
 * file: the same template rendered through the Office.js adapter, the same edit applied the way it happens
 * in Excel (typed into input cells through the adapter's writeCells; made on locked cells, sheet names and
 * rows by someone who lifted the protection, through the host), must give the same issues at the same cells
 * as validating the file. File-level cases (bytes that are no workbook) have no live-workbook twin.
 */
import { OfficeWorkbook } from "../../adapters/officejs";
import { readWorkbook } from "../../adapters/xlsx";
import {
  buildTemplate,
  checkReport,
  layoutReport,
  readReport,
  sortIssues,
  templateLabels,
  validateWorkbook,
  type CellValue,
  type MeasureRows,
  type WorkbookGrid,
} from "../../core";
import type { CellWrite } from "../../core/port";
import { defaultPlan, renderIssue, type Issue, type Report } from "../../schema";
import { createFakeExcel, type FakeExcel } from "../excel/fakeExcel";
import { CASES } from "../fixtures/broken/cases";
import { exampleReport } from "../fixtures/reports";

const SHEET = templateLabels.ky.sheets.report;
const L = templateLabels.ky;
const layout = layoutReport(defaultPlan, "ЭСӨМ");
const single = layout.measures.filter((m) => m.indicators.length === 1);
const ofKind = (kind: string, ms: MeasureRows[] = single) => ms.find((m) => m.indicators[0]?.indicator.kind === kind)!;
const people = ofKind("people");
const doc = ofKind("document");
const last = layout.measures[layout.measures.length - 1];
const mkk = layoutReport(defaultPlan, "МКК").measures;
const percentRow = mkk
  .find((m) => m.indicators.some((i) => i.indicator.kind === "percent"))!
  .indicators.find((i) => i.indicator.kind === "percent")!.row;

interface Live {
  fake: FakeExcel;
  adapter: OfficeWorkbook;
}

/** Writes as someone who lifted the sheet's protection would: any cell, formulas as formulas. */
async function tamper(live: Live, sheet: string, edit: (ws: Excel.Worksheet) => void): Promise<void> {
  await live.fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.protection.load("protected,options");
    await ctx.sync();
    const { protected: wasProtected, options } = ws.protection;
    if (wasProtected) ws.protection.unprotect();
    edit(ws);
    if (wasProtected) ws.protection.protect(options);
    await ctx.sync();
  });
}

/** Text as the file case stores it: formatted "@" first, or Excel would take "000…" for the number 0. */
const setText = (ws: Excel.Worksheet, cell: string, text: string) => {
  const range = ws.getRange(cell);
  range.numberFormat = [["@"]];
  range.values = [[text]];
};

/** The identity sheet's value cell for a key (column A holds the keys). */
function identityCell(live: Live, key: string): string {
  const cell = live.fake.workbook
    .filledCells("_tendik")
    .find((a) => a.startsWith("A") && live.fake.workbook.value("_tendik", a) === key);
  return `B${cell!.slice(1)}`;
}

const typed = (cells: [string, CellValue][], sheet = SHEET): CellWrite[] =>
  cells.map(([cell, value]) => ({ sheet, cell, value }));

/** Copies whole rows' formulas and formats, as Excel's copy and paste does. */
async function copyRow(live: Live, from: number, to: number, cols = 20): Promise<void> {
  let formulas: unknown[][] = [];
  let formats: string[][] = [];
  await live.fake.run(async (ctx) => {
    const src = ctx.workbook.worksheets
      .getItem(SHEET)
      .getRangeByIndexes(from - 1, 0, 1, cols)
      .load("formulas,numberFormat");
    await ctx.sync();
    formulas = src.formulas;
    formats = src.numberFormat;
  });
  await tamper(live, SHEET, (ws) => {
    const dst = ws.getRangeByIndexes(to - 1, 0, 1, cols);
    dst.numberFormat = formats;
    dst.formulas = formulas as string[][];
  });
}

type Edit = (live: Live) => Promise<void>;

const EDITS: Record<string, { agency?: string; period?: string; edit: Edit }> = {
  "not-a-template.xlsx": { edit: (l) => l.adapter.writeCells(typed([["A1", "Отчет"]], "Sheet1")) },
  "other-plan.xlsx": {
    edit: (l) => tamper(l, "_tendik", (ws) => setText(ws, identityCell(l, "planId"), "kg-gender-equality-2021-2024")),
  },
  "plan-version.xlsx": {
    edit: (l) => tamper(l, "_tendik", (ws) => setText(ws, identityCell(l, "planHash"), "0".repeat(64))),
  },
  "format-version.xlsx": {
    edit: (l) => tamper(l, "_tendik", (ws) => setText(ws, identityCell(l, "formatVersion"), "9")),
  },
  "unknown-agency.xlsx": { edit: (l) => tamper(l, "_tendik", (ws) => setText(ws, identityCell(l, "agency"), "МВД")) },
  "bad-period.xlsx": { edit: (l) => tamper(l, "_tendik", (ws) => setText(ws, identityCell(l, "period"), "2025-H1")) },
  "sheet-renamed.xlsx": { edit: (l) => tamper(l, SHEET, (ws) => (ws.name = "Менин отчетум")) },
  "header-changed.xlsx": { edit: (l) => tamper(l, SHEET, (ws) => (ws.getRange("J6").values = [["Сан"]])) },
  "row-deleted.xlsx": {
    edit: (l) => tamper(l, SHEET, (ws) => ws.getRange(`${last.row}:${last.row + last.span - 1}`).delete("Up")),
  },
  "row-duplicated.xlsx": { edit: (l) => copyRow(l, doc.row, last.row + last.span + 1) },
  "row-added.xlsx": {
    edit: (l) =>
      tamper(l, SHEET, (ws) => (ws.getRange(`I${last.row + last.span + 2}`).values = [["Кошумча маалымат"]])),
  },
  "rows-swapped.xlsx": {
    edit: async (l) => {
      const [a, b] = [single[0].row, single[1].row];
      let rows: unknown[][][] = [];
      await l.fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(SHEET);
        const ra = ws.getRangeByIndexes(a - 1, 0, 1, 20).load("formulas");
        const rb = ws.getRangeByIndexes(b - 1, 0, 1, 20).load("formulas");
        await ctx.sync();
        rows = [ra.formulas, rb.formulas];
      });
      await tamper(l, SHEET, (ws) => {
        ws.getRangeByIndexes(a - 1, 0, 1, 20).formulas = rows[1] as string[][];
        ws.getRangeByIndexes(b - 1, 0, 1, 20).formulas = rows[0] as string[][];
      });
    },
  },
  "plan-text-edited.xlsx": {
    edit: (l) => tamper(l, SHEET, (ws) => (ws.getRange(`B${doc.row}`).values = [["Башка текст"]])),
  },
  "no-preparer.xlsx": { edit: (l) => l.adapter.writeCells(typed([["C2", null]])) },
  "text-in-number.xlsx": { edit: (l) => l.adapter.writeCells(typed([[`K${people.row}`, "көп"]])) },
  "fraction-of-people.xlsx": { edit: (l) => l.adapter.writeCells(typed([[`L${people.row}`, 2.5]])) },
  "bad-date.xlsx": { edit: (l) => l.adapter.writeCells(typed([[`R${doc.row}`, "31.02.2019"]])) },
  "status-not-in-list.xlsx": { edit: (l) => l.adapter.writeCells(typed([[`H${doc.row}`, "Бүттү"]])) },
  "negative-money.xlsx": { edit: (l) => l.adapter.writeCells(typed([[`O${doc.row}`, -5]])) },
  "percent-over-100.xlsx": { agency: "МКК", edit: (l) => l.adapter.writeCells(typed([[`J${percentRow}`, 150]])) },
  "long-text.xlsx": { edit: (l) => l.adapter.writeCells(typed([[`I${doc.row}`, "ж".repeat(4001)]])) },
  "bad-link.xlsx": { edit: (l) => l.adapter.writeCells(typed([[`S${doc.row}`, "www.mlsp.gov.kg"]])) },
  // A clerk typing "=1000+200" gets a formula: the adapter never writes one, so the host takes it as typed.
  "formula-in-input.xlsx": {
    edit: (l) => tamper(l, SHEET, (ws) => (ws.getRange(`O${doc.row}`).formulas = [["=1000+200"]])),
  },
  "sum-mismatch.xlsx": { edit: (l) => tamper(l, SHEET, (ws) => (ws.getRange(`M${people.row}`).values = [[999]])) },
  "completed-no-evidence.xlsx": {
    edit: (l) =>
      l.adapter.writeCells(
        typed([
          [`H${doc.row}`, L.statuses.completed],
          ...[..."QRS"].map((c): [string, CellValue] => [`${c}${doc.row}`, null]),
        ]),
      ),
  },
  "not-started-with-values.xlsx": {
    edit: (l) => l.adapter.writeCells(typed([[`H${doc.row}`, L.statuses["not-started"]]])),
  },
  "money-no-source.xlsx": { edit: (l) => l.adapter.writeCells(typed([[`P${doc.row}`, null]])) },
  "values-no-status.xlsx": { edit: (l) => l.adapter.writeCells(typed([[`H${doc.row}`, null]])) },
  "overdue.xlsx": {
    period: "2020-H2",
    edit: (l) =>
      l.adapter.writeCells(
        typed([
          [`H${doc.row}`, L.statuses["not-started"]],
          ...[..."IJNOPQRST"].map((c): [string, CellValue] => [`${c}${doc.row}`, null]),
        ]),
      ),
  },
};

/** What `tendik validate` reports for a grid (validateWorkbook after the bytes are read). */
function validateGrid(grid: WorkbookGrid, source: string): Issue[] {
  const reading = readReport(grid, { plan: defaultPlan, workbook: source });
  const issues = [...reading.issues];
  if (reading.report) issues.push(...checkReport(reading, defaultPlan, source));
  return sortIssues(issues);
}

async function liveCase(name: string): Promise<Issue[]> {
  const { agency = "ЭСӨМ", period = "2019-H2", edit } = EDITS[name];
  const fake = createFakeExcel();
  const live: Live = { fake, adapter: new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported }) };
  if (name !== "not-a-template.xlsx") {
    const prefill: Report = exampleReport({ agency, period });
    await live.adapter.render(buildTemplate({ agency, period, language: "ky", prefill }));
  }
  await edit(live);
  return validateGrid(await live.adapter.readGrid(), name);
}

const FILE_LEVEL = [
  "truncated",
  "empty",
  "old-format",
  "encrypted",
  "export.csv",
  "page.html",
  "too-large",
  "zip-bomb",
];
const NOT_IN_HOST: string[] = [];

describe("the broken-workbook corpus, made in the Office.js host", () => {
  it("covers every case that is not about the file's bytes", () => {
    const live = CASES.map((c) => c.name).filter((n) => !FILE_LEVEL.some((f) => n === `${f}.xlsx`));
    expect([...Object.keys(EDITS), ...NOT_IN_HOST].sort()).toEqual(live.sort());
  });

  const shape = (issues: Issue[]) =>
    issues.map((i) => [i.location.cell ?? null, i.code, i.severity, renderIssue(i, "en")]);

  it.each(CASES.filter((c) => EDITS[c.name]).map((c) => [c.name, c] as const))(
    "%s",
    async (name, c) => {
      const viaOffice = await liveCase(name);
      const file = await validateWorkbook(await c.make(), { source: name, readGrid: readWorkbook });
      expect(viaOffice.map((i) => [i.location.cell ?? null, i.code])).toEqual(c.expected());
      expect(shape(viaOffice)).toEqual(shape(file.task.issues));
    },
    60000,
  );
});
