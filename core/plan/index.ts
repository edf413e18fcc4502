/** Plans written in a workbook: the authoring workbook as a spec, and reading it back into a plan document. */
export * from "./buildPlanWorkbook";
export * from "./readPlanWorkbook";
export * from "./checkPlan";
export * from "./layout";
export { planFieldNames } from "./planContext";
export { AUTHORING_RULES } from "./instructions";
