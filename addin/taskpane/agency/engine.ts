/**
 * The agency's checks on the open workbook: the same core as `tendik validate` (readReport, checkReport,
 * sortIssues, the embedded plan), on the grid the Office.js adapter reads instead of a file's bytes. The file
 * checks of validateWorkbook (zip size, encryption) concern bytes and have no counterpart in an open workbook.
 * Loaded as a chunk of its own: the plan and the validators are most of the pane's weight.
 */
import { readReport, validateGrid as checkGrid, type WorkbookGrid } from "../../../core";
import type { IssueMark } from "../../../core/port";
import { readIdentitySheet } from "../../../core/template/identity";
import {
  defaultPlan,
  findBody,
  planPeriods,
  reportingBodies as bodiesThatReport,
  type Issue,
  type Language,
  type Plan,
} from "../../../schema";

/** What the open workbook is, for the pane to choose its screen. */
export type WorkbookKind =
  | {
      kind: "template";
      agency: string;
      agencyName: string;
      period: string;
      planTitle: string;
      /** Why it is not this plan's template (another plan, a newer format), when that is so. */
      identityIssues: Issue[];
    }
  | { kind: "master" }
  | { kind: "other" };

export interface GridValidation {
  issues: Issue[];
  errors: number;
  warnings: number;
}

export const plan: Plan = defaultPlan;

/** A Tendik template or master (by its identity sheet), or any other workbook. */
export function describeWorkbook(grid: WorkbookGrid, lang: Language): WorkbookKind {
  const raw = readIdentitySheet(grid)?.values;
  if (!raw) return { kind: "other" };
  if (raw.get("kind") === "master") return { kind: "master" };
  const reading = readReport(grid, { plan, lang });
  const agency = reading.identity?.agency ?? raw.get("agency") ?? "";
  const body = findBody(plan.bodies, agency);
  return {
    kind: "template",
    agency,
    agencyName: body ? (body.name[lang] ?? body.name.ky) : agency,
    period: reading.identity?.period ?? raw.get("period") ?? "",
    planTitle: plan.title[lang] ?? plan.title.ky,
    identityIssues: reading.identity ? [] : reading.issues,
  };
}

/** Every issue of the open workbook: the core's check of a grid, the one `tendik validate` runs after reading a file. */
export function validateGrid(grid: WorkbookGrid, lang: Language, source = ""): GridValidation {
  const { task } = checkGrid(grid, { source, plan, lang });
  return { issues: task.issues, errors: task.stats.errors, warnings: task.stats.warnings };
}

/** The cells to mark: issues with a sheet and a cell. */
export function marksOf(issues: Issue[]): IssueMark[] {
  return issues
    .filter((i) => i.location.sheet && i.location.cell)
    .map((i) => ({ sheet: i.location.sheet!, cell: i.location.cell!, severity: i.severity, message: i.message }));
}

/** Bodies with measures to report on (code and name in `lang`), as `tendik template --all` lists them. */
export function reportingBodies(lang: Language): { code: string; name: string }[] {
  return bodiesThatReport(plan)
    .map((code) => findBody(plan.bodies, code)!)
    .map((b) => ({ code: b.code, name: b.name[lang] ?? b.name.ky }));
}

/** The plan's reporting periods (half-years, then whole years). */
export function reportingPeriods(): string[] {
  return planPeriods(plan.period);
}
