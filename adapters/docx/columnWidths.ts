/**
 * Column widths of a Word table from its words, so that no word is broken inside ("Чарал|ар"): each column is at
 * least as wide as its longest word (header or cell), and the width left over goes to the columns whose text
 * would otherwise wrap most. Widths are estimated by letter class from DejaVu Serif, the widest font a reader's
 * machine puts in place of Times New Roman (LibreOffice without Microsoft's fonts): in Times itself every
 * column then has a little room to spare.
 */

/** Twips (1/20 pt) of the text area of an A4 portrait page with the report's margins. */
export const TEXT_WIDTH = 11906 - 1418 - 850;
/** Left plus right cell margin, in twips, and a little room for rounding. */
export const CELL_PADDING = 2 * 80 + 60;

const WIDE = new Set([..."ЖШЩМЮФЫжшщмюфыWMmw@%—"]);
const NARROW = new Set([...".,:;!|'()[]-ilIjtf1/"]);

/** Advance widths in ems (DejaVu Serif, measured from its hmtx table) by letter class. */
function ems(c: string): number {
  if (WIDE.has(c)) return 0.97;
  if (NARROW.has(c)) return 0.37;
  if (c === " " || c === "\u00a0" || c === "\u202f") return 0.32;
  if (c >= "0" && c <= "9") return 0.64;
  if ((c >= "А" && c <= "Я") || "ӨҮҢЁ".includes(c)) return 0.77;
  if (c >= "A" && c <= "Z") return 0.72;
  return 0.61;
}

/** The estimated width of a text in twips at a size in half-points. */
export function textWidth(text: string, size: number, bold = false): number {
  let total = 0;
  for (const c of text) total += ems(c);
  return Math.ceil(total * size * 10 * (bold ? 1.12 : 1));
}

/** The words a line may break between: spaces and line breaks only (a no-break space joins "1 370"). */
const words = (text: string) => text.split(/[ \n]+/).filter(Boolean);

export interface Column {
  /** Texts with their size (half-points) and weight: the header and every cell of the column. */
  texts: { text: string; size: number; bold: boolean }[];
}

/**
 * Widths in twips summing to `total`: at least each column's longest word, the rest shared by what each column
 * still needs to hold its longest text on one line; columns that are satisfied give the rest to the others.
 * When even the longest words do not fit, every column is scaled down alike (words may then break).
 */
export function columnWidths(columns: Column[], total = TEXT_WIDTH): number[] {
  const min = columns.map(
    (c) =>
      CELL_PADDING + Math.max(0, ...c.texts.flatMap((t) => words(t.text).map((w) => textWidth(w, t.size, t.bold)))),
  );
  const want = columns.map((c, i) =>
    Math.max(min[i], CELL_PADDING + Math.max(0, ...c.texts.map((t) => textWidth(t.text, t.size, t.bold)))),
  );
  const least = min.reduce((a, b) => a + b, 0);
  if (least >= total) return fitTo(min, total);
  const need = want.map((w, i) => w - min[i]);
  const needed = need.reduce((a, b) => a + b, 0);
  const spare = total - least;
  if (needed >= spare)
    return fitTo(
      min.map((m, i) => m + (need[i] / needed) * spare),
      total,
    );
  // Every text fits on one line: the room left goes to the columns in proportion to their width.
  return fitTo(want, total);
}

/** Scales widths to sum exactly to `total` (whole twips). */
function fitTo(widths: number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0) || 1;
  const out = widths.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}
