import { Workbook } from "exceljs";
import { cellAt, findSheet, type SheetGrid, type WorkbookGrid } from "../../core/grid";
import type { CellSpec, WorkbookSpec } from "../../core/template/spec";

export const sheet = (wb: WorkbookGrid, name: string): SheetGrid => findSheet(wb, name)!;
export const value = (s: SheetGrid, ref: string) => cellAt(s, ref).value;

/** The bytes as ExcelJS itself opens them, to check the writer independently of our reader. */
export async function openWithExcelJS(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as any);
  return wb;
}

export const STATUSES = ["Башталган жок", "Аткарылууда", "Аткарылды", "Токтотулду", "Жокко чыгарылды"];

/**
 * A small template with every feature of the spec: a visible report sheet (styles, merges, validations,
 * frozen panes, protection, print setup), a hidden lists sheet behind a defined name, and a very hidden
 * key/value identity sheet.
 * @example exampleSpec({ extraCells: 2000 })
 */
export function exampleSpec(opts: { extraCells?: number } = {}): WorkbookSpec {
  const report: CellSpec[] = [
    { ref: "A1", value: "2019-H2 отчёт: ЭСӨМ", style: "title" },
    { ref: "A5", value: "№", style: "header" },
    { ref: "B5", value: "Чара", style: "header" },
    { ref: "C5", value: "Абалы", style: "header" },
    { ref: "D5", value: "Күнү", style: "header" },
    { ref: "E5", value: "Эскертүү", style: "header" },
    { ref: "A6", value: 1, style: "header" },
    { ref: "B6", value: 2, style: "header" },
    { ref: "A7", value: "1.1", style: "label" },
    { ref: "B7", value: "Гендердик саясатты ишке ашыруу", style: "label" },
    { ref: "C7", style: "input" },
    { ref: "D7", value: 43830, style: "date" },
    { ref: "E7", value: "=1+1", style: "input" },
    { ref: "E8", value: "-минус", style: "input" },
    { ref: "C8", value: 5, style: "input" },
    { ref: "C9", value: 7, style: "input" },
    { ref: "C10", formula: "SUM(C8:C9)", value: 12, style: "label" },
    { ref: "D10", formula: "=1/0", value: null, style: "label" },
    { ref: "E10", value: true },
  ];
  for (let i = 0; i < (opts.extraCells ?? 0); i++) {
    report.push({
      ref: `${"FGHIJ"[i % 5]}${12 + Math.floor(i / 5)}`,
      value: i % 3 ? `текст ${i}` : i,
      style: i % 2 ? "input" : "label",
    });
  }
  return {
    properties: { title: "Тендик: ЭСӨМ, 2019-H2", creator: "Tendik", company: "ЭСӨМ" },
    activeSheet: "Отчёт",
    styles: {
      title: { font: { bold: true, size: 14, color: "1F4E79" }, horizontal: "center", locked: true },
      header: {
        font: { bold: true },
        fill: "D9E1F2",
        border: true,
        wrap: true,
        vertical: "middle",
        horizontal: "center",
      },
      label: { border: true, wrap: true, vertical: "top" },
      input: { border: true, fill: "FFF2CC", numFmt: "@", locked: false },
      date: { border: true, numFmt: "dd.mm.yyyy", locked: false },
    },
    definedNames: [{ name: "tendik_status", ref: "'_lists'!$A$1:$A$5" }],
    sheets: [
      {
        name: "Отчёт",
        state: "visible",
        columns: [{ width: 6 }, { width: 40 }, { width: 16 }, { width: 14 }, { width: 30 }, { width: 8, hidden: true }],
        rowHeights: { 1: 30, 5: 45 },
        cells: report,
        merges: ["A1:E1", "A2:E3"],
        frozen: { rows: 6, cols: 2 },
        protect: true,
        tabColor: "1F4E79",
        print: { orientation: "landscape", fitToWidth: true, paperSize: "A4", repeatRows: "5:6", area: "A1:E40" },
        validations: [
          {
            range: "C7",
            rule: { type: "list", source: "=tendik_status", allowBlank: true },
            prompt: { title: "Абалы", text: "Тизмеден тандаңыз" },
            error: { title: "Ката", text: "Тизмедеги маанилердин бирин тандаңыз" },
          },
          {
            range: "D7:D40",
            rule: { type: "date", operator: "between", min: "2019-07-01", max: "2019-12-31", allowBlank: true },
            prompt: { title: "Күнү", text: "дд.мм.жжжж" },
          },
          { range: "C8:C9", rule: { type: "whole", operator: "between", min: 0, max: 1000000, allowBlank: true } },
          { range: "E7:E40", rule: { type: "textLength", operator: "lessThanOrEqual", max: 2000, allowBlank: true } },
        ],
      },
      {
        name: "_lists",
        state: "hidden",
        columns: [{ width: 30 }],
        cells: STATUSES.map((value, i) => ({ ref: `A${i + 1}`, value })),
        merges: [],
        protect: true,
        validations: [],
      },
      {
        name: "_tendik",
        state: "veryHidden",
        columns: [{ width: 20 }, { width: 70 }],
        cells: [
          ["formatVersion", 1],
          ["planId", "kg-nap-gender-2018-2020"],
          ["planHash", "ab12cd34"],
          ["agency", "ЭСӨМ"],
          ["period", "2019-H2"],
        ].flatMap(([key, value], i) => [
          { ref: `A${i + 1}`, value: key },
          { ref: `B${i + 1}`, value },
        ]),
        merges: [],
        protect: true,
        validations: [],
      },
    ],
  };
}
