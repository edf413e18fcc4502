/**
 * The stand-in Excel host for a browser page, in place of the Office.js CDN script: Microsoft's client
 * (excel-web-16.00.debug.js, as the CDN serves it) followed by the in-memory host (test/excel/host/, compiled
 * here with typescript.transpileModule and linked by a few lines of module glue, no bundler).
 *
 * Use (stable API), from a playwright test:
 *   await routeFakeOffice(page, { excelApi: "1.18", displayLanguage: "ky-KG" });  // before page.goto
 * which serves `fakeOfficeScript(options)` wherever the page loads Office.js from Microsoft's CDN
 * (https://appsforoffice.microsoft.com/**). It must run as a classic <script> at the top level, as the CDN
 * script does: not through page.addInitScript, which wraps it in a function, so its globals stay local.
 * In the page it defines:
 *   Office   Microsoft's namespace, with onReady(cb?) -> Promise<{host: "Excel", platform}> resolving at once,
 *            context.requirements.isSetSupported(name, version) (ExcelApi up to `excelApi`),
 *            context.displayLanguage, actions.associate(name, fn) (kept in __fakeExcel.actions)
 *   Excel    Microsoft's client: Excel.run(batch) talks to the in-memory workbook (a blank one, "Sheet1")
 *   window.__fakeExcel = { workbook, counters, resetCounters, actions, isSetSupported }
 *            workbook: the FakeWorkbookView of fakeExcel.ts (sheetNames(), value(sheet, "A1"), cell(), merges(),
 *            validations(), names(), tables(), charts(), comments(), selection(), activeSheet() ...)
 *            counters: { syncs, cleanups, requestBytes, maxRequestBytes, responseBytes, maxResponseBytes, requests[] }
 * From a playwright test: `await page.evaluate(() => window.__fakeExcel.workbook.value("Sheet1", "A1"))`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import type { Page } from "playwright-core";
import { EXCEL_CLIENT_PATH } from "./officeClient";

/** Where a pane loads Office.js from (the CDN URL in its HTML). */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/**";

/** Serves the stand-in wherever `page` asks Microsoft's CDN for Office.js. Call before `page.goto`. */
export async function routeFakeOffice(page: Page, options: FakeOfficeOptions = {}): Promise<void> {
  const body = fakeOfficeScript(options);
  await page.route(OFFICE_CDN, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body }),
  );
}

export interface FakeOfficeOptions {
  /** Highest ExcelApi set the page's Excel claims; default "1.18". */
  excelApi?: string;
  /** Office.context.displayLanguage; default "en-US". */
  displayLanguage?: string;
}

const HOST_DIR = join(__dirname, "host");

/** The host's modules as CommonJS JavaScript, keyed by file name without extension. */
function hostModules(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of readdirSync(HOST_DIR).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(join(HOST_DIR, file), "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: false },
      fileName: file,
    });
    out[file.replace(/\.ts$/, "")] = outputText;
  }
  return out;
}

let cached: { client: string; modules: string } | undefined;

export function fakeOfficeScript(options: FakeOfficeOptions = {}): string {
  cached ??= {
    client: readFileSync(EXCEL_CLIENT_PATH, "utf8"),
    modules: Object.entries(hostModules())
      .map(([name, code]) => `${JSON.stringify(name)}: function (require, module, exports) {\n${code}\n}`)
      .join(",\n"),
  };
  const config = JSON.stringify({
    excelApi: options.excelApi ?? "1.18",
    displayLanguage: options.displayLanguage ?? "en-US",
  });
  return `${cached.client}
;(function () {
  "use strict";
  var config = ${config};
  var factories = {
${cached.modules}
  };
  var loaded = {};
  function load(name) {
    var key = name.replace(/^\\.\\//, "");
    if (loaded[key]) return loaded[key].exports;
    if (!factories[key]) throw new Error("fake Excel host: no module " + name);
    var module = { exports: {} };
    loaded[key] = module;
    factories[key](load, module, module.exports);
    return module.exports;
  }
  var host = load("index").createInMemoryHost();
  function atMost(version, max) {
    var a = String(version).split(".").map(Number), b = String(max).split(".").map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) < (b[i] || 0);
    return true;
  }
  function isSetSupported(name, version) {
    return name === "ExcelApi" && atMost(version || "1.1", config.excelApi);
  }
  var actions = {};
  var context = {
    requirements: { isSetSupported: isSetSupported },
    displayLanguage: config.displayLanguage,
    contentLanguage: config.displayLanguage,
    platform: "OfficeOnline",
    host: "Excel",
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0" },
  };
  OSF._OfficeAppFactory = { getContext: function () { return context; } };
  OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
  // Every Excel.run and RequestContext now sends its requests to the in-memory host.
  OfficeExtension.SessionBase._overrideSession = host.requestInfo;
  var info = { host: "Excel", platform: "OfficeOnline" };
  Office.onReady = function (callback) {
    var ready = Promise.resolve(info);
    if (callback) ready.then(callback);
    return ready;
  };
  Office.actions = { associate: function (name, fn) { actions[name] = fn; } };
  Office.HostType = Office.HostType || { Excel: "Excel" };
  setTimeout(function () { if (typeof Office.initialize === "function") Office.initialize("inserted"); }, 0);
  window.__fakeExcel = {
    workbook: host.workbook,
    counters: host.counters,
    resetCounters: host.resetCounters,
    actions: actions,
    isSetSupported: isSetSupported,
  };
})();
`;
}
