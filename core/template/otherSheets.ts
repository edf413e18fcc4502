/** The template's sheets beside the report: instructions for the clerk, the drop-down lists, the identity. */
import { IDENTITY_KEYS, identitySheetSpec, type TemplateIdentity } from "./identity";
import type { TemplateLabels } from "../labels";
import { estimateRowHeight } from "./rowHeight";
import { PAGE_FOOTER, printLayout } from "./print";
import type { Language } from "../../schema";
import type { CellSpec, SheetSpec } from "./spec";

export function instructionsSheet(L: TemplateLabels, language: Language): SheetSpec {
  const cells: CellSpec[] = L.instructions.map((text, i) => ({
    ref: `A${i + 1}`,
    value: text,
    style: i === 0 ? "heading" : "text",
  }));
  const heights: Record<number, number> = {};
  let row = L.instructions.length + 2;
  cells.push({ ref: `A${row++}`, value: L.statusHelp, style: "heading" });
  for (const [status, label] of Object.entries(L.statuses) as [keyof typeof L.statuses, string][]) {
    const text = `• ${label}: ${L.statusMeanings[status]}`;
    heights[row] = estimateRowHeight([[text, 78]], 1, 10);
    cells.push({ ref: `A${row++}`, value: text, style: "text" });
  }
  L.instructions.forEach((t, i) => (heights[i + 1] = estimateRowHeight([[t, 78]], 1, 10)));
  return {
    name: L.sheets.instructions,
    state: "visible",
    columns: [{ width: 78 }],
    rowHeights: heights,
    cells,
    merges: [],
    protect: true,
    validations: [],
    print: printLayout({ widths: [78], fontSize: 10, footer: PAGE_FOOTER[language] }),
  };
}

export function listsSheet(L: TemplateLabels): SheetSpec {
  const cells: CellSpec[] = [];
  Object.values(L.statuses).forEach((v, i) => cells.push({ ref: `A${i + 1}`, value: v }));
  [L.yes, L.no].forEach((v, i) => cells.push({ ref: `B${i + 1}`, value: v }));
  Object.values(L.sources).forEach((v, i) => cells.push({ ref: `C${i + 1}`, value: v }));
  return {
    name: L.sheets.lists,
    state: "hidden",
    columns: [{ width: 24 }, { width: 10 }, { width: 30 }],
    cells,
    merges: [],
    protect: true,
    validations: [],
  };
}

export function identitySheet(id: TemplateIdentity): SheetSpec {
  return identitySheetSpec(
    [
      ...IDENTITY_KEYS.map((key): [string, string] => [key, String(id[key])]),
      ...(id.textsHash ? [["textsHash", id.textsHash] as [string, string]] : []),
    ],
    true,
  );
}
