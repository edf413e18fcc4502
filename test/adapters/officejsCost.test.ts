/**
 * What each operation of the Office.js adapter costs in requests: the same number of `context.sync()` calls
 * for a body with 2 measures and for a generated plan of 1,000 measures; no request over Excel on the web's
 * 5 MB, even writing a 60,000-row table (there the writes split into more requests, one per ~4 MB).
 */
import { OfficeWorkbook, REQUEST_LIMIT_BYTES } from "../../adapters/officejs";
import { buildTemplate, layoutReport, type WorkbookSpec } from "../../core";
import { bodiesWithMeasures, defaultPlan, measuresForBody, type Plan } from "../../schema";
import { createFakeExcel } from "../excel/fakeExcel";

/** The default plan with ЭСӨМ responsible for `count` measures, cycling over the texts and indicators of its own. */
function generatedPlan(count: number): Plan {
  const plan = structuredClone(defaultPlan) as Plan;
  const mine = new Set(measuresForBody(defaultPlan, "ЭСӨМ").map((m) => m.measure.id));
  const models = measuresForBody(defaultPlan, "ЭСӨМ").map((m) => m.measure);
  const task = plan.chapters[0].goals[0].tasks[0];
  for (const c of plan.chapters)
    for (const g of c.goals)
      for (const t of g.tasks) t.measures = t.measures.filter((m) => !mine.has(m.id)) as typeof t.measures;
  task.measures = [
    ...task.measures,
    ...Array.from({ length: count }, (_, k) => ({
      ...structuredClone(models[k % models.length]),
      id: `${task.id}.${900 + k}`,
    })),
  ] as typeof task.measures;
  return plan;
}

interface Costs {
  syncs: Record<string, number>;
  requests: Record<string, number>;
  maxRequestBytes: number;
  measures: number;
}

/** Every operation once, on a template of `agency` in `plan`; marks and writes on one input cell per measure. */
async function costs(plan: Plan, agency: string): Promise<Costs> {
  const fake = createFakeExcel();
  const adapter = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  const spec = buildTemplate({ agency, period: "2019-H2", language: "ky", plan });
  const sheet = spec.sheets[0].name;
  const rows = layoutReport(plan, agency).measures.map((m) => m.row);
  const syncs: Record<string, number> = {};
  const requests: Record<string, number> = {};
  const measure = async (name: string, op: () => Promise<void>) => {
    const before = fake.counters.syncs;
    await op();
    syncs[name] = adapter.lastCost!.syncs;
    requests[name] = fake.counters.syncs - before;
  };
  await measure("render", () => adapter.render(spec));
  await measure("readGrid", async () => void (await adapter.readGrid()));
  await measure("writeCells", () => adapter.writeCells(rows.map((r) => ({ sheet, cell: `I${r}`, value: `=${r}+1` }))));
  await measure("markIssues", () =>
    adapter.markIssues(rows.map((r) => ({ sheet, cell: `H${r}`, severity: "error", message: "Абалы жок" }))),
  );
  await measure("clearMarks", () => adapter.clearMarks());
  await measure("selectCell", () => adapter.selectCell(sheet, `H${rows[rows.length - 1]}`));
  return { syncs, requests, maxRequestBytes: fake.counters.maxRequestBytes, measures: rows.length };
}

describe("requests per operation", () => {
  const small = bodiesWithMeasures(defaultPlan).find((a) => measuresForBody(defaultPlan, a).length === 2)!;

  it("are the same for a body with 2 measures and a plan with 1,000", async () => {
    const few = await costs(defaultPlan, small);
    const many = await costs(generatedPlan(1000), "ЭСӨМ");
    expect([few.measures, many.measures]).toEqual([2, 1000]);
    expect(many.syncs).toEqual(few.syncs);
    expect(many.requests).toEqual(few.requests);
    // The counts the README states (a request the client adds to release the sheets `add` made is counted too).
    expect(few.syncs).toEqual({ render: 2, readGrid: 3, writeCells: 2, markIssues: 2, clearMarks: 3, selectCell: 1 });
    expect(few.requests).toEqual(few.syncs);
    expect(many.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    console.log(JSON.stringify({ few, many }));
  }, 120_000);
});

describe("a 60,000-row table", () => {
  it("is written in requests of at most 5 MB and reads back whole", async () => {
    const rows = 60_000;
    const columns = ["Мекеме", "Чара", "Абалы", "Сумма", "Күнү", "Шилтеме"];
    const cells: WorkbookSpec["sheets"][number]["cells"] = columns.map((name, j) => ({
      ref: `${"ABCDEF"[j]}1`,
      value: name,
      style: "head",
    }));
    for (let r = 2; r <= rows + 1; r++)
      cells.push(
        { ref: `A${r}`, value: `Министрлик №${r % 97}`, style: "text" },
        { ref: `B${r}`, value: `${(r % 17) + 1}.${(r % 9) + 1}`, style: "text" },
        { ref: `C${r}`, value: r % 3 ? "Аткарылды" : "=1+2", style: "text" },
        { ref: `D${r}`, value: r * 10.5, style: "money" },
        { ref: `E${r}`, value: 43800 + (r % 365), style: "date" },
        { ref: `F${r}`, value: `https://example.kg/doc/${r}`, style: "text" },
      );
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "Маалымат",
          state: "visible",
          columns: columns.map(() => ({ width: 18 })),
          cells,
          merges: [],
          protect: false,
          validations: [],
          tables: [
            {
              name: "tendik_rows",
              ref: "A1",
              columns: columns.map((name) => ({ name })),
              rows,
              style: "TableStyleMedium2",
            },
          ],
        },
      ],
      styles: {
        head: { font: { bold: true } },
        text: { numFmt: "@" },
        money: { numFmt: "#,##0.00" },
        date: { numFmt: "dd.mm.yyyy" },
      },
      definedNames: [],
      activeSheet: "Маалымат",
      properties: { title: "master", creator: "tendik" },
    };
    const fake = createFakeExcel();
    const adapter = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    await adapter.render(spec);
    const renderSyncs = adapter.lastCost!.syncs;
    expect(fake.counters.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fake.workbook.tables()).toEqual([
      expect.objectContaining({ name: "tendik_rows", range: `A1:F${rows + 1}` }),
    ]);
    const grid = await adapter.readGrid();
    const sheet = grid.sheets.find((s) => s.name === "Маалымат")!;
    expect([sheet.rowCount, sheet.colCount]).toEqual([rows + 1, 6]);
    expect(sheet.cells.get("C3")).toEqual({ value: "=1+2", numFmt: "@" });
    expect(sheet.cells.get("E2")).toEqual({ value: 43802, numFmt: "dd.mm.yyyy" });
    console.log(
      JSON.stringify({
        rows,
        renderSyncs,
        readSyncs: adapter.lastCost!.syncs,
        maxRequestBytes: fake.counters.maxRequestBytes,
        maxResponseBytes: fake.counters.maxResponseBytes,
        requestBytes: fake.counters.requestBytes,
      }),
    );
  }, 300_000);
});

describe("reading long texts", () => {
  it("reads again in smaller requests when a response would pass 5 MB", async () => {
    const rows = 50_000;
    const text = (r: number) => `${r} ${"ж".repeat(60)}`;
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "Тексттер",
          state: "visible",
          columns: [{ width: 40 }, { width: 40 }],
          cells: Array.from({ length: rows }, (_, i) => [
            { ref: `A${i + 1}`, value: text(i) },
            { ref: `B${i + 1}`, value: text(-i) },
          ]).flat(),
          merges: [],
          protect: false,
          validations: [],
        },
      ],
      styles: {},
      definedNames: [],
      activeSheet: "Тексттер",
      properties: { title: "t", creator: "tendik" },
    };
    const fake = createFakeExcel();
    const adapter = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    await adapter.render(spec);
    const grid = await adapter.readGrid();
    const sheet = grid.sheets.find((s) => s.name === "Тексттер")!;
    expect(sheet.cells.size).toBe(rows * 2);
    expect(sheet.cells.get(`B${rows}`)).toEqual({ value: text(-(rows - 1)), numFmt: "@" }); // "-…" reads as a sign
    expect(fake.counters.maxResponseBytes).toBeGreaterThan(5 * 1024 * 1024); // the first attempt was refused
    console.log(JSON.stringify({ rows, readSyncs: adapter.lastCost!.syncs }));
  }, 300_000);
});
