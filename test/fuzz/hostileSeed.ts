/** The filled template every hostile case is made from, and the identity edit two lists share. */
import ExcelJS from "exceljs";
import { writeWorkbook } from "../../adapters/xlsx";
import { buildTemplate } from "../../core";
import { exampleReport } from "../fixtures/reports";

let cached: Promise<Uint8Array> | undefined;
/** A filled ЭСӨМ template for 2019-H2, written once per run. */
export function filledTemplate(): Promise<Uint8Array> {
  cached ??= writeWorkbook(
    buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "ky", prefill: exampleReport() }),
  );
  return cached;
}

/** The template with one key of its very hidden identity sheet changed, as a hostile sender would. */
export const identityEdited = (key: string, value: string) => async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await filledTemplate()) as unknown as ArrayBuffer);
  wb.getWorksheet("_tendik")!.eachRow((row) => {
    if (row.getCell(1).value === key) row.getCell(2).value = value;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
