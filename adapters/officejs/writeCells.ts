/// <reference types="office-js" />
/**
 * Values written as a clerk would type them, except that text stays text: text Excel would read as a
 * formula, number or date gets the "@" format first. Where that format must go on a sheet protected without
 * "format cells", the sheet is unprotected for the write and protected again with its own options; other
 * writes go through protection as typing would (a locked cell refuses them). Two requests, whatever the count.
 */
import type { CellWrite } from "../../core/port";
import { RequestBudget, jsonBytes } from "./budget";
import type { Capabilities } from "./requirements";
import { excelWouldConvert } from "./text";

export async function writeCellValues(
  context: Excel.RequestContext,
  writes: CellWrite[],
  can: Capabilities,
): Promise<number> {
  const sheets = context.workbook.worksheets;
  const needsText = (w: CellWrite) => typeof w.value === "string" && excelWouldConvert(w.value);
  const textSheets = new Set(writes.filter(needsText).map((w) => w.sheet));
  const protections = new Map<string, Excel.WorksheetProtection>();
  if (can.layout)
    for (const name of textSheets) protections.set(name, sheets.getItem(name).protection.load("protected,options"));
  await context.sync();

  const budget = new RequestBudget(context);
  const reprotect: [Excel.Worksheet, Excel.WorksheetProtectionOptions][] = [];
  for (const [name, p] of protections) {
    if (!p.protected || p.options.allowFormatCells) continue;
    const sheet = sheets.getItem(name);
    sheet.protection.unprotect();
    reprotect.push([sheet, p.options]);
  }
  for (const w of writes) {
    await budget.reserve(2, jsonBytes(w.value));
    const range = sheets.getItem(w.sheet).getRange(w.cell);
    if (needsText(w)) range.numberFormat = [["@"]];
    // "" clears the cell, as Delete does; null is "leave as is" to Excel, so it becomes "" too.
    range.values = [[w.value === null ? "" : w.value]];
  }
  for (const [sheet, options] of reprotect) sheet.protection.protect(options);
  await context.sync();
  return 2 + budget.extraSyncs;
}
