// The agency's pane in Debian's Chromium, served from the build, with Office.js replaced by Microsoft's client
// on the in-memory Excel host (test/excel/fakeOfficeScript.ts): New report in a blank workbook (the body found by
// search, the latest period offered), the clerk's typing through the host, Validate (the same issues as
// `tendik validate` on the same file, each naming its measure, repeated ones folded), the verdict in view and
// focused at 320×700, a click or Next selects a cell, the marks, the fix, ready to send; a report's workbook
// never offers the merge, a master opens on it. Axe, no sideways scroll, and screenshots of every clerk state in
// ky, ru and en at 320 and 500 px, light and dark (test-artifacts/screenshots/clerk-*.png).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { buildTemplate, layoutReport, templateLabels, type CellWrite } from "../../core";
import { masterLabels } from "../../core/merge";
import { defaultPlan, defaultReportingPeriod, isDeadlinePassed, parsePeriod } from "../../schema";
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
import { cliIssues, saveWorkbook, validReport, workbookDir } from "./helpers/files";
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
const LANGS = ["ky", "ru", "en"] as const;
const WIDTHS = [320, 500] as const;
/** Office's dark theme, as Office.context tells the pane. */
const DARK = `;Office.context.officeTheme = { bodyBackgroundColor: "#1F1F1F" };`;
/** Words a clerk must never read: requirement sets, plan ids, command names, hidden cells, JSON paths. */
const DEVELOPER_TEXT = /ExcelApi|kg-gender-equality|tendik |_tendik|\/entries\/|must have required/;

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
  await p.locator("main[data-role]:not([data-role=unknown])").waitFor();
  return p;
}

async function setLanguage(p: Page, lang: string): Promise<void> {
  await p.getByTestId("language").selectOption(lang);
  await p.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Screenshots of one state in every language and width: no sideways scroll in any, no developer text. */
async function shots(p: Page, state: string, theme: "light" | "dark"): Promise<void> {
  for (const lang of LANGS) {
    await setLanguage(p, lang);
    expect(await p.locator("main").innerText()).not.toMatch(DEVELOPER_TEXT);
    for (const width of WIDTHS) {
      await p.setViewportSize({ width, height: 700 });
      expect([state, lang, width, await horizontalOverflow(p)]).toEqual([state, lang, width, 0]);
      await screenshot(p, `clerk-${state}-${lang}-${width}-${theme}`);
    }
  }
  await setLanguage(p, "ru");
  await p.setViewportSize({ width: 500, height: 900 });
}

/** Finds the body by typing part of its name in the picker and picks it. */
async function chooseBody(p: Page, search: string, code: string): Promise<void> {
  await p.getByTestId("new-body").click();
  await p.getByTestId("new-body").pressSequentially(search);
  await p.locator(`[role=option][data-code="${code}"]`).click();
}

/** The measures whose deadline has passed by the period's end marked "not started" (the rest left blank). */
function notStarted(): CellWrite[] {
  const at = parsePeriod(PERIOD)!;
  return layoutReport(defaultPlan, AGENCY)
    .measures.filter((m) => isDeadlinePassed(m.measure.deadline.periods, at))
    .map((m) => ({ sheet: SHEET, cell: `H${m.row}`, value: templateLabels.ru.statuses["not-started"] }));
}

/** Lets the workbook fail to read, as an unexpected host failure would, until `restore`. */
const breakExcel = (p: Page) =>
  p.evaluate(() => {
    const w = window as unknown as { __run?: typeof Excel.run };
    w.__run = Excel.run;
    (Excel as { run: unknown }).run = () => Promise.reject(new Error("boom: RichApi.Error GeneralException"));
  });
const restoreExcel = (p: Page) =>
  p.evaluate(() => {
    (Excel as { run: unknown }).run = (window as unknown as { __run: typeof Excel.run }).__run;
  });

/** Every clerk state on a fresh pane (a blank workbook, Excel without createWorkbook), screenshotted. */
async function clerkStates(p: Page, theme: "light" | "dark"): Promise<void> {
  await p.getByTestId("new-body").waitFor();
  await shots(p, "first-screen", theme);
  await p.getByTestId("plan-toggle").click();
  await p.getByTestId("choose-plan").waitFor();
  await shots(p, "plan-expanded", theme);
  await p.getByTestId("plan-toggle").click();
  await chooseBody(p, "МТСР", AGENCY);
  await p.getByTestId("new-period").selectOption(PERIOD);
  await p.getByTestId("create").click();
  await p.getByTestId("template-facts").waitFor();
  await shots(p, "template", theme);
  // A blank template, some measures "not started" past their deadline: errors and warnings, repeated ones folded.
  await typeInExcel(p, notStarted());
  await validateInPane(p);
  await shots(p, "result-errors", theme);
  await p.getByTestId("issue-group").first().click();
  await shots(p, "group-expanded", theme);
  await p.locator("[data-testid=issue-filter] [data-filter=warning]").click();
  await shots(p, "filter-warnings", theme);
  await breakExcel(p);
  await p.getByTestId("validate").click();
  await p.getByTestId("error-details").waitFor();
  await shots(p, "error-details", theme);
  await restoreExcel(p);
  await typeInExcel(p, exampleWrites(AGENCY, PERIOD, "ru"));
  await validateInPane(p);
  await p.locator("[data-testid=verdict][data-ready=true]").waitFor();
  await shots(p, "clean", theme);
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
  it("offers both paths in a workbook that is neither a report nor a master, the clerk's first", async () => {
    await expect(page.getByRole("tab", { selected: true, name: "Отчёт" }).count()).resolves.toBe(1);
    await expect(page.getByRole("tab").count()).resolves.toBe(2);
    await expect(page.getByRole("tab", { name: "Сводка" }).count()).resolves.toBe(1);
    await page.getByTestId("new-body").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("opens on body and period: the plan one folded line, the latest ended half-year offered, bodies sorted and found by search", async () => {
    await expect(page.getByTestId("plan-toggle").getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(page.getByTestId("choose-plan").count()).resolves.toBe(0);
    await expect(page.getByTestId("new-period").inputValue()).resolves.toBe(
      defaultReportingPeriod(defaultPlan.period, new Date()),
    );
    // The plan title once, no plan id.
    const text = await page.locator("main").innerText();
    expect(text.split(defaultPlan.title.ru!).length - 1).toBe(1);
    expect(text).not.toMatch(DEVELOPER_TEXT);
    // The whole list, sorted in Russian; typing filters it by any part of a name or abbreviation.
    await page.getByTestId("new-body").click();
    const names = await page.locator("[role=option]").allTextContents();
    expect(names.length).toBeGreaterThan(40);
    const collator = new Intl.Collator("ru", { sensitivity: "base", numeric: true });
    expect(names).toEqual([...names].sort(collator.compare));
    await page.getByTestId("new-body").fill("статком");
    await expect(page.locator("[role=option]").allTextContents()).resolves.toEqual([
      expect.stringContaining("Нацстатком"),
    ]);
    await page.keyboard.press("Escape");
    await page.getByTestId("new-body").fill("");
  });

  it("writes the template as the command line does into this workbook where Excel cannot open a new one, and says so in plain words", async () => {
    await chooseBody(page, "МТСР", AGENCY);
    await page.getByTestId("new-period").selectOption(PERIOD);
    await page.getByTestId("create").click();
    await page.getByTestId("template-facts").waitFor();
    const notice = await page.getByTestId("notice").textContent();
    expect(notice).toMatch(/не умеет открывать новую книгу.*Сохраните её под новым именем/);
    expect(notice).not.toMatch(DEVELOPER_TEXT);
    await expect(page.getByTestId("template-facts").textContent()).resolves.toMatch(/МТСР.*2-е полугодие 2019 года/s);
    await expect(page.getByTestId("fill-hint").textContent()).resolves.toBe(
      "Заполните лист «Отчет», затем нажмите «Проверить».",
    );
    const spec = buildTemplate({ agency: AGENCY, period: PERIOD, language: "ru" });
    const report = spec.sheets.find((s) => s.name === SHEET)!;
    const texts = report.cells.filter((c) => typeof c.value === "string").slice(0, 200);
    const inExcel = await page.evaluate(({ sheet, refs }) => refs.map((r) => __fakeExcel.workbook.value(sheet, r)), {
      sheet: SHEET,
      refs: texts.map((c) => c.ref),
    });
    expect(inExcel).toEqual(texts.map((c) => c.value));
  });

  it("offers no merge on a report's workbook", async () => {
    await expect(page.locator("main").getAttribute("data-role")).resolves.toBe("template");
    await expect(page.getByRole("tablist").count()).resolves.toBe(0);
    await expect(page.getByRole("tab", { name: "Сводка" }).count()).resolves.toBe(0);
    await expect(page.getByTestId("drop-zone").count()).resolves.toBe(0);
  });

  it("at 320×700 brings the verdict into view and gives it the focus when Validate is pressed with Enter", async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const runs = Number(await page.getByTestId("results").getAttribute("data-runs"));
    await page.getByTestId("validate").focus();
    await page.keyboard.press("Enter");
    await page.locator(`[data-testid=results][data-runs="${runs + 1}"]`).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "verdict");
    const box = await page.evaluate(() => {
      const r = document.querySelector("[data-testid=verdict]")!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: window.innerHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    // The live region says the verdict and the counts, not the list.
    await expect(page.getByTestId("announce").textContent()).resolves.toBe(
      "Пока нельзя отправлять. 69 ошибок. Исправьте ошибки и проверьте снова: отчёт с ошибками не принимается.",
    );
    await expect(page.locator("[aria-live] li").count()).resolves.toBe(0);
    await page.setViewportSize({ width: 500, height: 900 });
  });

  it("folds the 68 measures without a status into one line naming them, expandable, each naming its measure", async () => {
    const group = page.locator("[data-testid=issue-group]");
    await expect(group.count()).resolves.toBe(1);
    await expect(group.textContent()).resolves.toMatch(
      /Ошибка.*68 мероприятий: [\d.]+, [\d.]+, .*…Заполните поле «Статус»\./s,
    );
    await expect(group.getAttribute("aria-expanded")).resolves.toBe("false");
    await group.click();
    await expect(group.getAttribute("aria-expanded")).resolves.toBe("true");
    const items = await page.$$eval("[data-testid=results] li[data-code=value-required]", (li) =>
      li.map((l) => l.textContent ?? ""),
    );
    expect(items).toHaveLength(69);
    // Each one says it is an error in words (not colour alone), and which measure it is about.
    for (const item of items.slice(1)) expect(item).toMatch(/^Ошибка· Мероприятие [\d.]+· Отчет!H\d+/);
    await group.click();
  });

  it("steps through the issues with Next and Previous, each selecting its cell, and walks the list with the arrow keys", async () => {
    const selected = () => page.evaluate(() => __fakeExcel.workbook.selection().address);
    await page.getByTestId("next-issue").click();
    await page.waitForFunction(() => __fakeExcel.workbook.selection().address === "C2");
    await page.getByTestId("next-issue").click();
    await page.waitForFunction(() => __fakeExcel.workbook.selection().address !== "C2");
    const second = await selected();
    expect(second).toMatch(/^H\d+$/);
    await expect(page.getByTestId("issue-position").textContent()).resolves.toBe("2 из 69");
    // The folded line opened to show the current issue.
    await expect(page.locator(`li[data-cell="${second}"] button`).getAttribute("aria-current")).resolves.toBe("true");
    await page.getByTestId("previous-issue").click();
    await page.waitForFunction(() => __fakeExcel.workbook.selection().address === "C2");
    await page.locator("li[data-cell=C2] button").focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("issue-group");
    await page.keyboard.press("ArrowUp");
    await expect(page.evaluate(() => document.activeElement?.closest("li")?.dataset.cell)).resolves.toBe("C2");
  });

  it("goes to the instructions sheet from the help button", async () => {
    await page.getByTestId("help").click();
    await page.waitForFunction((s) => __fakeExcel.workbook.activeSheet() === s, templateLabels.ru.sheets.instructions);
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

  it("passes axe with its issues in Russian and Kyrgyz", async () => {
    for (const lang of ["ru", "ky"] as const) {
      await setLanguage(page, lang);
      await page.waitForFunction(() => !document.querySelector("[data-testid=validate][disabled]"));
      expect(await seriousViolations(page)).toEqual([]);
    }
    await setLanguage(page, "ru");
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

  it("says an unexpected failure in a sentence, its details only behind “copy the details”", async () => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: PANE_ORIGIN });
    await breakExcel(page);
    await page.getByTestId("validate").click();
    await page.getByTestId("error-details").waitFor();
    const said = await page.getByTestId("error-details").innerText();
    expect(said).toMatch(/^Не удалось проверить книгу\. Что-то пошло не так/);
    expect(said).not.toMatch(/boom|RichApi/);
    await page.getByTestId("copy-details").click();
    await page.getByText(/Скопировано|Скопировать не удалось/).waitFor();
    await restoreExcel(page);
  });

  it("never added a master's sheets to the report's workbook", async () => {
    const sheets = await page.evaluate(() => __fakeExcel.workbook.sheetNames());
    for (const lang of LANGS)
      for (const name of Object.values(masterLabels[lang].sheets)) expect(sheets).not.toContain(name);
  });

  it("opens New report as a workbook of its own where Excel has ExcelApi 1.8, with the command line's template", async () => {
    const modern = await browser.newContext({ viewport: { width: 500, height: 900 } });
    await servePane(modern, fakeOfficeScript({ excelApi: "1.18", displayLanguage: "ky-KG" }) + CREATE_WORKBOOK);
    const p = await openPane(modern);
    await expect(p.getByRole("tab", { selected: true, name: "Отчет" }).count()).resolves.toBe(1);
    await chooseBody(p, AGENCY, AGENCY);
    await p.getByTestId("new-period").selectOption(PERIOD);
    await p.getByTestId("create").click();
    await p.waitForFunction(() => __created.length === 1);
    await expect(p.getByTestId("new-outcome").textContent()).resolves.toMatch(/«Отчет» барагын толтуруп/);
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

  it("turns to the coordinator's view once the workbook is a master", async () => {
    const ctx = await browser.newContext({ viewport: { width: 500, height: 900 } });
    await servePane(ctx, fakeOfficeScript({ excelApi: "1.7", displayLanguage: "ru-RU" }));
    const p = await openPane(ctx);
    await p.getByRole("tab", { name: "Сводка" }).click();
    const file = saveWorkbook(workbookDir(), "esom.xlsx", await validReport());
    await p.getByTestId("file-input").setInputFiles(file.path);
    await p.getByTestId("merge-summary").waitFor();
    await p.locator("main[data-role=master]").waitFor();
    await expect(p.getByRole("tab", { selected: true, name: "Сводка" }).count()).resolves.toBe(1);
    await p.getByRole("tab", { name: "Отчёт" }).click();
    await expect(p.getByRole("tabpanel").textContent()).resolves.toMatch(/Эта книга — сводная/);
    await ctx.close();
  });

  it("made no network request of its own", () => {
    expect(refused).toEqual([]);
  });
});

describe("every clerk state, screenshotted", () => {
  for (const theme of ["light", "dark"] as const)
    it(`in ky, ru and en at 320 and 500 px, ${theme}`, async () => {
      const ctx = await browser.newContext({ viewport: { width: 500, height: 900 }, colorScheme: theme });
      await servePane(
        ctx,
        fakeOfficeScript({ excelApi: "1.7", displayLanguage: "ru-RU" }) + (theme === "dark" ? DARK : ""),
      );
      const p = await openPane(ctx);
      if (theme === "dark") {
        // No white frame around the pane.
        const edge = await p.evaluate(() => getComputedStyle(document.body).margin);
        expect(edge).toBe("0px");
      }
      await clerkStates(p, theme);
      expect(await seriousViolations(p)).toEqual([]);
      await ctx.close();
    }, 600_000);
});
