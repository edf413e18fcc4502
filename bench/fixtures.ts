import { writeWorkbook } from "../adapters/xlsx";
import { buildTemplate } from "../core";
import { bodiesWithMeasures, defaultPlan, findBody, isReportingBody, measuresForBody, planHash, planPeriods, type IndicatorValue, type Report } from "../schema";

/** A small deterministic PRNG (mulberry32), so every run measures the same files. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plausible, valid report for an agency and period, from a seed. */
export function randomReport(agency: string, period: string, seed: number): Report {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  return {
    header: { planId: defaultPlan.id, planHash: planHash(defaultPlan), formatVersion: 1, agency, period, language: "ky", preparedBy: { name: `Адис ${int(1000)}`, phone: "+996 312 000000" } },
    entries: measuresForBody(defaultPlan, agency).map(({ measure }) => ({
      measureId: measure.id,
      status: (["in-progress", "completed"] as const)[int(2)],
      narrative: `${measure.id}: ${int(20)} иш-чара өткөрүлдү`,
      indicators: measure.indicators.map((ind): IndicatorValue => {
        switch (ind.kind) {
          case "people": {
            const women = int(500), men = int(500);
            return { indicatorId: ind.id, kind: "people", women, men, total: women + men };
          }
          case "document":
            return { indicatorId: ind.id, kind: "document", done: true, reference: `№ ${int(999)}` };
          case "percent":
            return { indicatorId: ind.id, kind: "percent", value: int(1000) / 10 };
          case "text":
            return { indicatorId: ind.id, kind: "text", value: "Аткарылды" };
          default:
            return { indicatorId: ind.id, kind: ind.kind, value: int(100) };
        }
      }),
      spending: { amount: int(100000), source: "republican-budget" },
      evidence: { document: `№ ${int(999)}-П`, date: "2019-11-20" },
    })),
  };
}

/** `count` filled templates as .xlsx bytes, cycling over reporting bodies and periods. */
export async function makeSubmissions(count: number, seed = 1): Promise<{ name: string; bytes: Uint8Array; report: Report }[]> {
  const agencies = bodiesWithMeasures(defaultPlan).filter((c) => isReportingBody(findBody(defaultPlan.bodies, c)!));
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
