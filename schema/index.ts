/**
 * The shared schema library: JSON Schemas, the plan data, TypeScript types generated from the schemas,
 * precompiled validators, content hashing, periods and the issue catalogue. Knows nothing of Excel.
 */
export * from "./generated/types";
export * from "./hash";
export * from "./planContent";
export * from "./periods";
export * from "./bodies";
export * from "./planIndex";
export * from "./planText";
export * from "./validate";
export * from "./plans";
export * from "./issues";
export * from "./i18n";
