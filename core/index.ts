/** Workbook-agnostic workflows. Pure TypeScript: no Office.js, no DOM, no Node built-ins. */
export * from "./a1";
export * from "./grid";
export * from "./port";
export * from "./pointer";
export * from "./values";
export * from "./labels";
export * from "./template/spec";
export * from "./template/columns";
export * from "./template/cellText";
export * from "./template/layout";
export * from "./template/identity";
export * from "./template/buildTemplate";
export * from "./read/context";
export * from "./read/readReport";
export * from "./validate/fileChecks";
export * from "./validate/rules";
export * from "./validate/validateWorkbook";
