// ExcelJS's Workbook module, imported on its own in Node (exceljsWorkbook.ts); its typings cover the package only.
declare module "exceljs/lib/doc/workbook" {
  import type { Workbook } from "exceljs";
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
