/**
 * Debian's Chromium through playwright-core, one browser for the whole run (started by globalSetup.ts, each
 * test file connects to it; a file run on its own outside jest's setup launches its own), and the add-in served as Office
 * would load it: https://localhost:3000/ answered from dist/addin/ by request interception (no server, no
 * certificate), Office.js's CDN answered with the in-memory Excel host.
 */
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { extname, join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { DIST, ROOT } from "./build";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export const PANE_ORIGIN = "https://localhost:3000/";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const SCREENSHOTS = join(ROOT, "test-artifacts/screenshots");

export const CHROMIUM = "/usr/bin/chromium";
/** Where globalSetup.ts leaves the shared browser's address for the suites. */
export const CHROMIUM_WS_ENV = "TENDIK_CHROMIUM_WS";

/**
 * The run's shared Chromium (a connection of this test file's own: closing it leaves the browser to the other
 * files), or a browser of its own when none was started. A connected browser cannot hand over a download's
 * path: save it with `download.saveAs`.
 */
export function launchChromium(): Promise<Browser> {
  const ws = process.env[CHROMIUM_WS_ENV];
  if (ws) return chromium.connect(ws);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

/**
 * The stand-in Office.js with Office's dark theme (Office.context.officeTheme), as the pane reads it to choose
 * Fluent's dark theme.
 */
export function withDarkOffice(officeScript: string): string {
  return `${officeScript}
;OSF._OfficeAppFactory.getContext().officeTheme = { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#292929", controlForegroundColor: "#ffffff", isDarkTheme: true };`;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};

/**
 * Serves dist/addin/ at https://localhost:3000/ and `officeScript` in place of Office.js; every other request is
 * refused and recorded, so a test can assert that the pane made no network call of its own.
 */
export async function servePane(context: BrowserContext, officeScript: string): Promise<string[]> {
  const refused: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ body: officeScript, contentType: TYPES[".js"] });
    if (url.startsWith(PANE_ORIGIN)) {
      const file = join(DIST, new URL(url).pathname);
      if (existsSync(file))
        return route.fulfill({
          body: readFileSync(file),
          contentType: TYPES[extname(file)] ?? "application/octet-stream",
        });
    }
    if (url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    refused.push(url);
    return route.abort();
  });
  return refused;
}

/**
 * Serious and critical axe violations on the page as it is now, as "rule: target" lines. Fluent UI's focus
 * manager (Tabster) puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` sentinels around groups that
 * pass focus on at once; axe reports them as focusable hidden elements, so they are left out of the scan.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${v.help})`));
}

/** How many pixels the page is wider than the viewport (a pane that makes a clerk scroll sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  // Measured after two frames: a resize or a state change just made has been laid out and painted, so what is
  // measured is what the person sees (on a loaded machine the first frame could still hold the last state).
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(document.documentElement.scrollWidth - document.documentElement.clientWidth),
          ),
        ),
      ),
  );
}

/** Writes test-artifacts/screenshots/NAME.png of the whole page. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
