/**
 * One count everywhere: the demo's master (progress sheet, chart sheet, over-time sheet, read back from the
 * .xlsx), `tendik status` (text and --json) and the open data show the same number of measures per verdict for
 * the demo's period, and it is `planCounts`'s. The Word report's summary table too.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { planCounts } from "../../core/coordinator/verdictTallies";
import { defaultPlan, VERDICTS } from "../../schema";
import { runCli } from "../helpers/runCli";
import {
  countsFromMaster,
  countsFromOpenData,
  countsFromReport,
  countsFromStatusJson,
  countsFromStatusText,
  type Counts,
} from "./sameCounts";

const PERIOD = "2019-H2";
let out: string;
let truth: Counts;
let earlier: Counts;

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), "tendik-counts-")), "demo");
  expect((await runCli(["demo", "--out", out])).code).toBe(0);
  const { master } = await readMaster(new Uint8Array(readFileSync(join(out, "master.xlsx"))), defaultPlan);
  truth = planCounts(master, defaultPlan, PERIOD);
  earlier = planCounts(master, defaultPlan, "2019-H1");
}, 240000);

describe("the same counts of measures in every output", () => {
  it("counts each of the 117 measures once, and the demo's period shows measures in several verdicts", () => {
    expect(VERDICTS.reduce((n, v) => n + truth[v], 0)).toBe(117);
    expect(VERDICTS.filter((v) => truth[v] > 0).length).toBeGreaterThanOrEqual(3);
  });

  it("the master's progress sheet, chart sheet and over-time sheet", async () => {
    const bytes = new Uint8Array(readFileSync(join(out, "master.xlsx")));
    expect(await countsFromMaster(bytes, PERIOD)).toEqual({ progress: truth, chart: truth, trend: truth });
    // An earlier half-year, on the sheets that show it.
    expect(await countsFromMaster(bytes, "2019-H1")).toEqual({ progress: earlier, trend: earlier });
  });

  it("tendik status, as text and as --json", async () => {
    const json = await runCli(["status", "--master", join(out, "master.xlsx"), "--period", PERIOD, "--json"]);
    expect(countsFromStatusJson(JSON.parse(json.stdout), PERIOD)).toEqual(truth);
    for (const lang of ["ky", "ru", "en"] as const) {
      const text = await runCli(["status", "--master", join(out, "master.xlsx"), "--period", PERIOD, "--lang", lang]);
      expect(countsFromStatusText(text.stdout, PERIOD, lang)).toEqual(truth);
    }
  });

  it("the Word report's summary table (the demo's, in Kyrgyz)", async () => {
    const bytes = new Uint8Array(readFileSync(join(out, "report-2019-H2.docx")));
    expect(await countsFromReport(bytes, "ky")).toEqual(truth);
  });

  it("the open data's verdict-counts", () => {
    expect(countsFromOpenData(join(out, "open-data"), PERIOD)).toEqual(truth);
  });

  it("the demo's master holds three half-years, and the measures move between them", () => {
    expect(earlier).not.toEqual(truth);
    expect(truth.completed).toBeGreaterThan(earlier.completed);
  });
});
