/**
 * Dates and times for people: dd.mm.yyyy as the plan and Kyrgyz and Russian documents write them (and as the
 * English pages of the Government do), never an ISO string in a sentence or a table a person reads.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date in words: "20.11.2019". Text that is no ISO date comes back as it is.
 * @example formatDate("2019-11-20") // "20.11.2019"
 */
export function formatDate(iso: string): string {
  const m = ISO_DATE.exec(iso.trim());
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * A moment (an ISO date-time) as a date and time in the reader's time zone: "07.12.2026 20:11". Text that is no
 * date-time comes back as it is.
 * @example formatDateTime("2026-12-07T20:11:58.112Z") // "07.12.2026 20:11" where the clock is UTC
 */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(d.getTime())) return formatDate(iso);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
