/** The consolidated report as a list of blocks, for any document renderer (the .docx adapter draws it). */

/** A stacked bar chart with its data (a document has no cells to point at). */
export interface ChartData {
  title: string;
  categories: string[];
  series: { name: string; color: string; values: number[] }[];
}

export type ReportBlock =
  | { kind: "title"; text: string; subtitle: string[] }
  /** Word builds a table of contents from the headings of levels 1–3. */
  | { kind: "toc"; title: string }
  | { kind: "heading"; level: 1 | 2 | 3 | 4; text: string }
  | { kind: "paragraph"; text: string; style?: "note" | "missing" }
  /** Label/value lines (deadline, responsible bodies). */
  | { kind: "fields"; fields: [string, string][] }
  | { kind: "table"; headers: string[]; rows: string[][]; widths: number[]; totalRow?: boolean }
  | { kind: "chart"; chart: ChartData }
  /** One body's report on a measure for one period (or that it did not report). */
  | {
      kind: "bodyReport";
      /** The body's code in the plan. */
      code: string;
      /** The body as a reader of the report's language names it (ЭСӨМ, МТСР, MLSD). */
      body: string;
      period: string | null;
      missing: boolean;
      overdue: boolean;
      fields: [string, string][];
    };

export interface ConsolidatedReport {
  language: "ky" | "ru" | "en";
  title: string;
  /** Header and footer text. */
  runningHead: string;
  pageWord: string;
  period: string;
  blocks: ReportBlock[];
}
