/**
 * A master made the way a coordinator makes one: filled templates written as .xlsx files (two half-years,
 * one file with an error), merged by `mergeIntoMaster`. Shared by the coordinator's command tests.
 */
import fc from "fast-check";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "../../adapters/xlsx";
import { mergeIntoMaster } from "../../cli/commands/merge";
import { buildTemplate } from "../../core";
import type { Report } from "../../schema";
import { reportArb } from "../helpers/mergeReports";

export const BODIES = ["ЭМ", "ФМ", "ТИМ"] as const;

export function sampleReport(agency: string, period: string, seed: number): Report {
  const report = fc.sample(reportArb(agency, period), { seed, numRuns: 1 })[0];
  report.header.preparedBy = {
    name: `Асанова Айгүл ${seed}`,
    position: "башкы адис",
    phone: `+996 312 62-00-${String(seed).padStart(2, "0")}`,
    email: `aigul${seed}@example.kg`,
    date: period.endsWith("H1") ? "2019-07-10" : "2020-01-12",
  };
  return report;
}

export async function writeFilled(path: string, report: Report): Promise<void> {
  const { agency, period } = report.header;
  writeFileSync(path, await writeWorkbook(buildTemplate({ agency, period, language: "ky", prefill: report })));
}

export interface MasterFixture {
  root: string;
  master: string;
  /** A file the master rejected, with an error at a cell. */
  rejected: string;
}

/** ЭМ and ФМ report for 2019-H1; ЭМ, ФМ and ТИМ for 2019-H2; a broken ТИМ file for 2019-H1 is rejected. */
export async function makeMaster(): Promise<MasterFixture> {
  const root = mkdtempSync(join(tmpdir(), "tendik-coord-"));
  const inbox = join(root, "inbox");
  mkdirSync(inbox);
  await writeFilled(join(inbox, "em-h1.xlsx"), sampleReport("ЭМ", "2019-H1", 11));
  await writeFilled(join(inbox, "fm-h1.xlsx"), sampleReport("ФМ", "2019-H1", 12));
  await writeFilled(join(inbox, "em-h2.xlsx"), sampleReport("ЭМ", "2019-H2", 13));
  await writeFilled(join(inbox, "fm-h2.xlsx"), sampleReport("ФМ", "2019-H2", 14));
  await writeFilled(join(inbox, "tim-h2.xlsx"), sampleReport("ТИМ", "2019-H2", 15));
  const broken = sampleReport("ТИМ", "2019-H1", 16);
  // A completed measure without its evidence, and a people count whose total is off.
  broken.entries[0] = { measureId: broken.entries[0].measureId, status: "completed", indicators: [] };
  const rejected = join(root, "tim-h1-broken.xlsx");
  await writeFilled(rejected, broken);
  const master = join(root, "master.xlsx");
  await mergeIntoMaster({
    into: master,
    inputs: [inbox, rejected],
    json: false,
    lang: "en",
    workers: 0,
    now: () => new Date("2020-01-20T09:00:00Z"),
  });
  return { root, master, rejected };
}
