/**
 * The agency's checks on the open workbook: the same core as `tendik validate` (readReport, checkReport,
 * sortIssues), on the grid the Office.js adapter reads instead of a file's bytes, for the plan in use (the
 * embedded plan or a plan file the user chose: plan/planStore.ts, part of this chunk). The file checks of
 * validateWorkbook (zip size, encryption) concern bytes and have no counterpart in an open workbook.
 * Loaded as a chunk of its own: the plan, the plan check and the validators are most of the pane's weight.
 */
import { readReport, validateGrid as checkGrid, type WorkbookGrid } from "../../../core";
import type { IssueMark } from "../../../core/port";
import { readIdentitySheet } from "../../../core/template/identity";
import {
  bodyShortName,
  findBody,
  planPeriods,
  planText,
  reportingBodies as bodiesThatReport,
  type Issue,
  type Language,
  type Plan,
} from "../../../schema";
import { otherPlanOf, type OtherPlan, type PlanInUse } from "../plan/planStore";

export * as planStore from "../plan/planStore";

/** What the open workbook is, for the pane to choose its screen. */
export type WorkbookKind =
  | {
      kind: "template";
      agency: string;
      agencyName: string;
      /** The body as a reader of the pane's language names it (ЭСӨМ, МТСР, MLSD). */
      agencyShort: string;
      period: string;
      /** The plan's title in the pane's language, or the plan id the workbook names when it is another plan's. */
      planTitle: string;
      /** Why it is not this plan's template (a newer format, an edited identity), when that is so. */
      identityIssues: Issue[];
      /** The plan the workbook was made for, when it is not the plan in use. */
      otherPlan: OtherPlan | null;
    }
  | { kind: "master"; otherPlan: OtherPlan | null }
  | { kind: "other" };

export interface GridValidation {
  issues: Issue[];
  errors: number;
  warnings: number;
}

/** A Tendik template or master (by its identity sheet), or any other workbook; and whether it is `inUse`'s. */
export function describeWorkbook(grid: WorkbookGrid, inUse: PlanInUse, lang: Language): WorkbookKind {
  const raw = readIdentitySheet(grid)?.values;
  if (!raw) return { kind: "other" };
  const { plan } = inUse;
  const otherPlan = otherPlanOf(raw.get("planId") ?? "", raw.get("planHash") ?? "", inUse);
  if (raw.get("kind") === "master") return { kind: "master", otherPlan };
  const reading = readReport(grid, { plan, lang });
  const agency = reading.identity?.agency ?? raw.get("agency") ?? "";
  const body = otherPlan ? undefined : findBody(plan.bodies, agency);
  return {
    kind: "template",
    agency,
    agencyName: body ? planText(body.name, lang) : agency,
    agencyShort: body ? bodyShortName(plan, body.code, lang) : agency,
    period: reading.identity?.period ?? raw.get("period") ?? "",
    planTitle: otherPlan ? otherPlan.planId : planText(plan.title, lang),
    // Another plan's template is said by the pane in its own words, with what to do (load that plan).
    identityIssues: reading.identity || otherPlan ? [] : reading.issues,
    otherPlan,
  };
}

/** Every issue of the open workbook: the core's check of a grid, the one `tendik validate` runs after reading a file. */
export function validateGrid(grid: WorkbookGrid, plan: Plan, lang: Language, source = ""): GridValidation {
  const { task } = checkGrid(grid, { source, plan, lang });
  return { issues: task.issues, errors: task.stats.errors, warnings: task.stats.warnings };
}

/** The cells to mark: issues with a sheet and a cell. */
export function marksOf(issues: Issue[]): IssueMark[] {
  return issues
    .filter((i) => i.location.sheet && i.location.cell)
    .map((i) => ({ sheet: i.location.sheet!, cell: i.location.cell!, severity: i.severity, message: i.message }));
}

/** Bodies with measures to report on (code, short and full name in `lang`), as `tendik template --all` lists them. */
export function reportingBodies(plan: Plan, lang: Language): { code: string; short: string; name: string }[] {
  return bodiesThatReport(plan)
    .map((code) => findBody(plan.bodies, code)!)
    .map((b) => ({ code: b.code, short: bodyShortName(plan, b.code, lang), name: planText(b.name, lang) }));
}

/** The plan's reporting periods (half-years, then whole years). */
export function reportingPeriods(plan: Plan): string[] {
  return planPeriods(plan.period);
}
