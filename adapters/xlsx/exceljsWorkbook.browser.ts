/** The browser's twin of exceljsWorkbook.ts: ExcelJS resolves to its self-contained bundle here. */
import type { Workbook } from "exceljs";

export async function loadWorkbookClass(): Promise<typeof Workbook> {
  return (await import("exceljs")).Workbook;
}
