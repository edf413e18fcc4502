/**
 * Reporting periods and deadlines in words, in the message's language, from their structured form: the plan
 * keeps its printed Kyrgyz deadline beside the structured spans, and only the spans are translated.
 */
import type { Deadline, HalfYearSpan, Language } from "../generated/types";
import { parsePeriod, type Period } from "../periods";

type Half = 1 | 2 | null;

const ORDINAL_EN = { 1: "first", 2: "second" } as const;

/** One half-year or year: "2019-жылдын 2-жарым жылдыгы", "2-е полугодие 2019 года", "second half of 2019". */
function pointWords(year: number, half: Half, lang: Language): string {
  if (lang === "ky") return half ? `${year}-жылдын ${half}-жарым жылдыгы` : `${year}-жыл`;
  if (lang === "ru") return half ? `${half}-е полугодие ${year} года` : `${year} год`;
  return half ? `${ORDINAL_EN[half]} half of ${year}` : String(year);
}

/**
 * A reporting period in words. Text that is not a period (`2019-H2`, `2019`) comes back as it is, so a
 * wrong period a clerk typed is shown as typed.
 * @example periodWords("2019-H2", "ru") // "2-е полугодие 2019 года"
 */
export function periodWords(period: string | Period, lang: Language): string {
  const p = typeof period === "string" ? parsePeriod(period) : period;
  if (!p) return String(period);
  return pointWords(p.year, p.half, lang);
}

/** A span of the plan's deadlines in words: "2018-2020-жылдар", "2018–2020 годы", "2018–2020". */
export function spanWords(s: HalfYearSpan, lang: Language): string {
  const same = s.startYear === s.endYear && s.startHalf === s.endHalf;
  const wholeYears = s.startHalf === null && s.endHalf === null;
  if (same || (wholeYears && s.startYear === s.endYear)) return pointWords(s.startYear, s.startHalf, lang);
  if (wholeYears) {
    if (lang === "ky") return `${s.startYear}-${s.endYear}-жылдар`;
    if (lang === "ru") return `${s.startYear}–${s.endYear} годы`;
    return `${s.startYear}–${s.endYear}`;
  }
  const from = pointWords(s.startYear, s.startHalf, lang);
  const to = pointWords(s.endYear, s.endHalf, lang);
  if (lang === "ky") return `${from} - ${to}`;
  if (lang === "ru")
    return `с ${from.replace(/^(\d)-е полугодие/, "$1-го полугодия").replace(/ год$/, " года")} по ${to}`;
  return `${from} to ${to}`;
}

const ANNUAL: Record<Language, string> = { ky: "жыл сайын", ru: "ежегодно", en: "every year" };

/** A deadline's spans in words, or "every year" for a recurring one. */
export function deadlineWords(deadline: Pick<Deadline, "periods" | "recurrence">, lang: Language): string {
  if (deadline.periods.length === 0) return deadline.recurrence === "annual" ? ANNUAL[lang] : "";
  return deadline.periods.map((s) => spanWords(s, lang)).join(lang === "ru" ? "; " : ", ");
}

const POINT = /^(\d{4})(?:-H([12]))?$/;

function point(text: string): { year: number; half: Half } | null {
  const m = POINT.exec(text.trim());
  return m ? { year: Number(m[1]), half: m[2] ? (Number(m[2]) as 1 | 2) : null } : null;
}

/**
 * A deadline as an issue param: the structured spans as text (`2018-H2..2019-H2;2020`, `annual`), which
 * `deadlineFromParam` reads back, so a message in any language renders it in words.
 */
export function deadlineParam(deadline: Pick<Deadline, "periods" | "recurrence">): string {
  if (deadline.periods.length === 0) return deadline.recurrence === "annual" ? "annual" : "";
  const at = (y: number, h: Half) => (h ? `${y}-H${h}` : String(y));
  return deadline.periods
    .map((s) =>
      s.startYear === s.endYear && s.startHalf === s.endHalf
        ? at(s.startYear, s.startHalf)
        : `${at(s.startYear, s.startHalf)}..${at(s.endYear, s.endHalf)}`,
    )
    .join(";");
}

/** Reads a deadline param back (see `deadlineParam`), or the plan's printed Kyrgyz forms; null otherwise. */
export function deadlineFromParam(text: string): Pick<Deadline, "periods" | "recurrence"> | null {
  const t = text.trim();
  if (t === "annual") return { periods: [], recurrence: "annual" };
  const parts = t.split(";");
  const periods: HalfYearSpan[] = [];
  for (const part of parts) {
    const [a, b = a] = part.split("..");
    const from = point(a);
    const to = point(b);
    if (!from || !to) return deadlineFromKyrgyz(t);
    periods.push({ startYear: from.year, startHalf: from.half, endYear: to.year, endHalf: to.half });
  }
  return { periods, recurrence: null };
}

const KY_HALF = /^(\d{4})-жылдын\s+([12])-жарым\s+жылдыгы$/;
const KY_YEAR = /^(\d{4})-жыл(?:дын\s+ичинде)?$/;
const KY_YEARS = /^(\d{4})[\s-]+(\d{4})[\s-]*жылдар$/;

/** The plan's printed Kyrgyz deadline forms ("2019-жылдын 2-жарым жылдыгы", "2018-2020-жылдар", "Жыл сайын"). */
function deadlineFromKyrgyz(text: string): Pick<Deadline, "periods" | "recurrence"> | null {
  if (/^жыл сайын$/i.test(text)) return { periods: [], recurrence: "annual" };
  const periods: HalfYearSpan[] = [];
  for (const item of text.split(/\s*,\s*/)) {
    const ends = item.split(/\s+-\s+/).map((e): { y0: number; h: Half; y1: number } | null => {
      let m = KY_HALF.exec(e);
      if (m) return { y0: Number(m[1]), h: Number(m[2]) as 1 | 2, y1: Number(m[1]) };
      m = KY_YEAR.exec(e);
      if (m) return { y0: Number(m[1]), h: null, y1: Number(m[1]) };
      m = KY_YEARS.exec(e);
      if (m) return { y0: Number(m[1]), h: null, y1: Number(m[2]) };
      return null;
    });
    if (ends.length > 2 || ends.some((e) => !e)) return null;
    const from = ends[0]!;
    const to = ends[ends.length - 1]!;
    periods.push({ startYear: from.y0, startHalf: from.h, endYear: to.y1, endHalf: to.h });
  }
  return periods.length ? { periods, recurrence: null } : null;
}
