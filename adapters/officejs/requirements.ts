/**
 * Which ExcelApi requirement set each feature of the adapter needs: the lowest version that has it, from the
 * Excel JavaScript API reference. Reading values, validating and selecting cells need ExcelApi 1.1 only; the
 * rest is detected at run time and left out (or replaced) where the user's Excel lacks it. README.md has the
 * same table for people.
 */
export const FEATURE_SETS = {
  /** values, formulas, numberFormat, font, fill, borders, alignment, getUsedRange, select, activate, tables.add. */
  core: "1.1",
  /** Column widths, row heights, merge, format.protection.locked, worksheet protection, setting visibility. */
  layout: "1.2",
  /** Workbook-scoped defined names (names.add). */
  names: "1.4",
  /** Frozen panes, tab colours, chart series set from ranges (series.add, setValues, setXAxisValues). */
  views: "1.7",
  /** Data validation (drop-down lists, number and date rules, input prompts). */
  validation: "1.8",
  /** Several areas in one call (getRanges): a format or a rule over scattered cells costs one action, not one per block. */
  areas: "1.9",
  /**
   * Threaded comments with the message on marked cells. (Notes, ExcelApi 1.18, are not in the pinned client
   * @microsoft/office-js 1.1.110, so the adapter cannot use them.)
   */
  comments: "1.10",
} as const;

export type Feature = keyof typeof FEATURE_SETS;

/** `Office.context.requirements.isSetSupported`, injectable for tests. */
export type IsSetSupported = (name: string, version: string) => boolean;

/** What this Excel can do, asked once per operation. */
export type Capabilities = Record<Feature, boolean>;

export function capabilities(isSetSupported: IsSetSupported): Capabilities {
  const out = {} as Capabilities;
  for (const [feature, version] of Object.entries(FEATURE_SETS))
    out[feature as Feature] = isSetSupported("ExcelApi", version);
  return out;
}
