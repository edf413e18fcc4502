import { writeWorkbook } from "../../adapters/xlsx";
import { buildPlanWorkbook } from "../../core/plan";
import type { Plan } from "../../schema";
import { usageError } from "../errors";
import { writeFileAtomic } from "../files";

/**
 * `tendik plan export --xlsx FILE [--plan PLAN.json] [--blank]`: the plan as an editable authoring workbook;
 * with --blank, the start of a new plan (the same bodies, no measures, the plan's facts to fill in).
 */
export async function runPlanExport(args: { xlsx?: string; plan: Plan; blank?: boolean }): Promise<number> {
  if (!args.xlsx)
    throw usageError("missingOption", { option: "--xlsx FILE", example: "tendik plan export --xlsx plan.xlsx" });
  await writeFileAtomic(args.xlsx, await writeWorkbook(buildPlanWorkbook(args.plan, { blank: args.blank })));
  process.stdout.write(
    args.blank
      ? `${args.xlsx}: a new plan's authoring workbook, with the bodies of ${args.plan.id}\n`
      : `${args.xlsx}: plan ${args.plan.id} written as an authoring workbook\n`,
  );
  return 0;
}
