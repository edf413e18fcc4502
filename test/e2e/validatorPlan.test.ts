// The offline validator page with a plan file beside the workbook, in Debian's Chromium from file://: a
// submission of the second plan (schema/plans/sample-wps-2025-2026.json) is refused against the embedded plan
// with a clear identity issue and the plan to choose, and checked as `tendik validate --plan` checks it once that
// plan file is given; a bad plan file is refused with its problems and the plan in use stays; the page opens
// with the embedded plan again, and offers it for a submission of it. Axe, no network, a screenshot of the plan
// control.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { defaultPlan, type Plan } from "../../schema";
import { ensureAddinBuilt, DIST, ROOT } from "./helpers/build";
import { horizontalOverflow, launchChromium, screenshot, seriousViolations } from "./helpers/browser";
import {
  cliIssues,
  planSubmission,
  saveWorkbook,
  validReport,
  workbookDir,
  type IssueTuple,
  type Workbook,
} from "./helpers/files";

const PAGE = join(DIST, "validator.html");
const WPS_FILE = join(ROOT, "schema/plans/sample-wps-2025-2026.json");
const wps = JSON.parse(readFileSync(WPS_FILE, "utf8")) as Plan;

let browser: Browser;
let page: Page;
let submission: Workbook;
let notAPlan: Workbook;
let embeddedSubmission: Workbook;
const requests: string[] = [];

beforeAll(async () => {
  await ensureAddinBuilt();
  const dir = workbookDir();
  submission = saveWorkbook(dir, "tendik-IIM-2025-H2.xlsx", await planSubmission(wps, "ИИМ", "2025-H2"));
  embeddedSubmission = saveWorkbook(dir, "tendik-ESOM-2019-H2.xlsx", await validReport("ЭСӨМ", "2019-H2"));
  // A report's JSON is not a plan: the schema says what is missing.
  notAPlan = saveWorkbook(dir, "report.json", new TextEncoder().encode(JSON.stringify({ header: {}, entries: [] })));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 500, height: 900 } });
  page = await context.newPage();
  page.on("request", (r) => {
    if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url());
  });
  await page.goto(pathToFileURL(PAGE).href);
  await page.getByTestId("language").selectOption("ru");
  await page.locator("[data-testid=plan][data-plan-id]").waitFor();
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

const planIdOf = () => page.getByTestId("plan").getAttribute("data-plan-id");

function shownIssues(): Promise<IssueTuple[]> {
  return page.$$eval("[data-testid=results] li[data-code]", (items) =>
    items.map((li): [string | null, string, string] => [
      (li as HTMLElement).dataset.cell ?? null,
      (li as HTMLElement).dataset.code!,
      li.querySelector("[data-testid=issue-message]")?.textContent ?? "",
    ]),
  );
}

async function settled(): Promise<void> {
  await page.getByTestId("checked-file").waitFor();
  await page.locator('[data-testid=results][aria-busy="false"]').waitFor();
}

async function choosePlan(path: string, outcome: "loaded" | "refused"): Promise<void> {
  await page.getByTestId("plan-input").setInputFiles(path);
  await page.locator(`[data-testid=plan-notice][data-kind=${outcome}]`).waitFor();
}

describe("the offline validator page with a plan file", () => {
  it("checks against the embedded plan by default, and refuses another plan's submission with a clear identity issue", async () => {
    await expect(planIdOf()).resolves.toBe(defaultPlan.id);
    await page.getByTestId("file-input").setInputFiles(submission.path);
    await settled();
    const shown = await shownIssues();
    expect(shown).toEqual(await cliIssues(submission.name, submission.bytes, "ru"));
    expect(shown.map(([, code]) => code)).toEqual(["identity-other-plan"]);
    await expect(page.getByTestId("verdict").getAttribute("data-ready")).resolves.toBe("false");
    await expect(page.getByTestId("other-plan").textContent()).resolves.toMatch(
      /создана для плана «sample-wps-2025-2026».*«Выбрать файл плана»/s,
    );
  });

  it("checks it as `tendik validate --plan` does once that plan file is given", async () => {
    await choosePlan(WPS_FILE, "loaded");
    await expect(planIdOf()).resolves.toBe(wps.id);
    await page.locator("[data-testid=verdict][data-ready=true]").waitFor();
    expect(await shownIssues()).toEqual(await cliIssues(submission.name, submission.bytes, "ru", wps));
    await expect(page.getByTestId("other-plan").count()).resolves.toBe(0);
    // Nothing is remembered on this page: the notice does not promise it.
    await expect(page.getByTestId("plan-notice").textContent()).resolves.not.toMatch(/В следующий раз/);
    expect(await seriousViolations(page)).toEqual([]);
    for (const width of [320, 500]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `validator-plan-ru-${width}`);
    }
    await page.setViewportSize({ width: 500, height: 900 });
  });

  it("refuses a file that is not a plan with its problems, and keeps the plan in use", async () => {
    await choosePlan(notAPlan.path, "refused");
    await expect(page.getByTestId("plan-notice").textContent()).resolves.toContain("Файл report.json не загружен");
    const problems = await page.$$eval("[data-testid=plan-problems] li", (li) => li.map((l) => l.textContent));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^План: нет обязательного поля «\w+»$/);
    expect(problems.join(" ")).not.toMatch(/must|property|\/chapters|^\//);
    await expect(planIdOf()).resolves.toBe(wps.id);
    await expect(page.getByTestId("verdict").getAttribute("data-ready")).resolves.toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "validator-plan-refused-ru-500");
  });

  it("offers the embedded plan for a submission of the embedded plan, and checks it again on it", async () => {
    await page.getByTestId("file-input").setInputFiles(embeddedSubmission.path);
    await page.getByTestId("checked-file").filter({ hasText: embeddedSubmission.name }).waitFor();
    await page.getByTestId("other-plan").waitFor();
    await expect(page.getByTestId("other-plan").textContent()).resolves.toContain(
      "Эта книга создана для встроенного плана.",
    );
    await page.getByTestId("other-plan-embedded").click();
    await expect(planIdOf()).resolves.toBe(defaultPlan.id);
    await page.locator("[data-testid=verdict][data-ready=true]").waitFor();
    expect(await shownIssues()).toEqual(await cliIssues(embeddedSubmission.name, embeddedSubmission.bytes, "ru"));
  });

  it("opens with the embedded plan again: a plan file given here is not remembered", async () => {
    await choosePlan(WPS_FILE, "loaded");
    await page.reload();
    await page.locator("[data-testid=plan][data-plan-id]").waitFor();
    await expect(planIdOf()).resolves.toBe(defaultPlan.id);
  });

  it("makes no network request", () => {
    expect(requests).toEqual([]);
  });
});
