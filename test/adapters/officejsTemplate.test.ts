/**
 * The Office.js adapter against the .xlsx adapter: the same template spec, rendered into the in-memory Excel
 * host and written as a file, reads back (through the same core) to the same report document.
 */
import { OfficeWorkbook } from "../../adapters/officejs";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { buildTemplate, readReport, type WorkbookSpec } from "../../core";
import type { Language } from "../../schema";
import { createFakeExcel } from "../excel/fakeExcel";
import { exampleReport } from "../fixtures/reports";

async function throughOffice(spec: WorkbookSpec) {
  const fake = createFakeExcel();
  const adapter = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  await adapter.render(spec);
  return { fake, adapter, grid: await adapter.readGrid() };
}

const cases: [string, string, Language][] = [
  ["ЭСӨМ", "2019-H2", "ky"],
  ["БИМ", "2020-H1", "ru"],
  ["МКК", "2019-H1", "en"],
];

describe("a template rendered through Office.js reads back as its .xlsx file does", () => {
  it.each(cases)("%s %s %s, empty", async (agency, period, language) => {
    const spec = buildTemplate({ agency, period, language });
    const { grid } = await throughOffice(spec);
    const viaOffice = readReport(grid, {});
    const viaFile = readReport(await readWorkbook(await writeWorkbook(spec)), {});
    expect(viaOffice.issues).toEqual(viaFile.issues);
    expect(viaOffice.report).toEqual(viaFile.report);
    expect(viaOffice.identity).toEqual(viaFile.identity);
  });

  it.each(cases)("%s %s %s, filled (prefill)", async (agency, period, language) => {
    const spec = buildTemplate({ agency, period, language, prefill: exampleReport({ agency, period }) });
    const { grid } = await throughOffice(spec);
    const viaOffice = readReport(grid, {});
    const viaFile = readReport(await readWorkbook(await writeWorkbook(spec)), {});
    expect(viaOffice.issues).toEqual(viaFile.issues);
    expect(viaOffice.report).toEqual(viaFile.report);
    expect(viaOffice.report).not.toBeNull();
  });
});
