/**
 * Merged areas of a worksheet part, as rectangles: a merge over the whole sheet costs one rectangle, never
 * a set of its 17 billion cells.
 */
import type { Cell } from "../../core/grid";

/** A merged area, 1-based and inclusive. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Where each stored cell of a sheet is, in parallel arrays: no object per cell beyond the Cell itself. */
export interface Placed {
  rows: number[];
  cols: number[];
  keys: string[];
}

/**
 * A merged area's value sits on its top-left cell only (as Excel shows it): drop the cells it covers. A sweep
 * over rows keeps the areas that span the current row sorted by first column; each cell is a binary search.
 */
export function removeMergedCovered(cells: Map<string, Cell>, placed: Placed, merges: Rect[]) {
  if (!merges.length || !placed.keys.length) return;
  const order = placed.keys
    .map((_, i) => i)
    .sort((a, b) => placed.rows[a] - placed.rows[b] || placed.cols[a] - placed.cols[b])
    .map((i) => ({ row: placed.rows[i], col: placed.cols[i], key: placed.keys[i] }));
  const byTop = [...merges].sort((a, b) => a.r1 - b.r1);
  let next = 0;
  let active: Rect[] = [];
  /** The first row after which some active area ends: only then is the active list filtered. */
  let firstEnd = Infinity;
  let currentRow = 0;
  for (const p of order) {
    if (p.row !== currentRow) {
      currentRow = p.row;
      if (currentRow > firstEnd) {
        active = active.filter((m) => m.r2 >= currentRow);
        firstEnd = active.reduce((min, m) => Math.min(min, m.r2), Infinity);
      }
      while (next < byTop.length && byTop[next].r1 <= currentRow) {
        const m = byTop[next++];
        if (m.r2 < currentRow) continue;
        firstEnd = Math.min(firstEnd, m.r2);
        // Kept sorted by first column by inserting in place: linear per area, never a sort per row.
        let at = active.length;
        while (at > 0 && active[at - 1].c1 > m.c1) at--;
        active.splice(at, 0, m);
      }
    }
    let lo = 0;
    let hi = active.length - 1;
    let hit: Rect | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (active[mid].c1 <= p.col) {
        hit = active[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (hit && p.col <= hit.c2 && !(p.row === hit.r1 && p.col === hit.c1)) cells.delete(p.key);
  }
}
