/**
 * What a master's tables must hold beyond each cell's type, checked when a master is read: a hand-edited master
 * (a row copied, a period typed by hand) is refused naming the row, rather than counted twice in the status, the
 * report and the open data, whose primary keys these are.
 */
import { parsePeriod } from "../../schema";
import type { TableId } from "./columns";
import { MasterDuplicateRowError, MasterValueError } from "./errors";

/** Each table's primary key (the open data's too); the warnings and rejections have none. */
export const TABLE_KEYS: Partial<Record<TableId, string[]>> = {
  measureReports: ["agency", "period", "measureId"],
  indicatorValues: ["agency", "period", "measureId", "indicatorId"],
  submissions: ["seq"],
};

/**
 * Refuses a table whose key repeats or whose period is no period.
 * @param rowNumbers the sheet row (as Excel shows it) of each record.
 * @throws {MasterDuplicateRowError} two rows with one key. @throws {MasterValueError} a period that is none.
 */
export function checkTableRows(
  id: TableId,
  rows: Record<string, unknown>[],
  sheet: string,
  rowNumbers: number[],
  periodColumn: string | null,
): void {
  const key = TABLE_KEYS[id];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const period = row.period;
    if (typeof period === "string" && !parsePeriod(period))
      throw new MasterValueError(
        sheet,
        `${periodColumn ?? "?"}${rowNumbers[i]}`,
        `"${period}" is not a reporting period`,
      );
    if (!key) return;
    const k = JSON.stringify(key.map((f) => row[f]));
    const first = seen.get(k);
    if (first !== undefined)
      throw new MasterDuplicateRowError(
        sheet,
        rowNumbers[i],
        first,
        key.map((f) => `${f} ${String(row[f])}`).join(", "),
      );
    seen.set(k, rowNumbers[i]);
  });
}
