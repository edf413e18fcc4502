import type { Body, Chapter, Goal, Task } from "../../schema";
import type { SheetGrid } from "../grid";
import { CHAPTER_MARK, GOAL_MARK, MEASURE_COLUMNS } from "./layout";
import { parseLineRanges } from "./notation";
import { KeyedSheet, type PlanContext } from "./planContext";
import { buildMeasure, type MeasureRows } from "./readMeasure";

const REQUIRED = ["no", "task", "measure.id", "measure", "indicator", "deadline", "responsible"];
const TASK_KEYS = MEASURE_COLUMNS.filter((c) => c.level === "task").map((c) => c.key);
const MEASURE_KEYS = MEASURE_COLUMNS.filter((c) => c.level === "measure").map((c) => c.key);
const INDICATOR_KEYS = MEASURE_COLUMNS.filter((c) => c.level === "indicator").map((c) => c.key);

/**
 * Reads the measures sheet: heading rows make chapters and goals; a number in № starts a task, an id in
 * Measure No. starts a measure; the rows below an item with its cells empty (merged) or repeated belong to it.
 */
export function readMeasures(
  grid: SheetGrid,
  ctx: PlanContext,
  bodies: Body[],
  byAgreement: Set<string>,
): Chapter[] | null {
  const sheet = KeyedSheet.open(grid, MEASURE_COLUMNS, REQUIRED, "measure.id", ctx);
  if (!sheet) return null;
  const chapters: Chapter[] = [];
  let goal: Goal | undefined;
  let task: { task: Task; path: string; row: number } | undefined;
  let measure: MeasureRows | undefined;

  const at = (row: number, key: string) => ({ sheet: grid.name, cell: sheet.ref(row, key) });
  const finishMeasure = () => {
    if (!measure || !task) return;
    const built = buildMeasure(measure, sheet, ctx, bodies, byAgreement);
    if (built) task.task.measures.push(built);
    measure = undefined;
  };
  const title = (row: number, pasted?: string) => {
    const ky = sheet.text(row, "task") ?? pasted?.trim() ?? null;
    if (!ky) ctx.add("plan-text-required", { field: sheet.field("task") }, at(row, "task"));
    const out: Task["title"] = { ky: ky ?? "" };
    const ru = sheet.text(row, "task.ru");
    const en = sheet.text(row, "task.en");
    if (ru) out.ru = ru;
    if (en) out.en = en;
    return out;
  };

  for (let row = sheet.keyRow + 1; row <= grid.rowCount; row++) {
    if (sheet.isBlank(row)) continue;
    const no = sheet.text(row, "no");
    const chapterMark = no ? CHAPTER_MARK.exec(no) : null;
    const goalMark = no ? GOAL_MARK.exec(no) : null;
    if (chapterMark) {
      finishMeasure();
      task = undefined;
      goal = undefined;
      const path = `/chapters/${chapters.length}`;
      ctx.map(path, at(row, "no"));
      ctx.map(`${path}/id`, at(row, "no"));
      ctx.map(`${path}/title`, at(row, "task"));
      chapters.push({ id: chapterMark[1], title: title(row, chapterMark[2]), goals: emptyList() });
      continue;
    }
    if (goalMark) {
      finishMeasure();
      task = undefined;
      const chapter = chapters[chapters.length - 1];
      if (!chapter) {
        ctx.add("plan-row-outside", { what: "goal", parent: "chapter" }, at(row, "no"));
        continue;
      }
      const path = `/chapters/${chapters.length - 1}/goals/${chapter.goals.length}`;
      ctx.map(path, at(row, "no"));
      ctx.map(`${path}/id`, at(row, "no"));
      ctx.map(`${path}/title`, at(row, "task"));
      const next: Goal = { id: goalMark[1], title: title(row, goalMark[2]), tasks: emptyList() };
      chapter.goals.push(next);
      goal = next;
      continue;
    }

    // A task starts where № holds a number other than the current task's.
    if (no && no !== task?.task.id) {
      finishMeasure();
      if (!goal) {
        ctx.add("plan-row-outside", { what: "task", parent: "goal" }, at(row, "no"));
        task = undefined;
        continue;
      }
      const chapterIndex = chapters.length - 1;
      const path = `/chapters/${chapterIndex}/goals/${chapters[chapterIndex].goals.length - 1}/tasks/${goal.tasks.length}`;
      ctx.map(path, at(row, "no"));
      ctx.map(`${path}/id`, at(row, "no"));
      ctx.map(`${path}/title`, at(row, "task"));
      const t: Task = { id: no, title: title(row), measures: emptyList() };
      const lines = sheet.text(row, "task.sourceLines");
      if (lines) {
        const ranges = parseLineRanges(lines);
        if (ranges) t.sourceLines = ranges;
        else
          ctx.add(
            "plan-value-unreadable",
            { field: sheet.field("task.sourceLines"), value: lines, expected: "106-122, 183-191" },
            at(row, "task.sourceLines"),
          );
      }
      // Set again so that `measures` follows `sourceLines`, as the schema lists a task's keys.
      delete (t as Partial<Task>).measures;
      t.measures = emptyList();
      goal.tasks.push(t);
      task = { task: t, path, row };
    } else if (!task) {
      ctx.add("plan-row-outside", { what: "measure", parent: "task" }, at(row, "measure.id"));
      continue;
    } else if (row !== task.row) {
      checkRepeated(sheet, ctx, task.row, row, TASK_KEYS, "task", task.task.id);
    }

    const id = sheet.text(row, "measure.id");
    const startsMeasure = (id && id !== measure?.id) || row === task.row;
    if (startsMeasure) {
      finishMeasure();
      const path = `${task.path}/measures/${task.task.measures.length}`;
      measure = { id: id ?? "", first: row, indicatorRows: [], path, taskId: task.task.id };
      if (!id) ctx.add("plan-text-required", { field: sheet.field("measure.id") }, at(row, "measure.id"));
    } else if (measure) {
      checkRepeated(sheet, ctx, measure.first, row, MEASURE_KEYS, "measure", measure.id);
    }
    if (measure && INDICATOR_KEYS.some((k) => sheet.text(row, k) !== null)) measure.indicatorRows.push(row);
  }
  finishMeasure();
  return chapters;
}

/** An empty list for a schema type that requires at least one item: the schema check reports it if it stays empty. */
const emptyList = <T>(): [T, ...T[]] => [] as unknown as [T, ...T[]];

/** A cell repeated below an item's first row must hold what the first row holds (or be empty). */
function checkRepeated(
  sheet: KeyedSheet,
  ctx: PlanContext,
  first: number,
  row: number,
  keys: string[],
  level: "task" | "measure",
  id: string,
): void {
  for (const key of keys) {
    const v = sheet.text(row, key);
    if (key === "no" || key === "measure.id" || v === null || v === sheet.text(first, key)) continue;
    ctx.add(
      "plan-repeated-cell-differs",
      { field: sheet.field(key), level, measure: id },
      { sheet: sheet.grid.name, cell: sheet.ref(row, key) },
    );
  }
}
