/**
 * The open data's verdicts: one row per measure and period (`measure-verdicts`) and their counts per period for
 * the plan and each chapter (`verdict-counts`), from the same tallies as the master and `status`
 * (core/coordinator/verdictTallies.ts), so the published numbers are the ones the coordinator sees.
 */
import { VERDICTS, verdictWord, type Language, type Plan } from "../../schema";
import type { Master } from "../merge/model";
import type { CsvValue } from "./csv";
import { masterTallies, shareCompleted } from "./verdictTallies";

/** A Table Schema field, as the data package describes it. */
export interface VerdictField {
  name: string;
  title: string;
  type: "string" | "integer" | "number" | "boolean";
  description?: string;
  constraints?: { required?: boolean; enum?: string[] };
}

export interface VerdictResource {
  name: "measure-verdicts" | "verdict-counts";
  title: string;
  description: string;
  fields: VerdictField[];
  primaryKey?: string[];
  rows: CsvValue[][];
}

const TITLES: Record<Language, Record<VerdictResource["name"], string>> = {
  ky: { "measure-verdicts": "Чаралардын корутундулары", "verdict-counts": "Чаралардын саны корутундулар боюнча" },
  ru: { "measure-verdicts": "Заключения по мероприятиям", "verdict-counts": "Число мероприятий по заключениям" },
  en: { "measure-verdicts": "Measure verdicts", "verdict-counts": "Measures by verdict" },
};

const FIELD_TITLES: Record<Language, Record<string, string>> = {
  ky: {
    period: "Мезгил",
    measureId: "Чара",
    chapterId: "Глава",
    plan: "Глава (бош: план)",
    verdict: "Корутунду",
    lead: "Башкы аткаруучу",
    disagreement: "Органдар макул эмес",
    measures: "Чаралар",
    shareCompleted: "Аткарылган чаралардын үлүшү",
  },
  ru: {
    period: "Период",
    measureId: "Мероприятие",
    chapterId: "Глава",
    plan: "Глава (пусто: план)",
    verdict: "Заключение",
    lead: "Головной исполнитель",
    disagreement: "Органы расходятся",
    measures: "Мероприятий",
    shareCompleted: "Доля выполненных мероприятий",
  },
  en: {
    period: "Period",
    measureId: "Measure",
    chapterId: "Chapter",
    plan: "Chapter (empty: the plan)",
    verdict: "Verdict",
    lead: "Lead executor",
    disagreement: "Bodies disagree",
    measures: "Measures",
    shareCompleted: "Share of measures completed",
  },
};

const RULE =
  "One verdict per measure and period from all its responsible bodies' reports (docs/verdicts.md): completed when the lead executor reported it completed with a supporting document (or a link) and every other body that reported says completed; overdue when not completed and the deadline passed by the end of the period; not-reported when no body reported.";

/**
 * The two resources for every period the master holds.
 * @example verdictResources(master, plan, "en")[1].rows[0] // ["2019-H2", "", 117, 16, 51, …]
 */
export function verdictResources(master: Master, plan: Plan, lang: Language): VerdictResource[] {
  const { verdicts, tallies } = masterTallies(master, plan);
  const chapterOf = new Map(
    plan.chapters.flatMap((c) =>
      c.goals.flatMap((g) => g.tasks.flatMap((t) => t.measures.map((m) => [m.id, c.id] as const))),
    ),
  );
  const T = FIELD_TITLES[lang];
  const verdictEnum = {
    constraints: { required: true, enum: [...VERDICTS] },
    description: VERDICTS.map((v) => `${v}: ${verdictWord(v, lang)}`).join("; "),
  };
  return [
    {
      name: "measure-verdicts",
      title: TITLES[lang]["measure-verdicts"],
      description: RULE,
      fields: [
        { name: "period", title: T.period, type: "string", constraints: { required: true } },
        { name: "measureId", title: T.measureId, type: "string", constraints: { required: true } },
        { name: "chapterId", title: T.chapterId, type: "string", constraints: { required: true } },
        { name: "verdict", title: T.verdict, type: "string", ...verdictEnum },
        { name: "lead", title: T.lead, type: "string" },
        { name: "disagreement", title: T.disagreement, type: "boolean" },
      ],
      primaryKey: ["period", "measureId"],
      rows: verdicts.map((v) => [v.period, v.id, chapterOf.get(v.id) ?? null, v.verdict, v.lead, v.disagreement]),
    },
    {
      name: "verdict-counts",
      title: TITLES[lang]["verdict-counts"],
      description: `Measures by verdict per period, for the plan (chapterId empty) and each chapter. ${RULE}`,
      fields: [
        { name: "period", title: T.period, type: "string", constraints: { required: true } },
        { name: "chapterId", title: T.plan, type: "string" },
        { name: "measures", title: T.measures, type: "integer", constraints: { required: true } },
        ...VERDICTS.map((v): VerdictField => ({ name: v, title: verdictWord(v, lang), type: "integer" })),
        { name: "shareCompleted", title: T.shareCompleted, type: "number" },
      ],
      rows: tallies.map((t) => [
        t.period,
        t.chapterId,
        t.measures,
        ...VERDICTS.map((v) => t.counts[v]),
        shareCompleted(t),
      ]),
    },
  ];
}
