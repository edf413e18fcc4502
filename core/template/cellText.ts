/**
 * The one policy for text longer than an Excel cell holds (32,767 characters): a builder clips it, ending it
 * with "…", and records where, so the command line and the pane can say so. Renderers never clip: a spec that
 * still carries such a text is a bug and they throw.
 */
import type { ClippedCell } from "./spec";

export const MAX_CELL_TEXT = 32767;

/** The text as a cell can hold it; a clipped one is recorded in `clipped` with its sheet and cell. */
export function fitCellText(text: string, at: { sheet: string; ref: string }, clipped: ClippedCell[]): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  clipped.push({ sheet: at.sheet, ref: at.ref, length: text.length });
  return `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
}
