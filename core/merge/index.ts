/** Merging submissions into the master: the model, the merge, summaries, and the master workbook as data. */
export * from "./model";
export * from "./errors";
export * from "./mergeSubmissions";
export * from "./summaries";
export * from "./labels";
export * from "./columns";
export * from "./tables";
export * from "./sheets";
export * from "./masterSpec";
export * from "./outcomes";
export * from "./issueText";
export { PlanOrder } from "./rows";
