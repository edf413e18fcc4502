import type { StyleSpec } from "./spec";

/** The template's named styles: plan cells grey and locked, inputs pale yellow and unlocked. */
export const STYLES: Record<string, StyleSpec> = {
  title: { font: { bold: true, size: 13 }, vertical: "middle", wrap: true },
  label: { font: { bold: true, size: 9 }, horizontal: "right", vertical: "middle", wrap: true },
  input: { fill: "FFF9DB", border: true, wrap: true, vertical: "top", numFmt: "@", locked: false, font: { size: 10 } },
  inputCount: { fill: "FFF9DB", border: true, vertical: "top", horizontal: "right", numFmt: "#,##0", locked: false, font: { size: 10 } },
  inputPercent: { fill: "FFF9DB", border: true, vertical: "top", horizontal: "right", numFmt: "0.0", locked: false, font: { size: 10 } },
  inputAmount: { fill: "FFF9DB", border: true, vertical: "top", horizontal: "right", numFmt: "#,##0.00", locked: false, font: { size: 10 } },
  inputDate: { fill: "FFF9DB", border: true, vertical: "top", horizontal: "center", numFmt: "dd.mm.yyyy", locked: false, font: { size: 10 } },
  inputChoice: { fill: "FFF9DB", border: true, vertical: "top", wrap: true, locked: false, font: { size: 10 } },
  total: { fill: "FFFDF0", border: true, vertical: "top", horizontal: "right", numFmt: "#,##0", locked: false, font: { size: 10, italic: true } },
  group: { font: { bold: true, size: 10 }, fill: "D9E2F3", horizontal: "center", vertical: "middle", border: true, wrap: true },
  groupInput: { font: { bold: true, size: 10 }, fill: "FFE699", horizontal: "center", vertical: "middle", border: true, wrap: true },
  header: { font: { bold: true, size: 9 }, fill: "D9E2F3", horizontal: "center", vertical: "middle", border: true, wrap: true },
  headerInput: { font: { bold: true, size: 9 }, fill: "FFE699", horizontal: "center", vertical: "middle", border: true, wrap: true },
  task: { font: { bold: true, size: 9 }, fill: "DDEBF7", vertical: "middle", border: true, wrap: true },
  plan: { font: { size: 9 }, fill: "F2F2F2", vertical: "top", border: true, wrap: true, numFmt: "@" },
  planId: { font: { bold: true, size: 9 }, fill: "F2F2F2", vertical: "top", horizontal: "center", border: true, numFmt: "@" },
  na: { fill: "D9D9D9", border: true },
  text: { wrap: true, vertical: "top", font: { size: 10 } },
  heading: { font: { bold: true, size: 12 } },
  plain: {},
};
