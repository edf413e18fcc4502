// The coordinator's pane in the dark theme (Office's dark theme on the stand-in host, the system's too): after a
// merge with rejected files, who has not reported, and the templates' ZIP in progress, in ky, ru and en at 320
// and 500 pixels, with no sideways scroll and no serious axe violation. (A file of its own, so the two jest
// workers share the coordinator's pictures.)
import type { Browser } from "playwright-core";
import { fakeOfficeScript } from "../excel/fakeOfficeScript";
import {
  horizontalOverflow,
  launchChromium,
  PANE_ORIGIN,
  screenshot,
  seriousViolations,
  servePane,
  withDarkOffice,
} from "./helpers/browser";
import { ensureAddinBuilt } from "./helpers/build";
import { submissions, zipScreenshots } from "./helpers/coordinator";
import type { Workbook } from "./helpers/files";

const PERIOD = "2019-H2";
const LANG = "ru";

let browser: Browser;
let files: Workbook[];

beforeAll(async () => {
  await ensureAddinBuilt();
  ({ files } = await submissions(PERIOD));
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

describe("the coordinator's pane in the dark theme", () => {
  it("shows every state in the dark theme, in ky, ru and en, at 320 and 500 pixels", async () => {
    const context = await browser.newContext({ viewport: { width: 500, height: 900 }, colorScheme: "dark" });
    await servePane(context, withDarkOffice(fakeOfficeScript({ excelApi: "1.18", displayLanguage: "ru-RU" })));
    const dark = await context.newPage();
    await dark.goto(`${PANE_ORIGIN}taskpane.html`);
    await dark.getByRole("tab", { name: "Сводка" }).click();
    await dark.getByTestId("drop-zone").waitFor();
    await dark.getByTestId("file-input").setInputFiles(files.map((f) => f.path));
    await dark.getByTestId("merge-summary").waitFor();
    expect(await seriousViolations(dark)).toEqual([]);
    for (const lang of ["ky", "ru", "en"] as const) {
      await dark.getByTestId("language").selectOption(lang);
      for (const width of [320, 500]) {
        await dark.setViewportSize({ width, height: 900 });
        expect(await horizontalOverflow(dark)).toBe(0);
        await screenshot(dark, `pane-merge-done-${lang}-${width}-dark`);
      }
    }
    await dark.getByTestId("language").selectOption(LANG);
    await dark.getByTestId("zip-period").selectOption(PERIOD);
    const download = dark.waitForEvent("download", { timeout: 170_000 });
    await dark.getByTestId("download-templates").click();
    await zipScreenshots(dark, "-dark", LANG);
    await download;
    await context.close();
  }, 240_000);
});
