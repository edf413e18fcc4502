import {
  countWords,
  deadlineFromParam,
  deadlineParam,
  deadlineWords,
  fileReasonWords,
  formatMessage,
  formatMoney,
  formatNumber,
  formatSize,
  formatText,
  MessageSyntaxError,
  messageArguments,
  periodWords,
  sizeWords,
  type HalfYearSpan,
} from "../../schema";

const NBSP = /[\u00a0\u202f]/g;
const plain = (s: string) => s.replace(NBSP, " ");

describe("the ICU subset", () => {
  const files = "{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}";

  it.each([
    [1, "1 файл"],
    [2, "2 файла"],
    [5, "5 файлов"],
    [11, "11 файлов"],
    [21, "21 файл"],
    [22, "22 файла"],
    [1.5, "1,5 файла"],
  ])("chooses the Russian plural form for %s by CLDR rules", (n, expected) => {
    expect(formatMessage(files, { n }, "ru")).toBe(expected);
  });

  it("has one and other in Kyrgyz and English, and exact matches before categories", () => {
    const msg = "{n, plural, =0 {none} one {# thing} other {# things}}";
    expect([0, 1, 2].map((n) => formatMessage(msg, { n }, "en"))).toEqual(["none", "1 thing", "2 things"]);
    expect(new Intl.PluralRules("ky").resolvedOptions().pluralCategories.sort()).toEqual(["one", "other"]);
  });

  it("selects by value, with an `empty` branch for an empty value, and never prints empty parentheses", () => {
    const msg = "not in the list{allowed, select, empty {} other { ({allowed})}}.";
    expect(formatMessage(msg, { allowed: "" }, "en")).toBe("not in the list.");
    expect(formatMessage(msg, {}, "en")).toBe("not in the list.");
    expect(formatMessage(msg, { allowed: "Yes, No" }, "en")).toBe("not in the list (Yes, No).");
  });

  it("keeps a missing plain argument visible and writes numbers with the language's decimal mark", () => {
    expect(formatMessage("row {row} of {sheet}", { row: 1200 }, "ru")).toBe("row 1200 of {sheet}");
    expect(formatMessage("{x}", { x: 12.5 }, "ru")).toBe("12,5");
  });

  it("follows ICU quoting: '' is an apostrophe and '{' starts literal text", () => {
    expect(formatMessage("the template's sheets", {}, "en")).toBe("the template's sheets");
    expect(formatMessage("it''s '{literal}' {x}", { x: 1 }, "en")).toBe("it's {literal} 1");
  });

  it("lists the arguments of a message, branches included, and refuses broken syntax", () => {
    expect(messageArguments("{a} {b, plural, one {{c}} other {#}} {d, select, x {} other {{e}}}")).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
    ]);
    expect(() => formatMessage("{a, plural, one {x}}", { a: 1 }, "en")).toThrow(MessageSyntaxError);
    expect(() => formatMessage("a } b", {}, "en")).toThrow(MessageSyntaxError);
  });
});

describe("periods and deadlines in words", () => {
  it.each([
    ["2019-H2", "2019-жылдын 2-жарым жылдыгы", "2-е полугодие 2019 года", "second half of 2019"],
    ["2018-H2", "2018-жылдын 2-жарым жылдыгы", "2-е полугодие 2018 года", "second half of 2018"],
    ["2020-H1", "2020-жылдын 1-жарым жылдыгы", "1-е полугодие 2020 года", "first half of 2020"],
    ["2019", "2019-жыл", "2019 год", "2019"],
  ])("writes %s in ky, ru and en", (period, ky, ru, en) => {
    expect([periodWords(period, "ky"), periodWords(period, "ru"), periodWords(period, "en")]).toEqual([ky, ru, en]);
  });

  it("shows text that is no period as it is", () => {
    expect(periodWords("2019-Q3", "ru")).toBe("2019-Q3");
  });

  const span = (startYear: number, startHalf: 1 | 2 | null, endYear: number, endHalf: 1 | 2 | null): HalfYearSpan => ({
    startYear,
    startHalf,
    endYear,
    endHalf,
  });

  it("writes the plan's deadline forms from their spans", () => {
    const d = (periods: HalfYearSpan[]) => ({ periods, recurrence: null });
    expect(deadlineWords(d([span(2018, null, 2020, null)]), "ky")).toBe("2018-2020-жылдар");
    expect(deadlineWords(d([span(2018, null, 2020, null)]), "ru")).toBe("2018–2020 годы");
    expect(deadlineWords(d([span(2018, 2, 2019, 2)]), "ru")).toBe(
      "с 2-го полугодия 2018 года по 2-е полугодие 2019 года",
    );
    expect(deadlineWords(d([span(2018, 2, 2019, 2)]), "ky")).toBe(
      "2018-жылдын 2-жарым жылдыгы - 2019-жылдын 2-жарым жылдыгы",
    );
    expect(deadlineWords(d([span(2019, 1, 2019, 1), span(2020, 1, 2020, 1)]), "en")).toBe(
      "first half of 2019, first half of 2020",
    );
    expect(deadlineWords({ periods: [], recurrence: "annual" }, "ru")).toBe("ежегодно");
  });

  it("carries a deadline as a param and reads it back, and reads the plan's printed Kyrgyz forms", () => {
    const deadline = { periods: [span(2018, 2, 2019, 2), span(2020, null, 2020, null)], recurrence: null };
    expect(deadlineParam(deadline)).toBe("2018-H2..2019-H2;2020");
    expect(deadlineFromParam(deadlineParam(deadline))).toEqual(deadline);
    expect(deadlineFromParam("2019-жылдын 1-жарым жылдыгы, 2020-жылдын 1-жарым жылдыгы")?.periods).toEqual([
      span(2019, 1, 2019, 1),
      span(2020, 1, 2020, 1),
    ]);
    expect(deadlineFromParam("2018 2020-жылдар")?.periods).toEqual([span(2018, null, 2020, null)]);
    expect(deadlineFromParam("Жыл сайын")).toEqual({ periods: [], recurrence: "annual" });
    expect(formatText("({deadline, deadline})", { deadline: "2019-жылдын ичинде" }, "ru")).toBe("(2019 год)");
  });
});

describe("numbers, money, sizes and reasons", () => {
  it("follows each language's conventions", () => {
    expect(plain(formatNumber(1200.5, "ru"))).toBe("1 200,5");
    expect(plain(formatNumber(1200.5, "ky"))).toBe("1 200,5");
    expect(formatNumber(1200.5, "en")).toBe("1,200.5");
    expect(plain(formatMoney(15000, "ky"))).toBe("15 000 сом");
    expect(plain(formatSize(12.3 * 1048576, "ru"))).toBe("12,3 МБ");
    expect(formatSize(12.3 * 1048576, "en")).toBe("12.3 MB");
    expect(plain(formatSize(40 * 1024, "ky"))).toBe("40 КБ");
  });

  it("rewrites sizes older callers already wrote in English", () => {
    expect(sizeWords("64.0 MB", "ru")).toBe("64 МБ");
    expect(sizeWords("> 4 GB", "ru")).toBe("более 4 ГБ");
    expect(sizeWords("not a size", "ru")).toBeUndefined();
  });

  it("never puts an English reason into a ky or ru message", () => {
    expect(fileReasonWords("not a zip archive", "ru")).toBe("файл не в формате книги Excel");
    expect(fileReasonWords("truncated: the end of the archive is missing", "ky")).toBe(
      "файл толук эмес: анын аягы жок",
    );
    expect(fileReasonWords("Something odd in JSZip", "ru")).toBe("файл поврежден");
    expect(fileReasonWords("Something odd in JSZip", "en")).toBe("Something odd in JSZip");
  });

  it.each([
    ["ru", [1, 2, 5, 21], ["1 мероприятие", "2 мероприятия", "5 мероприятий", "21 мероприятие"]],
    ["ru", [1, 2, 5, 21], ["1 предупреждение", "2 предупреждения", "5 предупреждений", "21 предупреждение"]],
    ["en", [1, 2], ["1 measure", "2 measures"]],
    ["ky", [1, 12], ["1 чара", "12 чара"]],
  ] as const)("counts in %s agree with their nouns", (lang, ns, expected) => {
    const key = expected[0].includes("предупрежд") ? "warnings" : "measures";
    expect(ns.map((n) => countWords(key, n, lang))).toEqual(expected);
  });

  it("counts accepted files in Russian as a clerk writes them", () => {
    expect([1, 3, 5].map((n) => countWords("accepted", n, "ru"))).toEqual(["1 принят", "3 принято", "5 принято"]);
  });
});
