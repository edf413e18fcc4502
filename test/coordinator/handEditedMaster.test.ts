/**
 * A master edited by hand (issue 23): a copied row would be counted twice by status, report and export (the
 * export repeating its own primary key); a period typed by hand counts for no period. Each is refused on read,
 * naming the sheet and the row, and the commands exit 2 with that sentence.
 */
import { Workbook } from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { MasterDuplicateRowError, masterLabels } from "../../core/merge";
import { defaultPlan } from "../../schema";
import { runTendik } from "./cli";
import { makeMaster, type MasterFixture } from "./masterFixture";

let fx: MasterFixture;
beforeAll(async () => {
  fx = await makeMaster();
}, 120000);

/** The master with one edit made in ExcelJS, as a coordinator's hand would make it in Excel. */
async function edited(name: string, edit: (wb: Workbook) => void): Promise<string> {
  const wb = new Workbook();
  await wb.xlsx.load(readFileSync(fx.master) as never);
  edit(wb);
  const path = join(fx.root, name);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

const measureSheet = (wb: Workbook) =>
  (["ky", "ru", "en"] as const).map((l) => wb.getWorksheet(masterLabels[l].sheets.measureReports)).find(Boolean)!;

describe("a hand-edited master", () => {
  it("with a measure report's row copied below the table: refused naming both rows, by every command", async () => {
    const path = await edited("copied-row.xlsx", (wb) => {
      const ws = measureSheet(wb);
      const last = ws.rowCount;
      ws.getRow(last + 1).values = ws.getRow(2).values as never;
    });
    const error = await readMaster(new Uint8Array(readFileSync(path)), defaultPlan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MasterDuplicateRowError);
    expect((error as MasterDuplicateRowError).firstRow).toBe(2);
    for (const argv of [
      ["status", "--master", path],
      ["export", "--master", path, "--out", join(fx.root, "copied-export")],
      ["report", "--master", path, "--period", "2019", "--out", join(fx.root, "copied.docx")],
    ]) {
      const { code, stderr } = await runTendik(argv);
      expect({ argv, code }).toEqual({ argv, code: 2 });
      expect(stderr).toMatch(/row \d+ repeats row 2 \(agency .*, period .*, measureId .*\)/);
    }
  }, 120000);

  it("with a period typed by hand: refused at its cell", async () => {
    const path = await edited("bad-period.xlsx", (wb) => {
      const ws = measureSheet(wb);
      const col = (ws.getRow(1).values as unknown[]).findIndex((v) =>
        ["Мезгил", "Период", "Period"].includes(String(v)),
      );
      ws.getCell(2, col > 0 ? col : 2).value = "2019-H3";
    });
    const { code, stderr } = await runTendik(["status", "--master", path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/"2019-H3" is not a reporting period/);
  }, 60000);
});
