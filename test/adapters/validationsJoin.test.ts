/**
 * Data validations never overlap (exceljs #2820: its optimiser sorts addresses as strings, "H10" before "H8",
 * and wrote both `H10` and `H8:H10`): alike rules are joined into rectangles before ExcelJS sees them.
 */
import JSZip from "jszip";
import { joinValidations, rejoinLoadedValidations } from "../../adapters/xlsx/validations";
import { writeWorkbook } from "../../adapters/xlsx";
import type { DataValidationSpec } from "../../core/template/spec";

const whole: DataValidationSpec["rule"] = { type: "whole", operator: "greaterThanOrEqual", min: 0, allowBlank: true };
const list: DataValidationSpec["rule"] = { type: "list", source: "=tendik_status", allowBlank: true };
const cell = (range: string, rule: DataValidationSpec["rule"] = whole): DataValidationSpec => ({ range, rule });

describe("joinValidations", () => {
  it("joins a column's cells across row 9 and 10 into one range, and neighbouring columns of the same rows", () => {
    const joined = joinValidations(
      "S",
      ["H8", "H9", "H10", "I8", "I9", "I10", "K8"].map((r) => cell(r)),
    );
    expect(joined.map((j) => j.range).sort()).toEqual(["H8:I10", "K8"]);
  });

  it("keeps different rules apart, and ranges given as ranges as they are", () => {
    const joined = joinValidations("S", [cell("H8"), cell("H9", list), cell("H10"), cell("J8:J20")]);
    expect(joined.map((j) => [j.range, j.validation.type]).sort()).toEqual([
      ["H10", "whole"],
      ["H8", "whole"],
      ["H9", "list"],
      ["J8:J20", "whole"],
    ]);
  });

  it("rejoins what ExcelJS splits into cells when it loads a file", () => {
    const dv = joinValidations("S", [cell("B2")])[0].validation;
    const model = Object.fromEntries(["B2", "B3", "B10", "B11", "C2", "C3"].map((a) => [a, dv]));
    expect(Object.keys(rejoinLoadedValidations(model)).sort()).toEqual(["B10:B11", "B2:C3"]);
  });

  it("writes no overlapping sqref for a column of 20 alike cells (rows 8 to 27)", async () => {
    const bytes = await writeWorkbook({
      sheets: [
        {
          name: "S",
          state: "visible",
          columns: [{ width: 10 }],
          cells: [],
          merges: [],
          protect: false,
          validations: Array.from({ length: 20 }, (_, i) => cell(`H${i + 8}`)),
        },
      ],
      styles: {},
      definedNames: [],
      activeSheet: "S",
      properties: { title: "", creator: "" },
    });
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect([...xml.matchAll(/sqref="([^"]+)"/g)].map((m) => m[1])).toEqual(["H8:H27"]);
  });
});
