/**
 * The first moments of the task pane and of the validator page, in Debian's Chromium (timings print; they are
 * never a test's pass or fail):
 * - pane: 5 fresh loads of taskpane.html on the stand-in Excel host with a blank ЭСӨМ template in the workbook
 *   (69 errors, as a clerk first presses it); from the click on Validate to the verdict painted, pressed as soon
 *   as the button shows and again after 2 s of reading the first screen; also when the skeleton and the pane
 *   first paint.
 * - validator: 5 fresh loads of validator.html from file://; from the file set on the input to the verdict
 *   painted, the file chosen 1 s after the page opened (as a person picks it).
 * `npm run build:addin && node scripts/run-ts.js scripts/bench-first-moments.ts [pane|validator] [runs]`
 */
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildTemplate } from "../core";
import { fakeOfficeScript } from "../test/excel/fakeOfficeScript";
import { launchChromium, PANE_ORIGIN, servePane } from "../test/e2e/helpers/browser";
import { DIST } from "../test/e2e/helpers/build";
import { saveWorkbook, validReport, workbookDir } from "../test/e2e/helpers/files";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(", ")})`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The blank template's cells, written as a clerk's workbook holds them (values; the identity sheet). */
function templateWrites(): { sheet: string; cells: [string, unknown][] }[] {
  const spec = buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ru" });
  return spec.sheets.map((s) => ({
    sheet: s.name,
    cells: s.cells.filter((c) => c.value !== null && c.value !== undefined && !c.formula).map((c) => [c.ref, c.value]),
  }));
}

/** Records, in the page, when the verdict first appears and is painted, from a start mark set by `mark`. */
const OBSERVE = `(() => {
  window.__bench = { start: null, verdict: null };
  new MutationObserver(() => {
    if (window.__bench.start !== null && window.__bench.verdict === null && document.querySelector("[data-testid=verdict]"))
      requestAnimationFrame(() => { window.__bench.verdict = performance.now(); });
  }).observe(document, { subtree: true, childList: true });
})();`;

async function paneOnce(
  browser: Browser,
  readMs: number,
): Promise<{ validate: number; verdict: string; skeleton: number; pane: number }> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 320, height: 700 } });
  await servePane(context, fakeOfficeScript({ excelApi: "1.18", displayLanguage: "ru-RU" }));
  let release!: () => void;
  const written = new Promise<void>((r) => (release = r));
  // The pane's own script waits until the workbook holds the template, as when a clerk opens their file.
  await context.route(/\/taskpane\.[^/]*\.js$/, async (route) => {
    await written;
    await route.fallback();
  });
  await context.addInitScript(OBSERVE);
  const page: Page = await context.newPage();
  await page.goto(`${PANE_ORIGIN}taskpane.html`, { waitUntil: "commit" });
  await page.waitForFunction(() => typeof Excel !== "undefined" && typeof Excel.run === "function");
  await page.evaluate(async (sheets) => {
    await Excel.run(async (ctx) => {
      for (const s of sheets) {
        const ws = ctx.workbook.worksheets.add(s.sheet);
        for (const [ref, value] of s.cells) ws.getRange(ref).values = [[value as string]];
      }
      await ctx.sync();
    });
  }, templateWrites());
  release();
  const validate = page.getByTestId("validate");
  await validate.waitFor();
  const paints = await page.evaluate(() => ({
    skeleton: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    pane: performance.now(),
  }));
  if (readMs) await sleep(readMs);
  await page.evaluate(() => {
    (window as unknown as { __bench: { start: number } }).__bench.start = performance.now();
    (document.querySelector("[data-testid=validate]") as HTMLButtonElement).click();
  });
  await page.waitForFunction(() => (window as unknown as { __bench: { verdict: number | null } }).__bench.verdict);
  const b = await page.evaluate(() => (window as unknown as { __bench: { start: number; verdict: number } }).__bench);
  const verdict = (await page.getByTestId("verdict").textContent()) ?? "";
  await context.close();
  return { validate: b.verdict - b.start, verdict, ...paints };
}

async function validatorOnce(browser: Browser, file: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 500, height: 900 } });
  await context.addInitScript(OBSERVE);
  await context.addInitScript(() =>
    document.addEventListener(
      "change",
      () => ((window as unknown as { __bench: { start: number } }).__bench.start = performance.now()),
      true,
    ),
  );
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(DIST, "validator.html")).href);
  await page.getByTestId("file-input").waitFor({ state: "attached" });
  await sleep(1000);
  await page.getByTestId("file-input").setInputFiles(file);
  await page.waitForFunction(() => (window as unknown as { __bench: { verdict: number | null } }).__bench.verdict);
  const b = await page.evaluate(() => (window as unknown as { __bench: { start: number; verdict: number } }).__bench);
  await context.close();
  return b.verdict - b.start;
}

export async function main(args: string[]): Promise<void> {
  const which = args[0] ?? "all";
  const runs = Number(args[1] ?? 5);
  const browser = await launchChromium();
  try {
    if (which === "all" || which === "pane") {
      const atOnce: number[] = [];
      const afterReading: number[] = [];
      const skeleton: number[] = [];
      const pane: number[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await paneOnce(browser, 0);
        if (i === 0) console.log(`pane, the verdict: ${r.verdict}`);
        atOnce.push(r.validate);
        skeleton.push(r.skeleton);
        pane.push(r.pane);
        afterReading.push((await paneOnce(browser, 2000)).validate);
      }
      console.log(`pane, first Validate on the blank ЭСӨМ template, pressed at once: ${fmt(atOnce)}`);
      console.log(`pane, first Validate after 2 s on the first screen:           ${fmt(afterReading)}`);
      console.log(`pane, first paint (skeleton):                                  ${fmt(skeleton)}`);
      console.log(`pane, Validate shown (from navigation):                        ${fmt(pane)}`);
    }
    if (which === "all" || which === "validator") {
      const file = saveWorkbook(workbookDir(), "tendik-ESOM-2019-H2.xlsx", await validReport("ЭСӨМ", "2019-H2"));
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await validatorOnce(browser, file.path));
      console.log(`validator page, first file (ЭСӨМ report) to verdict:          ${fmt(times)}`);
    }
  } finally {
    await browser.close();
  }
}
