/**
 * How the authoring workbook spells the plan's structured values in a cell, both ways: deadline periods
 * ("2019", "2019-H2", "2018-H2–2019-H2"), yes/no, line ranges ("106-122, 183-191"), lists one per line.
 * Every parser returns null for text it cannot read, so the importer can say which cell is wrong.
 */
import type { HalfYearSpan, LineRanges } from "../../schema";

type Half = 1 | 2 | null;

const POINT = /^(\d{4})(?:-?[HhНн]([12]))?$/;

function parsePoint(text: string): { year: number; half: Half } | null {
  const m = POINT.exec(text.trim());
  return m ? { year: Number(m[1]), half: m[2] ? (Number(m[2]) as 1 | 2) : null } : null;
}

const formatPoint = (year: number, half: Half): string => (half ? `${year}-H${half}` : String(year));

/** Spans as the Periods column writes them: "2019", "2019-H2", "2019–2020", "2018-H2–2019-H2", comma-separated. */
export function formatSpans(spans: HalfYearSpan[]): string {
  return spans
    .map((s) => {
      const from = formatPoint(s.startYear, s.startHalf);
      const to = formatPoint(s.endYear, s.endHalf);
      return from === to ? from : `${from}–${to}`;
    })
    .join(", ");
}

/**
 * Reads the Periods column: spans separated by "," ";" or new lines; a span is a year or half-year, or two of
 * them joined by "–", "—", ".." or "-" ("2019-2020"). Returns null when any part cannot be read.
 */
export function parseSpans(text: string): HalfYearSpan[] | null {
  const parts = text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const spans: HalfYearSpan[] = [];
  for (const part of parts) {
    const single = parsePoint(part);
    const range = single ? null : /^(.+?)\s*(?:–|—|\.\.|\s-\s|(?<=\d)-(?=\d{4}))\s*(.+)$/.exec(part);
    const from = single ?? (range ? parsePoint(range[1]) : null);
    const to = single ?? (range ? parsePoint(range[2]) : null);
    if (!from || !to) return null;
    if (from.year * 2 + (from.half ?? 1) > to.year * 2 + (to.half ?? 2)) return null;
    spans.push({ startYear: from.year, startHalf: from.half, endYear: to.year, endHalf: to.half });
  }
  return spans;
}

/** Year ranges and halves as Kyrgyz, Russian or English deadlines print them, for a Periods cell left blank. */
export function parseDeadlineText(text: string): { spans: HalfYearSpan[]; annual: boolean } | null {
  const t = text.trim().toLowerCase();
  if (/^(жыл сайын|ежегодно|annually|every year)$/.test(t)) return { spans: [], annual: true };
  const spans: HalfYearSpan[] = [];
  for (const part of t.split(/\s*[,;]\s*|\s+[-–—]\s+/)) {
    const half = /^(\d{4})[-\s]*(?:жылдын|года|of)?\s*(\d)[-\s]*(?:жарым жылдыгы|полугодие|half)/.exec(part);
    const halfFirst = /^(\d)(?:st|nd)?[-\s]*(?:полугодие|half)\s*(\d{4})/.exec(part);
    const years = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?[-\s]*(?:жылдар|жылдын ичинде|жыл|годы|год|гг?\.?|years?)?\.?$/.exec(
      part,
    );
    if (half && (half[2] === "1" || half[2] === "2")) {
      const h = Number(half[2]) as 1 | 2;
      spans.push({ startYear: Number(half[1]), startHalf: h, endYear: Number(half[1]), endHalf: h });
    } else if (halfFirst && (halfFirst[1] === "1" || halfFirst[1] === "2")) {
      const h = Number(halfFirst[1]) as 1 | 2;
      spans.push({ startYear: Number(halfFirst[2]), startHalf: h, endYear: Number(halfFirst[2]), endHalf: h });
    } else if (years) {
      spans.push({
        startYear: Number(years[1]),
        startHalf: null,
        endYear: Number(years[2] ?? years[1]),
        endHalf: null,
      });
    } else return null;
  }
  // "2018-жылдын 2-жарым жылдыгы - 2019-жылдын 2-жарым жылдыгы" is one span printed as two points.
  if (/\s[-–—]\s/.test(t) && spans.length === 2) {
    const [a, b] = spans;
    return {
      spans: [{ startYear: a.startYear, startHalf: a.startHalf, endYear: b.endYear, endHalf: b.endHalf }],
      annual: false,
    };
  }
  return { spans, annual: false };
}

const YES = new Set(["ооба", "да", "yes", "true", "1", "истина", "x", "✓"]);
const NO = new Set(["жок", "нет", "no", "false", "0", "ложь"]);

/** Yes/no in any of the three languages (or a typed TRUE/FALSE); null when it is neither. */
export function parseYesNo(value: string | number | boolean): boolean | null {
  if (typeof value === "boolean") return value;
  const s = String(value).trim().toLowerCase();
  return YES.has(s) ? true : NO.has(s) ? false : null;
}

export const formatYesNo = (b: boolean): string => (b ? "ооба" : "жок");

/** Line ranges as "106-122, 183-191". */
export const formatLineRanges = (ranges: LineRanges): string => ranges.map(([a, b]) => `${a}-${b}`).join(", ");

/** Reads "106-122, 183-191" (a single number is a one-line range); null when any part is not a range. */
export function parseLineRanges(text: string): LineRanges | null {
  const out: LineRanges = [];
  for (const part of text.split(/[,;]/).map((p) => p.trim())) {
    const m = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part);
    if (!m) return null;
    const a = Number(m[1]);
    const b = Number(m[2] ?? m[1]);
    if (a < 1 || b < a) return null;
    out.push([a, b]);
  }
  return out;
}

/** The fields of a measure's `sourceLines`, in schema order. */
export const SOURCE_LINE_FIELDS = [
  "text",
  "baseline",
  "indicators",
  "deadline",
  "expectedResults",
  "responsible",
  "funding",
] as const;
export type SourceLineField = (typeof SOURCE_LINE_FIELDS)[number];

/** A measure's source lines as "text 106-122; baseline 124-139, 183-191; ...". */
export function formatSourceLines(lines: Partial<Record<SourceLineField, LineRanges>>): string {
  return SOURCE_LINE_FIELDS.filter((f) => lines[f])
    .map((f) => `${f} ${formatLineRanges(lines[f]!)}`)
    .join("; ");
}

/** Reads "text 106-122; baseline 124-139"; null when a field is unknown, repeated or its ranges unreadable. */
export function parseSourceLines(text: string): Partial<Record<SourceLineField, LineRanges>> | null {
  const found = new Map<SourceLineField, LineRanges>();
  for (const part of text
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z]+)\s+(.+)$/.exec(part);
    const field = m?.[1] as SourceLineField | undefined;
    if (!m || !field || !SOURCE_LINE_FIELDS.includes(field) || found.has(field)) return null;
    const ranges = parseLineRanges(m[2]);
    if (!ranges) return null;
    found.set(field, ranges);
  }
  const out: Partial<Record<SourceLineField, LineRanges>> = {};
  for (const f of SOURCE_LINE_FIELDS) if (found.has(f)) out[f] = found.get(f);
  return out;
}

/** The lines of a list cell (one item per line), trimmed, empty lines dropped. */
export const splitLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const TRANSLIT: Record<string, string> = {
  а: "A",
  б: "B",
  в: "V",
  г: "G",
  д: "D",
  е: "E",
  ё: "YO",
  ж: "ZH",
  з: "Z",
  и: "I",
  й: "Y",
  к: "K",
  л: "L",
  м: "M",
  н: "N",
  ң: "NG",
  о: "O",
  ө: "O",
  п: "P",
  р: "R",
  с: "S",
  т: "T",
  у: "U",
  ү: "U",
  ф: "F",
  х: "KH",
  ц: "TS",
  ч: "CH",
  ш: "SH",
  щ: "SHCH",
  ъ: "",
  ы: "Y",
  ь: "",
  э: "E",
  ю: "YU",
  я: "YA",
};

/** An ASCII alias for a body code ("ЭСӨМ" -> "ESOM"), for a Latin column left blank. */
export function latinAlias(code: string): string {
  const ascii = [...code.toLowerCase()]
    .map((ch) => TRANSLIT[ch] ?? (/[a-z0-9]/.test(ch) ? ch.toUpperCase() : "-"))
    .join("");
  return ascii.replace(/-+/g, "-").replace(/^-|-$/g, "") || "BODY";
}
