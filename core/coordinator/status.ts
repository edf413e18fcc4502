/**
 * Who has not reported, and whom to call: per reporting body and period, whether its report is in the
 * master, which of its measures are overdue, and whom to call (the header of its latest report of any period,
 * else the plan's contacts register); and per period how many of the plan's measures have each verdict, counted
 * as the master and the open data count them (core/coordinator/verdictTallies.ts).
 */
import {
  bodyShortName,
  findBody,
  formatDate,
  formatDateTime,
  measuresForBody,
  periodWords,
  planText,
  type Language,
  type LocalizedString,
  type Plan,
} from "../../schema";
import type { Master, SubmissionLogRow } from "../merge/model";
import { reportingBodies, sortPeriods, type ReportingState } from "../merge/summaries";
import { toCsv } from "./csv";
import { coordinatorLabels } from "./labels";
import { coveredPeriods, isOverdue } from "./period";
import { statusCountLabels, type ContactSource } from "./statusLabels";
import { masterTallies, shareCompleted } from "./verdictTallies";
import type { MeasureVerdict, VerdictTally } from "./verdicts";

export interface Contact {
  name: string | null;
  position: string | null;
  phone: string | null;
  email: string | null;
  /** The date typed in the report's header (null from the register). */
  preparedOn: string | null;
  /** The file the contact was read from (null from the register). */
  fileName: string | null;
  /** submission: the header of the body's latest accepted report; register: the plan's contacts register. */
  source: ContactSource;
}

export interface BodyStatus {
  agency: string;
  /** How a reader of each language names the body in a list (ЭСӨМ, МТСР, MLSD). */
  shortName: LocalizedString;
  name: LocalizedString;
  period: string;
  state: ReportingState;
  fileName: string | null;
  receivedAt: string | null;
  /** Measures of the body whose deadline passed by the end of the period, not reported completed or cancelled. */
  overdue: string[];
  /** From the body's latest accepted report (any period) that names someone, else the plan's register; or null. */
  contact: Contact | null;
}

/** How many measures have each verdict in a period, for the plan (chapterId null) or a chapter. */
export interface StatusCount extends VerdictTally {
  /** Completed measures ÷ the measures counted (117 for the plan). */
  shareCompleted: number | null;
}

export interface StatusSummary {
  periods: string[];
  rows: BodyStatus[];
  /** Bodies by reporting state, per period. */
  totals: { period: string; expected: number; submitted: number; rejected: number; missing: number }[];
  /** Measures by verdict, per period: the plan, then each chapter. */
  counts: StatusCount[];
  /** One verdict per measure and period, with the bodies' own statuses beside it. */
  measures: MeasureVerdict[];
}

/**
 * The status of every reporting body, for one period (a year: its half-years) or every period files came for.
 * @throws {BadPeriodError}
 */
export function summarizeStatus(master: Master, plan: Plan, period?: string): StatusSummary {
  const periods = period
    ? coveredPeriods(period).filter((p) => p.includes("-H") || master.submissions.some((s) => s.period === p))
    : sortPeriods(master.submissions.flatMap((s) => (s.period ? [s.period] : [])));
  const log = new Map<string, SubmissionLogRow[]>();
  for (const s of master.submissions) {
    if (!s.agency || !s.period) continue;
    const k = `${s.agency}\u0000${s.period}`;
    log.set(k, [...(log.get(k) ?? []), s]);
  }
  const statusOf = new Map(master.measureReports.map((r) => [`${r.agency}\u0000${r.period}\u0000${r.measureId}`, r]));
  const rows: BodyStatus[] = [];
  const totals = periods.map((p) => ({ period: p, expected: 0, submitted: 0, rejected: 0, missing: 0 }));
  for (const agency of reportingBodies(plan)) {
    const contact = lastContact(master.submissions, agency) ?? registerContact(plan, agency);
    const measures = measuresForBody(plan, agency).map((m) => m.measure);
    periods.forEach((p, i) => {
      const files = log.get(`${agency}\u0000${p}`) ?? [];
      const current = files.find((f) => f.outcome === "accepted" && f.replacedBy === null) ?? null;
      const state: ReportingState = current
        ? "submitted"
        : files.some((f) => f.outcome === "rejected")
          ? "rejected"
          : "missing";
      const overdue = measures
        .filter((m) => {
          const r = statusOf.get(`${agency}\u0000${p}\u0000${m.id}`);
          return isOverdue(m.deadline.periods, r?.status ?? "not-started", p);
        })
        .map((m) => m.id);
      rows.push({
        agency,
        shortName: {
          ky: bodyShortName(plan, agency, "ky"),
          ru: bodyShortName(plan, agency, "ru"),
          en: bodyShortName(plan, agency, "en"),
        },
        name: findBody(plan.bodies, agency)!.name,
        period: p,
        state,
        fileName: current?.fileName ?? null,
        receivedAt: current?.receivedAt ?? null,
        overdue,
        contact,
      });
      totals[i].expected++;
      totals[i][state]++;
    });
  }
  const { verdicts, tallies } = masterTallies(master, plan, periods);
  const counts = tallies.map((t) => ({ ...t, shareCompleted: shareCompleted(t) }));
  return { periods, rows, totals, counts, measures: verdicts };
}

/** The body's contact in the plan's register, when it has one. */
function registerContact(plan: Plan, agency: string): Contact | null {
  const c = findBody(plan.bodies, agency)?.contact;
  if (!c || !(c.name || c.phone || c.email)) return null;
  return {
    name: c.name ?? null,
    position: c.position ?? null,
    phone: c.phone ?? null,
    email: c.email ?? null,
    preparedOn: null,
    fileName: null,
    source: "register",
  };
}

/** The contacts typed in the header of the body's last accepted report that has any. */
function lastContact(log: SubmissionLogRow[], agency: string): Contact | null {
  const accepted = log.filter((s) => s.agency === agency && s.outcome === "accepted");
  for (const s of accepted.reverse()) {
    const str = (v: string | null | undefined) => (typeof v === "string" && v.trim() ? v.trim() : null);
    const contact: Contact = {
      name: str(s.preparedBy),
      position: str(s.position),
      phone: str(s.phone),
      email: str(s.email),
      preparedOn: str(s.preparedOn),
      fileName: s.fileName,
      source: "submission",
    };
    if (contact.name || contact.phone || contact.email) return contact;
  }
  return null;
}

const text = (s: LocalizedString, lang: Language) => planText(s, lang);

/**
 * One row per body and period, for a mail merge: headers in the reader's language; a text that Excel would take
 * for a formula ("=…", "+996 …") starts with "'" (see toCsv's forSpreadsheet).
 */
export function statusCsv(summary: StatusSummary, lang: Language, stateLabels: Record<ReportingState, string>): string {
  const S = coordinatorLabels[lang].status;
  const C = statusCountLabels[lang];
  const header = [
    S.agency,
    S.name,
    S.period,
    S.state,
    S.overdue,
    S.contact,
    S.position,
    S.phone,
    S.email,
    S.preparedOn,
    C.contactSource,
    S.file,
    S.received,
  ];
  return toCsv(
    [
      header,
      ...summary.rows.map((r) => [
        text(r.shortName, lang),
        text(r.name, lang),
        periodWords(r.period, lang),
        stateLabels[r.state],
        r.overdue.join(" "),
        r.contact?.name ?? null,
        r.contact?.position ?? null,
        r.contact?.phone ?? null,
        r.contact?.email ?? null,
        r.contact?.preparedOn ? formatDate(r.contact.preparedOn) : null,
        r.contact ? C.sources[r.contact.source] : null,
        r.fileName,
        r.receivedAt ? formatDateTime(r.receivedAt) : null,
      ]),
    ],
    // For a mail merge in Excel: names, positions, phones and file names an agency typed never run as formulas.
    { forSpreadsheet: true },
  );
}
