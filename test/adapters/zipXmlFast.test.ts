/**
 * The checked tokenizer (adapters/xlsx/zipXmlFast.ts) against saxes, the strict XML 1.0 parser it stands in
 * for: on every XML part of real workbooks (templates in three languages, a master, the conformance corpus)
 * it accepts and gives exactly saxes's events; on thousands of mutations of those parts (XML's special
 * characters, references, comments, CDATA, declarations, tabs and line breaks in values, duplicates, names
 * beyond ASCII) whatever it accepts saxes accepts with the same events, and whatever saxes refuses it declines.
 */
import fc from "fast-check";
import { writeWorkbook } from "../../adapters/xlsx";
import { decodeXml, MAX_ATTRIBUTES, parseXml, saxesRawEvents, type XmlElement } from "../../adapters/xlsx/zipXml";
import { plainXmlEvents } from "../../adapters/xlsx/zipXmlFast";
import { writeMaster } from "../../adapters/xlsx/masterWorkbook";
import { buildTemplate } from "../../core";
import { buildMasterWorkbook, emptyMaster } from "../../core/merge";
import { defaultPlan } from "../../schema";
import { makeConformanceCorpus } from "../../scripts/make-conformance-corpus";
import { exampleReport } from "../fixtures/reports";
import { unzipEntries } from "../fuzz/zipTools";

type Part = { name: string; text: string };

/** saxes's events, or "refused". */
function withSaxes(text: string): unknown[] | "refused" {
  try {
    return saxesRawEvents(text);
  } catch {
    return "refused";
  }
}

let parts: Part[] = [];

beforeAll(async () => {
  const workbooks: { name: string; bytes: Uint8Array }[] = [];
  for (const language of ["ky", "ru", "en"] as const)
    workbooks.push({
      name: `template-${language}`,
      bytes: await writeWorkbook(
        buildTemplate({
          agency: "ЭСӨМ",
          period: "2019-H2",
          language,
          prefill: exampleReport({ agency: "ЭСӨМ", period: "2019-H2" }),
        }),
      ),
    });
  workbooks.push({
    name: "master",
    bytes: await writeMaster(buildMasterWorkbook(emptyMaster(defaultPlan), defaultPlan, "ky")),
  });
  const corpus = await makeConformanceCorpus();
  for (const v of corpus.variants) workbooks.push({ name: v.name, bytes: v.bytes });
  parts = workbooks.flatMap((wb) =>
    unzipEntries(wb.bytes)
      .filter((e) => /\.(xml|rels)$/.test(e.name))
      .map((e) => ({ name: `${wb.name}:${e.name}`, text: decodeXml(e.name, e.data) })),
  );
});

describe("the checked tokenizer", () => {
  it("gives saxes's events for every part the producers write, and declines only what it leaves to saxes", () => {
    expect(parts.length).toBeGreaterThan(100);
    const declined: string[] = [];
    for (const part of parts) {
      const fast = plainXmlEvents(part.text);
      if (fast === null) declined.push(part.name);
      else expect({ part: part.name, events: fast }).toEqual({ part: part.name, events: withSaxes(part.text) });
    }
    // Every part of every producer variant (quoting, prefixes, references, BOM, whitespace...) is read by the
    // tokenizer itself; saxes is left what no producer here writes.
    expect(declined).toEqual([]);
  });

  const SPECIALS = [
    "<",
    ">",
    "&",
    ";",
    '"',
    "'",
    "=",
    "/",
    "!",
    "?",
    "[",
    "]",
    "-",
    " ",
    "\t",
    "\n",
    "\r",
    ":",
    "é",
    "Ж",
    "&amp;",
    "&lt;",
    "&#0;",
    "&#x1F600;",
    "&#xD800;",
    "&#65;",
    "&nbsp;",
    "&#x;",
    "]]>",
    "<!--",
    "-->",
    "<![CDATA[",
    "<?pi x?>",
    "<!DOCTYPE x>",
    'xmlns:q="urn:q"',
    ' a="1"',
    " a='2'",
    "</x>",
    "<x/>",
    "<x>",
    "\u0001",
    "\uFFFE",
    "\u00A0",
    "x:y",
    '<?xml version="1.0"?>',
  ];
  const mutation = fc.record({
    part: fc.nat(),
    edits: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        afterTag: fc.boolean(),
        remove: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat({ max: 3 }), weight: 1 }),
        // Harmless edits too (letters, spaces, references), so that many mutants stay well-formed.
        insert: fc.oneof(
          { arbitrary: fc.constantFrom(...SPECIALS), weight: 2 },
          { arbitrary: fc.constantFrom("a", " ", "Ж", "&amp;", "&#65;", "9", "😀"), weight: 2 },
          { arbitrary: fc.string({ maxLength: 3 }), weight: 1 },
        ),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  });

  /** The small parts: each run stays fast; the large sheets are covered by the first test. */
  const smallParts = () => parts.filter((p) => p.text.length < 4000);

  it("never accepts what saxes refuses, and never differs from saxes on what it accepts", () => {
    let accepted = 0;
    let wellFormed = 0;
    fc.assert(
      fc.property(mutation, ({ part, edits }) => {
        const small = smallParts();
        let text = small[part % small.length].text;
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        const fast = plainXmlEvents(text);
        const saxes = withSaxes(text);
        if (saxes !== "refused") wellFormed++;
        if (fast === null) return true;
        accepted++;
        expect(fast).toEqual(saxes);
        return true;
      }),
      // XML_RUNS=60000 XML_SEED=7 npx jest test/adapters/zipXmlFast.test.ts searches longer.
      { numRuns: Number(process.env.XML_RUNS ?? 4000), seed: Number(process.env.XML_SEED ?? 20261202) },
    );
    // Some mutants stay well-formed, and the tokenizer reads most of those itself.
    expect(wellFormed).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(wellFormed / 2);
  });

  it("reads text edited anywhere inside the root exactly as saxes does", () => {
    const benign = fc.record({
      part: fc.nat(),
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      insert: fc.constantFrom("a", " ", "Ж", "&amp;", "&#65;", "&#x1F600;", "9", "😀", "> ", "&quot;'\""),
    });
    fc.assert(
      fc.property(benign, ({ part, at, insert }) => {
        const small = smallParts();
        const text = small[part % small.length].text;
        // Just after a tag inside the root (not after the declaration, not after the root's end tag).
        const ends = [...text.matchAll(/[^?]>/g)].map((m) => m.index + 2).slice(0, -1);
        if (ends.length === 0) return true;
        const where = ends[Math.floor(at * ends.length)];
        const edited = text.slice(0, where) + insert + text.slice(where);
        const fast = plainXmlEvents(edited);
        expect(fast).not.toBeNull();
        expect(fast).toEqual(withSaxes(edited));
        return true;
      }),
      { numRuns: 1000, seed: 20261203 },
    );
  });

  it("declines each construct it leaves to saxes, which then reads it or refuses it", () => {
    const cases: [string, boolean][] = [
      ["<a><!-- c --></a>", true],
      ["<a><![CDATA[<x>]]></a>", true],
      ["<?xml version='1.0'?><?pi data?><a/>", true],
      ['<a b="1\t2"/>', true],
      ["<a>\r\n</a>", true],
      ["<é/>", true],
      ['<a b="1" b="2"/>', false],
      ["<a>&nbsp;</a>", false],
      ["<a>&#0;</a>", false],
      ["<a>]]></a>", false],
      ["<a/><b/>", false],
      ["<a>", false],
      ["", false],
      ["<!DOCTYPE a><a/>", false],
    ];
    for (const [text, saxesReads] of cases) {
      expect({ text, fast: plainXmlEvents(text) }).toEqual({ text, fast: null });
      expect({ text, saxes: withSaxes(text) !== "refused" }).toEqual({ text, saxes: saxesReads });
    }
  });

  it("reads references and both quotes as saxes does", () => {
    const text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a x='1&amp;2' y="&#x4A;&#1046;&quot;">t&lt;&#x1F600;</a>\n`;
    expect(plainXmlEvents(text)).toEqual(withSaxes(text));
    expect(plainXmlEvents(text)).toEqual([0, "a", ["x", "1&2", "y", 'JЖ"'], 95, 2, "t<😀", 1, "a", 113]);
  });
});

describe("the checked tokenizer's bounds", () => {
  it("leaves an element of very many attributes to saxes, which refuses it as it counts them past the limit", () => {
    const many = `<a ${Array.from({ length: 50_000 }, (_, i) => `a${i}="${i}"`).join(" ")}/>`;
    expect(plainXmlEvents(many)).toBeNull();
    expect(() => saxesRawEvents(many)).toThrow(expect.objectContaining({ reason: "too-many-attributes" }));
    const allowed = `<a ${Array.from({ length: MAX_ATTRIBUTES }, (_, i) => `a${i}="${i}"`).join(" ")}/>`;
    expect((saxesRawEvents(allowed)[2] as string[]).length).toBe(2 * MAX_ATTRIBUTES);
    const few = `<a ${Array.from({ length: 32 }, (_, i) => `a${i}="${i}"`).join(" ")}/>`;
    expect(plainXmlEvents(few)).toEqual(saxesRawEvents(few));
  });
});

describe("a part the tokenizer declines after it fed the readers", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  /** What the readers get from parseXml: each element, its attributes and text. */
  function handled(text: string): unknown[] {
    const seen: unknown[] = [];
    parseXml("part", text, {
      open: (el: XmlElement) => seen.push(["open", el.name, el.attrs, el.position]),
      close: (name, position) => seen.push(["close", name, position]),
      text: (t) => seen.push(["text", t]),
    });
    return seen;
  }
  const cells = Array.from({ length: 6000 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`).join("");

  it("passes every event on once, in order, when saxes takes over in the middle", () => {
    const plain = `<sheetData xmlns="${MAIN}">${cells}</sheetData>`;
    const declined = `<sheetData xmlns="${MAIN}">${cells}<!-- a comment only saxes reads -->${cells}</sheetData>`;
    expect(plainXmlEvents(declined)).toBeNull();
    const once = handled(plain);
    const twice = handled(declined);
    // The second run of cells comes after the comment: the same events again, at later positions.
    expect(twice.length).toBe(2 * once.length - 2);
    expect(twice.slice(0, once.length - 1)).toEqual(once.slice(0, -1));
    // And exactly what saxes alone gives (the root's namespace declaration is not an attribute to the readers).
    const raw = saxesRawEvents(declined);
    const expected: unknown[] = [];
    for (let i = 0; i < raw.length;) {
      if (raw[i] === 0) {
        const attrs = (raw[i + 2] as string[]).filter((_, j, a) => a[j - (j % 2)] !== "xmlns");
        expected.push(["open", raw[i + 1], attrs, raw[i + 3]]);
        i += 4;
      } else if (raw[i] === 1) {
        expected.push(["close", raw[i + 1], raw[i + 2]]);
        i += 3;
      } else {
        expected.push(["text", raw[i + 1]]);
        i += 2;
      }
    }
    expect(twice).toEqual(expected);
  });

  it("refuses a part that turns out malformed after the first batches, as saxes does", () => {
    const broken = `<sheetData xmlns="${MAIN}">${cells}<c></sheetData>`;
    expect(() => handled(broken)).toThrow(expect.objectContaining({ reason: "bad-xml" }));
  });
});
