// The add-in's one door to Excel: the only module of addin/ that calls Excel.run. The Office.js adapter
// (adapters/, to come) receives the request context from here and batches its reads and writes on it, so the
// number of syncs stays independent of the number of rows. Components never import this: index.tsx wires host
// operations built on it into the pane as props.

/** Work on the open workbook, batched on one request context. */
export type WorkbookOperation<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * Runs `operation` on the open workbook in one Excel.run batch.
 * @throws OfficeExtension.Error when Excel rejects a request; callers turn it into a message for the user.
 * @example
 * const name = await runInWorkbook(async (context) => {
 *   context.workbook.load("name");
 *   await context.sync();
 *   return context.workbook.name;
 * });
 */
export function runInWorkbook<T>(operation: WorkbookOperation<T>): Promise<T> {
  return Excel.run(operation);
}

/**
 * Whether this Excel has ExcelApi `version`, for features beyond the manifest's minimum (1.7): Excel's own data
 * validation needs 1.8, and is only a convenience, so it is skipped rather than required.
 */
export function supportsExcelApi(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}
