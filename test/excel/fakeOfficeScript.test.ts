/**
 * The stand-in host in a real browser page, as the task pane's end-to-end tests load it in place of the
 * Office.js CDN script: Office.onReady resolves, Excel.run reaches the in-memory workbook, the page's test
 * reads the workbook back through window.__fakeExcel.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { routeFakeOffice } from "./fakeOfficeScript";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  page = await browser.newPage();
  await routeFakeOffice(page, { excelApi: "1.9", displayLanguage: "ky-KG" });
  const html = `<!doctype html><html><head><meta charset="utf-8">
    <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head><body><p>pane</p></body></html>`;
  await page.route("https://pane.test/**", (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: html }),
  );
  await page.goto("https://pane.test/taskpane.html");
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("fakeOfficeScript in Chromium", () => {
  it("answers Office.onReady, the language and the requirement sets", async () => {
    const ready = await page.evaluate(async () => {
      const info = await Office.onReady();
      return {
        info,
        language: Office.context.displayLanguage,
        has19: Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
        has110: Office.context.requirements.isSetSupported("ExcelApi", "1.10"),
      };
    });
    expect(ready).toEqual({
      info: { host: "Excel", platform: "OfficeOnline" },
      language: "ky-KG",
      has19: true,
      has110: false,
    });
  });

  it("runs Excel.run against the in-memory workbook and lets the test inspect it", async () => {
    const out = await page.evaluate(async () => {
      await Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.add("Отчет");
        ws.getRange("A1:B1").values = [["=1+2", 5]];
        ws.getRange("A2").numberFormat = [["@"]];
        ws.getRange("A2").values = [["=1+2"]];
        ws.getRange("B2").select();
        await ctx.sync();
      });
      const fake = (
        window as unknown as {
          __fakeExcel: {
            workbook: {
              value(s: string, a: string): unknown;
              cell(s: string, a: string): { formula?: string };
              selection(): unknown;
            };
            counters: { syncs: number };
          };
        }
      ).__fakeExcel;
      return {
        formula: fake.workbook.cell("Отчет", "A1").formula,
        text: fake.workbook.value("Отчет", "A2"),
        number: fake.workbook.value("Отчет", "B1"),
        selection: fake.workbook.selection(),
        syncs: fake.counters.syncs,
      };
    });
    expect(out).toMatchObject({
      formula: "=1+2",
      text: "=1+2",
      number: 5,
      selection: { sheet: "Отчет", address: "B2" },
    });
    expect(out.syncs).toBeGreaterThanOrEqual(1);
  });

  it("reports Excel's errors with their codes", async () => {
    const code = await page.evaluate(async () => {
      try {
        await Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Nope").load("name");
          await ctx.sync();
        });
        return "no error";
      } catch (e) {
        return (e as { code: string }).code;
      }
    });
    expect(code).toBe("ItemNotFound");
  });
});
