/** The Office.js adapter: the workbook open in Excel as the core's WorkbookPort (see README.md). */
export { OfficeWorkbook, type ExcelRun, type OfficeWorkbookOptions, type OperationCost } from "./officeWorkbook";
export { FEATURE_SETS, capabilities, type Capabilities, type Feature, type IsSetSupported } from "./requirements";
export { REQUEST_LIMIT_BYTES, DEFAULT_BUDGET_BYTES } from "./budget";
export { MARK_FILL } from "./marks";
export { excelWouldConvert } from "./text";
