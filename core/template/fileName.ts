import { findBody, type Plan } from "../../schema";

/**
 * The file name a body's template is saved under, by the command line and the coordinator's pane alike: the
 * body's Latin alias keeps it portable across file systems and mail programs.
 * @example templateFileName(defaultPlan, "ЭСӨМ", "2019-H2") === "tendik-ESOM-2019-H2.xlsx"
 */
export function templateFileName(plan: Plan, agency: string, period: string): string {
  return `tendik-${findBody(plan.bodies, agency)?.latin ?? "AGENCY"}-${period}.xlsx`;
}
