/** The command line's counts and titles through the words layer: numbers agree with nouns in each language. */
import { formatReport, type MergeReport } from "../../cli/commands/merge";
import { formatSummary, formatTask } from "../../cli/commands/validate";
import { fill, templateLabels } from "../../core/labels";
import type { ValidationTask } from "../../core";

const task = (errors: number, warnings: number): ValidationTask => ({
  source: "ЭСӨМ.xlsx",
  valid: errors === 0,
  stats: { errors, warnings },
  issues: [],
});

describe("the command line's counts", () => {
  it("says «12 ошибок, 1 предупреждение», «21 ошибка», «1 error» and «no errors»", () => {
    expect(formatTask(task(12, 1), "ru")).toBe("ЭСӨМ.xlsx: 12 ошибок, 1 предупреждение");
    expect(formatTask(task(21, 0), "ru")).toBe("ЭСӨМ.xlsx: 21 ошибка");
    expect(formatTask(task(2, 5), "ru")).toBe("ЭСӨМ.xlsx: 2 ошибки, 5 предупреждений");
    expect(formatTask(task(0, 2), "ky")).toBe("ЭСӨМ.xlsx: ката жок, 2 эскертүү");
    expect(formatTask(task(1, 1), "en")).toBe("ЭСӨМ.xlsx: 1 error, 1 warning");
    expect(formatSummary({ files: 3, errors: 5, warnings: 1 }, "ru")).toBe(
      "Итого: 3 файла, 5 ошибок, 1 предупреждение",
    );
  });

  const report: MergeReport = {
    master: "master.xlsx",
    created: true,
    written: true,
    stats: { files: 4, accepted: 3, replaced: 0, unchanged: 0, rejected: 1 },
    files: [
      {
        file: "em.xlsx",
        status: "accepted",
        outcome: "accepted",
        sha256: "a".repeat(64),
        agency: "ЭМ",
        period: "2019-H2",
        replaces: null,
        replacesFile: null,
        measures: 12,
        values: 1,
        errors: 0,
        warnings: 1,
        issues: [],
      },
    ] as MergeReport["files"],
  };

  it("writes a merge in agreement: «12 мероприятий, 1 значение, 1 предупреждение», «3 принято»", () => {
    const ru = formatReport(report, "ru");
    expect(ru).toContain("ЭМ, 2-е полугодие 2019 года: 12 мероприятий, 1 значение, 1 предупреждение");
    expect(ru).toContain("master.xlsx создана: 4 файла — 3 принято, 0 заменено, 0 без изменений, 1 отклонен");
    const en = formatReport({ ...report, files: [{ ...report.files[0], measures: 1, values: 2 }] }, "en");
    expect(en).toContain("ЭМ, second half of 2019: 1 measure, 2 values, 1 warning");
    expect(formatReport(report, "ky")).toContain("ЭМ, 2019-жылдын 2-жарым жылдыгы: 12 чара, 1 маани, 1 эскертүү");
  });
});

describe("the template title", () => {
  it("names the plan in full and the period in words, in the template's language", () => {
    expect(fill(templateLabels.ru.title, { agency: "ЭСӨМ", period: "2019-H2" })).toBe(
      "Национальный план действий по достижению гендерного равенства в Кыргызской Республике на 2018-2020 годы: " +
        "отчет о выполнении за 2-е полугодие 2019 года (ЭСӨМ)",
    );
    expect(fill(templateLabels.ky.title, { agency: "ЭСӨМ", period: "2019" }, "ky")).toMatch(
      /^2018-2020-жылдарга Кыргыз Республикасында гендердик теңчиликке .* планы: 2019-жыл үчүн аткарылышы жөнүндө отчет \(ЭСӨМ\)$/,
    );
    expect(fill(templateLabels.en.task, { id: "7" })).toBe("Task 7");
  });
});
