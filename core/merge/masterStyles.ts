/** Named styles and number formats shared by the master's sheets (summaries, charts' figures, tables). */
import type { StyleSpec } from "../template/spec";
import { MASTER_STYLES, type MasterColumn } from "./sheets";

/**
 * Number formats by column kind: text is "@", so Excel keeps it text even when someone edits the cell. A
 * number shows two decimals ("#,##0.##" would show a whole number with a trailing dot: "1,780."). A yes/no is
 * stored as 1 or 0 and shown as the word of the workbook's language (see `YES_NO_FORMAT`), never TRUE or 1.
 */
export const NUM_FMT: Record<MasterColumn["kind"], string | undefined> = {
  text: "@",
  enum: "@",
  int: "#,##0",
  number: "#,##0.00",
  // One decimal, as the report and `tendik status` write the share (13,7 %), so the master agrees with them.
  percent: "0.0%",
  date: "dd.mm.yyyy",
  bool: undefined,
};

/** The summary sheets' header row: title above it, a note between. */
export const HEADER_ROW = 3;

/** Named styles of the master: the summary styles, each also with every number format it is used with. */
export class MasterStyles {
  readonly styles: Record<string, StyleSpec> = {};
  key(style: string, numFmt: string | undefined): string {
    const key = numFmt ? `${style}|${numFmt}` : style;
    if (!Object.hasOwn(this.styles, key))
      this.styles[key] = { ...(MASTER_STYLES[style] ?? {}), ...(numFmt ? { numFmt } : {}) };
    return key;
  }
}
