/**
 * ExcelJS's Workbook class, loaded on first use. In Node, its own module alone: the package's entry loads the
 * streaming reader and writer as well (unzipper, archiver), 320 ms where the Workbook takes 140, paid by every
 * command that writes a workbook. The browser gets exceljsWorkbook.browser.ts instead (our package.json's
 * "browser" field, which webpack follows), as ExcelJS's own "browser" field gives it the self-contained bundle.
 */
import type { Workbook } from "exceljs";

export async function loadWorkbookClass(): Promise<typeof Workbook> {
  return (await import("exceljs/lib/doc/workbook")).default;
}
