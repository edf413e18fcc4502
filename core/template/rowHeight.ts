/**
 * Excel does not grow rows for wrapped text in merged cells, and .xlsx writers cannot ask it to, so the
 * template sets heights itself: lines of each text at its column width, shared over `span` rows.
 */
export function estimateRowHeight(texts: [string, number][], span: number, fontSize: number): number {
  const charsPerWidth = fontSize <= 9 ? 1.18 : 1.05;
  const lineHeight = fontSize <= 9 ? 12 : 13.5;
  let lines = 1;
  for (const [text, width] of texts) {
    const perLine = Math.max(4, Math.floor(width * charsPerWidth));
    const n = text.split("\n").reduce((sum, para) => sum + Math.max(1, Math.ceil(para.length / perLine)), 0);
    lines = Math.max(lines, n);
  }
  return Math.min(409, Math.max(15, Math.ceil((lines * lineHeight + 4) / span)));
}
