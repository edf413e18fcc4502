/**
 * The stand-in for Excel in Node tests: Microsoft's own Office.js client (test/excel/officeClient.ts) whose
 * requests are answered by an in-memory workbook (test/excel/host/). Only the workbook is ours.
 *
 * API (stable; the task pane's tests use the browser twin in fakeOfficeScript.ts):
 *   const fake = createFakeExcel({ excelApi: "1.8" });    // a fresh blank workbook, one sheet "Sheet1"
 *   await fake.run(async (ctx) => { ...; await ctx.sync(); }); // as Excel.run
 *   fake.workbook      // FakeWorkbookView: sheetNames(), sheets(), cell(sheet, "A1"), value(), filledCells(),
 *                      // merges(), validations(), columnWidth(), rowHeight(), names(), tables(), charts(),
 *                      // comments(), activeSheet(), selection(); `.state` is the raw model
 *   fake.counters      // { syncs, cleanups, requestBytes, maxRequestBytes, responseBytes, maxResponseBytes,
 *                      //   requests[] } (cleanups: the client releasing kept references as Excel.run ends);
 *                      // resetCounters(). Requests or responses over 5 MB fail, as on Excel on the web.
 *   fake.isSetSupported("ExcelApi", "1.4")  // what the host claims (the client enforces it too)
 *   fake.Excel, fake.Office, fake.OfficeExtension  // the client's globals, for `instanceof`-free checks
 * Errors reach the caller as the client's OfficeExtension.Error (another realm: test `code`, not instanceof).
 */
import { createInMemoryHost, type FakeWorkbookView, type HostCounters } from "./host";
import { loadExcelClient, type OfficeGlobals } from "./officeClient";

export { REQUEST_LIMIT_BYTES } from "./host";

export interface FakeExcelOptions {
  /** The highest ExcelApi requirement set the host supports, e.g. "1.1" for Excel 2016; default "1.18". */
  excelApi?: string;
}

export interface FakeExcel {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  workbook: FakeWorkbookView;
  counters: HostCounters;
  resetCounters(): void;
  isSetSupported(name: string, version?: string): boolean;
  Excel: OfficeGlobals["Excel"];
  Office: OfficeGlobals["Office"];
  OfficeExtension: OfficeGlobals["OfficeExtension"];
}

/** "1.10" > "1.9": requirement-set versions compare part by part. */
export function versionAtMost(version: string, max: string): boolean {
  const a = version.split(".").map(Number);
  const b = max.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return true;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const maxExcelApi = options.excelApi ?? "1.18";
  const isSetSupported = (name: string, version = "1.1"): boolean =>
    name === "ExcelApi" && versionAtMost(version, maxExcelApi);
  const globals = loadExcelClient();
  // The client checks requirement sets through Office.context.requirements before building a request.
  // Office.context is a getter over OSF._OfficeAppFactory, which the Office.js loader sets up in a real host.
  const officeContext = { requirements: { isSetSupported }, displayLanguage: "en-US" };
  (globals as unknown as { OSF: { _OfficeAppFactory?: unknown } }).OSF._OfficeAppFactory = {
    getContext: () => officeContext,
  };
  // An Excel without a set refuses its members (ApiNotFound). The client can check that itself before
  // sending, but its bundle switches the check on for a subclass (Utility) instead of the class that reads
  // the flag (CommonUtility), so it is off; the stand-in switches it on to play an older Excel.
  (
    globals.OfficeExtension as unknown as { CommonUtility: { _doApiNotSupportedCheck: boolean } }
  ).CommonUtility._doApiNotSupportedCheck = true;
  const host = createInMemoryHost();
  return {
    run: (batch) => globals.Excel.run(host.requestInfo as unknown as Excel.RequestContext, batch) as never,
    workbook: host.workbook,
    counters: host.counters,
    resetCounters: host.resetCounters,
    isSetSupported,
    Excel: globals.Excel,
    Office: globals.Office,
    OfficeExtension: globals.OfficeExtension,
  };
}
