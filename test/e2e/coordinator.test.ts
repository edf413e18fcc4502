// The coordinator's pane in Debian's Chromium on the in-memory Excel host: pick the bodies' submissions, see the
// progress and each file's outcome as `tendik merge` gives it, the master's sheets written into this workbook;
// merging the same files again changes no data. The merge code arrives as its own chunk, only on use.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { writeWorkbook } from "../../adapters/xlsx";
import { mergeIntoMaster } from "../../cli/commands/merge";
import { buildTemplate } from "../../core";
import { masterLabels } from "../../core/merge";
import { CASES } from "../fixtures/broken/cases";
import { exampleReport } from "../fixtures/reports";
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
import { cliIssues, saveWorkbook, validReport, workbookDir, type Workbook } from "./helpers/files";

const PERIOD = "2019-H2";
const LANG = "ru";

let browser: Browser;
let page: Page;
let refused: string[];
let files: Workbook[];
let dir: string;
const scripts: string[] = [];

/** Submissions as a coordinator receives them: reports, a broken one, a CSV renamed, a copy, a resubmission. */
async function submissions(): Promise<Workbook[]> {
  dir = workbookDir();
  const first = await validReport("ЭСӨМ", PERIOD);
  const revised = exampleReport({ agency: "ЭСӨМ", period: PERIOD });
  revised.entries[0] = { ...revised.entries[0], narrative: "Кайра каралып чыккан отчет" };
  const broken = CASES.find((c) => c.name === "text-in-number.xlsx")!;
  return [
    saveWorkbook(dir, "tendik-ESOM-2019-H2.xlsx", first),
    saveWorkbook(dir, "tendik-BIM-2019-H2.xlsx", await validReport("БИМ", PERIOD)),
    saveWorkbook(dir, "tendik-broken.xlsx", await broken.make()),
    saveWorkbook(dir, "export.csv.xlsx", new TextEncoder().encode("№;Чара\n4.6;Аткарылды\n")),
    saveWorkbook(dir, "tendik-ESOM-copy.xlsx", first),
    saveWorkbook(
      dir,
      "tendik-ESOM-2019-H2-revised.xlsx",
      await writeWorkbook(buildTemplate({ agency: "ЭСӨМ", period: PERIOD, language: "ky", prefill: revised })),
    ),
  ];
}

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
  files = await submissions();
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
    expect(statuses).toEqual(cli.files.map((f) => f.status));
    expect(statuses).toEqual(["accepted", "accepted", "rejected", "rejected", "unchanged", "replaced"]);
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
    expect(statuses).toEqual(cli.files.map((f) => f.status));
    expect(statuses.filter((s) => s === "accepted" || s === "replaced")).toEqual([]);
    expect(await snapshot(data)).toEqual(before);
  });

  it("offers the templates of all bodies as one zip", async () => {
    await page.getByTestId("zip-period").selectOption(PERIOD);
    const download = page.waitForEvent("download");
    await page.getByTestId("download-templates").click();
    expect((await download).suggestedFilename()).toBe(`tendik-templates-${PERIOD}.zip`);
  }, 180_000);

  it("made no network request of its own", () => {
    expect(refused).toEqual([]);
  });
});
