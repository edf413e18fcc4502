/**
 * Templates as real .xlsx files: written by the adapter, filled the way a clerk's Excel would store values,
 * read back; and re-saved by LibreOffice, which nobody here wrote.
 */
import ExcelJS from "exceljs";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { buildTemplate, layoutReport, readReport, templateLabels } from "../../core";
import {
  bodiesWithMeasures,
  defaultPlan,
  findBody,
  isReportingBody,
  measuresForBody,
  planHash,
  type Plan,
  type Report,
} from "../../schema";
import { exampleReport, exampleValue } from "../fixtures/reports";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/libreoffice";

const reporting = bodiesWithMeasures(defaultPlan).filter((c) => isReportingBody(findBody(defaultPlan.bodies, c)!));

async function roundTrip(spec: ReturnType<typeof buildTemplate>, plan: Plan = defaultPlan) {
  return readReport(await readWorkbook(await writeWorkbook(spec)), { plan });
}

describe("a template file for every body", () => {
  it.each(reporting)("%s", async (agency) => {
    const reading = await roundTrip(
      buildTemplate({ agency, period: "2019-H2", language: agency.length % 2 ? "ru" : "ky" }),
    );
    expect(reading.issues).toEqual([]);
    expect(reading.report!.entries.map((e) => e.measureId)).toEqual(
      measuresForBody(defaultPlan, agency).map((m) => m.measure.id),
    );
  });
});

/** A plan whose first ЭСӨМ indicator is free text, so one report can carry every kind of value. */
function planWithText(): Plan {
  const plan = JSON.parse(JSON.stringify(defaultPlan)) as Plan;
  const m = plan.chapters[0].goals[0].tasks[0].measures[2]; // 1.3: ЭСӨМ is responsible
  m.indicators[0].kind = "text";
  return plan;
}

describe("fill -> read", () => {
  it("gives back a report with every kind of value, typed into the cells as Excel stores them", async () => {
    const plan = planWithText();
    const agency = "ЭСӨМ";
    const layout = layoutReport(plan, agency);
    const kinds = new Set(layout.measures.flatMap((m) => m.indicators.map((i) => i.indicator.kind)));
    kinds.add("percent"); // ЭСӨМ has no percentage indicator: 28.1's is filled by МКК below
    expect([...kinds].sort()).toEqual(["amount", "count", "document", "people", "percent", "text"]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await writeWorkbook(
        buildTemplate({ agency, period: "2019-H2", language: "ky", plan }),
      )) as unknown as ArrayBuffer,
    );
    const ws = wb.getWorksheet(templateLabels.ky.sheets.report)!;
    const expected: Report = {
      ...exampleReport({ agency }),
      header: { ...exampleReport({ agency }).header, planHash: planHash(plan) },
    };
    expected.entries = [];
    ws.getCell("C2").value = "Асель Токтогулова";
    ws.getCell("H2").value = "+996 312 123456";
    ws.getCell("F3").value = new Date(Date.UTC(2020, 0, 10));
    expected.header.preparedBy = { name: "Асель Токтогулова", phone: "+996 312 123456", date: "2020-01-10" };
    layout.measures.forEach((m, i) => {
      const entry = {
        measureId: m.measure.id,
        status: "in-progress" as const,
        narrative: `=${i} иш-чара`,
        indicators: [] as Report["entries"][number]["indicators"],
        spending: { amount: 1200.5, source: "local-budget" as const },
      };
      ws.getCell(`H${m.row}`).value = "Аткарылууда";
      ws.getCell(`I${m.row}`).value = entry.narrative; // looks like a formula: must stay text
      ws.getCell(`O${m.row}`).value = "1 200,5"; // typed as text with a space and a decimal comma
      ws.getCell(`P${m.row}`).value = "Жергиликтүү бюджет";
      for (const { row, indicator } of m.indicators) {
        const v = exampleValue(indicator.id, indicator.kind, i + 1);
        if (v.kind === "people") {
          ws.getCell(`K${row}`).value = v.women!;
          ws.getCell(`L${row}`).value = `${v.men} `; // trailing space
          ws.getCell(`M${row}`).value = {
            formula: `IF(COUNT(K${row}:L${row})=0,"",SUM(K${row}:L${row}))`,
            result: v.total!,
          } as ExcelJS.CellFormulaValue;
        } else if (v.kind === "document") {
          ws.getCell(`J${row}`).value = "Ооба";
          ws.getCell(`N${row}`).value = v.reference!;
        } else ws.getCell(`J${row}`).value = v.value;
        entry.indicators.push(v);
      }
      expected.entries.push(entry);
    });
    const reading = readReport(await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer())), { plan });
    expect(reading.issues).toEqual([]);
    expect(reading.report).toEqual(expected);
  });

  it("reads a percentage", async () => {
    const report = exampleReport({ agency: "МКК" });
    report.header.language = "ru";
    const reading = await roundTrip(
      buildTemplate({ agency: "МКК", period: "2019-H2", language: "ru", prefill: report }),
    );
    expect(reading.report!.entries.flatMap((e) => e.indicators).filter((v) => v.kind === "percent")).toHaveLength(2);
    expect(reading.report).toEqual(report);
  });
});

describe("prefill -> read", () => {
  it.each(["ЭСӨМ", "ИИМ", "БУУӨП", "ЖӨБО", "УСК"])("%s gives back the same document", async (agency) => {
    const report = exampleReport({ agency });
    const reading = await roundTrip(buildTemplate({ agency, period: "2019-H2", language: "ky", prefill: report }));
    expect(reading.issues).toEqual([]);
    expect(reading.report).toEqual(report);
  });
});

const describeLO = hasLibreOffice() ? describe : describe.skip;
describeLO("a template re-saved by LibreOffice", () => {
  it("still reads back to the same document (very hidden becomes hidden; unlocked cells written differently)", async () => {
    const agencies = ["ЭСӨМ", "ЖС СД", "УСК"];
    const reports = agencies.map((agency, i) => {
      const r = exampleReport({ agency });
      r.header.language = i ? "ru" : "ky";
      return r;
    });
    const files = await Promise.all(
      reports.map(async (report, i) => ({
        name: `t${i}.xlsx`,
        bytes: await writeWorkbook(
          buildTemplate({
            agency: report.header.agency,
            period: "2019-H2",
            language: i ? "ru" : "ky",
            prefill: report,
          }),
        ),
      })),
    );
    const converted = convertWithLibreOffice(files);
    for (const [i, bytes] of converted.entries()) {
      const grid = await readWorkbook(bytes);
      expect(grid.sheets.find((s) => s.name === "_tendik")!.state).not.toBe("visible");
      const reading = readReport(grid, {});
      expect(reading.issues).toEqual([]);
      expect(reading.report).toEqual(reports[i]);
    }
  }, 180000);
});
