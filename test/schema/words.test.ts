/**
 * The words a clerk reads: every catalogue message rendered with realistic slots reads as one language,
 * with no slot left, no empty parentheses; headers are distinct; renamed labels keep reading.
 */
import { catalogue, makeIssue, renderIssue, type IssueCode, type IssueParams, type Language } from "../../schema";
import {
  codeFromFormerLabel,
  formerColumns,
  isColumnHeader,
  sourceFromLabel,
  statusFromLabel,
  templateLabels,
  yesNoFromLabel,
} from "../../core/labels";
import { formerMasterSheets, masterLabels } from "../../core/merge/labels";

const LANGS: Language[] = ["ky", "ru", "en"];
const codes = Object.keys(catalogue) as IssueCode[];

/** Slots as the readers fill them: keys (a field's, a list's) and data as a clerk typed it. */
function sampleParams(code: IssueCode, lang: Language): IssueParams {
  const L = templateLabels[lang];
  const known: IssueParams = {
    field: "women",
    value: "12,5",
    measure: "1.1",
    expectedRow: 14,
    column: "H",
    header: "status",
    sheet: L.sheets.report,
    found: "kg-gender-equality-2018-2020",
    expected: "kg-gender-equality-2021-2023",
    supported: 1,
    agency: "МВД",
    period: "2019-H2",
    deadline: "2018-H2..2019-H2",
    size: 12 * 1048576,
    limit: 8 * 1048576,
    uncompressed: "> 4 GB",
    reason: "not a zip archive",
    detected: "CSV",
    allowed: "status",
    min: 0,
    max: "",
    length: 2100,
    women: 12,
    men: 10,
    total: 21,
    formula: "SUM(A1:A3)",
    detail: "/entries/3/status must be equal to one of the allowed values",
    format: "email",
  };
  const perCode: Partial<Record<IssueCode, IssueParams>> = { "text-too-long": { max: 2000 } };
  return Object.fromEntries(catalogue[code].params.map((p) => [p, perCode[code]?.[p] ?? known[p] ?? 7]));
}

/** Latin the texts may hold in ky and ru: program, format and key names, examples of what to type. */
const ALLOWED_LATIN = [
  /kg-gender-equality-\d{4}-\d{4}/g,
  /SUM\(A1:A3\)/g,
  /name@example\.kg/g,
  /https?:\/\//g,
  /\.xlsx?\b/g,
  /\btendik [a-z -]+/g, // a command to type
  /--lang en|\[Content_Types\]\.xml|vbaProject\.bin|Office Open XML|\bannual\b/g, // names of files and values
  /\b(Tendik|Excel|Ctrl\+Z|CSV|HTML|XML|UTF-8|ZIP|zip|VBA|DTD|DOCTYPE)\b/g,
  /\b[A-Z]{1,3}\d*\b/g, // column letters and cell addresses
];
const latinLeft = (text: string) => ALLOWED_LATIN.reduce((t, re) => t.replace(re, ""), text).match(/[A-Za-z]+/g);

describe.each(codes)("the message of %s", (code) => {
  it.each(LANGS)("reads whole in %s: no slot left, no empty parentheses, no English in ky or ru", (lang) => {
    const message = renderIssue(makeIssue(code, sampleParams(code, lang)), lang);
    expect(message).not.toMatch(/[{}]/);
    expect(message).not.toMatch(/\(\s*\)/);
    expect(message).not.toMatch(/\s[,;:]|\s\.(\s|$)/); // nothing left out before punctuation
    if (lang !== "en") expect(latinLeft(message)).toBeNull();
    if (lang !== "en")
      expect(latinLeft(`${catalogue[code].title[lang]} ${catalogue[code].description[lang]}`)).toBeNull();
  });
});

/** An imperative, the next step: "Заполните", "Выберите"; "толтуруңуз", "тандаңыз"; "Fill in", "Pick". */
const NEXT_STEP: Record<Language, RegExp> = {
  ru: /[а-яё]+(и|й|ь)те(?!\p{L})|нельзя/iu,
  ky: /[а-яөүң]+ң[ыиуү]з(?!\p{L})|болбойт/iu,
  en: /(^|[.;:] )(fill|type|pick|open|ask|give|put|undo|delete|correct|restore|remove|write|shorten|change|explain|do not|start|add|send|save|keep|check|validate|copy|leave|merge|unmerge|in excel)\b|must not/i,
};

describe("every error and warning", () => {
  it.each(codes)("%s says what to do next, in every language", (code) => {
    for (const lang of LANGS) {
      const message = renderIssue(makeIssue(code, sampleParams(code, lang)), lang);
      expect([lang, message, NEXT_STEP[lang].test(message)]).toEqual([lang, message, true]);
    }
  });
});

describe("messages with counts, periods and sizes", () => {
  it("writes periods, deadlines and sizes in the message's language", () => {
    const ru = (code: IssueCode, params: IssueParams) => renderIssue(makeIssue(code, params), "ru").replace(/\s/g, " ");
    expect(ru("identity-bad-period", { period: "2019-H2" })).toContain("«2-е полугодие 2019 года»");
    expect(ru("deadline-passed-not-started", { measure: "1.1", deadline: "2019-H1;2020-H1" })).toContain(
      "(1-е полугодие 2019 года; 1-е полугодие 2020 года)",
    );
    expect(ru("file-too-large", { size: 12.3 * 1048576, limit: "8.0 MB" })).toContain("12,3 МБ");
    expect(ru("file-too-large", { size: 12.3 * 1048576, limit: "8.0 MB" })).toContain("8 МБ");
    expect(renderIssue(makeIssue("text-too-long", { field: "x", length: 21, max: 20 }), "ru")).toContain("21 знак,");
    expect(renderIssue(makeIssue("text-too-long", { field: "x", length: 2100, max: 20 }), "ru")).toMatch(
      /2\s100 знаков/,
    );
  });

  it("states the expected form of a phone, e-mail or link", () => {
    const en = (format: string) =>
      renderIssue(makeIssue("value-bad-format", { field: "preparedBy.email", value: "x", format }), "en");
    expect(en("email")).toContain("name@example.kg");
    expect(en("link")).toContain("https://");
    expect(en("phone")).toContain("+996");
  });

  it("names in its text the columns as the template heads them", () => {
    for (const lang of LANGS) {
      const C = templateLabels[lang].columns;
      const q = (s: string) => (lang === "en" ? `"${s}"` : `«${s}»`);
      const msg = (code: IssueCode) => catalogue[code].message[lang];
      expect(msg("text-too-long")).toContain(q(C.document));
      expect(msg("spending-without-source")).toContain(q(C.source));
      expect(msg("status-missing-with-values")).toContain(q(C.status));
      expect(msg("deadline-passed-not-started")).toContain(q(C.obstacles));
      for (const c of [C.document, C.date, C.link]) expect(msg("completed-without-evidence")).toContain(q(c));
      for (const c of [C.women, C.men, C.total]) expect(msg("people-sum-mismatch")).toContain(q(c));
      const S = templateLabels[lang].statuses;
      expect(msg("not-started-with-values")).toContain(q(S["not-started"]));
      expect(msg("completed-without-evidence")).toContain(q(S.completed));
    }
  });
});

describe("labels", () => {
  it.each(LANGS)("gives every column of the %s template its own header, the unit apart from the value", (lang) => {
    const headers = Object.values(templateLabels[lang].columns);
    expect(new Set(headers).size).toBe(headers.length);
    expect(templateLabels[lang].columns.unit).not.toBe(templateLabels[lang].columns.value);
  });

  it.each(LANGS)("gives every sheet of the %s master its own name of at most 31 characters", (lang) => {
    const names = Object.values(masterLabels[lang].sheets);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  it("keeps reading workbooks filled with a renamed drop-down label", () => {
    expect(statusFromLabel("В процессе")).toBe("in-progress");
    expect(statusFromLabel(templateLabels.ru.statuses["in-progress"])).toBe("in-progress");
    expect(statusFromLabel(" аткарылууда ")).toBe("in-progress");
    expect(statusFromLabel("completed")).toBe("completed");
    expect(sourceFromLabel("Международные организации")).toBe("international-organizations");
    expect(sourceFromLabel("Эл аралык уюмдар")).toBe("international-organizations");
    expect(sourceFromLabel(templateLabels.ky.sources["international-organizations"])).toBe(
      "international-organizations",
    );
    expect(yesNoFromLabel("ДА")).toBe(true);
    expect(statusFromLabel("в работе")).toBeUndefined();
  });

  it("maps a former label to its code for a master written before the renaming, and keeps its sheet name", () => {
    expect(codeFromFormerLabel("В процессе")).toBe("in-progress");
    expect(codeFromFormerLabel("international organisations")).toBe("international-organizations");
    expect(codeFromFormerLabel("Выполняется")).toBeUndefined(); // a current label is read as such
    for (const lang of LANGS)
      expect(formerMasterSheets.measureReports).not.toContain(masterLabels[lang].sheets.measureReports);
  });

  it("keeps reading the column headers of templates written before the renaming", () => {
    expect(isColumnHeader("unit", "Мааниси")).toBe(true); // the old ky unit header
    expect(isColumnHeader("value", "Маани")).toBe(true);
    expect(isColumnHeader("value", "Мааниси")).toBe(true); // the new one
    expect(isColumnHeader("unit", "Единица измерения")).toBe(true);
    expect(isColumnHeader("deadline", "Срок")).toBe(true);
    expect(isColumnHeader("status", "Мааниси")).toBe(false);
    // a former header never names another column today, so no old header can be misread
    for (const [key, former] of Object.entries(formerColumns))
      for (const header of former)
        for (const lang of LANGS)
          for (const [other, label] of Object.entries(templateLabels[lang].columns))
            if (other !== key && other !== "unit" && key !== "unit") expect(label).not.toBe(header);
  });
});
