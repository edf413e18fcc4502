/**
 * Plausible, deterministic reports for the demo and the benchmarks: the same seed gives the same report.
 */
import { reportHeader } from "../../core/template/identity";
import { defaultPlan, measuresForBody, type IndicatorValue, type Report, type Plan } from "../../schema";

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
export function randomReport(agency: string, period: string, seed: number, plan: Plan = defaultPlan): Report {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  return {
    header: reportHeader(plan, agency, period, { name: `Адис ${int(1000)}`, phone: "+996 312 000000" }),
    entries: measuresForBody(plan, agency).map(({ measure }) => ({
      measureId: measure.id,
      status: (["in-progress", "completed"] as const)[int(2)],
      narrative: `${measure.id}: ${int(20)} иш-чара өткөрүлдү`,
      indicators: measure.indicators.map((ind): IndicatorValue => {
        switch (ind.kind) {
          case "people": {
            const women = int(500),
              men = int(500);
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

const NARRATIVES = [
  "Семинарлар өткөрүлдү, катышуучулардын тизмеси тиркелет",
  "Методикалык колдонмо даярдалып, аймактарга жөнөтүлдү",
  "Ведомстволор аралык жумушчу топ түзүлүп, эки жолу чогулду",
  "Маалыматтык кампания жүргүзүлдү (ТВ, социалдык тармактар)",
  "Долбоор эл аралык өнөктөштөр менен макулдашылууда",
];

/**
 * A report as an agency would send it: most measures in progress or completed, a few not started (and then
 * with nothing else filled in), suspended or cancelled; values, money and evidence where they belong.
 */
export function demoReport(agency: string, period: string, seed: number, plan: Plan = defaultPlan): Report {
  const rnd = prng(seed);
  const base = randomReport(agency, period, seed, plan);
  base.header.preparedBy = {
    name: ["Айгүл Асанова", "Нурлан Бекматов", "Жылдыз Токтосунова", "Бакыт Осмонов"][Math.floor(rnd() * 4)],
    position: "башкы адис",
    phone: "+996 312 62 00 00",
    email: "report@example.kg",
    date: "2020-01-15",
  };
  base.entries = base.entries.map((e, i) => {
    const r = rnd();
    const narrative = NARRATIVES[(i + Math.floor(rnd() * 5)) % NARRATIVES.length];
    if (r < 0.1)
      return { measureId: e.measureId, status: "not-started", indicators: [], obstacles: "Каржылоо бөлүнгөн жок" };
    if (r < 0.14) return { ...e, status: "suspended", narrative, obstacles: "Өнөктөштүн каржылоосу токтотулду" };
    if (r < 0.17)
      return {
        measureId: e.measureId,
        status: "cancelled",
        narrative: "Чара башка программага өткөрүлдү",
        indicators: [],
      };
    return { ...e, status: r < 0.55 ? "completed" : "in-progress", narrative };
  });
  return base;
}

/** The preparers the demo's earlier reports name, so that a body's contact changes from one period to the next. */
const EARLIER_PREPARERS = ["Гүлнара Сыдыкова", "Эрлан Жумабеков", "Айнура Карыпова"];

/**
 * The same body's report for an earlier half-year, further behind: of its measures completed later, about `done`
 * were completed then (the rest in progress); of those in progress, some had not started. Suspended and
 * cancelled measures were still in progress. So the demo's master shows measures moving period by period.
 * @example earlierReport(demoReport("ЭСӨМ", "2019-H2", 1000), "2019-H1", 0.6, 7)
 */
export function earlierReport(later: Report, period: string, done: number, seed: number): Report {
  const rnd = prng(seed);
  const report = structuredClone(later);
  report.header.period = period;
  const [year, half] = period.split("-H").map(Number);
  report.header.preparedBy = {
    ...report.header.preparedBy,
    name: EARLIER_PREPARERS[Math.floor(rnd() * EARLIER_PREPARERS.length)],
    phone: `+996 312 62 ${String(10 + Math.floor(rnd() * 89))} ${String(10 + Math.floor(rnd() * 89))}`,
    email: `gender${Math.floor(rnd() * 90) + 10}@example.kg`,
    date: half === 1 ? `${year}-07-10` : `${year + 1}-01-15`,
  };
  report.entries = report.entries.map((e) => {
    const r = rnd();
    const { evidence: _evidence, ...withoutEvidence } = e;
    if (e.status === "completed") return r < done ? e : { ...withoutEvidence, status: "in-progress" };
    if (e.status === "in-progress" && r > done + 0.3)
      return { measureId: e.measureId, status: "not-started", indicators: [], obstacles: "Каржылоо бөлүнгөн жок" };
    if (e.status === "suspended" || e.status === "cancelled")
      return { ...withoutEvidence, status: "in-progress", narrative: e.narrative ?? NARRATIVES[0] };
    return e;
  });
  return report;
}
