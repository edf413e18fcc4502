/**
 * Rules across cells that JSON Schema cannot express. Each rule looks at one entry with its measure and
 * says what it finds through `report`; the issue is located through the cell map like any other.
 */
import {
  deadlineParam,
  isDeadlinePassed,
  type IssueCode,
  type IssueParams,
  type Measure,
  type Period,
  type ReportEntry,
} from "../../schema";

export interface RuleContext {
  measure: Measure;
  period: Period;
  /** JSON Pointer of the entry, e.g. "/entries/3". */
  path: string;
  report(code: IssueCode, params: IssueParams, path: string, field?: string): void;
}

export type EntryRule = (entry: ReportEntry, ctx: RuleContext) => void;

const hasValues = (e: ReportEntry) => e.indicators.length > 0 || e.spending !== undefined || e.evidence !== undefined;

export const peopleAddUp: EntryRule = (entry, ctx) => {
  entry.indicators.forEach((v, i) => {
    if (
      v.kind === "people" &&
      v.women !== undefined &&
      v.men !== undefined &&
      v.total !== undefined &&
      v.women + v.men !== v.total
    )
      ctx.report(
        "people-sum-mismatch",
        { women: v.women, men: v.men, total: v.total },
        `${ctx.path}/indicators/${i}/total`,
        "total",
      );
  });
};

export const completedNeedsEvidence: EntryRule = (entry, ctx) => {
  if (entry.status === "completed" && !entry.evidence)
    ctx.report("completed-without-evidence", { measure: ctx.measure.id }, `${ctx.path}/evidence`, "document");
};

export const notStartedHasNoValues: EntryRule = (entry, ctx) => {
  // A source chosen with no amount, or an amount of zero, is not a value reported.
  if (
    entry.status === "not-started" &&
    (entry.indicators.length > 0 || (entry.spending?.amount ?? 0) > 0 || entry.evidence !== undefined)
  )
    ctx.report("not-started-with-values", { measure: ctx.measure.id }, `${ctx.path}/status`, "status");
};

export const spendingNeedsSource: EntryRule = (entry, ctx) => {
  if (entry.spending?.amount !== undefined && entry.spending.amount > 0 && !entry.spending.source)
    ctx.report("spending-without-source", { measure: ctx.measure.id }, `${ctx.path}/spending/source`, "source");
};

export const valuesNeedStatus: EntryRule = (entry, ctx) => {
  if (!entry.status && (hasValues(entry) || entry.narrative !== undefined || entry.obstacles !== undefined))
    ctx.report("status-missing-with-values", { measure: ctx.measure.id }, `${ctx.path}/status`, "status");
};

export const overdueNotStarted: EntryRule = (entry, ctx) => {
  if (entry.status === "not-started" && isDeadlinePassed(ctx.measure.deadline.periods, ctx.period))
    ctx.report(
      "deadline-passed-not-started",
      // The structured deadline, so each language renders it in its own words (the printed text is Kyrgyz).
      { measure: ctx.measure.id, deadline: deadlineParam(ctx.measure.deadline) },
      `${ctx.path}/status`,
      "status",
    );
};

/** The rules in the order their issues are listed. Add a rule here and it runs everywhere. */
export const ENTRY_RULES: EntryRule[] = [
  valuesNeedStatus,
  notStartedHasNoValues,
  completedNeedsEvidence,
  spendingNeedsSource,
  peopleAddUp,
  overdueNotStarted,
];
