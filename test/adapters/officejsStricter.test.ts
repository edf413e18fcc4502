/**
 * The adapter and the coordinator's flow re-proved on the stricter stand-in Excel (issue 24): agency texts
 * that Excel would read as formulas, numbers or dates stay text in the master; dates a clerk types into a
 * template read back as those dates; rendering a master or a template again over one whose identity sheet is
 * very hidden (which Excel refuses to delete) works, in the same number of requests.
 */
import fc from "fast-check";
import { OfficeWorkbook } from "../../adapters/officejs";
import { buildTemplate, layoutReport, readReport, templateLabels, type CellWrite } from "../../core";
import { buildMasterWorkbook, emptyMaster, masterFromGrid, masterSpec, mergeSubmissions } from "../../core/merge";
import { defaultPlan, type Report } from "../../schema";
import { createFakeExcel, type FakeExcel } from "../excel/fakeExcel";
import { reportArb, submit } from "../helpers/mergeReports";

const plan = defaultPlan;

/** Texts an agency may type that an Excel cell not formatted as text would not keep (issue 24). */
const AGENCY_TEXTS = [
  "+996 312 62 00 00",
  "- разработан план",
  "= итог",
  "=1+1",
  "@всем",
  "'Жашыл' программасы",
  "1,5",
  "1 000",
  "17.3",
  "000123",
  "15.03.2019",
  "2019-03-15",
  "3/15/2019",
  "15 Mar 2019",
  "18:30",
  "50%",
  "$5",
  "(12)",
  "TRUE",
  "ИСТИНА",
];

function agencyTextReport(): Report {
  const report = fc.sample(reportArb("ЭСӨМ", "2019-H2"), { seed: 24, numRuns: 1 })[0];
  report.header.preparedBy = { name: "Асанова Айгүл", phone: "+996 312 62 00 00", position: "- эксперт" };
  // Enough entries for every text (ЭСӨМ reports on many measures): each entry carries three of them.
  report.entries = report.entries.map((e, i) => ({
    ...e,
    status: "in-progress",
    narrative: AGENCY_TEXTS[(3 * i) % AGENCY_TEXTS.length],
    obstacles: AGENCY_TEXTS[(3 * i + 1) % AGENCY_TEXTS.length],
    evidence: { document: AGENCY_TEXTS[(3 * i + 2) % AGENCY_TEXTS.length] },
  }));
  return report;
}

const adapterOf = (fake: FakeExcel) => new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });

describe("the coordinator's master on the stricter host", () => {
  it("keeps every agency text as text (no formula, number or date), and reads back as merged", async () => {
    const report = agencyTextReport();
    const { master } = mergeSubmissions(emptyMaster(plan), [submit(report)], { plan });
    const fake = createFakeExcel();
    const adapter = adapterOf(fake);
    await adapter.render(masterSpec(buildMasterWorkbook(master, plan, "ru")));
    expect(masterFromGrid(await adapter.readGrid(), plan).master).toEqual(master);

    // Every cell holding one of the texts holds it as typed: a text value, no formula, shown as itself.
    const typed = new Set(
      [
        ...report.entries.flatMap((e) => [e.narrative, e.obstacles, e.evidence?.document]),
        report.header.preparedBy.name,
        report.header.preparedBy.phone,
        report.header.preparedBy.position,
      ].filter((t): t is string => t !== undefined),
    );
    expect(AGENCY_TEXTS.filter((t) => !typed.has(t))).toEqual([]);
    const found = new Set<string>();
    for (const sheet of fake.workbook.sheetNames())
      for (const address of fake.workbook.filledCells(sheet)) {
        const cell = fake.workbook.cell(sheet, address);
        if (cell.formula !== undefined) expect([sheet, address, cell.formula]).toEqual([sheet, address, undefined]);
        if (typeof cell.value === "string" && typed.has(cell.value)) {
          found.add(cell.value);
          expect([address, cell.numberFormat]).toEqual([address, "@"]);
        }
      }
    expect([...typed].filter((t) => !found.has(t))).toEqual([]);
  });

  it("merges into the open master again: the very hidden identity sheet is replaced, in the same two requests", async () => {
    const first = mergeSubmissions(emptyMaster(plan), [submit(agencyTextReport())], { plan }).master;
    const second = fc.sample(reportArb("ЭСӨМ", "2020-H1"), { seed: 3, numRuns: 1 })[0];
    const { master } = mergeSubmissions(first, [submit(second)], { plan });
    const fake = createFakeExcel();
    const adapter = adapterOf(fake);
    await adapter.render(masterSpec(buildMasterWorkbook(first, plan, "ky")));
    const veryHidden = fake.workbook
      .sheets()
      .filter((s) => s.visibility === "VeryHidden")
      .map((s) => s.name);
    expect(veryHidden.length).toBeGreaterThan(0);

    await adapter.render(masterSpec(buildMasterWorkbook(master, plan, "ky")));
    expect(adapter.lastCost?.syncs).toBe(2);
    expect(masterFromGrid(await adapter.readGrid(), plan).master).toEqual(master);
    const names = fake.workbook.sheetNames();
    expect(names.filter((n) => n.startsWith("~tendik"))).toEqual([]);
    expect(
      fake.workbook
        .sheets()
        .filter((s) => s.visibility === "VeryHidden")
        .map((s) => s.name),
    ).toEqual(veryHidden);
  });

  it("opens New report again in the same workbook: the template's very hidden identity sheet is replaced", async () => {
    const fake = createFakeExcel();
    const adapter = adapterOf(fake);
    await adapter.render(buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky" }));
    await adapter.render(buildTemplate({ agency: "БИМ", period: "2020-H1", language: "ru" }));
    expect(adapter.lastCost?.syncs).toBe(2);
    expect(fake.workbook.sheetNames().filter((n) => n.startsWith("~tendik"))).toEqual([]);
    const { identity } = readReport(await adapter.readGrid(), {});
    expect([identity?.agency, identity?.period]).toEqual(["БИМ", "2020-H1"]);
  });

  it("without ExcelApi 1.2 (no visibility changes), a very hidden sheet in the way stays, renamed, and the render goes on", async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("_tendik").visibility = "VeryHidden";
      await ctx.sync();
    });
    const old = createFakeExcel({ excelApi: "1.1" });
    Object.assign(old, { run: fake.run }); // the same workbook, an Excel that offers ExcelApi 1.1 only
    const adapter = new OfficeWorkbook({ run: fake.run, isSetSupported: old.isSetSupported });
    await adapter.render(buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky" }));
    expect(fake.workbook.sheetNames()).toContain("_tendik");
    expect(fake.workbook.sheetNames().filter((n) => n.startsWith("~tendik-replaced-"))).toHaveLength(1);
    expect(readReport(await adapter.readGrid(), {}).identity?.agency).toBe("ЭСӨМ");
  });
});

describe("dates a clerk types into a template read back as those dates", () => {
  const SHEET = templateLabels.ky.sheets.report;
  const doc = layoutReport(plan, "ЭСӨМ").measures.find(
    (m) => m.indicators.length === 1 && m.indicators[0].indicator.kind === "document",
  )!;

  it.each<[string | number, string]>([
    ["2019-03-15", "an ISO date: a serial (excel.range.yml, values: ISO is locale-neutral)"],
    ["3/15/2019", "an en-US date: a serial"],
    ["15.03.2019", "a dd.mm.yyyy date: text through `values` (locale-shaped), read as the date it names"],
    [43539, "a serial"],
  ])("%p (%s)", async (typed) => {
    const fake = createFakeExcel();
    const adapter = adapterOf(fake);
    await adapter.render(buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky" }));
    const writes: CellWrite[] = [{ sheet: SHEET, cell: `R${doc.row}`, value: typed }];
    // As typed in Excel: through `values`, into the unlocked date cell of the protected sheet.
    await fake.run(async (ctx) => {
      for (const w of writes) ctx.workbook.worksheets.getItem(w.sheet).getRange(w.cell).values = [[w.value]];
      await ctx.sync();
    });
    const { report } = readReport(await adapter.readGrid(), {});
    const entry = report?.entries.find((e) => e.measureId === doc.measure.id);
    expect(entry?.evidence?.date).toBe("2019-03-15");
  });
});
