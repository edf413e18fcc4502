/**
 * A rejected file's issues as the coordinator reads them: an issue found in the template's very hidden identity
 * sheet is about the whole file (the coordinator cannot open that sheet, and its name means nothing to them).
 */
import { IDENTITY_SHEET } from "../../../core/template/identity";
import type { Issue } from "../../../schema";

/** The file's errors, with a place on the hidden identity sheet said as the whole file. */
export function visibleErrors(issues: readonly Issue[]): Issue[] {
  return issues
    .filter((i) => i.severity === "error")
    .map((i) =>
      i.location.sheet === IDENTITY_SHEET
        ? { ...i, location: { ...i.location, sheet: undefined, cell: undefined, row: undefined, column: undefined } }
        : i,
    );
}
