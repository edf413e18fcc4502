import fc from "fast-check";
import { Workbook, ValueType } from "exceljs";
import JSZip from "jszip";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { readMaster, writeMaster } from "../../adapters/xlsx/masterWorkbook";
import { buildTemplate, validateWorkbook } from "../../core";
import {
  buildMasterWorkbook,
  emptyMaster,
  ForeignMasterError,
  masterLabels,
  MasterSheetMissingError,
  mergeSubmissions,
  NotAMasterError,
  type Master,
  type Submission,
} from "../../core/merge";
import { defaultPlan, type Language, type Report } from "../../schema";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/libreoffice";
import { distinctReportsArb, reportArb, submit } from "../helpers/mergeReports";

const plan = defaultPlan;
const write = (m: Master, lang: Language = "ky") => writeMaster(buildMasterWorkbook(m, plan, lang));

async function open(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as any);
  return wb;
}

/** A report whose every text looks like a formula, a phone number or a mention. */
function formulaLikeReport(): Report {
  const report = fc.sample(reportArb("ФМ", "2019-H2"), { seed: 7, numRuns: 1 })[0];
  const texts = ["=1+1", "+996 555 12 34 56", "@x", "-x", '=HYPERLINK("http://x.kg","click")'];
  report.entries = report.entries.map((e, i) => ({
    ...e,
    status: "in-progress",
    narrative: texts[i % texts.length],
    obstacles: texts[(i + 1) % texts.length],
    evidence: { document: texts[(i + 2) % texts.length] },
  }));
  return report;
}

describe("writeMaster and readMaster", () => {
  it("read back the master they wrote, in any language, so a later merge continues from it", async () => {
    await fc.assert(
      fc.asyncProperty(distinctReportsArb(4), fc.constantFrom<Language>("ky", "ru", "en"), async (reports, lang) => {
        const subs = reports.map((r) => submit(r));
        const bad = submit({ ...reports[0], entries: [] }, "=bad.xlsx");
        const { master } = mergeSubmissions(emptyMaster(plan), [...subs, subs[0], bad], { plan });
        const back = await readMaster(await write(master, lang), plan);
        expect(back.language).toBe(lang);
        expect(back.master).toEqual(master);
      }),
      { numRuns: 6 },
    );
  });

  it("round-trips an empty master (its tables keep one blank row, as Excel wants)", async () => {
    const back = await readMaster(await write(emptyMaster(plan), "en"), plan);
    expect(back.master).toEqual(emptyMaster(plan));
  });

  it("merges real filled templates validated from their bytes", async () => {
    const reports = fc.sample(distinctReportsArb(3), { seed: 3, numRuns: 1 })[0];
    const subs: Submission[] = [];
    for (const [i, r] of reports.entries()) {
      const bytes = await writeWorkbook(
        buildTemplate({ agency: r.header.agency, period: r.header.period, language: "ru", prefill: r }),
      );
      const checked = await validateWorkbook(bytes, { source: `f${i}.xlsx`, readGrid: readWorkbook, plan });
      expect(checked.task.issues.filter((x) => x.severity === "error")).toEqual([]);
      subs.push({
        fileName: `f${i}.xlsx`,
        receivedAt: "2020-01-01T00:00:00.000Z",
        sha256: checked.sha256,
        report: checked.report,
        issues: checked.task.issues,
      });
    }
    const { master } = mergeSubmissions(emptyMaster(plan), subs, { plan });
    expect(master.measureReports).toHaveLength(reports.reduce((n, r) => n + r.entries.length, 0));
    expect((await readMaster(await write(master), plan)).master).toEqual(master);
  });
});

describe("text from agencies stays text", () => {
  let bytes: Uint8Array;
  let master: Master;
  beforeAll(async () => {
    const sub = submit(formulaLikeReport(), "=1+1.xlsx");
    expect(sub.issues.filter((i) => i.severity === "error")).toEqual([]);
    master = mergeSubmissions(emptyMaster(plan), [sub], { plan }).master;
    bytes = await write(master, "en");
  });

  it("writes no formula anywhere, and each such text as a string formatted as text", async () => {
    const wb = await open(bytes);
    const found = new Map<string, { type: ValueType; numFmt: string }>();
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ValueType.Formula);
          expect(cell.formula).toBeFalsy();
          if (typeof cell.value === "string") found.set(cell.value, { type: cell.type, numFmt: cell.numFmt });
        }),
      );
    for (const text of ["=1+1", "+996 555 12 34 56", "@x", "-x", '=HYPERLINK("http://x.kg","click")', "=1+1.xlsx"]) {
      expect(found.get(text)).toEqual({ type: ValueType.String, numFmt: "@" });
    }
    const xml = await (
      await JSZip.loadAsync(bytes)
    )
      .file(/xl\/worksheets\/sheet\d+\.xml/)
      .reduce(async (acc, f) => (await acc) + (await f.async("string")), Promise.resolve(""));
    expect(xml).not.toContain("<f>");
  });

  it("reads the same texts back", async () => {
    expect((await readMaster(bytes, plan)).master).toEqual(master);
  });
});

describe("the workbook a coordinator opens", () => {
  let wb: Workbook;
  let zip: JSZip;
  const L = masterLabels.ru.sheets;
  beforeAll(async () => {
    const reports = fc.sample(distinctReportsArb(3), { seed: 11, numRuns: 1 })[0];
    const { master } = mergeSubmissions(
      emptyMaster(plan),
      reports.map((r) => submit(r)),
      { plan },
    );
    const bytes = await write(master, "ru");
    wb = await open(bytes);
    zip = await JSZip.loadAsync(bytes);
  });

  it("has summaries first, then one Excel Table per data sheet with a header row, filters and a style", async () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      L.progress,
      L.chart,
      L.completeness,
      L.byMeasure,
      L.measureReports,
      L.indicatorValues,
      L.submissions,
      L.warnings,
      L.rejections,
      "_tendik",
    ]);
    const tables = await Promise.all(zip.file(/xl\/tables\/table\d+\.xml/).map((f) => f.async("string")));
    const names = tables.map((x) => /<table [^>]*name="(\w+)"/.exec(x)?.[1]).sort();
    expect(names).toEqual(["IndicatorValues", "MeasureReports", "Rejections", "Submissions", "Warnings"]);
    for (const x of tables) {
      expect(x).toContain("<autoFilter");
      expect(x).toContain('name="TableStyleMedium2"');
      expect(x).not.toContain('headerRowCount="0"');
    }
  });

  it("freezes the headers, and hides its identity where no one edits it", () => {
    const view = (name: string) =>
      wb.getWorksheet(name)!.views[0] as { state?: string; ySplit?: number; xSplit?: number };
    expect(view(L.measureReports)).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(view(L.progress)).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 4 });
    expect(wb.getWorksheet("_tendik")!.state).toBe("veryHidden");
    expect(wb.getWorksheet(L.progress)!.getColumn(4).width).toBe(60);
  });
});

describe("a master that is not this plan's", () => {
  it("is refused: another plan's master, a workbook that is no master, a master with a sheet renamed", async () => {
    const other = { ...plan, id: "another-plan" };
    const foreign = await writeMaster(buildMasterWorkbook(emptyMaster(other), other, "ky"));
    await expect(readMaster(foreign, plan)).rejects.toThrow(ForeignMasterError);
    const template = await writeWorkbook(buildTemplate({ agency: "ФМ", period: "2019-H2", language: "ky" }));
    await expect(readMaster(template, plan)).rejects.toThrow(NotAMasterError);
    const wb = await open(await write(emptyMaster(plan), "en"));
    wb.getWorksheet("Submissions")!.name = "Log";
    const renamed = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(readMaster(renamed, plan)).rejects.toThrow(MasterSheetMissingError);
  });
});

const lo = hasLibreOffice();
(lo ? describe : describe.skip)(
  `after LibreOffice re-saves the master${lo ? "" : " [skipped: soffice is not installed]"}`,
  () => {
    it("still reads as the same master: tables, texts and dates survive a program nobody here wrote", async () => {
      const reports = [
        formulaLikeReport(),
        ...fc.sample(distinctReportsArb(2, ["ЭМ", "ТИМ", "КРУБ"]), { seed: 5, numRuns: 1 })[0],
      ];
      const { master } = mergeSubmissions(
        emptyMaster(plan),
        reports.map((r, i) => submit(r, `f${i}.xlsx`)),
        { plan },
      );
      const [resaved] = convertWithLibreOffice([{ name: "master.xlsx", bytes: await write(master, "ru") }]);
      expect((await readMaster(resaved, plan)).master).toEqual(master);
    });
  },
);
