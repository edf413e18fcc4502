// The plan in the pane, in Debian's Chromium on the in-memory Excel host: the embedded plan shown above both
// tabs; a bad plan file refused with its first problems and the plan in use unchanged; the second plan
// (schema/plans/sample-wps-2025-2026.json) loaded, remembered, and used for New report, Validate and the merge
// into a master of that plan, as `tendik ... --plan` does each; a workbook or master of another plan said to be
// one, with the plan file to choose; a remembered plan that no longer checks falls back to the embedded one.
// Axe on each screen; screenshots of the plan control.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { mergeIntoMaster } from "../../cli/commands/merge";
import { buildTemplate, templateFileName, templateLabels, type CellWrite } from "../../core";
import { masterLabels } from "../../core/merge";
import { sortOutcomes } from "../../addin/taskpane/coordinator/order";
import { defaultPlan, planPeriods, reportingBodies, type Plan } from "../../schema";
import { spanWords } from "../../schema/i18n/periods";
import { fakeOfficeScript } from "../excel/fakeOfficeScript";
import { ensureAddinBuilt, ROOT } from "./helpers/build";
import {
  horizontalOverflow,
  launchChromium,
  PANE_ORIGIN,
  screenshot,
  seriousViolations,
  servePane,
} from "./helpers/browser";
import { cliIssues, planSubmission, saveWorkbook, validReport, workbookDir, type Workbook } from "./helpers/files";
import { exampleWrites, filledFile, peopleRow } from "./helpers/fill";
import { typeInExcel, validateInPane } from "./helpers/pane";

const WPS_FILE = join(ROOT, "schema/plans/sample-wps-2025-2026.json");
const wps = JSON.parse(readFileSync(WPS_FILE, "utf8")) as Plan;
const AGENCY = "ИИМ";
const PERIOD = "2025-H2";
const LANG = "ru";
const SHEET = templateLabels[LANG].sheets.report;
const ROW = peopleRow(AGENCY, wps);
const BAD: CellWrite = { sheet: SHEET, cell: `K${ROW}`, value: "много" };
const FIX: CellWrite = { sheet: SHEET, cell: `K${ROW}`, value: 12 };

let browser: Browser;
let context: BrowserContext;
let page: Page;
let refused: string[];
let dir: string;
let badPlan: Workbook;

async function openPane(): Promise<Page> {
  const p = await context.newPage();
  await p.goto(`${PANE_ORIGIN}taskpane.html`);
  await p.getByRole("tablist").waitFor();
  await p.locator("[data-testid=plan][data-plan-id]").waitFor();
  return p;
}

/** Gives the plan control a file and waits for what it says of it. */
async function choosePlan(p: Page, path: string, outcome: "loaded" | "refused"): Promise<void> {
  await p.getByTestId("plan-input").setInputFiles(path);
  await p.locator(`[data-testid=plan-notice][data-kind=${outcome}]`).waitFor();
}

const planIdOf = (p: Page) => p.getByTestId("plan").getAttribute("data-plan-id");
const storedPlan = (p: Page) => p.evaluate(() => localStorage.getItem("tendik.plan"));

/** Axe, no sideways scrolling at 320 and 500 pixels, and a screenshot at each. */
async function lookAt(p: Page, name: string): Promise<void> {
  expect(await seriousViolations(p)).toEqual([]);
  for (const width of [320, 500]) {
    await p.setViewportSize({ width, height: 900 });
    expect(await horizontalOverflow(p)).toBe(0);
    await screenshot(p, `${name}-${width}`);
  }
  await p.setViewportSize({ width: 500, height: 900 });
}

const optionValues = (p: Page, testId: string) =>
  p.$$eval(`[data-testid=${testId}] option`, (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));

/** The bodies the New report picker offers, by code (its list opened, then closed again). */
async function bodyCodes(p: Page): Promise<string[]> {
  await p.getByTestId("new-body").click();
  const codes = await p.$$eval("[role=option][data-code]", (os) => os.map((o) => (o as HTMLElement).dataset.code!));
  await p.keyboard.press("Escape");
  return codes;
}

/** Finds the body by typing in the picker and picks it. */
async function chooseBody(p: Page, search: string, code: string): Promise<void> {
  await p.getByTestId("new-body").click();
  await p.getByTestId("new-body").fill(search);
  await p.locator(`[role=option][data-code="${code}"]`).click();
}

/** Opens the folded plan line (its period, origin and the file choice), if it is not open. */
async function openPlan(p: Page): Promise<void> {
  if ((await p.getByTestId("plan-toggle").getAttribute("aria-expanded")) !== "true")
    await p.getByTestId("plan-toggle").click();
}

beforeAll(async () => {
  await ensureAddinBuilt();
  dir = workbookDir();
  // The second plan with a body the registry does not have and a measure twice: two kinds of problems.
  const broken = JSON.parse(JSON.stringify(wps)) as Plan;
  const measures = broken.chapters[0].goals[0].tasks[0].measures;
  measures[0].responsible[0].code = "ЖОК";
  measures.push(JSON.parse(JSON.stringify(measures[0])));
  badPlan = saveWorkbook(dir, "wps-broken.json", new TextEncoder().encode(JSON.stringify(broken, null, 2)));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 500, height: 900 } });
  // Counts the chosen files' reads: a change of language must word a refusal again without reading the file.
  await context.addInitScript(() => {
    const read = Blob.prototype.arrayBuffer;
    (window as unknown as { __fileReads: number }).__fileReads = 0;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      (window as unknown as { __fileReads: number }).__fileReads++;
      return read.call(this);
    };
  });
  refused = await servePane(context, fakeOfficeScript({ excelApi: "1.7", displayLanguage: "ru-RU" }));
  page = await openPane();
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

describe("the plan in the agency's pane", () => {
  it("shows the embedded plan above both tabs: its title in the pane's language, opened its period, no id", async () => {
    await expect(planIdOf(page)).resolves.toBe(defaultPlan.id);
    await expect(page.getByTestId("plan").getAttribute("data-origin")).resolves.toBe("embedded");
    await expect(page.getByTestId("plan-title").textContent()).resolves.toBe(defaultPlan.title.ru);
    await openPlan(page);
    const facts = await page.getByTestId("plan-facts").textContent();
    expect(facts).not.toContain(defaultPlan.id);
    expect(facts).toContain(spanWords(defaultPlan.period, LANG));
    expect(facts).toContain("Встроенный план");
    await page.getByRole("tab", { name: "Сводка" }).click();
    await page.getByTestId("drop-zone").waitFor();
    await expect(page.getByTestId("plan").count()).resolves.toBe(1);
    await page.getByRole("tab", { name: "Отчёт" }).click();
    await page.getByTestId("new-body").waitFor();
    await lookAt(page, "pane-plan-embedded-ru");
  });

  it("refuses a bad plan file, listing its first problems, and keeps the plan in use", async () => {
    await choosePlan(page, badPlan.path, "refused");
    const notice = await page.getByTestId("plan-notice").textContent();
    expect(notice).toContain("Файл wps-broken.json не загружен");
    expect(notice).toContain("Используемый план не изменился.");
    await expect(page.getByTestId("plan-title").textContent()).resolves.toBe(defaultPlan.title.ru);
    const problems = await page.$$eval("[data-testid=plan-problems] li", (li) => li.map((l) => l.textContent));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"ЖОК"/),
        expect.stringMatching(/^Элемент «Мероприятие \S+» встречается дважды/),
      ]),
    );
    await expect(planIdOf(page)).resolves.toBe(defaultPlan.id);
    expect(await bodyCodes(page)).toContain("ЭСӨМ");
    await expect(storedPlan(page)).resolves.toBeNull();
    await lookAt(page, "pane-plan-refused-ru");
    // Said again in the language asked for, without reading the file again.
    const reads = () => page.evaluate(() => (window as unknown as { __fileReads: number }).__fileReads);
    const before = await reads();
    expect(before).toBeGreaterThan(0);
    await page.getByTestId("language").selectOption("ky");
    await page.locator("[data-testid=plan-problems] li", { hasText: "эки жолу кездешет" }).first().waitFor();
    await page.getByTestId("language").selectOption(LANG);
    await page.locator("[data-testid=plan-problems] li", { hasText: "встречается дважды" }).first().waitFor();
    expect(await reads()).toBe(before);
  });

  it("loads the second plan: its title, bodies and periods, remembered for the next time", async () => {
    await choosePlan(page, WPS_FILE, "loaded");
    await expect(planIdOf(page)).resolves.toBe(wps.id);
    await expect(page.getByTestId("plan").getAttribute("data-origin")).resolves.toBe("file");
    await expect(page.getByTestId("plan-title").textContent()).resolves.toBe(wps.title.ru);
    await openPlan(page);
    await expect(page.getByTestId("plan-facts").textContent()).resolves.toContain("sample-wps-2025-2026.json");
    await expect(page.getByTestId("plan-notice").textContent()).resolves.toMatch(/прошёл проверку.*В следующий раз/s);
    await page.getByTestId("new-body").waitFor();
    expect((await bodyCodes(page)).sort()).toEqual(reportingBodies(wps).sort());
    expect(await optionValues(page, "new-period")).toEqual(planPeriods(wps.period));
    expect(JSON.parse((await storedPlan(page))!).plan).toEqual(wps);
    await lookAt(page, "pane-plan-loaded-ru");
  });

  it("makes a New report for one of its bodies, as `tendik template --plan` writes it", async () => {
    await chooseBody(page, AGENCY, AGENCY);
    await page.getByTestId("new-period").selectOption(PERIOD);
    await page.getByTestId("create").click();
    await page.getByTestId("template-facts").waitFor();
    // The plan's title once, on the plan line.
    await expect(page.getByTestId("plan-title").textContent()).resolves.toBe(wps.title.ru);
    await expect(page.getByTestId("template-facts").textContent()).resolves.toMatch(/ИИМ.*2-е полугодие 2025 года/s);
    const spec = buildTemplate({ agency: AGENCY, period: PERIOD, language: LANG, plan: wps });
    const texts = spec.sheets.find((s) => s.name === SHEET)!.cells.filter((c) => typeof c.value === "string");
    const inExcel = await page.evaluate(({ sheet, refs }) => refs.map((r) => __fakeExcel.workbook.value(sheet, r)), {
      sheet: SHEET,
      refs: texts.map((c) => c.ref),
    });
    expect(inExcel).toEqual(texts.map((c) => c.value));
  });

  it("validates what the clerk typed against that plan, as `tendik validate --plan` does, ready once fixed", async () => {
    await typeInExcel(page, [...exampleWrites(AGENCY, PERIOD, LANG, wps), BAD]);
    const shown = await validateInPane(page);
    const file = await filledFile(AGENCY, PERIOD, LANG, [BAD], wps);
    expect(shown).toEqual(await cliIssues("", file, LANG, wps));
    expect(shown.map(([cell, code]) => [cell, code])).toEqual([[BAD.cell, "value-not-number"]]);
    await typeInExcel(page, [FIX]);
    expect(await validateInPane(page)).toEqual([]);
    await expect(page.getByTestId("verdict").getAttribute("data-ready")).resolves.toBe("true");
  });

  it("says when the open workbook is another plan's, which plan's file to choose, and looks again once chosen", async () => {
    await openPlan(page);
    await page.getByTestId("embedded-plan").click();
    await expect(planIdOf(page)).resolves.toBe(defaultPlan.id);
    await page.getByTestId("other-plan").waitFor();
    await expect(page.getByTestId("other-plan").getAttribute("data-plan-id")).resolves.toBe(wps.id);
    await expect(page.getByTestId("other-plan").textContent()).resolves.toMatch(
      /создана для плана «sample-wps-2025-2026».*выше «Сменить план», затем «Выбрать файл плана»/s,
    );
    // Validated again on the plan in use: the core's identity issue.
    await page.locator("[data-testid=results] li[data-code=identity-other-plan]").waitFor();
    await expect(page.getByTestId("verdict").getAttribute("data-ready")).resolves.toBe("false");
    await expect(storedPlan(page)).resolves.toBeNull();
    await lookAt(page, "pane-other-plan-ru");
    await choosePlan(page, WPS_FILE, "loaded");
    await page.getByTestId("other-plan").waitFor({ state: "detached" });
    await page.locator("[data-testid=verdict][data-ready=true]").waitFor();
  });

  it("opens with the remembered plan, and with the embedded one, saying so, when that no longer checks", async () => {
    const again = await openPane();
    await expect(planIdOf(again)).resolves.toBe(wps.id);
    await expect(again.getByTestId("plan-title").textContent()).resolves.toBe(wps.title.ru);
    // A later Tendik that checks plans more strictly: the remembered plan no longer passes.
    await again.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem("tendik.plan")!);
      stored.plan.bodies = [];
      localStorage.setItem("tendik.plan", JSON.stringify(stored));
    });
    await again.reload();
    await again.locator("[data-testid=plan-notice][data-kind=stored-invalid]").waitFor();
    await expect(planIdOf(again)).resolves.toBe(defaultPlan.id);
    await expect(again.getByTestId("plan-notice").textContent()).resolves.toMatch(
      /sample-wps-2025-2026\.json.*используется встроенный план/s,
    );
    await expect(storedPlan(again)).resolves.toBeNull();
    await lookAt(again, "pane-plan-stored-invalid-ru");
    await again.close();
  });
});

describe("the plan in the coordinator's pane", () => {
  let coord: Page;
  let files: Workbook[];

  /** Picks the files for a merge and returns each file's outcome once the pane has answered. */
  async function merge(answer: "merge-summary" | "other-plan"): Promise<string[]> {
    await coord.getByTestId("file-input").setInputFiles(files.map((f) => f.path));
    await coord.locator(`[data-testid=merge-results] [data-testid=${answer}]`).waitFor();
    return coord.$$eval("[data-testid=merge-file]", (items) => items.map((li) => (li as HTMLElement).dataset.status!));
  }

  const identity = () =>
    coord.evaluate(() =>
      Object.fromEntries(
        __fakeExcel.workbook
          .filledCells("_tendik")
          .filter((c) => c.startsWith("A"))
          .map((c) => [
            __fakeExcel.workbook.value("_tendik", c),
            __fakeExcel.workbook.value("_tendik", `B${c.slice(1)}`),
          ]),
      ),
    );

  beforeAll(async () => {
    files = [
      saveWorkbook(dir, "tendik-IIM-2025-H2.xlsx", await filledFile(AGENCY, PERIOD, LANG, [FIX], wps)),
      saveWorkbook(dir, "tendik-BIM-2025-H2.xlsx", await planSubmission(wps, "БИМ", PERIOD)),
      saveWorkbook(dir, "tendik-ESOM-2019-H2.xlsx", await validReport("ЭСӨМ", "2019-H2")),
    ];
    coord = await openPane();
    await choosePlan(coord, WPS_FILE, "loaded");
    await coord.getByRole("tab", { name: "Сводка" }).click();
    await coord.getByTestId("drop-zone").waitFor();
  }, 120_000);

  it("merges that plan's submissions into a master of that plan, as `tendik merge --plan` does", async () => {
    const statuses = await merge("merge-summary");
    const cli = await mergeIntoMaster({
      into: join(dir, "master.xlsx"),
      inputs: files.map((f) => f.path),
      json: true,
      lang: LANG,
      workers: 0,
      plan: wps,
    });
    // Rejected files first (issue 22), each status as the command line gives it.
    expect(statuses).toEqual(sortOutcomes(cli.files).map((f) => f.status));
    expect(statuses).toEqual(["rejected", "accepted", "accepted"]);
    await expect(coord.getByTestId("merge-summary").textContent()).resolves.toContain(
      "Некоторые файлы созданы для другого плана",
    );
    const sheets = await coord.evaluate(() => __fakeExcel.workbook.sheetNames());
    for (const name of Object.values(masterLabels[LANG].sheets)) expect(sheets).toContain(name);
    await expect(identity()).resolves.toMatchObject({ kind: "master", planId: wps.id });
    await lookAt(coord, "pane-merge-plan-ru");
  });

  it("refuses that master on another plan, before reading any file, saying which plan's file to choose", async () => {
    const L = masterLabels[LANG].sheets;
    const before = await coord.evaluate((n) => __fakeExcel.workbook.filledCells(n).length, L.measureReports);
    await openPlan(coord);
    await coord.getByTestId("embedded-plan").click();
    await expect(planIdOf(coord)).resolves.toBe(defaultPlan.id);
    expect(await merge("other-plan")).toEqual([]);
    await expect(coord.getByTestId("other-plan").getAttribute("data-plan-id")).resolves.toBe(wps.id);
    await expect(coord.evaluate((n) => __fakeExcel.workbook.filledCells(n).length, L.measureReports)).resolves.toBe(
      before,
    );
    await lookAt(coord, "pane-merge-other-plan-ru");
    // The agency's tab says the same of this master.
    await coord.getByRole("tab", { name: "Отчёт" }).click();
    await coord.getByTestId("other-plan").waitFor();
    await expect(coord.getByTestId("other-plan").getAttribute("data-plan-id")).resolves.toBe(wps.id);
  });

  it("offers that plan's templates for a period as one zip, as `tendik template --plan --all` names them", async () => {
    await choosePlan(coord, WPS_FILE, "loaded");
    await coord.getByRole("tab", { name: "Сводка" }).click();
    await coord.getByTestId("zip-period").selectOption(PERIOD);
    const download = coord.waitForEvent("download");
    await coord.getByTestId("download-templates").click();
    // Saved, not read in place: the browser is shared, and a connected browser keeps its downloads' paths.
    const saved = join(dir, "templates.zip");
    await (await download).saveAs(saved);
    const zip = await JSZip.loadAsync(readFileSync(saved));
    expect(Object.keys(zip.files).sort()).toEqual(
      reportingBodies(wps)
        .map((b) => templateFileName(wps, b, PERIOD))
        .sort(),
    );
  });

  it("made no network request of its own", () => {
    expect(refused).toEqual([]);
  });
});
