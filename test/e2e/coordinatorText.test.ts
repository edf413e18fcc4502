// The coordinator's pane in Debian's Chromium on the stricter in-memory Excel host (issue 24): an agency's texts
// that Excel would read as formulas, numbers or dates ("+996 …", "- …", "= …", "@…", "15.03.2019", "1,5") are
// merged into the master as the very texts they are, no formula in the workbook; merging a resubmission writes
// the master again over its very hidden identity sheet, which Excel would refuse to delete.
import type { Browser, Page } from "playwright-core";
import { writeWorkbook } from "../../adapters/xlsx";
import { buildTemplate } from "../../core";
import { exampleReport } from "../fixtures/reports";
import { fakeOfficeScript } from "../excel/fakeOfficeScript";
import { ensureAddinBuilt } from "./helpers/build";
import { launchChromium, PANE_ORIGIN, servePane } from "./helpers/browser";
import { saveWorkbook, workbookDir, type Workbook } from "./helpers/files";

const PERIOD = "2019-H2";
const TEXTS = ["+996 312 62 00 00", "- разработан план", "= итог", "@всем", "15.03.2019", "1,5", "'Жашыл'"];

let browser: Browser;
let page: Page;

/** A report of ЭСӨМ whose narratives, obstacles and documents are the texts above. */
async function textReport(name: string, dir: string, narrativePrefix = ""): Promise<Workbook> {
  const report = exampleReport({ agency: "ЭСӨМ", period: PERIOD });
  report.entries = report.entries.map((e, i) => ({
    ...e,
    narrative: narrativePrefix + TEXTS[i % TEXTS.length],
    obstacles: TEXTS[(i + 1) % TEXTS.length],
    evidence: { ...e.evidence, document: TEXTS[(i + 2) % TEXTS.length] },
  }));
  const bytes = await writeWorkbook(buildTemplate({ agency: "ЭСӨМ", period: PERIOD, language: "ky", prefill: report }));
  return saveWorkbook(dir, name, bytes);
}

/** As the coordinator test merges: choose the file, wait for the summary, read each file's outcome. */
async function merge(file: Workbook): Promise<string[]> {
  await page.getByTestId("file-input").setInputFiles([file.path]);
  await page.getByTestId("merge-summary").waitFor();
  return page.$$eval("[data-testid=merge-file]", (items) => items.map((li) => (li as HTMLElement).dataset.status!));
}

/** Every filled cell of the workbook: [sheet, cell, value, formula, number format]. */
function cells(): Promise<[string, string, unknown, string | undefined, string][]> {
  return page.evaluate(() =>
    __fakeExcel.workbook.sheetNames().flatMap((sheet) =>
      __fakeExcel.workbook.filledCells(sheet).map((address) => {
        const c = __fakeExcel.workbook.cell(sheet, address) as unknown as {
          value: unknown;
          formula?: string;
          numberFormat: string;
        };
        return [sheet, address, c.value, c.formula, c.numberFormat] as [
          string,
          string,
          unknown,
          string | undefined,
          string,
        ];
      }),
    ),
  );
}

beforeAll(async () => {
  await ensureAddinBuilt();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 500, height: 900 } });
  await servePane(context, fakeOfficeScript({ excelApi: "1.18", displayLanguage: "ru-RU" }));
  page = await context.newPage();
  await page.goto(`${PANE_ORIGIN}taskpane.html`);
  await page.getByRole("tablist").waitFor();
  await page.getByRole("tab", { name: "Сводка" }).click();
  await page.getByTestId("drop-zone").waitFor();
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

describe("the coordinator's pane on the stricter Excel host", () => {
  it("merges an agency's formula-, number- and date-like texts as text, and a resubmission over the very hidden identity", async () => {
    const dir = workbookDir();
    expect(await merge(await textReport("tendik-ESOM-2019-H2.xlsx", dir))).toEqual(["accepted"]);
    const first = await cells();
    expect(first.filter(([, , , formula]) => formula !== undefined)).toEqual([]);
    const texts = first.filter(([, , value]) => TEXTS.includes(value as string));
    expect(new Set(texts.map(([, , value]) => value))).toEqual(new Set(TEXTS));
    expect(texts.filter(([, , , , format]) => format !== "@")).toEqual([]);
    const veryHidden = await page.evaluate(() =>
      (__fakeExcel.workbook as unknown as { sheets(): { name: string; visibility: string }[] })
        .sheets()
        .filter((s) => s.visibility === "VeryHidden")
        .map((s) => s.name),
    );
    expect(veryHidden.length).toBeGreaterThan(0);

    expect(await merge(await textReport("tendik-ESOM-2019-H2-revised.xlsx", dir, "Кайра: "))).toEqual(["replaced"]);
    const again = await cells();
    expect(again.filter(([, , , formula]) => formula !== undefined)).toEqual([]);
    expect(again.some(([, , value]) => value === "Кайра: - разработан план")).toBe(true);
    expect(
      await page.evaluate(() => __fakeExcel.workbook.sheetNames().filter((n: string) => n.startsWith("~"))),
    ).toEqual([]);
  });
});
