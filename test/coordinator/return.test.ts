import { Workbook } from "exceljs";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../adapters/xlsx";
import { validateWorkbook } from "../../core";
import { defaultPlan, renderIssue } from "../../schema";
import { runTendik } from "./cli";
import { makeMaster, sampleReport, writeFilled, type MasterFixture } from "./masterFixture";
import { canRender, pdfText, renderPage, toPdf } from "./render";

let fx: MasterFixture;
let twoIssues: string;

beforeAll(async () => {
  fx = await makeMaster();
  // A people count whose total is off, besides a completed measure without evidence.
  const report = sampleReport("ЭМ", "2019-H2", 21);
  const entry = report.entries.find((e) => e.indicators.some((v) => v.kind === "people"));
  const people = entry?.indicators.find((v) => v.kind === "people");
  if (people?.kind === "people") Object.assign(people, { women: 3, men: 4, total: 9 });
  report.entries[0] = { measureId: report.entries[0].measureId, status: "completed", indicators: [] };
  twoIssues = join(fx.root, "em-two-issues.xlsx");
  await writeFilled(twoIssues, report);
}, 120000);

const check = async (bytes: Uint8Array) =>
  validateWorkbook(bytes, { source: "x.xlsx", readGrid: readWorkbook, plan: defaultPlan });
const tuples = (issues: { code: string; location: { sheet?: string; cell?: string } }[]) =>
  issues.map((i) => [i.location.sheet, i.location.cell, i.code]);

describe("tendik return", () => {
  it("marks each issue at its cell, lists them on a first sheet, and the copy reads as the same template", async () => {
    const out = join(fx.root, "returned");
    const { code, stdout } = await runTendik(["return", twoIssues, fx.rejected, "--lang", "ru", "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toContain("копия на исправление");
    const copyPath = join(out, "em-two-issues-return.xlsx");
    const original = await check(readFileSync(twoIssues));
    const copy = await check(readFileSync(copyPath));
    expect(original.task.issues.length).toBeGreaterThanOrEqual(2);
    // The same template: identity, report and issues unchanged.
    expect(copy.reading?.identity).toEqual(original.reading?.identity);
    expect(copy.report).toEqual(original.report);
    expect(tuples(copy.task.issues)).toEqual(tuples(original.task.issues));

    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(copyPath) as unknown as ArrayBuffer);
    const first = wb.worksheets[0];
    expect(first.name).toBe("На исправление");
    expect(first.getCell("A1").value).toBe("Файл возвращен на исправление");
    original.task.issues.forEach((issue, k) => {
      const row = first.getRow(5 + k);
      expect(row.getCell(4).value).toBe(renderIssue(issue, "ru"));
      expect(row.getCell(5).value).toBe(issue.code);
      if (!issue.location.cell) return;
      const cell = wb.getWorksheet(issue.location.sheet!)!.getCell(issue.location.cell);
      expect(cell.fill).toMatchObject({
        type: "pattern",
        fgColor: { argb: issue.severity === "error" ? "FFFFC7CE" : "FFFFEB9C" },
      });
      expect(JSON.stringify(cell.note)).toContain(renderIssue(issue, "ru").slice(0, 20));
      expect(row.getCell(3).value).toMatchObject({ hyperlink: `#'${issue.location.sheet}'!${issue.location.cell}` });
    });
    // A fill on one cell does not paint the cells that shared its style.
    const marked = new Set(original.task.issues.map((i) => `${i.location.sheet}!${i.location.cell}`));
    const report = wb.getWorksheet(original.task.issues[0].location.sheet!)!;
    let painted = 0;
    report.eachRow((row) =>
      row.eachCell((cell) => {
        const argb = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
        if (argb === "FFFFC7CE" && !marked.has(`${report.name}!${cell.address}`)) painted++;
      }),
    );
    expect(painted).toBe(0);
    expect(existsSync(join(out, "tim-h1-broken-return.xlsx"))).toBe(true);
  });

  it("uses the template's language by default, and says so when there is nothing to return", async () => {
    const { stdout } = await runTendik(["return", twoIssues, "--out", join(fx.root, "ky")]);
    expect(stdout).toContain("оңдоо үчүн көчүрмө");
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(join(fx.root, "ky", "em-two-issues-return.xlsx")) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].name).toBe("Оңдоо үчүн");
    const clean = join(fx.root, "clean.xlsx");
    const report = sampleReport("ФМ", "2019-H2", 30);
    report.entries = report.entries.map((e) => ({ measureId: e.measureId, status: "in-progress", indicators: [] }));
    await writeFilled(clean, report);
    const r = await runTendik(["return", clean, "--lang", "en", "--out", join(fx.root, "none")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no issues, nothing to send back");
    expect(existsSync(join(fx.root, "none", "clean-return.xlsx"))).toBe(false);
  });

  it("cannot mark a file that is not a workbook (exit 1) and refuses a missing file (exit 2)", async () => {
    const text = join(fx.root, "not.xlsx");
    writeFileSync(text, "a;b;c\n");
    const r = await runTendik(["return", text, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("cannot be read as an Excel template");
    expect((await runTendik(["return", join(fx.root, "missing.xlsx")])).code).toBe(2);
  });

  (canRender ? it : it.skip)(
    "opens in LibreOffice on the issue list, the marked report sheet after it",
    async () => {
      expect((await runTendik(["return", twoIssues, "--lang", "ru", "--out", join(fx.root, "lo")])).code).toBe(0);
      const copy = join(fx.root, "lo", "em-two-issues-return.xlsx");
      const OUT = join(__dirname, "../../out/coordinator");
      mkdirSync(OUT, { recursive: true });
      const pdf = join(OUT, "return.pdf");
      writeFileSync(pdf, toPdf("return.xlsx", readFileSync(copy)));
      const text = pdfText(pdf);
      expect(text.indexOf("Файл возвращен на исправление")).toBeGreaterThanOrEqual(0);
      expect(text).toContain("people-sum-mismatch");
      renderPage(pdf, join(OUT, "return-page1"), 1, 70);
      renderPage(pdf, join(OUT, "return-page2"), 2, 70);
    },
    180000,
  );
});
