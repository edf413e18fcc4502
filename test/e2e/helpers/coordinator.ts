/**
 * What the coordinator's end-to-end tests share: the submissions a coordinator receives, and pictures of the
 * templates' ZIP while it is written.
 */
import type { Page } from "playwright-core";
import { writeWorkbook } from "../../../adapters/xlsx";
import { buildTemplate } from "../../../core";
import type { Language } from "../../../schema";
import { CASES } from "../../fixtures/broken/cases";
import { exampleReport } from "../../fixtures/reports";
import { horizontalOverflow, screenshot } from "./browser";
import { saveWorkbook, validReport, workbookDir, type Workbook } from "./files";

/** Submissions as a coordinator receives them: reports, a broken one, a CSV renamed, a copy, a resubmission. */
export async function submissions(PERIOD: string): Promise<{ dir: string; files: Workbook[] }> {
  const dir = workbookDir();
  const first = await validReport("ЭСӨМ", PERIOD);
  const revised = exampleReport({ agency: "ЭСӨМ", period: PERIOD });
  revised.entries[0] = { ...revised.entries[0], narrative: "Кайра каралып чыккан отчет" };
  const broken = CASES.find((c) => c.name === "text-in-number.xlsx")!;
  const files = [
    saveWorkbook(dir, "tendik-ESOM-2019-H2.xlsx", first),
    saveWorkbook(dir, "tendik-BIM-2019-H2.xlsx", await validReport("БИМ", PERIOD)),
    saveWorkbook(dir, "tendik-broken.xlsx", await broken.make()),
    saveWorkbook(dir, "export.csv.xlsx", new TextEncoder().encode("№;Чара\n4.6;Аткарылды\n")),
    saveWorkbook(dir, "tendik-ESOM-copy.xlsx", first),
    saveWorkbook(
      dir,
      "tendik-ESOM-2019-H2-revised.xlsx",
      await writeWorkbook(buildTemplate({ agency: "ЭСӨМ", period: PERIOD, language: "ky", prefill: revised })),
    ),
  ];
  return { dir, files };
}

/** While the zip is written: its progress counted ("12 / 52"), in each language and width, looked at. */
export async function zipScreenshots(p: Page, suffix: string, back: Language): Promise<void> {
  // A slower computer's pace (CPU / 6), so the ZIP is still being written for all six pictures.
  const cdp = await p.context().newCDPSession(p);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  await p.getByTestId("zip-progress").waitFor();
  const shots: [Language, number][] = [
    ["ru", 320],
    ["ky", 320],
    ["en", 320],
    ["ru", 500],
    ["ky", 500],
    ["en", 500],
  ];
  for (const [lang, width] of shots) {
    if (!(await p.getByTestId("zip-progress").isVisible())) break;
    await p.getByTestId("language").selectOption(lang);
    await p.setViewportSize({ width, height: 900 });
    expect(await horizontalOverflow(p)).toBe(0);
    await screenshot(p, `pane-zip-progress-${lang}-${width}${suffix}`);
  }
  const text =
    (await p
      .getByTestId("zip-progress")
      .textContent()
      .catch(() => "")) ?? "";
  if (text) expect(text).toMatch(/\d+ (\/|из|of) \d+/);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await p.getByTestId("language").selectOption(back);
}
