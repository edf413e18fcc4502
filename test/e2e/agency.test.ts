// The agency's pane in Debian's Chromium, served from the build, with Office.js replaced by Microsoft's client
// on the in-memory Excel host (test/excel/fakeOfficeScript.ts): New report in a blank workbook, the clerk's
// typing through the host, Validate (the same issues as `tendik validate` on the same file), a click on an issue
// selects its cell, the marks, the fix, ready to send. Axe on each screen; screenshots in ky and ru.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readWorkbook } from "../../adapters/xlsx";
import { buildTemplate, templateLabels, type CellWrite } from "../../core";
import { writeWorkbook } from "../../adapters/xlsx";
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
import { cliIssues } from "./helpers/files";
import { exampleWrites, filledFile, peopleRow } from "./helpers/fill";
import { typeInExcel, validateInPane } from "./helpers/pane";

declare const __created: string[];

const AGENCY = "ЭСӨМ";
const PERIOD = "2019-H2";
const SHEET = templateLabels.ru.sheets.report;
const ROW = peopleRow(AGENCY);
const BAD: CellWrite = { sheet: SHEET, cell: `K${ROW}`, value: "много" };
const FIX: CellWrite = { sheet: SHEET, cell: `K${ROW}`, value: 12 };
/** The cell beside the broken one: the same input style, never marked, so it shows the template's own fill. */
const NEIGHBOUR = { sheet: SHEET, cell: `L${ROW}` };

/** Excel.createWorkbook is outside the in-memory host: the page records what the pane hands to Excel. */
const CREATE_WORKBOOK = `;window.__created = []; Excel.createWorkbook = function (base64) {
  window.__created.push(base64); return Promise.resolve(); };`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let refused: string[];

async function openPane(ctx: BrowserContext): Promise<Page> {
  const p = await ctx.newPage();
  await p.goto(`${PANE_ORIGIN}taskpane.html`);
  await p.getByRole("tablist").waitFor();
  return p;
}

beforeAll(async () => {
  await ensureAddinBuilt();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 500, height: 900 } });
  refused = await servePane(context, fakeOfficeScript({ excelApi: "1.7", displayLanguage: "ru-RU" }));
  page = await openPane(context);
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

describe("the agency's pane", () => {
  it("opens in the Office language and offers New report in a workbook that is not a template", async () => {
    await expect(page.getByRole("tab", { selected: true }).textContent()).resolves.toBe("Отчёт");
    await page.getByTestId("new-body").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    for (const width of [320, 500]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `pane-new-report-ru-${width}`);
    }
  });

  it("writes the template as the command line does into this workbook where Excel cannot open a new one", async () => {
    await page.getByTestId("new-body").selectOption(AGENCY);
    await page.getByTestId("new-period").selectOption(PERIOD);
    await page.getByTestId("create").click();
    await page.getByTestId("template-facts").waitFor();
    await expect(page.getByTestId("notice").textContent()).resolves.toMatch(/ExcelApi 1\.8/);
    await expect(page.getByTestId("template-facts").textContent()).resolves.toMatch(/МТСР.*2-е полугодие 2019 года/s);
    const spec = buildTemplate({ agency: AGENCY, period: PERIOD, language: "ru" });
    const report = spec.sheets.find((s) => s.name === SHEET)!;
    const texts = report.cells.filter((c) => typeof c.value === "string").slice(0, 200);
    const inExcel = await page.evaluate(({ sheet, refs }) => refs.map((r) => __fakeExcel.workbook.value(sheet, r)), {
      sheet: SHEET,
      refs: texts.map((c) => c.ref),
    });
    expect(inExcel).toEqual(texts.map((c) => c.value));
  });

  it("lists every issue as `tendik validate` does on the same file, errors first, each with its cell", async () => {
    const fill = exampleWrites(AGENCY, PERIOD, "ru");
    await typeInExcel(page, [...fill, BAD]);
    const shown = await validateInPane(page);
    const file = await filledFile(AGENCY, PERIOD, "ru", [BAD]);
    // The same issues, in the same order, with the same words.
    expect(shown).toEqual(await cliIssues("", file, "ru"));
    expect(shown).toContainEqual([BAD.cell, "value-not-number", expect.any(String)]);
    await expect(page.getByTestId("verdict").getAttribute("data-ready")).resolves.toBe("false");
  });

  it("marks the issue cells in the sheet and selects a cell when its issue is clicked", async () => {
    const fillOf = (c: { sheet: string; cell: string }) =>
      page.evaluate(({ sheet, cell }) => __fakeExcel.workbook.cell(sheet, cell).fill, c);
    expect(await fillOf(BAD)).not.toEqual(await fillOf(NEIGHBOUR));
    await page.locator(`li[data-cell="${BAD.cell}"] button`).click();
    await page.waitForFunction(({ sheet, cell }) => {
      const selected = __fakeExcel.workbook.selection();
      return __fakeExcel.workbook.activeSheet() === sheet && selected.sheet === sheet && selected.address === cell;
    }, BAD);
  });

  it("words its issues again when the language changes, without reading or checking the workbook again", async () => {
    type Counted = { counters: { responseBytes: number; syncs: number } };
    const counters = () => page.evaluate(() => ({ ...(__fakeExcel as unknown as Counted).counters }));
    const runs = () => page.getByTestId("results").getAttribute("data-runs");
    // What one check costs: its read of the workbook is most of what the host answers.
    const before = await counters();
    const shownRu = await validateInPane(page);
    const oneCheck = (await counters()).responseBytes - before.responseBytes;
    const checks = await runs();
    const file = await filledFile(AGENCY, PERIOD, "ru", [BAD]);
    for (const lang of ["ky", "en", "ru"] as const) {
      const at = await counters();
      await page.getByTestId("language").selectOption(lang);
      const words = (await cliIssues("", file, lang)).map(([, , message]) => message);
      await page.waitForFunction(
        (first) => document.querySelector("[data-testid=issue-message]")?.textContent === first,
        words[0],
      );
      const shown = await page.$$eval("[data-testid=issue-message]", (els) => els.map((e) => e.textContent));
      expect(shown).toEqual(words);
      // No new check, and nothing read: the marks' comments are written again in the new words, which the
      // host answers with a few bytes, where one check's read of the grid costs it all its cells.
      expect(await runs()).toBe(checks);
      expect((await counters()).responseBytes - at.responseBytes).toBeLessThan(oneCheck / 10);
    }
    expect(shownRu.map(([, , m]) => m)).toEqual((await cliIssues("", file, "ru")).map(([, , m]) => m));
  });

  it("passes axe and is screenshotted with its issues in Russian and Kyrgyz", async () => {
    for (const lang of ["ru", "ky"] as const) {
      await page.getByTestId("language").selectOption(lang);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.waitForFunction(() => !document.querySelector("[data-testid=validate][disabled]"));
      expect(await seriousViolations(page)).toEqual([]);
      for (const width of [320, 500]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await horizontalOverflow(page)).toBe(0);
        await screenshot(page, `pane-issues-${lang}-${width}`);
      }
    }
    await page.getByTestId("language").selectOption("ru");
  });

  it("is ready to send once the cell is fixed, and the fixed cell loses its mark", async () => {
    await typeInExcel(page, [FIX]);
    const shown = await validateInPane(page);
    expect(shown.filter(([cell]) => cell === BAD.cell)).toEqual([]);
    await expect(page.getByTestId("verdict").getAttribute("data-ready")).resolves.toBe("true");
    await expect(page.getByTestId("verdict").textContent()).resolves.toMatch(/Готов к отправке.*координатору/s);
    const fillOf = (c: { sheet: string; cell: string }) =>
      page.evaluate(({ sheet, cell }) => __fakeExcel.workbook.cell(sheet, cell).fill, c);
    expect(await fillOf(BAD)).toEqual(await fillOf(NEIGHBOUR));
    expect(await seriousViolations(page)).toEqual([]);
    for (const lang of ["ru", "ky"] as const) {
      await page.getByTestId("language").selectOption(lang);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.getByTestId("verdict").waitFor();
      for (const width of [320, 500]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await horizontalOverflow(page)).toBe(0);
        await screenshot(page, `pane-ready-${lang}-${width}`);
      }
    }
  });

  it("clears the marks on request", async () => {
    await typeInExcel(page, [BAD]);
    await validateInPane(page);
    await page.getByTestId("clear-marks").click();
    await page.waitForFunction(
      ([bad, beside]) =>
        __fakeExcel.workbook.cell(bad.sheet, bad.cell).fill ===
        __fakeExcel.workbook.cell(beside.sheet, beside.cell).fill,
      [BAD, NEIGHBOUR] as const,
    );
  });

  it("opens New report as a workbook of its own where Excel has ExcelApi 1.8, with the command line's template", async () => {
    const modern = await browser.newContext({ viewport: { width: 500, height: 900 } });
    await servePane(modern, fakeOfficeScript({ excelApi: "1.18", displayLanguage: "ky-KG" }) + CREATE_WORKBOOK);
    const p = await openPane(modern);
    await expect(p.getByRole("tab", { selected: true }).textContent()).resolves.toBe("Отчет");
    await p.getByTestId("new-body").selectOption(AGENCY);
    await p.getByTestId("new-period").selectOption(PERIOD);
    await p.getByTestId("create").click();
    await p.waitForFunction(() => __created.length === 1);
    const base64 = await p.evaluate(() => __created[0]);
    const opened = await readWorkbook(new Uint8Array(Buffer.from(base64, "base64")));
    const cli = await readWorkbook(
      await writeWorkbook(buildTemplate({ agency: AGENCY, period: PERIOD, language: "ky" })),
    );
    const plain = (g: typeof cli) => g.sheets.map((s) => [s.name, s.state, [...s.cells.entries()]]);
    expect(plain(opened)).toEqual(plain(cli));
    // This workbook is left as it was.
    await expect(p.evaluate(() => __fakeExcel.workbook.sheetNames())).resolves.toEqual(["Sheet1"]);
    await modern.close();
  });

  it("made no network request of its own", () => {
    expect(refused).toEqual([]);
  });
});
