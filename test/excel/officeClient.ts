/**
 * Microsoft's Office.js client for Excel (`@microsoft/office-js`, pinned in package.json), loaded in a Node
 * `vm` context with the few browser globals it touches while loading. Nothing of it is faked: proxies, `load`,
 * `sync`, `PropertyNotLoaded`, null objects and the request format are Microsoft's.
 */
import { readFileSync } from "node:fs";
import { createContext, Script } from "node:vm";

export const OFFICE_JS_VERSION: string = (
  JSON.parse(readFileSync(require.resolve("@microsoft/office-js/package.json"), "utf8")) as { version: string }
).version;

/** The client script: Excel's web flavour, unminified (readable stack traces when a test fails). */
export const EXCEL_CLIENT_PATH = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

let compiled: Script | undefined;

/** The globals of a loaded client: `Excel`, `Office`, `OfficeExtension`. */
export interface OfficeGlobals {
  Excel: typeof Excel;
  Office: typeof Office & { context?: unknown };
  OfficeExtension: typeof OfficeExtension & { SessionBase: { _overrideSession?: unknown } };
}

const noop = (): void => undefined;
const element = () => ({ style: {}, appendChild: noop, setAttribute: noop, addEventListener: noop });

/** A fresh copy of the client in its own context (so requirement sets and state never leak between tests). */
export function loadExcelClient(): OfficeGlobals {
  compiled ??= new Script(readFileSync(EXCEL_CLIENT_PATH, "utf8"), { filename: EXCEL_CLIENT_PATH });
  const document = {
    getElementById: () => null,
    createElement: element,
    getElementsByTagName: () => [],
    addEventListener: noop,
    readyState: "complete",
    cookie: "",
    body: element(),
    head: element(),
    documentElement: element(),
  };
  const sandbox: Record<string, unknown> = {
    console,
    // The client's timers (telemetry, retries) must not keep a test process alive.
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms).unref(),
    clearTimeout,
    setInterval: (fn: () => void, ms?: number) => setInterval(fn, ms).unref(),
    clearInterval,
    Promise,
    TextEncoder,
    document,
    navigator: { userAgent: "node" },
    location: {
      href: "https://localhost/",
      search: "",
      hash: "",
      protocol: "https:",
      host: "localhost",
      hostname: "localhost",
    },
    addEventListener: noop,
    removeEventListener: noop,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.top = sandbox;
  sandbox.parent = sandbox;
  const context = createContext(sandbox);
  compiled.runInContext(context);
  return sandbox as unknown as OfficeGlobals;
}
