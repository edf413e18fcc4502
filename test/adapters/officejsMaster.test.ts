/**
 * The master workbook written into the in-memory Excel host through the Office.js adapter (Excel Tables, the
 * progress chart, the very hidden identity) reads back, through the core's masterFromGrid, to the same
 * master as the .xlsx master of the same submissions; a merged text that looks like a formula stays text.
 */
import fc from "fast-check";
import { OfficeWorkbook } from "../../adapters/officejs";
import { readMaster, writeMaster } from "../../adapters/xlsx/masterWorkbook";
import {
  buildMasterWorkbook,
  emptyMaster,
  masterFromGrid,
  masterSpec,
  mergeSubmissions,
  type Master,
} from "../../core/merge";
import { defaultPlan, type Language, type Report } from "../../schema";
import { createFakeExcel } from "../excel/fakeExcel";
import { distinctReportsArb, reportArb, submit } from "../helpers/mergeReports";

const plan = defaultPlan;

/** A report whose texts look like formulas, phone numbers and mentions. */
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

async function throughOffice(master: Master, lang: Language) {
  const fake = createFakeExcel();
  const adapter = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  await adapter.render(masterSpec(buildMasterWorkbook(master, plan, lang)));
  const renderSyncs = adapter.lastCost!.syncs;
  return { fake, renderSyncs, back: masterFromGrid(await adapter.readGrid(), plan) };
}

describe("the master through Office.js", () => {
  it.each<Language>(["ky", "ru", "en"])(
    "reads back as the .xlsx master of the same submissions (%s)",
    async (lang) => {
      const reports = [...fc.sample(distinctReportsArb(4), { seed: 11, numRuns: 1 })[0], formulaLikeReport()];
      const subs = reports.map((r) => submit(r));
      const { master } = mergeSubmissions(emptyMaster(plan), [...subs, subs[0]], { plan });
      const { fake, back, renderSyncs } = await throughOffice(master, lang);
      const file = await readMaster(await writeMaster(buildMasterWorkbook(master, plan, lang)), plan);
      expect(back).toEqual(file);
      expect(back.master).toEqual(master);
      expect(renderSyncs).toBe(2);

      const spec = masterSpec(buildMasterWorkbook(master, plan, lang));
      const tables = spec.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));
      expect(
        fake.workbook
          .tables()
          .map((t) => t.name)
          .sort(),
      ).toEqual([...tables].sort());
      const charts = spec.sheets.flatMap((s) => s.charts ?? []);
      expect(fake.workbook.charts().map((c) => [c.type, c.title, c.series.length])).toEqual(
        charts.map((c) => [
          { barStacked: "BarStacked", columnStacked: "ColumnStacked", columnClustered: "ColumnClustered" }[c.type],
          c.title,
          c.series.length,
        ]),
      );
      const hidden = spec.sheets.filter((s) => s.state === "veryHidden").map((s) => s.name);
      expect(
        fake.workbook
          .sheets()
          .filter((s) => s.visibility === "VeryHidden")
          .map((s) => s.name),
      ).toEqual(hidden);
    },
    120_000,
  );

  it("reads back an empty master (its tables keep one blank row)", async () => {
    const master = emptyMaster(plan);
    const { back } = await throughOffice(master, "ky");
    expect(back.master).toEqual(master);
  });
});
