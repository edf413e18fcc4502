/**
 * Keys an agency (or a hostile sender) controls, such as "__proto__", "constructor" and "prototype", as sheet
 * names, defined names, identity keys (the very hidden `_tendik` sheet's key column) and JSON input, change
 * nothing: the file reads as it would without them, and no object's prototype is touched.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { readMaster, writeMaster } from "../../adapters/xlsx/masterWorkbook";
import { buildTemplate, validateWorkbook } from "../../core";
import { buildMasterWorkbook, emptyMaster } from "../../core/merge";
import { IDENTITY_SHEET } from "../../core/template/identity";
import { defaultPlan } from "../../schema";
import { exampleReport } from "../fixtures/reports";
import { runCli } from "../helpers/runCli";

const HOSTILE = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString"];
const dir = mkdtempSync(join(tmpdir(), "tendik-proto-"));

/** Nothing was added to the prototypes every object shares. */
function expectPrototypesClean(): void {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PRISTINE);
}
const PRISTINE = Object.getOwnPropertyNames(Object.prototype).sort();

async function edit(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  change(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const validate = (bytes: Uint8Array) =>
  validateWorkbook(bytes, { source: "x.xlsx", readGrid: readWorkbook, plan: defaultPlan });

let template: Uint8Array;
beforeAll(async () => {
  const report = exampleReport({ agency: "БИМ" });
  template = await writeWorkbook(
    buildTemplate({ agency: "БИМ", period: report.header.period, language: "ky", prefill: report }),
  );
});
afterEach(expectPrototypesClean);

describe("hostile keys in a submitted workbook", () => {
  it("as identity keys (with JSON-looking values) in the hidden sheet: ignored, the report is the same", async () => {
    const plain = await validate(template);
    const hostile = await edit(template, (wb) => {
      const id = wb.getWorksheet(IDENTITY_SHEET)!;
      for (const key of HOSTILE) id.addRow([key, '{"polluted": "yes", "kind": "master"}']);
    });
    const checked = await validate(hostile);
    expect(checked.task.issues.map((i) => i.code)).toEqual(plain.task.issues.map((i) => i.code));
    expect(checked.report).toEqual(plain.report);
  });

  it("as sheet names and defined names: ignored, the report is the same", async () => {
    const plain = await validate(template);
    // ExcelJS cannot write a defined name called "constructor" (its own map of names is a plain object), so the
    // names are put into workbook.xml directly, as a hostile program would.
    const withSheets = await edit(template, (wb) => {
      for (const name of HOSTILE) wb.addWorksheet(name).getCell("A1").value = "polluted";
    });
    const zip = await JSZip.loadAsync(withSheets);
    const names = HOSTILE.map((n) => `<definedName name="${n}">'${n}'!$A$1</definedName>`).join("");
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      xml.includes("<definedNames>")
        ? xml.replace("<definedNames>", `<definedNames>${names}`)
        : xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`),
    );
    const hostile = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const grid = await readWorkbook(hostile);
    expect(grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(HOSTILE));
    const checked = await validate(hostile);
    expect(checked.task.issues.map((i) => i.code)).toEqual(plain.task.issues.map((i) => i.code));
    expect(checked.report).toEqual(plain.report);
  });

  it("merged through the command line: accepted with the same data", async () => {
    const file = join(dir, "hostile.xlsx");
    writeFileSync(
      file,
      await edit(template, (wb) => {
        for (const key of HOSTILE) wb.getWorksheet(IDENTITY_SHEET)!.addRow([key, "x"]);
        for (const name of HOSTILE) wb.addWorksheet(name);
      }),
    );
    const r = await runCli(["merge", "--into", join(dir, "master.xlsx"), file, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stats.accepted).toBe(1);
  });
});

describe("hostile keys in the master", () => {
  it("as identity keys in the master's hidden sheet: the master reads the same", async () => {
    const bytes = await writeMaster(buildMasterWorkbook(emptyMaster(defaultPlan), defaultPlan, "en"));
    const plain = await readMaster(bytes, defaultPlan);
    const hostile = await edit(bytes, (wb) => {
      const id = wb.getWorksheet(IDENTITY_SHEET)!;
      for (const key of HOSTILE) id.addRow([key, "polluted"]);
      for (const name of HOSTILE) wb.addWorksheet(name);
    });
    expect(await readMaster(hostile, defaultPlan)).toEqual(plain);
  });
});

describe("hostile keys in JSON input", () => {
  it.each([
    ['"__proto__" at the top', (r: object) => `{"__proto__": {"polluted": "yes"}, ${JSON.stringify(r).slice(1)}`],
    [
      '"constructor"/"prototype" in an entry',
      (r: object) =>
        JSON.stringify(r).replace('"entries":[{', '"entries":[{"constructor":{"prototype":{"polluted":"yes"}},'),
    ],
    [
      '"__proto__" in the header',
      (r: object) => JSON.stringify(r).replace('"header":{', '"header":{"__proto__":{"polluted":"yes"},'),
    ],
  ])("tendik template --prefill with %s is refused or ignored, never merged into a prototype", async (_n, text) => {
    const report = exampleReport({ agency: "БИМ" });
    const json = join(dir, "prefill.json");
    writeFileSync(json, text(report));
    expect(readFileSync(json, "utf8")).toContain("polluted");
    const out = join(dir, "prefilled.xlsx");
    const r = await runCli([
      "template",
      "--agency",
      "БИМ",
      "--period",
      report.header.period,
      "--prefill",
      json,
      "--out",
      out,
    ]);
    expect([0, 2]).toContain(r.code);
    if (r.code === 2) expect(r.stderr).toContain("is not a report document");
    else expect((await validate(readFileSync(out))).report).toEqual(report);
  });
});
