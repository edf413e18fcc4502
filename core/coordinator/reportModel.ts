/** The consolidated report as a list of blocks, for any document renderer (the .docx adapter draws it). */
import type { Verdict } from "../../schema";

/** A stacked bar chart with its data (a document has no cells to point at). */
export interface ChartData {
  title: string;
  categories: string[];
  series: { name: string; color: string; values: number[] }[];
}

export type ReportBlock =
  /** The first page's head: who issues the report, its outgoing number and date, and to whom it goes. */
  | { kind: "letterhead"; issuer: string; reference: string; addressee: string }
  | { kind: "title"; text: string; subtitle: string[] }
  /** Word builds a table of contents from the headings of levels 1–3. */
  | { kind: "toc"; title: string }
  | { kind: "heading"; level: 1 | 2 | 3 | 4; text: string; newPage?: boolean }
  /** Undefined style: a task's line (bold); "body": running text; "note": small italic. */
  | { kind: "paragraph"; text: string; style?: "note" | "body" }
  /** A numbered list (the notes' rule). */
  | { kind: "list"; title: string; items: string[] }
  /** Label/value lines (deadline, responsible bodies). */
  | { kind: "fields"; fields: [string, string][] }
  /** A measure's verdict, drawn in its colour, with the bodies' own statuses beside it. */
  | { kind: "verdict"; label: string; verdict: Verdict; text: string; note: string | null }
  /**
   * A table; the renderer sets each column's width from its words, so that none is broken inside a word.
   * `numeric` columns are right-aligned; `bold` rows and columns are totals.
   */
  | {
      kind: "table";
      caption?: string;
      headers: string[];
      rows: string[][];
      numeric: boolean[];
      bold?: { rows?: number[]; columns?: number[] };
      small?: boolean;
    }
  | { kind: "chart"; chart: ChartData }
  /** One body's report on a measure for one period: what it did, spent, documented and found in the way. */
  | {
      kind: "bodyReport";
      /** The body's code in the plan. */
      code: string;
      /** The body as a reader of the report's language names it (ЭСӨМ, МТСР, MLSD). */
      body: string;
      period: string | null;
      /** The line that heads it: the body, and the period in words when the report joins several. */
      who: string;
      overdue: boolean;
      fields: [string, string][];
    }
  /** The signature block: position and name, or blank lines with their hints to fill in by hand. */
  | { kind: "signature"; position: string | null; name: string | null; positionHint: string; nameHint: string };

export interface ConsolidatedReport {
  language: "ky" | "ru" | "en";
  title: string;
  /** The issuing body's name (the document's author in its properties), or "" when the plan names none. */
  issuer: string;
  /** Header text of the pages after the first. */
  runningHead: string;
  pageWord: string;
  period: string;
  blocks: ReportBlock[];
}

/** What the coordinator states on the first page and in the signature block (options of `tendik report`). */
export interface ReportOptions {
  /** Overrides the plan's addressee. */
  addressee?: string;
  /** The outgoing number. */
  number?: string;
  /** The outgoing date, ISO (YYYY-MM-DD). */
  date?: string;
  signatory?: { position: string; name: string };
}
