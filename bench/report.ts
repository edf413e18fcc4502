/**
 * The consolidated report of a large master: model (buildConsolidatedReport) and Word file (renderReportDocx)
 * for 20,000 and 100,000 rows, spread over the plan's bodies, their measures and five half-years. Target
 * (issue 21): 100,000 rows within 10 s and 500 MB.
 */
import { buildConsolidatedReport } from "../core/coordinator/buildReport";
import type { Master } from "../core/merge";
import { syntheticMaster } from "./merge";
import { renderReportDocx } from "../adapters/docx/renderReport";
import { defaultPlan, measuresForBody, planPeriods, reportingBodies } from "../schema";

/**
 * `rows` data rows (half measure reports, half indicator values), the merge bench's rows spread over the plan's
 * bodies, their measures and five half-years, as many bodies would send them.
 */
export function spreadMaster(rows: number): Master {
  const master = syntheticMaster(rows);
  const periods = planPeriods(defaultPlan.period).slice(0, 5);
  const slots = reportingBodies(defaultPlan).flatMap((agency) =>
    measuresForBody(defaultPlan, agency).map(({ measure, task, goal, chapter }) => ({
      agency,
      measure,
      task,
      goal,
      chapter,
    })),
  );
  master.measureReports.forEach((r, i) => {
    const { agency, measure, task, goal, chapter } = slots[i % slots.length];
    const period = periods[Math.floor(i / slots.length) % periods.length];
    Object.assign(r, {
      agency,
      period,
      chapterId: chapter.id,
      goalId: goal.id,
      taskId: task.id,
      measureId: measure.id,
    });
    Object.assign(master.indicatorValues[i], { agency, period, measureId: measure.id, indicatorId: `${measure.id}.1` });
  });
  return master;
}

export async function benchReport(): Promise<string[]> {
  const out: string[] = [];
  for (const rows of [20000, 100000]) {
    const master = spreadMaster(rows);
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const model = buildConsolidatedReport(master, defaultPlan, "2019", "ru");
    const t1 = performance.now();
    const bytes = await renderReportDocx(model);
    const t2 = performance.now();
    const rss = process.memoryUsage().rss;
    out.push(
      `report ${rows} rows: model ${((t1 - t0) / 1000).toFixed(2)} s, Word ${((t2 - t1) / 1000).toFixed(2)} s, ` +
        `${(bytes.length / 1e6).toFixed(1)} MB .docx, RSS ${(rss / 1e6).toFixed(0)} MB (+${((rss - before) / 1e6).toFixed(0)})`,
    );
  }
  return out;
}
