/** The .xlsx file adapter: renders template specs and reads workbooks into grids, in Node and in the browser. */
export { writeWorkbook } from "./writeWorkbook";
export { readWorkbook, readWorkbookWithExcelJS } from "./readWorkbook";
export * from "./errors";
export { XlsxWorkbook } from "./xlsxWorkbook";
