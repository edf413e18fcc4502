/**
 * Text round-trips exactly (issue 23): a clerk's literal "_x0000_" is saved by Excel as "_x005F_x0000_"; our
 * writer escapes as Excel does and our readers decode as Excel does, so template -> validate -> master -> read
 * -> rewrite gives the same text, whatever it holds, and nothing accepted makes the master unreadable.
 */
import fc from "fast-check";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { readMaster, writeMaster } from "../../adapters/xlsx/masterWorkbook";
import { escapeOoxml, unescapeOoxml } from "../../adapters/xlsx/ooxmlText";
import { makeReturnCopy } from "../../adapters/xlsx/returnCopy";
import { XlsxWorkbook } from "../../adapters/xlsx/xlsxWorkbook";
import { issueList } from "../../core/coordinator/returnList";
import { buildTemplate, validateWorkbook } from "../../core";
import { buildMasterWorkbook, emptyMaster, mergeSubmissions } from "../../core/merge";
import { defaultPlan } from "../../schema";
import { exampleReport } from "../fixtures/reports";
import { unzipEntries } from "../fuzz/zipTools";

const hex = fc.constantFrom(..."0123456789abcdefABCDEF");
/** Texts made of pieces that look like OOXML escapes, XML's special characters and ordinary letters. */
const escapeLike = fc
  .tuple(
    fc.constantFrom("_x", "_X", "x", "_"),
    fc.string({ unit: hex, minLength: 0, maxLength: 5 }),
    fc.constantFrom("_", "", "__"),
  )
  .map(([a, b, c]) => a + b + c);
const piece = fc.oneof(
  escapeLike,
  fc.constantFrom(
    "_x0000_",
    "_x0041_",
    "_x005F_",
    "_x000D_",
    "_x005f_x0041_",
    "<",
    "&",
    '"',
    "'",
    ">",
    "]]>",
    "\t",
    "\n",
  ),
  fc.constantFrom("\r", "\r\n", "\u007f", "\u0001", "\uFFFE"),
  fc.string({ minLength: 0, maxLength: 4 }),
  fc.constantFrom("ж", "Ө", "😀", " "),
);
const anyText = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(""));

/** Characters XML 1.0 cannot hold even escaped as `_xHHHH_` (our readers refuse them: bad-characters). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDFFF]/;

describe("OOXML's text escape", () => {
  it("decodes exactly what it encodes, for every string", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: "binary" })), (s) => unescapeOoxml(escapeOoxml(s)) === s),
      { numRuns: Number(process.env.TENDIK_PROPERTY_RUNS ?? 5000) },
    );
  });

  it("writes what Excel writes: a literal escape's '_' as _x005F_, CR and controls as escapes", () => {
    expect(escapeOoxml("_x0000_")).toBe("_x005F_x0000_");
    expect(escapeOoxml("_x0041_x0042_")).toBe("_x005F_x0041_x005F_x0042_");
    expect(escapeOoxml("a\r\nb")).toBe("a_x000D_\nb");
    expect(escapeOoxml("\u007f")).toBe("_x007F_");
    expect(escapeOoxml("plain _x00 text")).toBe("plain _x00 text");
    // Nothing left that an XML parser would change (CR) or ExcelJS would drop (controls, DEL).
    fc.assert(fc.property(anyText, (s) => !/[\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/.test(escapeOoxml(s)))); // eslint-disable-line no-control-regex
  });
});

/** The narrative of the first measure, written by the template writer and read back through every step. */
async function roundTrip(text: string): Promise<string[]> {
  const agency = "ЮНФПА";
  const period = "2019";
  const report = exampleReport({ agency, period });
  report.entries[0] = { ...report.entries[0], narrative: text };
  const bytes = await writeWorkbook(buildTemplate({ agency, period, language: "ru", prefill: report }));
  const checked = await validateWorkbook(bytes, { source: "t.xlsx", readGrid: readWorkbook });
  const seen = [checked.report?.entries[0].narrative ?? `<refused: ${checked.task.issues[0]?.code}>`];
  if (!checked.report) return seen;
  const submission = {
    fileName: "t.xlsx",
    receivedAt: "2020-01-01T00:00:00Z",
    sha256: "a",
    report: checked.report,
    issues: checked.task.issues,
  };
  const merged = mergeSubmissions(emptyMaster(defaultPlan), [submission], { plan: defaultPlan });
  const first = await writeMaster(buildMasterWorkbook(merged.master, defaultPlan, "ky"));
  const read1 = (await readMaster(first, defaultPlan)).master;
  seen.push(read1.measureReports[0].narrative ?? "");
  const second = await writeMaster(buildMasterWorkbook(read1, defaultPlan, "ky"));
  seen.push((await readMaster(second, defaultPlan)).master.measureReports[0].narrative ?? "");
  // And through ExcelJS's load-and-save (a copy returned for correction edits the file that way).
  const copy = new XlsxWorkbook(bytes);
  await copy.markIssues([]);
  const reread = await readWorkbook(copy.bytes);
  const sheet = reread.sheets.find((s) => [...s.cells.values()].some((c) => c.value === text));
  seen.push(sheet ? text : "<not found after ExcelJS saved it>");
  // And a copy sent back for correction, which is made the same way.
  const returned = await makeReturnCopy(bytes, [], issueList([], "ru"));
  const back = await validateWorkbook(returned, { source: "r.xlsx", readGrid: readWorkbook });
  seen.push(back.report?.entries[0].narrative ?? `<refused: ${back.task.issues[0]?.code}>`);
  return seen;
}

describe("a text through template, validation, master, reading and rewriting", () => {
  const readable = anyText
    .map((s) => s.trim().replace(/\u00a0/g, " "))
    .filter((s) => s.length > 0 && !FORBIDDEN.test(s));

  it("comes back exactly (property)", async () => {
    await fc.assert(
      fc.asyncProperty(readable, async (text) => {
        expect(await roundTrip(text)).toEqual([text, text, text, text, text]);
      }),
      { numRuns: 12, seed: 23 },
    );
  }, 300000);

  it.each(["_x0000_", "_x0041_", "_x005F_x0041_", "a\r\nb", "x\u007fy", "_x0041_x0042_"])(
    "%j comes back exactly, and the master stays readable",
    async (text) => {
      expect(await roundTrip(text)).toEqual([text, text, text, text, text]);
    },
    60000,
  );

  it("is read whole when its stored (escaped) form is longer than a cell may hold and the text is not", async () => {
    const text = "_x0041_".repeat(4000); // 28,000 characters, stored as 52,000
    const report = exampleReport({ agency: "ЮНФПА", period: "2019" });
    report.entries[0] = { ...report.entries[0], narrative: text };
    const bytes = await writeWorkbook(
      buildTemplate({ agency: "ЮНФПА", period: "2019", language: "ru", prefill: report }),
    );
    const grid = await readWorkbook(bytes);
    expect([...grid.sheets[0].cells.values()].filter((c) => c.value === text)).toHaveLength(1);
  }, 60000);

  it("is stored escaped, as Excel stores it", async () => {
    const report = exampleReport({ agency: "ЮНФПА", period: "2019" });
    report.entries[0] = { ...report.entries[0], narrative: "_x0000_" };
    const bytes = await writeWorkbook(
      buildTemplate({ agency: "ЮНФПА", period: "2019", language: "ru", prefill: report }),
    );
    const strings = new TextDecoder().decode(unzipEntries(bytes).find((e) => e.name === "xl/sharedStrings.xml")!.data);
    expect(strings).toContain("_x005F_x0000_");
    expect(strings).not.toMatch(/(?<!_x005F)_x0000_/);
  }, 60000);
});
