/**
 * Random valid submissions for the merge's property tests: reports of random bodies and periods with random
 * values of every kind (text that looks like a formula included), read back from the template a clerk would
 * fill (specToGrid), so each is checked by the same reader and rules as a real file.
 */
import fc from "fast-check";
import { buildTemplate, checkReport, readReport, reportHeader } from "../../core";
import { reportingBodies, type Submission } from "../../core/merge";
import {
  defaultPlan,
  hashJson,
  measuresForBody,
  planPeriods,
  type Indicator,
  type IndicatorValue,
  type Measure,
  type Report,
  type ReportEntry,
} from "../../schema";
import { specToGrid } from "./specToGrid";

export const AGENCIES = reportingBodies(defaultPlan);
/** Bodies with few measures keep the property tests fast; the big ones are covered by fixed cases. */
export const SMALL_AGENCIES = AGENCIES.filter((a) => measuresForBody(defaultPlan, a).length <= 8);
export const PERIODS = planPeriods(defaultPlan.period);

const CHARS = [..."абвгдеңөүжзийклмнопрстуфхцчшыэюя АБВЖ ABCxyz0123456789.,;:!?()№-+=@\"'<>&/%"];
/** Trimmed, non-empty text, as a clerk's cell reads back; sometimes starting like a formula. */
export const textArb = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 30 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "=1+1",
        "+996 555 123456",
        "@x",
        "-x",
        '=HYPERLINK("http://x.kg","click")',
        "=SUM(A1:A9)",
      ),
    },
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const isoDate = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((d) => new Date(Date.UTC(2018, 0, 1) + d * 86400000).toISOString().slice(0, 10));

function valueArb(ind: Indicator): fc.Arbitrary<IndicatorValue> {
  const indicatorId = ind.id;
  switch (ind.kind) {
    case "people":
      return fc
        .tuple(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 100000 }))
        .map(([women, men]) => ({ indicatorId, kind: "people" as const, women, men, total: women + men }));
    case "document":
      return fc
        .record({ done: fc.boolean(), reference: fc.option(textArb, { nil: undefined }) })
        .map(({ done, reference }) => ({
          indicatorId,
          kind: "document" as const,
          done,
          ...(reference ? { reference } : {}),
        }));
    case "text":
      return textArb.map((value) => ({ indicatorId, kind: "text" as const, value }));
    case "percent":
      return fc.integer({ min: 0, max: 1000 }).map((n) => ({ indicatorId, kind: "percent" as const, value: n / 10 }));
    case "amount":
      return fc.integer({ min: 0, max: 1e11 }).map((n) => ({ indicatorId, kind: "amount" as const, value: n / 100 }));
    case "count":
      return fc.integer({ min: 0, max: 1e9 }).map((value) => ({ indicatorId, kind: "count" as const, value }));
  }
}

const evidenceArb = (required: boolean) =>
  fc
    .record({
      document: fc.option(textArb, { nil: undefined }),
      date: fc.option(isoDate, { nil: undefined }),
      link: fc.option(fc.stringMatching(/^https:\/\/ex\.kg\/[a-z0-9]{1,8}$/), { nil: undefined }),
    })
    .map((e) => ({
      ...(e.document || required ? { document: e.document ?? "№ 1" } : {}),
      ...(e.date ? { date: e.date } : {}),
      ...(e.link ? { link: e.link } : {}),
    }));

/** An entry the rules accept: a measure not started has no values; a completed one has evidence. */
function entryArb(measure: Measure): fc.Arbitrary<ReportEntry> {
  const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  return fc
    .constantFrom("not-started", "in-progress", "completed", "suspended", "cancelled" as const)
    .chain((status) => {
      const words = { narrative: opt(textArb), obstacles: opt(textArb) };
      if (status === "not-started")
        return fc
          .record(words)
          .map((w) => ({ measureId: measure.id, status, indicators: [], ...clean(w) }) as ReportEntry);
      return fc
        .record({
          ...words,
          values: fc.tuple(...measure.indicators.map((ind) => opt(valueArb(ind)))),
          spending: opt(
            fc.record({
              amount: fc.integer({ min: 0, max: 1e9 }).map((n) => n / 100),
              source: fc.constantFrom(
                "republican-budget",
                "local-budget",
                "international-organizations",
                "other" as const,
              ),
            }),
          ),
          evidence: status === "completed" ? evidenceArb(true) : opt(evidenceArb(false)),
        })
        .map(({ values, evidence, ...rest }) => {
          const e = evidence && Object.keys(evidence).length ? evidence : undefined;
          return {
            measureId: measure.id,
            status,
            indicators: values.filter((v): v is IndicatorValue => v !== undefined),
            ...clean({ ...rest, evidence: e }),
          } as ReportEntry;
        });
    });
}

function clean<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A valid report of a body for a period; `name` makes two reports of the same slot differ. */
export function reportArb(agency: string, period: string): fc.Arbitrary<Report> {
  const measures = measuresForBody(defaultPlan, agency).map((m) => m.measure);
  return fc.record({ name: textArb, entries: fc.tuple(...measures.map(entryArb)) }).map(({ name, entries }) => ({
    header: reportHeader(defaultPlan, agency, period, { name }),
    entries,
  }));
}

/** Reports of distinct (body, period) slots. */
export const distinctReportsArb = (max = 6, agencies = SMALL_AGENCIES) =>
  fc
    .uniqueArray(fc.tuple(fc.constantFrom(...agencies), fc.constantFrom(...PERIODS)), {
      minLength: 1,
      maxLength: max,
      selector: ([a, p]) => `${a}|${p}`,
    })
    .chain((slots) => fc.tuple(...slots.map(([a, p]) => reportArb(a, p))));

/**
 * What the merge receives for a report: the template prefilled with it, read back and checked as a real
 * file would be. The SHA-256 stands in for the file's: the same content is the same file.
 */
export function submit(
  report: Report,
  fileName = `${report.header.agency}-${report.header.period}.xlsx`,
  receivedAt = "2020-01-15T10:00:00.000Z",
): Submission {
  const grid = specToGrid(
    buildTemplate({ agency: report.header.agency, period: report.header.period, language: "ky", prefill: report }),
  );
  const reading = readReport(grid, { plan: defaultPlan, workbook: fileName });
  const issues = reading.report ? [...reading.issues, ...checkReport(reading, defaultPlan, fileName)] : reading.issues;
  return {
    fileName,
    receivedAt,
    sha256: hashJson({ report: reading.report, fileName }),
    report: reading.report,
    issues,
  };
}

/** Every value a report holds, one token each, as "agency|period|measure|field|value". */
export function typedTokens(report: Report): string[] {
  const { agency, period } = report.header;
  const out: string[] = [];
  for (const e of report.entries) {
    const t = (field: string, v: unknown) =>
      v !== undefined && v !== null && out.push(`${agency}|${period}|${e.measureId}|${field}|${String(v)}`);
    t("status", e.status);
    t("narrative", e.narrative);
    t("obstacles", e.obstacles);
    t("spendingAmount", e.spending?.amount);
    t("spendingSource", e.spending?.source);
    t("evidenceDocument", e.evidence?.document);
    t("evidenceDate", e.evidence?.date);
    t("evidenceLink", e.evidence?.link);
    for (const v of e.indicators) {
      const i = (field: string, x: unknown) => t(`${v.indicatorId}.${field}`, x);
      if (v.kind === "people") for (const f of ["women", "men", "total"] as const) i(f, v[f]);
      else if (v.kind === "document") for (const f of ["done", "reference"] as const) i(f, v[f]);
      else if (v.kind === "text") i("text", v.value);
      else i("value", v.value);
    }
  }
  return out;
}
