/**
 * What the end-to-end tests do in a pane page: type into the workbook through the host, as a clerk types in
 * Excel, and press Validate and read the issues it lists; and the in-memory host's window on the workbook.
 */
import type { Page } from "playwright-core";
import type { CellWrite } from "../../../core";
import type { IssueTuple } from "./files";

/** The in-memory Excel host's view of its workbook, as test/excel/fakeOfficeScript.ts exposes it in the page. */
export interface FakeExcelWindow {
  workbook: {
    sheetNames(): string[];
    filledCells(sheet: string): string[];
    value(sheet: string, cell: string): unknown;
    cell(sheet: string, cell: string): { fill: string | null };
    selection(): { sheet: string; address: string };
    activeSheet(): string;
  };
}

declare global {
  // Set by the fake host's script in the page; read inside page.evaluate callbacks.
  const __fakeExcel: FakeExcelWindow;
}

/** Types values into cells through the host, as the clerk would in Excel. */
export function typeInExcel(page: Page, writes: CellWrite[]): Promise<void> {
  return page.evaluate(async (ws) => {
    await Excel.run(async (ctx) => {
      for (const w of ws) ctx.workbook.worksheets.getItem(w.sheet).getRange(w.cell).values = [[w.value as string]];
      await ctx.sync();
    });
  }, writes);
}

/** Presses Validate and returns the issues the pane lists: cell, code and message, in its order. */
export async function validateInPane(page: Page): Promise<IssueTuple[]> {
  const runs = Number((await page.getByTestId("results").getAttribute("data-runs")) ?? 0);
  await page.getByTestId("validate").click();
  await page.locator(`[data-testid=results][data-runs="${runs + 1}"]`).waitFor();
  return page.$$eval("[data-testid=results] li[data-code]", (items) =>
    items.map((li): [string | null, string, string] => [
      (li as HTMLElement).dataset.cell ?? null,
      (li as HTMLElement).dataset.code!,
      li.querySelector("[data-testid=issue-message]")?.textContent ?? "",
    ]),
  );
}
