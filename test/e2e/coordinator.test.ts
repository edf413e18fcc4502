// The coordinator's pane in Debian's Chromium on the in-memory Excel host: pick the bodies' submissions, see the
// progress and each file's outcome as `tendik merge` gives it (rejected files first), the master's sheets
// written into this workbook, who has not reported as `tendik status` says it; merging the same files again
// changes no data; the templates' zip counts its progress. The merge code arrives as its own chunk, only on use.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { sortOutcomes } from "../../addin/taskpane/coordinator/order";
import { mergeIntoMaster } from "../../cli/commands/merge";
import { readMasterFile } from "../../cli/commands/report";
import { summarizeStatus } from "../../core/coordinator/status";
import { masterLabels } from "../../core/merge";
import { bodyShortName, defaultPlan, defaultReportingPeriod } from "../../schema";
import { fakeOfficeScript } from "../excel/fakeOfficeScript";
import { ensureAddinBuilt } from "./helpers/build";
import {
  horizontalOverflow,
  launchChromium,
  PANE_ORIGIN,
  screenshot,
  seriousViolations,
  servePane,
} from "./helpers/browser";
import { submissions, zipScreenshots } from "./helpers/coordinator";
import { cliIssues, type Workbook } from "./helpers/files";

const PERIOD = "2019-H2";
const LANG = "ru";

let browser: Browser;
let page: Page;
let refused: string[];
let files: Workbook[];
let dir: string;
const scripts: string[] = [];

async function merge(): Promise<string[]> {
  await page.getByTestId("file-input").setInputFiles(files.map((f) => f.path));
  await page.getByTestId("merge-summary").waitFor();
  return page.$$eval("[data-testid=merge-file]", (items) => items.map((li) => (li as HTMLElement).dataset.status!));
}

/** Every sheet's filled cells and values, as the coordinator would see them. */
function snapshot(sheets: string[]): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    (names) =>
      Object.fromEntries(
        names.map((n) => [n, __fakeExcel.workbook.filledCells(n).map((c) => [c, __fakeExcel.workbook.value(n, c)])]),
      ),
    sheets,
  );
}

beforeAll(async () => {
  await ensureAddinBuilt();
  ({ dir, files } = await submissions(PERIOD));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 500, height: 900 } });
  refused = await servePane(context, fakeOfficeScript({ excelApi: "1.18", displayLanguage: "ru-RU" }));
  // Counts the picked files' reads: a change of language must word the outcome again without reading them.
  await context.addInitScript(() => {
    const read = Blob.prototype.arrayBuffer;
    (window as unknown as { __fileReads: number }).__fileReads = 0;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      (window as unknown as { __fileReads: number }).__fileReads++;
      return read.call(this);
    };
  });
  page = await context.newPage();
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(`${PANE_ORIGIN}taskpane.html`);
  await page.getByRole("tablist").waitFor();
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

describe("the coordinator's pane", () => {
  it("loads the merge code only when the coordinator opens Merge", async () => {
    expect(scripts.some((s) => s.startsWith("/merge."))).toBe(false);
    await page.getByRole("tab", { name: "Сводка" }).click();
    await page.getByTestId("drop-zone").waitFor();
    expect(scripts.some((s) => s.startsWith("/merge."))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    for (const width of [320, 500]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `pane-merge-${LANG}-${width}`);
    }
  });

  it("gives each file the outcome `tendik merge` gives it, and writes the master's sheets into this workbook", async () => {
    const statuses = await merge();
    const cli = await mergeIntoMaster({
      into: join(dir, "master.xlsx"),
      inputs: files.map((f) => f.path),
      json: true,
      lang: LANG,
      workers: 0,
    });
    // Rejected files first, then replaced, accepted and unchanged; each status as the command line gives it.
    expect(statuses).toEqual(sortOutcomes(cli.files).map((f) => f.status));
    expect(statuses).toEqual(["rejected", "rejected", "replaced", "accepted", "accepted", "unchanged"]);
    const sheets = await page.evaluate(() => __fakeExcel.workbook.sheetNames());
    for (const name of Object.values(masterLabels[LANG].sheets)) expect(sheets).toContain(name);
    expect(await seriousViolations(page)).toEqual([]);
    const fileReads = () => page.evaluate(() => (window as unknown as { __fileReads: number }).__fileReads);
    const readsAfterMerge = await fileReads();
    expect(readsAfterMerge).toBeGreaterThanOrEqual(files.length - 1); // each file read once (a copy is a duplicate)
    for (const lang of ["ky", "en", "ru"] as const) {
      await page.getByTestId("language").selectOption(lang);
      // A rejected file's issues follow the language chosen after the merge, as `tendik validate` words them,
      // and no file is read or checked again for it.
      const broken = files.find((f) => f.name === "tendik-broken.xlsx")!;
      const expected = (await cliIssues(broken.name, broken.bytes, lang)).map(([, , message]) => message);
      await page.waitForFunction(
        (first) => document.querySelector("[data-testid=issue-message]")?.textContent === first,
        expected[0],
      );
      expect(await fileReads()).toBe(readsAfterMerge);
      for (const width of [320, 500]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await horizontalOverflow(page)).toBe(0);
        await screenshot(page, `pane-merge-done-${lang}-${width}`);
      }
    }
    await page.getByTestId("language").selectOption(LANG);
  });

  it("changes no data when the same files are merged again", async () => {
    const L = masterLabels[LANG].sheets;
    const data = [L.measureReports, L.indicatorValues];
    const before = await snapshot(data);
    expect(before[L.measureReports].length).toBeGreaterThan(10);
    const statuses = await merge();
    const cli = await mergeIntoMaster({
      into: join(dir, "master.xlsx"),
      inputs: files.map((f) => f.path),
      json: true,
      lang: LANG,
      workers: 0,
    });
    expect(statuses).toEqual(sortOutcomes(cli.files).map((f) => f.status));
    expect(statuses.filter((s) => s === "accepted" || s === "replaced")).toEqual([]);
    expect(await snapshot(data)).toEqual(before);
  });

  it("says who has not reported for the merged period, as `tendik status` does, by name in the pane's language", async () => {
    const { master } = await readMasterFile(join(dir, "master.xlsx"), defaultPlan);
    const expected = summarizeStatus(master, defaultPlan, PERIOD).rows.filter((r) => r.state !== "submitted");
    await expect(page.getByTestId("missing-period").inputValue()).resolves.toBe(PERIOD);
    const shown = await page.$$eval("[data-testid=missing-body]", (items) =>
      items.map((li) => [(li as HTMLElement).dataset.agency!, (li as HTMLElement).dataset.state!]),
    );
    expect(new Set(shown.map(([a, s]) => `${a}:${s}`))).toEqual(new Set(expected.map((r) => `${r.agency}:${r.state}`)));
    expect(shown.length).toBeGreaterThan(40);
    // Sorted as a reader of the pane's language looks a body up: by its short name in that language.
    for (const state of ["rejected", "missing"]) {
      const names = shown.filter(([, s]) => s === state).map(([a]) => bodyShortName(defaultPlan, a, LANG));
      expect(names).toEqual([...names].sort(new Intl.Collator(LANG).compare));
    }
    await expect(page.getByTestId("missing-summary").textContent()).resolves.toContain(`${expected.length} из `);
  });

  it("offers the templates of all bodies as one zip, the latest ended period first, counting its progress", async () => {
    await expect(page.getByTestId("zip-period").inputValue()).resolves.toBe(
      defaultReportingPeriod(defaultPlan.period, new Date()),
    );
    await page.getByTestId("zip-period").selectOption(PERIOD);
    const download = page.waitForEvent("download", { timeout: 170_000 });
    await page.getByTestId("download-templates").click();
    await zipScreenshots(page, "", LANG);
    expect((await download).suggestedFilename()).toBe(`tendik-templates-${PERIOD}.zip`);
    await expect(page.getByTestId("zip-made").textContent()).resolves.toMatch(/^\d+ шаблон/);
  }, 180_000);

  it("shows a skeleton of the first screen, light and dark, until the pane's script has run", async () => {
    for (const theme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport: { width: 320, height: 700 }, colorScheme: theme });
      await servePane(context, fakeOfficeScript({ excelApi: "1.18", displayLanguage: "ru-RU" }));
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await context.route(/\/taskpane\.[^/]*\.js$/, async (route) => {
        await held;
        await route.fallback();
      });
      const p = await context.newPage();
      await p.goto(`${PANE_ORIGIN}taskpane.html`, { waitUntil: "commit" });
      await p.getByTestId("skeleton").waitFor();
      // No frame around the pane: the page's background is the pane's.
      const body = await p.evaluate(() => [
        getComputedStyle(document.body).margin,
        getComputedStyle(document.body).backgroundColor,
      ]);
      expect(body).toEqual(["0px", theme === "dark" ? "rgb(41, 41, 41)" : "rgb(255, 255, 255)"]);
      expect(await horizontalOverflow(p)).toBe(0);
      await screenshot(p, `pane-skeleton-320-${theme}`);
      release();
      await p.getByRole("tablist").waitFor();
      await expect(p.getByTestId("skeleton").count()).resolves.toBe(0);
      await context.close();
    }
  });

  it("made no network request of its own", () => {
    expect(refused).toEqual([]);
  });
});
