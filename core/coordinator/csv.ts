/** CSV as RFC 4180 writes it: comma-separated, fields quoted when they hold a comma, quote or line break. */
export function toCsv(rows: (string | number | boolean | null)[][]): string {
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function csvField(v: string | number | boolean | null): string {
  if (v === null) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
