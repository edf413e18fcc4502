import {
  findBody,
  type Body,
  type Deadline,
  type FundingSource,
  type Indicator,
  type IndicatorKind,
  type LocalizedString,
  type Measure,
  type ResponsibleBody,
} from "../../schema";
import { deriveIndicatorsText, deriveResponsibleText } from "./derive";
import { AGREEMENT_PREFIX, AGREEMENT_SUFFIX } from "./layout";
import { parseDeadlineText, parseSourceLines, parseSpans, parseYesNo, splitLines } from "./notation";
import type { KeyedSheet, PlanContext } from "./planContext";

/** The rows of one measure on the measures sheet, as the sheet reader found them. */
export interface MeasureRows {
  id: string;
  taskId: string;
  first: number;
  indicatorRows: number[];
  /** JSON Pointer of the measure in the plan document. */
  path: string;
}

const KINDS: IndicatorKind[] = ["count", "people", "percent", "amount", "document", "text"];
const SOURCES: FundingSource[] = ["republican-budget", "local-budget", "international-organizations"];
const YES_NO = "ооба, жок";

/** Builds one measure from its rows; problems become issues at their cells. Returns null if it has errors. */
export function buildMeasure(
  rows: MeasureRows,
  sheet: KeyedSheet,
  ctx: PlanContext,
  bodies: Body[],
  byAgreement: Set<string>,
): Measure | null {
  const before = ctx.issues.length;
  const r = rows.first;
  const at = (row: number, key: string) => ({ sheet: sheet.grid.name, cell: sheet.ref(row, key) });
  const field = (key: string) => sheet.field(key);
  const required = (row: number, key: string) => ctx.add("plan-text-required", { field: field(key) }, at(row, key));
  const unreadable = (row: number, key: string, value: string, expected: string) =>
    ctx.add("plan-value-unreadable", { field: field(key), value, expected }, at(row, key));
  const localized = (row: number, key: string, need: boolean): LocalizedString | null => {
    const ky = sheet.text(row, key);
    const ru = sheet.text(row, `${key}.ru`);
    const en = sheet.text(row, `${key}.en`);
    if (!ky) {
      if (need || ru || en) required(row, key);
      return null;
    }
    return { ky, ...(ru ? { ru } : {}), ...(en ? { en } : {}) };
  };
  const map = (suffix: string, row: number, key: string) => ctx.map(`${rows.path}${suffix}`, at(row, key));
  map("", r, "measure.id");
  map("/id", r, "measure.id");
  map("/text", r, "measure");
  map("/responsible", r, "responsible");
  map("/deadline", r, "deadline");

  const indicators = rows.indicatorRows.map((row, i) => readIndicator(row, i));
  const responsible = readResponsible();
  const derived = deriveResponsibleText(responsible);
  const measure: Measure = {
    id: rows.id,
    text: localized(r, "measure", true) ?? { ky: "" },
    baseline: localized(r, "baseline", false),
    indicators,
    indicatorsText: readIndicatorsText(indicators),
    deadline: readDeadline(),
    expectedResults: localized(r, "expectedResults", false),
    responsible: responsible as Measure["responsible"],
    responsibleText: sheet.text(r, "responsibleText") ?? derived.text,
    agreementMarker: readMarker(derived.marker),
    funding: readFunding(),
  };
  const lines = sheet.text(r, "sourceLines");
  if (lines) {
    const parsed = parseSourceLines(lines);
    if (parsed) measure.sourceLines = parsed;
    else unreadable(r, "sourceLines", lines, "text 106-122; baseline 124-139");
  }
  measure.notes = splitLines(sheet.text(r, "notes") ?? "");
  return ctx.issues.length > before ? null : measure;

  function readIndicator(row: number, index: number): Indicator {
    const id = sheet.text(row, "indicator.id") ?? `${rows.id}.${index + 1}`;
    ctx.map(`${rows.path}/indicators/${index}`, at(row, "indicator"));
    ctx.map(`${rows.path}/indicators/${index}/id`, at(row, "indicator.id"));
    const kindText = sheet.text(row, "indicator.kind");
    if (!kindText) required(row, "indicator.kind");
    else if (!KINDS.includes(kindText as IndicatorKind)) unreadable(row, "indicator.kind", kindText, KINDS.join(", "));
    const kind = (kindText ?? "text") as IndicatorKind;
    const yesNo = (key: string, fallback: boolean) => {
      const v = sheet.raw(row, key);
      if (v === null || v === "") return fallback;
      const b = parseYesNo(v);
      if (b === null) unreadable(row, key, String(v), YES_NO);
      return b ?? fallback;
    };
    const out: Indicator = {
      id,
      text: localized(row, "indicator", true) ?? { ky: "" },
      kind,
      sexDisaggregated: yesNo("indicator.sex", kind === "people"),
      interpreted: yesNo("indicator.interpreted", false),
    };
    const unit = localized(row, "indicator.unit", false);
    if (unit) out.unit = unit;
    const note = sheet.text(row, "indicator.note");
    if (note) out.note = note;
    return out;
  }

  function readIndicatorsText(list: Indicator[]): LocalizedString | null {
    const printed = sheet.text(r, "indicatorsText");
    if (printed === null) return deriveIndicatorsText(list);
    if (printed.toLowerCase() === "none") return null;
    const ru = sheet.text(r, "indicatorsText.ru");
    const en = sheet.text(r, "indicatorsText.en");
    return { ky: printed, ...(ru ? { ru } : {}), ...(en ? { en } : {}) };
  }

  function readDeadline(): Deadline {
    const text = sheet.text(r, "deadline");
    if (!text) required(r, "deadline");
    const recurrenceText = sheet.text(r, "deadline.recurrence");
    let recurrence: Deadline["recurrence"] = null;
    if (recurrenceText) {
      if (/^(annual|жыл сайын|ежегодно)$/i.test(recurrenceText)) recurrence = "annual";
      else unreadable(r, "deadline.recurrence", recurrenceText, "annual");
    }
    const periodsText = sheet.text(r, "deadline.periods");
    let periods: Deadline["periods"] = [];
    if (periodsText) {
      const spans = parseSpans(periodsText);
      if (spans) periods = spans;
      else ctx.add("plan-deadline-unreadable", { measure: rows.id, text: periodsText }, at(r, "deadline.periods"));
    } else if (text && recurrence === null) {
      const read = parseDeadlineText(text);
      if (!read) ctx.add("plan-deadline-unreadable", { measure: rows.id, text }, at(r, "deadline"));
      else {
        periods = read.spans;
        if (read.annual) recurrence = "annual";
      }
    }
    return { text: text ?? "", periods, recurrence, note: sheet.text(r, "deadline.note") };
  }

  function readResponsible(): ResponsibleBody[] {
    const cell = sheet.text(r, "responsible");
    if (!cell) {
      required(r, "responsible");
      return [];
    }
    const out: ResponsibleBody[] = [];
    for (const line of cell
      .split(/\n|;/)
      .map((l) => l.trim())
      .filter(Boolean)) {
      const marked = AGREEMENT_SUFFIX.test(line) || AGREEMENT_PREFIX.test(line);
      const printed = line.replace(AGREEMENT_SUFFIX, "").replace(AGREEMENT_PREFIX, "").trim();
      const body = findBody(bodies, printed);
      if (!body) {
        ctx.add("plan-unknown-body", { body: printed, measure: rows.id }, at(r, "responsible"));
        continue;
      }
      out.push({ code: body.code, printed, byAgreement: marked || byAgreement.has(body.code) });
    }
    return out;
  }

  function readMarker(derived: Measure["agreementMarker"]): Measure["agreementMarker"] {
    const v = sheet.text(r, "agreementMarker");
    if (v === null) return derived;
    if (v === "prefix" || v === "postfix") return v;
    if (v === "none") return null;
    unreadable(r, "agreementMarker", v, "prefix, postfix, none");
    return derived;
  }

  function readFunding(): Measure["funding"] {
    const text = localized(r, "funding", false);
    const codes = sheet.text(r, "funding.sources");
    if (!text && !codes) return null;
    // (A Russian or English text without the Kyrgyz one is already reported by localized().)
    if (!text && !sheet.text(r, "funding.ru") && !sheet.text(r, "funding.en")) required(r, "funding");
    if (!codes) required(r, "funding.sources");
    const sources: FundingSource[] = [];
    for (const code of (codes ?? "")
      .split(/[\n,;]/)
      .map((c) => c.trim().toLowerCase())
      .filter(Boolean)) {
      if (!SOURCES.includes(code as FundingSource)) unreadable(r, "funding.sources", code, SOURCES.join(", "));
      else if (!sources.includes(code as FundingSource)) sources.push(code as FundingSource);
    }
    return { text: text ?? { ky: "" }, sources: sources as NonNullable<Measure["funding"]>["sources"] };
  }
}
