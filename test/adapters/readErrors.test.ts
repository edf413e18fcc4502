/**
 * One error contract for "cannot read this workbook": core's WorkbookReadError, a reason mapped to one
 * file-level issue code each, and nothing else turned into a data issue.
 */
import { readWorkbook } from "../../adapters/xlsx";
import { checkSignature } from "../../adapters/xlsx/signature";
import { validateWorkbook } from "../../core";
import { READ_ERROR_CODES, readErrorIssue, WorkbookReadError, type WorkbookReadReason } from "../../core/read/errors";
import { checkFileBytes, LIMITS, sniffWorkbookBytes } from "../../core/validate/fileChecks";
import { catalogue, makeIssue, renderIssue } from "../../schema";
import { filledTemplate } from "../fuzz/hostileCases";
import { unzipEntries, zipEntries } from "../fuzz/zipTools";

describe("the read error contract", () => {
  it("maps every reason to a file-level code whose message has exactly the reason's params", () => {
    for (const [reason, code] of Object.entries(READ_ERROR_CODES)) {
      expect([reason, catalogue[code].level]).toEqual([reason, "file"]);
    }
    const e = new WorkbookReadError("cell-too-long", { sheet: "Отчет", cell: "I20", limit: 32767 });
    expect(readErrorIssue(e)).toEqual({
      code: "file-cell-too-long",
      params: { sheet: "Отчет", cell: "I20", limit: 32767 },
    });
    expect(Object.keys(READ_ERROR_CODES).length).toBeGreaterThan(20);
  });

  it("puts no English words into a Kyrgyz or Russian message", () => {
    const samples: Partial<Record<WorkbookReadReason, WorkbookReadError>> = {
      empty: new WorkbookReadError("empty", {}),
      truncated: new WorkbookReadError("truncated", {}),
      "corrupt-zip": new WorkbookReadError("corrupt-zip", { entry: "xl/workbook.xml" }),
      "not-zip": new WorkbookReadError("not-zip", {}),
    };
    for (const e of Object.values(samples)) {
      const { code, params } = readErrorIssue(e!);
      for (const lang of ["ky", "ru"] as const)
        expect(renderIssue(makeIssue(code, params), lang)).not.toMatch(/\b(?:empty|truncated|damaged|archive|zip)\b/i);
    }
  });

  it("has one byte sniffer: the adapter's signature check throws what core's sniffer finds", () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode("a;b\n1;2\n"), new Uint8Array([1, 2, 3])]) {
      const expected = sniffWorkbookBytes(bytes);
      expect(() => checkSignature(bytes)).toThrow(WorkbookReadError);
      try {
        checkSignature(bytes);
      } catch (e) {
        expect((e as WorkbookReadError).reason).toBe(expected!.reason);
      }
    }
  });

  it("quotes the figure of the limit that fired (ratio, entries, size)", async () => {
    const entries = unzipEntries(await filledTemplate());
    const ratio = checkFileBytes(zipEntries([...entries, { name: "x.bin", data: new Uint8Array(20 * 1024 * 1024) }]));
    expect(ratio?.code).toBe("file-zip-ratio");
    expect(ratio?.params.limit).toBe(LIMITS.ratio);
    expect(Number(ratio?.params.ratio)).toBeGreaterThan(LIMITS.ratio);
    const many = Array.from({ length: LIMITS.entries + 1 }, (_, i) => ({ name: `p${i}`, data: new Uint8Array(1) }));
    expect(checkFileBytes(zipEntries(many))).toEqual({
      code: "file-zip-entries",
      params: { entries: LIMITS.entries + 1, limit: LIMITS.entries },
    });
  });

  it("turns only a WorkbookReadError into an issue: any other exception is a bug and propagates", async () => {
    const bytes = await filledTemplate();
    const macro = await validateWorkbook(bytes, {
      source: "f.xlsx",
      readGrid: async () => {
        throw new WorkbookReadError("macro", {});
      },
    });
    expect(macro.task.issues.map((i) => i.code)).toEqual(["file-macro"]);
    expect(macro.unreadable).toBe(true);
    const bug = validateWorkbook(bytes, {
      source: "f.xlsx",
      readGrid: async () => {
        throw new TypeError("undefined is not a function");
      },
    });
    await expect(bug).rejects.toThrow(TypeError);
  });

  it("reads a sound workbook through the fast reader, never swallowing what it throws", async () => {
    const grid = await readWorkbook(await filledTemplate());
    expect(grid.sheets.map((s) => s.name)).toContain("_tendik");
  });
});

describe("a DTD in a part Tendik never parses itself", () => {
  const encode = (text: string, encoding: "utf-8" | "utf-16le" | "utf-16be") => {
    if (encoding === "utf-8") return new TextEncoder().encode(text);
    const units = [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const le = [0xff, 0xfe, ...units];
    const bytes = encoding === "utf-16le" ? le : le.map((_, i) => le[i ^ 1]);
    return new Uint8Array(bytes);
  };
  it.each(["utf-8", "utf-16le", "utf-16be"] as const)("is refused in %s, by the byte scan", async (encoding) => {
    const theme = `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x "y">]><t>&x;</t>`;
    const entries = unzipEntries(await filledTemplate()).map((e) =>
      e.name === "xl/theme/theme1.xml" ? { ...e, data: encode(theme, encoding) } : e,
    );
    await expect(readWorkbook(zipEntries(entries))).rejects.toMatchObject({ reason: "dtd" });
  });
});
