import { writeWorkbook } from "../adapters/xlsx";
import { buildTemplate } from "../core";
import { randomReport } from "../cli/demo/sampleReports";
import { defaultPlan, findBody, planPeriods, reportingBodies, type Report } from "../schema";

/** `count` filled templates as .xlsx bytes, cycling over reporting bodies and periods. */
export async function makeSubmissions(
  count: number,
  seed = 1,
): Promise<{ name: string; bytes: Uint8Array; report: Report }[]> {
  const agencies = reportingBodies(defaultPlan);
  const periods = planPeriods(defaultPlan.period).filter((p) => p.includes("-H"));
  const out = [];
  for (let i = 0; i < count; i++) {
    const agency = agencies[i % agencies.length];
    const period = periods[Math.floor(i / agencies.length) % periods.length];
    const report = randomReport(agency, period, seed + i);
    const bytes = await writeWorkbook(buildTemplate({ agency, period, language: "ky", prefill: report }));
    out.push({ name: `${findBody(defaultPlan.bodies, agency)!.latin}-${period}-${i}.xlsx`, bytes, report });
  }
  return out;
}
