/**
 * The words layer: one formatter (ICU plural and select by CLDR rules, typed arguments for numbers, money,
 * sizes, periods and deadlines) for every text a person reads — catalogue messages, template and master
 * labels, the command line and the task panes — and the glossary a native editor reviews.
 */
export * from "./icu";
export * from "./periods";
export * from "./numbers";
export * from "./reasons";
export * from "./format";
export * from "./counts";
export * from "./glossary";
export * from "./fields";
export * from "./kyrgyzCase";
export * from "./planWords";
export * from "./dates";
export * from "./languages";
export * from "./verdicts";
