/**
 * A measure's verdict for a period (docs/verdicts.md) and its words: the answer to "how many of the plan's
 * measures were carried out", as the master, the report, the command line and the panes all name it. Kept here
 * beside the status words so that a verdict and a body's own status never read alike by accident: a verdict
 * says what the measure is, a status what one body reported.
 */
import type { Language } from "../generated/types";

export const VERDICTS = [
  "completed",
  "in-progress",
  "not-started",
  "overdue",
  "suspended",
  "cancelled",
  "not-reported",
] as const;
export type Verdict = (typeof VERDICTS)[number];

const words: Record<Language, Record<Verdict, string>> = {
  ky: {
    completed: "Аткарылды",
    "in-progress": "Аткарылууда",
    "not-started": "Башталган жок",
    overdue: "Мөөнөтү өткөн",
    suspended: "Токтотулду",
    cancelled: "Жокко чыгарылды",
    "not-reported": "Отчет берилген жок",
  },
  ru: {
    completed: "Выполнено",
    "in-progress": "Выполняется",
    "not-started": "Не начато",
    overdue: "Просрочено",
    suspended: "Приостановлено",
    cancelled: "Отменено",
    "not-reported": "Нет отчетов",
  },
  en: {
    completed: "Completed",
    "in-progress": "In progress",
    "not-started": "Not started",
    overdue: "Overdue",
    suspended: "Suspended",
    cancelled: "Cancelled",
    "not-reported": "Not reported",
  },
};

/** @example verdictWord("overdue", "ru") // "Просрочено" */
export function verdictWord(verdict: Verdict, lang: Language): string {
  return words[lang][verdict];
}

/** The colours of the verdicts in every chart (master, report, pane), so all read alike. */
export const VERDICT_COLOURS: Record<Verdict, string> = {
  completed: "2E7D32",
  "in-progress": "1F77B4",
  "not-started": "A6A6A6",
  overdue: "C62828",
  suspended: "F2C14E",
  cancelled: "8D6E63",
  "not-reported": "E0E0E0",
};
