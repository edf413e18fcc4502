/**
 * The agency's checks on the open workbook: the same core as `tendik validate` (readReport, checkReport,
 * sortIssues), on the grid the Office.js adapter reads instead of a file's bytes, for the plan in use (the
 * embedded plan or a plan file the user chose: plan/planStore.ts, part of this chunk). The file checks of
 * validateWorkbook (zip size, encryption) concern bytes and have no counterpart in an open workbook.
 * Loaded as a chunk of its own: the plan, the plan check and the validators are most of the pane's weight.
 */
import { layoutReport, readReport, templateLabels, validateGrid as checkGrid, type WorkbookGrid } from "../../../core";
import type { IssueMark } from "../../../core/port";
import { IDENTITY_SHEET, readIdentitySheet } from "../../../core/template/identity";
import {
  bodyShortName,
  findBody,
  planPeriods,
  planText,
  renderIssue,
  reportingBodies as bodiesThatReport,
  type Issue,
  type Language,
  type LocalizedString,
  type Plan,
  type Report,
} from "../../../schema";
import { catalogue, type IssueCode } from "../../../schema/issues/catalogue";
import { otherPlanOf, type OtherPlan, type PlanInUse } from "../plan/planStore";

export * as planStore from "../plan/planStore";
/** The issue renderer, in this chunk with the catalogue it words from. */
export { renderIssue } from "../../../schema/issues/render";

/** What the open workbook is, for the pane to choose its screen. */
export type WorkbookKind =
  | {
      kind: "template";
      agency: string;
      /** The body's name in each language (null when the plan in use does not know it). */
      agencyName: LocalizedString | null;
      period: string;
      /** The plan's title in each language; null when the workbook is another plan's (the notice names it). */
      planTitle: LocalizedString | null;
      /** Why it is not this plan's template (a newer format, an edited identity), when that is so. */
      identityIssues: Issue[];
      /** The plan the workbook was made for, when it is not the plan in use. */
      otherPlan: OtherPlan | null;
      /** The template's sheets as this workbook names them (in the template's language); null where absent. */
      reportSheet: string | null;
      instructionsSheet: string | null;
    }
  | { kind: "master"; otherPlan: OtherPlan | null }
  | { kind: "other" };

/** What an issue is about: the measure (and the indicator) of the plan, by id; null for the file or header. */
export interface IssueSubject {
  measure: string;
  indicator?: string;
}

export interface GridValidation {
  issues: Issue[];
  errors: number;
  warnings: number;
  /** The measure (and indicator) each issue is about, where it is about one. */
  subjects: Map<Issue, IssueSubject>;
}

/**
 * A Tendik template or master (by its identity sheet), or any other workbook; and whether it is `inUse`'s. In no
 * language: the pane words it, so a change of language does not read the workbook again.
 */
export function describeWorkbook(grid: WorkbookGrid, inUse: PlanInUse): WorkbookKind {
  const raw = readIdentitySheet(grid)?.values;
  if (!raw) return { kind: "other" };
  const { plan } = inUse;
  const otherPlan = otherPlanOf(raw.get("planId") ?? "", raw.get("planHash") ?? "", inUse);
  if (raw.get("kind") === "master") return { kind: "master", otherPlan };
  const reading = readReport(grid, { plan });
  const agency = reading.identity?.agency ?? raw.get("agency") ?? "";
  const body = otherPlan ? undefined : findBody(plan.bodies, agency);
  return {
    kind: "template",
    agency,
    agencyName: body ? body.name : null,
    period: reading.identity?.period ?? raw.get("period") ?? "",
    planTitle: otherPlan ? null : plan.title,
    // Another plan's template is said by the pane in its own words, with what to do (load that plan).
    identityIssues: reading.identity || otherPlan ? [] : reading.issues,
    otherPlan,
    reportSheet: sheetNamed(grid, "report"),
    instructionsSheet: sheetNamed(grid, "instructions"),
  };
}

/** The name of one of the template's sheets in whichever language the template was written. */
function sheetNamed(grid: WorkbookGrid, sheet: "report" | "instructions"): string | null {
  const names = new Set(Object.values(templateLabels).map((l) => l.sheets[sheet]));
  return grid.sheets.find((s) => names.has(s.name))?.name ?? null;
}

/** Every issue of the open workbook: the core's check of a grid, the one `tendik validate` runs after reading a file. */
export function validateGrid(grid: WorkbookGrid, plan: Plan, source = ""): GridValidation {
  const { task, reading } = checkGrid(grid, { source, plan });
  const subjects = new Map<Issue, IssueSubject>();
  const agency = reading.identity?.agency;
  const layout = agency ? layoutReport(plan, agency) : null;
  const reportSheets = new Set(Object.values(templateLabels).map((l) => l.sheets.report));
  for (const issue of task.issues) {
    const subject =
      subjectByPath(issue, reading.report) ??
      (layout && issue.location.row && reportSheets.has(issue.location.sheet ?? "")
        ? subjectByRow(issue.location.row, layout)
        : null);
    if (subject) subjects.set(issue, subject);
  }
  return { issues: task.issues, errors: task.stats.errors, warnings: task.stats.warnings, subjects };
}

/** The measure an issue names itself, or the entry (and indicator) its JSON path points into. */
function subjectByPath(issue: Issue, report: Report | null): IssueSubject | null {
  const m = /^\/entries\/(\d+)(?:\/indicators\/(\d+))?/.exec(issue.path);
  const entry = m ? report?.entries[Number(m[1])] : undefined;
  const measure = typeof issue.params.measure === "string" ? issue.params.measure : entry?.measureId;
  if (!measure) return null;
  const indicator = m?.[2] !== undefined ? entry?.indicators?.[Number(m[2])]?.indicatorId : undefined;
  return indicator ? { measure, indicator } : { measure };
}

/** Where the report could not be read whole: the template's layout says which measure a row belongs to. */
function subjectByRow(row: number, layout: ReturnType<typeof layoutReport>): IssueSubject | null {
  const m = layout.measures.find((x) => row >= x.row && row < x.row + x.span);
  if (!m) return null;
  const indicator = m.indicators.find((i) => i.row === row)?.indicator.id;
  return indicator && m.indicators.length > 1 ? { measure: m.measure.id, indicator } : { measure: m.measure.id };
}

/** The catalogue's short title of an issue code, for a group of issues of one kind. */
export function issueTitle(code: string, lang: Language): string {
  return (catalogue as Record<string, { title: Record<Language, string> }>)[code as IssueCode]?.title[lang] ?? code;
}

/** Whether an issue sits on the template's hidden identity sheet (a person is shown the file, not the cell). */
export function onHiddenSheet(issue: Issue): boolean {
  return issue.location.sheet === IDENTITY_SHEET;
}

/** The cells to mark: issues with a sheet and a cell, each with its message in `lang` (the cell's comment). */
export function marksOf(issues: Issue[], lang: Language): IssueMark[] {
  return issues
    .filter((i) => i.location.sheet && i.location.cell)
    .map((i) => ({
      sheet: i.location.sheet!,
      cell: i.location.cell!,
      severity: i.severity,
      message: renderIssue(i, lang),
    }));
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
