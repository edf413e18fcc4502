/**
 * The master workbook laid out as a `WorkbookSpec`, the same kind of description as a template, so one renderer
 * per adapter writes both (ExcelJS for the .xlsx file, Office.js in the coordinator's pane): summary sheets with
 * the progress chart, one Excel Table per data sheet, and the very hidden identity.
 */
import { toA1 } from "../a1";
import type { CellValue } from "../grid";
import { identitySheetSpec } from "../template/identity";
import { fitCellText } from "../template/cellText";
import { estimateRowHeight } from "../template/rowHeight";
import { PAGE_FOOTER, printLayout } from "../template/print";
import type { Language } from "../../schema";
import type { CellSpec, ClippedCell, SheetSpec, WorkbookSpec } from "../template/spec";
import { chartSheet, trendSheet } from "./chartSheets";
import { HEADER_ROW, MasterStyles, NUM_FMT } from "./masterStyles";
import { type MasterColumn, type MasterTableSpec, type MasterWorkbookSpec, type SummarySheetSpec } from "./sheets";

export { NUM_FMT };

/** 1 as "yes" and 0 as "no" in the workbook's language (positive; negative; zero sections). */
export const YES_NO_FORMAT: Record<Language, string> = {
  ky: '"Ооба";"Ооба";"Жок"',
  ru: '"Да";"Да";"Нет"',
  en: '"Yes";"Yes";"No"',
};

/** The number format of a column kind in a workbook of `language`. */
function numFmtOf(kind: MasterColumn["kind"], language: Language): string | undefined {
  return kind === "bool" ? YES_NO_FORMAT[language] : NUM_FMT[kind];
}

/**
 * The master as a workbook description.
 * @example const bytes = await writeWorkbook(masterSpec(buildMasterWorkbook(master, plan, "ky")));
 */
export function masterSpec(m: MasterWorkbookSpec): WorkbookSpec {
  const styles = new MasterStyles();
  const clipped: ClippedCell[] = [];
  const chart = m.summaries.length ? chartSheet(m, styles) : undefined;
  const trend = m.summaries.length ? trendSheet(m, styles) : undefined;
  const sheets: SheetSpec[] = [
    ...m.summaries.slice(0, 1).map((s) => summarySheet(s, styles, clipped, m.language)),
    ...(chart ? [chart] : []),
    ...(trend ? [trend] : []),
    ...m.summaries.slice(1).map((s) => summarySheet(s, styles, clipped, m.language)),
    ...m.tables.map((t) => tableSheet(t, styles, clipped, m.language)),
    identitySheetSpec(m.identity, false),
  ];
  return {
    sheets,
    styles: styles.styles,
    definedNames: [],
    activeSheet: m.summaries[0]?.name ?? sheets[0].name,
    properties: { title: m.title, creator: m.creator },
    ...(clipped.length ? { clipped } : {}),
  };
}

function text(v: CellValue, at: { sheet: string; ref: string }, clipped: ClippedCell[]): CellValue {
  return typeof v === "string" ? fitCellText(v, at, clipped) : v;
}

function summarySheet(
  spec: SummarySheetSpec,
  styles: MasterStyles,
  clipped: ClippedCell[],
  language: Language,
): SheetSpec {
  const cells: CellSpec[] = [];
  const heights: Record<number, number> = {};
  const put = (row: number, col: number, value: CellValue, style: string) => {
    const ref = toA1({ row, col });
    cells.push({ ref, value: text(value, { sheet: spec.name, ref }, clipped), style });
  };
  put(1, 1, spec.title, styles.key("title", undefined));
  put(2, 1, spec.note, styles.key("note", undefined));
  spec.columns.forEach((c, i) => put(HEADER_ROW, i + 1, c.header, styles.key("header", "@")));
  heights[HEADER_ROW] = Math.max(
    30,
    estimateRowHeight(
      spec.columns.map((c) => [c.header, c.width - 2]),
      1,
      10,
    ),
  );
  spec.rows.forEach((row, r) => {
    row.cells.forEach((v, i) => {
      const kind = spec.columns[i]?.kind ?? "text";
      // A number under a text column (a total) keeps the general format; text is always "@".
      const numFmt = typeof v === "string" ? "@" : typeof v === "number" && kind !== "text" ? NUM_FMT[kind] : undefined;
      put(HEADER_ROW + 1 + r, i + 1, v, styles.key(row.cellStyles?.[i] ?? row.style, numFmt));
    });
    // Wrapped text needs its height set: neither Excel nor LibreOffice grows a row written without one.
    const texts = row.cells.flatMap((v, i): [string, number][] =>
      typeof v === "string" && v ? [[v, spec.columns[i]?.width ?? 10]] : [],
    );
    heights[HEADER_ROW + 1 + r] = estimateRowHeight(texts, 1, 10);
  });
  const columns = spec.columns.map((c) => ({ width: c.width }));
  return {
    name: spec.name,
    state: "visible",
    columns,
    rowHeights: heights,
    cells,
    merges: [],
    frozen: { rows: HEADER_ROW, cols: spec.frozenCols },
    protect: false,
    validations: [],
    print: printLayout({
      widths: columns.map((c) => c.width),
      fontSize: 10,
      footer: PAGE_FOOTER[language],
      titleColumns: spec.frozenCols,
      repeatRows: `${HEADER_ROW}:${HEADER_ROW}`,
    }),
  };
}

function tableSheet(
  spec: MasterTableSpec,
  styles: MasterStyles,
  clipped: ClippedCell[],
  language: Language,
): SheetSpec {
  const cells: CellSpec[] = spec.columns.map((c, i) => ({ ref: toA1({ row: 1, col: i + 1 }), value: c.header }));
  // Text wraps in its column and the row is as tall as its longest text (up to Excel's 409 pt), on screen and
  // on paper: a narrative of 400 characters is read whole, not cut at the next column.
  const rowHeights: Record<number, number> = {};
  spec.rows.forEach((row, r) => {
    const texts = row.flatMap((v, i): [string, number][] =>
      typeof v === "string" && v.length > spec.columns[i].width && spec.columns[i].kind === "text"
        ? [[v, spec.columns[i].width]]
        : [],
    );
    if (texts.length) rowHeights[r + 2] = estimateRowHeight(texts, 1, 11);
  });
  spec.rows.forEach((row, r) =>
    row.forEach((v, i) => {
      if (v === null) return;
      const ref = toA1({ row: r + 2, col: i + 1 });
      // A yes/no as 1 or 0 under the column's word format (a boolean cell would print TRUE or FALSE).
      const value = typeof v === "boolean" ? Number(v) : v;
      cells.push({ ref, value: text(value, { sheet: spec.sheet, ref }, clipped) });
    }),
  );
  return {
    name: spec.sheet,
    state: "visible",
    columns: spec.columns.map((c) => ({ width: c.width, style: styles.key("plain", numFmtOf(c.kind, language)) })),
    rowHeights,
    cells,
    merges: [],
    frozen: { rows: 1, cols: 0 },
    protect: false,
    validations: [],
    // Data sheets print in Calibri 11 across pages as needed, at 8 pt or more, the header row on every page.
    print: printLayout({
      widths: spec.columns.map((c) => c.width),
      fontSize: 11,
      footer: PAGE_FOOTER[language],
      titleColumns: 1,
      repeatRows: "1:1",
    }),
    tables: [
      {
        name: spec.name,
        ref: "A1",
        columns: spec.columns.map((c) => {
          const numFmt = numFmtOf(c.kind, language);
          return { name: c.header, ...(numFmt ? { numFmt } : {}), ...(c.kind === "text" ? { wrap: true } : {}) };
        }),
        // Excel wants at least one data row under a table's header: an empty table keeps one blank row.
        rows: Math.max(1, spec.rows.length),
        style: "TableStyleMedium2",
      },
    ],
  };
}
