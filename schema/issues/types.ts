import type { Language } from "../generated/types";

export type Severity = "error" | "warning";

/** Where in the pipeline an issue is found; also the order in which a reader meets them. */
export type IssueLevel = "file" | "identity" | "structure" | "cell" | "rule";

/** A text in each of the three interface languages: all are required for issue messages. */
export type Messages = Record<Language, string>;

/** One entry of the catalogue: a stable kebab-case code with its severity, params and texts. */
export interface IssueDefinition {
  severity: Severity;
  level: IssueLevel;
  /** Names of the params the issue carries; the message template uses them as `{name}`. */
  params: readonly string[];
  /** Params kept for machines (--json, the master's Parameters column) that no sentence shows: a hash. */
  dataParams?: readonly string[];
  title: Messages;
  description: Messages;
  message: Messages;
}

/** Where an issue is, as Excel shows it (1-based rows, letters for columns) plus the JSON path. */
export interface IssueLocation {
  workbook?: string;
  sheet?: string;
  /** A1 address such as "D14". */
  cell?: string;
  row?: number;
  column?: string;
  /** Field name, as the report schema names it (e.g. "status", "women"). */
  field?: string;
}

/**
 * An issue's values: keys and data (a field's key, a measure id, a period such as "2019-H2", a byte count),
 * never a sentence or a translated label; the message's words come from the catalogue when it is rendered.
 */
export type IssueParams = Record<string, string | number | boolean | null>;

/**
 * An issue found in data: returned in reports, never thrown. It holds no words: `renderIssue(issue, lang)`
 * writes its message at the edge (command line, pane, a workbook's issue sheet), in the reader's language.
 */
export interface Issue {
  code: string;
  severity: Severity;
  params: IssueParams;
  /** JSON Pointer into the report document, "" for the whole file. */
  path: string;
  location: IssueLocation;
}

/** An issue with its message in one language, as the command line's `--json` and the reports give it. */
export interface RenderedIssue extends Issue {
  message: string;
}
