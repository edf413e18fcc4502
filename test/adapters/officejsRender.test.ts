/**
 * What the Office.js adapter leaves in the workbook, as a person in Excel would see it: sheets and their
 * visibility, protection with unlocked inputs, drop-downs with prompts, names, frozen panes, merges, text kept
 * as text; marks put on and taken off; a cell selected; and what still works on an Excel with ExcelApi 1.1.
 */
import { MARK_FILL, OfficeWorkbook } from "../../adapters/officejs";
import { buildTemplate, LIST_NAMES, readReport, templateLabels } from "../../core";
import type { WorkbookSpec } from "../../core";
import { createFakeExcel, type FakeExcel } from "../excel/fakeExcel";
import { exampleReport } from "../fixtures/reports";

const L = templateLabels.ky;
const SHEET = L.sheets.report;

async function rendered(spec: WorkbookSpec, excelApi?: string): Promise<{ fake: FakeExcel; adapter: OfficeWorkbook }> {
  const fake = createFakeExcel({ excelApi });
  const adapter = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  await adapter.render(spec);
  return { fake, adapter };
}

const template = (prefill = true) =>
  buildTemplate({
    agency: "ЭСӨМ",
    period: "2019-H2",
    language: "ky",
    ...(prefill ? { prefill: exampleReport() } : {}),
  });

describe("render", () => {
  let fake: FakeExcel;
  const spec = template();
  const report = spec.sheets.find((s) => s.name === SHEET)!;

  beforeAll(async () => {
    ({ fake } = await rendered(spec));
  });

  it("adds the spec's sheets, the identity very hidden, the report active", () => {
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1", ...spec.sheets.map((s) => s.name)]);
    const states = Object.fromEntries(fake.workbook.sheets().map((s) => [s.name, s.visibility]));
    for (const s of spec.sheets)
      expect(states[s.name]).toBe({ visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" }[s.state]);
    expect(states._tendik).toBe("VeryHidden");
    expect(fake.workbook.activeSheet()).toBe(spec.activeSheet);
  });

  it("protects the report, with every input cell unlocked and plan cells locked", () => {
    const sheet = fake.workbook.sheets().find((s) => s.name === SHEET)!;
    expect(sheet).toMatchObject({
      protected: true,
      protectionOptions: { allowFormatColumns: true, allowFormatRows: true, allowFormatCells: false },
    });
    for (const c of report.cells) {
      const locked = spec.styles[c.style ?? ""]?.locked ?? true;
      expect([c.ref, fake.workbook.cell(SHEET, c.ref).locked]).toEqual([c.ref, locked]);
    }
  });

  it("writes every value, formulas as formulas, and number formats before values", () => {
    for (const c of report.cells) {
      const cell = fake.workbook.cell(SHEET, c.ref);
      if (c.formula) expect([c.ref, cell.formula]).toEqual([c.ref, `=${c.formula}`]);
      else expect([c.ref, cell.value]).toEqual([c.ref, c.value ?? ""]);
      const numFmt = spec.styles[c.style ?? ""]?.numFmt;
      if (numFmt) expect([c.ref, cell.numberFormat]).toEqual([c.ref, numFmt]);
    }
  });

  it("keeps drop-downs with their prompts, on the names they use", () => {
    const names = fake.workbook.names().map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(LIST_NAMES)));
    const rules = fake.workbook.validations(SHEET);
    // The rule's source as the spec gives it (a name: "=tendik_status"; anything else is a literal list).
    const source = report.validations.find((v) => v.rule.type === "list")!.rule as { source: string };
    const status = rules.filter((v) => (v.rule as { list?: { source: string } }).list?.source === source.source);
    expect(status.length).toBeGreaterThan(0);
    expect(status[0].prompt).toMatchObject({ showPrompt: true });
    // Every cell the spec validates has a rule in Excel.
    const covered = (ref: string) => rules.some((v) => inRange(ref, v.range));
    for (const v of report.validations) expect([v.range, covered(v.range.split(":")[0])]).toEqual([v.range, true]);
  });

  it("freezes the header rows and the first column, merges what the spec merges, sets widths", () => {
    expect(fake.workbook.sheets().find((s) => s.name === SHEET)!.frozen).toEqual(report.frozen);
    expect(fake.workbook.merges(SHEET).sort()).toEqual([...report.merges].sort());
    expect(fake.workbook.columnWidth(SHEET, 0)).toBeGreaterThan(0);
    const [row, height] = Object.entries(report.rowHeights!)[0];
    expect(fake.workbook.rowHeight(SHEET, Number(row))).toBe(height);
  });

  it("replaces the sheets it names when rendered again", async () => {
    const adapter = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    await adapter.render(template(false));
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1", ...spec.sheets.map((s) => s.name)]);
    const grid = await adapter.readGrid();
    expect(readReport(grid, {}).report!.entries.every((e) => e.status === undefined)).toBe(true);
  });
});

function inRange(ref: string, range: string): boolean {
  const [a, b = a] = range.split(":");
  const p = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x.replace(/\$/g, ""))!;
    return { col: m[1].length * 100 + m[1].charCodeAt(m[1].length - 1), row: Number(m[2]) };
  };
  const c = p(ref);
  const from = p(a);
  const to = p(b);
  return c.row >= from.row && c.row <= to.row && c.col >= from.col && c.col <= to.col;
}

describe("text stays text", () => {
  it("writes an agency's =1+2, @SUM(A1), 1.1 and 15.03.2019 as text, in render and in writeCells", async () => {
    const spec = template(false);
    const report = spec.sheets.find((s) => s.name === SHEET)!;
    const input = report.cells.find((c) => c.style === "input")!;
    const texts = ["=1+2", "@SUM(A1)", "1.1", "15.03.2019", "+996 555"];
    const specCopy: WorkbookSpec = {
      ...spec,
      sheets: spec.sheets.map((s) => (s === report ? { ...s, cells: [...s.cells, { ref: "Z1", value: "=1+2" }] } : s)),
    };
    const { fake, adapter } = await rendered(specCopy);
    expect(fake.workbook.cell(SHEET, "Z1")).toMatchObject({ value: "=1+2", numberFormat: "@" });
    expect(fake.workbook.cell(SHEET, "Z1").formula).toBeUndefined();
    for (const text of texts) {
      await adapter.writeCells([{ sheet: SHEET, cell: input.ref, value: text }]);
      expect([text, fake.workbook.value(SHEET, input.ref), fake.workbook.cell(SHEET, input.ref).formula]).toEqual([
        text,
        text,
        undefined,
      ]);
    }
    // The sheet is protected again afterwards, with its options.
    expect(fake.workbook.sheets().find((s) => s.name === SHEET)).toMatchObject({
      protected: true,
      protectionOptions: { allowFormatRows: true },
    });
  });
});

describe("marks", () => {
  it("fills marked cells and notes the message, then puts the cells' own fills back", async () => {
    const spec = template();
    const { fake, adapter } = await rendered(spec);
    const report = spec.sheets.find((s) => s.name === SHEET)!;
    const input = report.cells.find((c) => c.style === "input")!.ref;
    const plain = report.cells.find((c) => !spec.styles[c.style ?? ""]?.fill)!.ref;
    const before = [fake.workbook.cell(SHEET, input).fill, fake.workbook.cell(SHEET, plain).fill];
    await adapter.markIssues([
      { sheet: SHEET, cell: input, severity: "error", message: "Бош калбасын" },
      { sheet: SHEET, cell: plain, severity: "warning", message: "Мөөнөт өттү" },
    ]);
    expect(fake.workbook.cell(SHEET, input).fill).toBe(MARK_FILL.error);
    expect(fake.workbook.cell(SHEET, plain).fill).toBe(MARK_FILL.warning);
    expect(fake.workbook.comments()).toEqual({
      [`${SHEET}!${input}`]: "Бош калбасын",
      [`${SHEET}!${plain}`]: "Мөөнөт өттү",
    });
    expect(fake.workbook.sheets().find((s) => s.name === SHEET)!.protected).toBe(true);

    // A second call replaces the marks of the first.
    await adapter.markIssues([{ sheet: SHEET, cell: plain, severity: "error", message: "Ката" }]);
    expect(fake.workbook.cell(SHEET, input).fill).toBe(before[0]);
    expect(fake.workbook.comments()).toEqual({ [`${SHEET}!${plain}`]: "Ката" });

    await adapter.clearMarks();
    expect([fake.workbook.cell(SHEET, input).fill, fake.workbook.cell(SHEET, plain).fill]).toEqual(before);
    expect(fake.workbook.comments()).toEqual({});
    expect(fake.workbook.sheets().find((s) => s.name === SHEET)).toMatchObject({
      protected: true,
      protectionOptions: { allowFormatRows: true },
    });
  });

  it("keeps a comment someone wrote, and marks with a fill alone below ExcelApi 1.10", async () => {
    const { fake, adapter } = await rendered(template());
    await fake.run(async (ctx) => {
      ctx.workbook.comments.add("Sheet1!B2", "менин эскертүүм");
      await ctx.sync();
    });
    await adapter.markIssues([
      { sheet: "Sheet1", cell: "B2", severity: "error", message: "Аты жок" },
      { sheet: SHEET, cell: "C2", severity: "error", message: "Аты жок" },
    ]);
    expect(fake.workbook.comments()).toEqual({ "Sheet1!B2": "менин эскертүүм", [`${SHEET}!C2`]: "Аты жок" });
    expect(fake.workbook.cell("Sheet1", "B2").fill).toBe(MARK_FILL.error);
    await adapter.clearMarks();
    expect(fake.workbook.comments()).toEqual({ "Sheet1!B2": "менин эскертүүм" });
    expect(fake.workbook.cell("Sheet1", "B2").fill).toBeNull();

    const old = await rendered(template(), "1.9");
    await old.adapter.markIssues([{ sheet: SHEET, cell: "C2", severity: "warning", message: "Аты жок" }]);
    expect(old.fake.workbook.cell(SHEET, "C2").fill).toBe(MARK_FILL.warning);
    expect(old.fake.workbook.comments()).toEqual({});
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const { fake, adapter } = await rendered(template());
    await adapter.selectCell(SHEET, "H14");
    expect(fake.workbook.selection()).toEqual({ sheet: SHEET, address: "H14" });
    expect(fake.workbook.activeSheet()).toBe(SHEET);
  });
});

describe("on Excel with ExcelApi 1.1 only", () => {
  it("renders values a reader accepts, reads them back, and selects cells", async () => {
    const spec = template();
    const { fake, adapter } = await rendered(spec, "1.1");
    const reading = readReport(await adapter.readGrid(), {});
    expect(reading.issues).toEqual([]);
    expect(reading.report!.entries.length).toBeGreaterThan(0);
    await adapter.selectCell(SHEET, "C2");
    expect(fake.workbook.selection()).toEqual({ sheet: SHEET, address: "C2" });
    // What 1.1 lacks is left out, not half done: no names, rules, protection or merges.
    expect(fake.workbook.names()).toEqual([]);
    expect(fake.workbook.validations(SHEET)).toEqual([]);
    expect(fake.workbook.merges(SHEET)).toEqual([]);
    await adapter.markIssues([{ sheet: SHEET, cell: "C2", severity: "error", message: "x" }]);
    expect(fake.workbook.cell(SHEET, "C2").fill).toBe(MARK_FILL.error);
  });
});
