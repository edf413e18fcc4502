// The offline validator page in Debian's Chromium, opened from file:// as a clerk opens an e-mailed file: it
// shows the same issues at the same cells, in the same words, as `tendik validate` on the whole broken corpus
// and on a valid report; it makes no network request; axe finds no serious violation; screenshots in ky and ru.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { readWorkbook } from "../../adapters/xlsx";
import { returnPath, runReturn } from "../../cli/commands/return";
import type { WorkbookGrid } from "../../core";
import type { Language } from "../../schema";
import { CASES } from "../fixtures/broken/cases";
import { ensureAddinBuilt, DIST } from "./helpers/build";
import { horizontalOverflow, launchChromium, screenshot, seriousViolations } from "./helpers/browser";
import { cliIssues, saveWorkbook, validReport, workbookDir, type IssueTuple, type Workbook } from "./helpers/files";

const PAGE = join(DIST, "validator.html");
const corpus = CASES.filter((c) => !c.needsLibreOffice);

let browser: Browser;
let page: Page;
const requests: string[] = [];
const files = new Map<string, Workbook>();

beforeAll(async () => {
  await ensureAddinBuilt();
  const dir = workbookDir();
  files.set("valid", saveWorkbook(dir, "valid-report.xlsx", await validReport()));
  for (const c of corpus) files.set(c.name, saveWorkbook(dir, c.name, await c.make()));
  browser = await launchChromium();
  // axe needs a context of the test's own (not the browser's default one).
  const context = await browser.newContext({ viewport: { width: 500, height: 900 } });
  page = await context.newPage();
  page.on("request", (r) => {
    if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url());
  });
  await page.goto(pathToFileURL(PAGE).href);
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

async function chooseLanguage(lang: Language): Promise<void> {
  await page.getByTestId("language").selectOption(lang);
}

/** Gives the page a file and returns the issues it shows once checked. */
async function check(file: Workbook): Promise<IssueTuple[]> {
  await page.getByTestId("file-input").setInputFiles(file.path);
  await page.getByTestId("checked-file").filter({ hasText: file.name }).waitFor();
  await page.locator('[data-testid=results][aria-busy="false"]').waitFor();
  return shownIssues();
}

function shownIssues(): Promise<IssueTuple[]> {
  return page.$$eval("[data-testid=results] li[data-code]", (items) =>
    items.map((li): [string | null, string, string] => [
      (li as HTMLElement).dataset.cell ?? null,
      (li as HTMLElement).dataset.code!,
      li.querySelector("[data-testid=issue-message]")?.textContent ?? "",
    ]),
  );
}

describe("the offline validator page", () => {
  it("is one file: every script inline, nothing loaded from elsewhere, a policy that forbids the network", () => {
    const html = readFileSync(PAGE, "utf8");
    expect(html).not.toMatch(/<script[^>]+\bsrc=/i);
    expect(html).not.toMatch(/<link[^>]+\bhref=/i);
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/connect-src 'none'/);
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-eval|\{\{/);
  });

  it("says that the file never leaves the computer", async () => {
    await chooseLanguage("ru");
    await expect(page.getByTestId("privacy").textContent()).resolves.toMatch(/не покидает этот компьютер/);
    await chooseLanguage("ky");
    await expect(page.getByTestId("privacy").textContent()).resolves.toMatch(/компьютерден чыкпайт/);
  });

  it("finds a valid report ready to send", async () => {
    await chooseLanguage("en");
    expect(await check(files.get("valid")!)).toEqual([]);
    await expect(page.getByTestId("verdict").getAttribute("data-ready")).resolves.toBe("true");
    await expect(page.getByTestId("verdict").textContent()).resolves.toMatch(/Ready to send/);
  });

  it("shows what `tendik validate` shows on every file of the broken corpus, cell by cell, word for word", async () => {
    await chooseLanguage("ru");
    const differ: string[] = [];
    for (const c of corpus) {
      const file = files.get(c.name)!;
      const shown = await check(file);
      const expected = await cliIssues(file.name, file.bytes, "ru");
      if (JSON.stringify(shown) !== JSON.stringify(expected))
        differ.push(`${c.name}\n  page: ${JSON.stringify(shown)}\n  cli:  ${JSON.stringify(expected)}`);
      expect(shown.length).toBeGreaterThan(0);
    }
    expect(differ).toEqual([]);
  }, 240_000);

  it("speaks the chosen language, checks again on a switch, and remembers the choice", async () => {
    const file = files.get("sum-mismatch.xlsx")!;
    await chooseLanguage("ky");
    expect(await check(file)).toEqual(await cliIssues(file.name, file.bytes, "ky"));
    const russian = await cliIssues(file.name, file.bytes, "ru");
    await chooseLanguage("ru");
    await page.waitForFunction(
      (first) => document.querySelector("[data-testid=issue-message]")?.textContent === first,
      russian[0][2],
    );
    expect(await shownIssues()).toEqual(russian);
    await chooseLanguage("ky");
    await page.reload();
    await expect(page.getByTestId("language").inputValue()).resolves.toBe("ky");
  });

  it("makes no network request", () => {
    expect(requests).toEqual([]);
  });

  it.each(["ky", "ru"] as const)("has no serious accessibility violation (%s), at 320 and 500 pixels", async (lang) => {
    await chooseLanguage(lang);
    await check(files.get("text-in-number.xlsx")!);
    for (const width of [320, 500]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `validator-issues-${lang}-${width}`);
    }
    await page.setViewportSize({ width: 500, height: 900 });
    await check(files.get("valid")!);
    await screenshot(page, `validator-ready-${lang}-500`);
  });
  it("offers the copy `tendik return` writes, marked in the page's language, made in the page", async () => {
    const file = files.get("text-in-number.xlsx")!;
    await chooseLanguage("ru");
    await check(file);
    const download = page.waitForEvent("download");
    await page.getByTestId("download-copy").click();
    const copy = await download;
    expect(copy.suggestedFilename()).toBe("text-in-number-return.xlsx");
    const out = mkdtempSync(join(tmpdir(), "tendik-return-"));
    const saved = join(out, "page.xlsx");
    await copy.saveAs(saved);
    await page.getByTestId("copy-made").waitFor();
    const log = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      await runReturn({ files: [file.path], out, lang: "ru" });
    } finally {
      log.mockRestore();
    }
    const values = (grid: WorkbookGrid) =>
      grid.sheets.map((s) => [s.name, [...s.cells].map(([ref, c]) => [ref, c.value])]);
    const cli = await readWorkbook(readFileSync(returnPath(file.path, out)));
    expect(values(await readWorkbook(readFileSync(saved)))).toEqual(values(cli));
    expect(requests).toEqual([]);
  });

  it("shows the result with the marked copy offered in ky, ru and en, at 320 and 500 pixels, light and dark", async () => {
    const dark = await (
      await browser.newContext({ viewport: { width: 500, height: 900 }, colorScheme: "dark" })
    ).newPage();
    await dark.goto(pathToFileURL(PAGE).href);
    for (const [p, theme] of [
      [page, ""],
      [dark, "-dark"],
    ] as const) {
      for (const lang of ["ky", "ru", "en"] as const) {
        await p.getByTestId("language").selectOption(lang);
        await p.getByTestId("file-input").setInputFiles(files.get("text-in-number.xlsx")!.path);
        await p.getByTestId("download-copy").waitFor();
        for (const width of [320, 500]) {
          await p.setViewportSize({ width, height: 900 });
          expect(await horizontalOverflow(p)).toBe(0);
          await screenshot(p, `validator-marked-copy-${lang}-${width}${theme}`);
        }
        await p.setViewportSize({ width: 500, height: 900 });
      }
      expect(await seriousViolations(p)).toEqual([]);
    }
    await dark.context().close();
  });
});
