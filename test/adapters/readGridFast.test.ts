/**
 * The values-only reader gives the same grid as ExcelJS's full model on every kind of file Tendik meets: templates empty and filled in three languages, the
 * broken corpus, files re-saved by LibreOffice, and masters.
 */
import { readWorkbook, readWorkbookWithExcelJS, writeWorkbook } from "../../adapters/xlsx";
import { readGridFast } from "../../adapters/xlsx/readGridFast";
import { buildTemplate, type WorkbookGrid } from "../../core";
import { exampleReport } from "../fixtures/reports";
import { CASES } from "../fixtures/broken/cases";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/libreoffice";

const withoutFormats = (g: WorkbookGrid) => g.sheets.map((s) => ({ ...s, cells: [...s.cells] }));

async function expectSame(bytes: Uint8Array): Promise<void> {
  const fast = await readGridFast(bytes);
  expect(fast).not.toBeNull();
  expect(withoutFormats(fast!)).toEqual(withoutFormats(await readWorkbookWithExcelJS(bytes)));
}

const templates = async () => [
  await writeWorkbook(buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky" })),
  await writeWorkbook(buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky", prefill: exampleReport() })),
  await writeWorkbook(
    buildTemplate({
      agency: "МКК",
      period: "2020-H1",
      language: "ru",
      prefill: exampleReport({ agency: "МКК", period: "2020-H1" }),
    }),
  ),
  await writeWorkbook(
    buildTemplate({
      agency: "ЮНФПА",
      period: "2019",
      language: "en",
      prefill: exampleReport({ agency: "ЮНФПА", period: "2019" }),
    }),
  ),
];

describe("the values-only reader", () => {
  it("reads templates, empty and filled, as ExcelJS does", async () => {
    for (const bytes of await templates()) await expectSame(bytes);
  });

  it.each(CASES.filter((c) => !c.needsLibreOffice).map((c) => [c.name, c] as const))(
    "reads the broken file %s as ExcelJS does, or declines it",
    async (_n, c) => {
      const bytes = await c.make();
      const excel = await readWorkbookWithExcelJS(bytes).catch((e: Error) => e);
      const fast = await readWorkbook(bytes).catch((e: Error) => e);
      if (excel instanceof Error) expect(fast).toBeInstanceOf(excel.constructor);
      else expect(withoutFormats(fast as WorkbookGrid)).toEqual(withoutFormats(excel));
    },
    60000,
  );

  (hasLibreOffice() ? it : it.skip)(
    "reads files re-saved by LibreOffice (shared strings, shared formulas, TRUE()) as ExcelJS does",
    async () => {
      const converted = convertWithLibreOffice((await templates()).map((bytes, i) => ({ name: `t${i}.xlsx`, bytes })));
      for (const bytes of converted) await expectSame(bytes);
    },
    180000,
  );
});
