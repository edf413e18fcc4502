/**
 * The template's titles, in a module of their own: the builder writes them, and the reader compares a file's
 * title with the one built for its identity (core/read/identity.ts) without loading the whole builder.
 */
import { bodyName, bodyShortName, planText, type Language, type Plan } from "../../schema";
import { fill, templateLabels } from "../labels";

/** What a title depends on. */
export interface TitleOptions {
  agency: string;
  period: string;
  language: Language;
}

/**
 * The template's title: the plan's full name in the template's language, the period in words, the body by the
 * short name a reader of that language uses (ЭСӨМ, МТСР, MLSD).
 */
export function titleOf(plan: Plan, opts: TitleOptions): string {
  return fill(
    templateLabels[opts.language].title,
    {
      plan: planText(plan.title, opts.language),
      agency: bodyShortName(plan, opts.agency, opts.language),
      period: opts.period,
    },
    opts.language,
  );
}

/** The report sheet's title (A1): the template's title, then the body's name on a line of its own. */
export function reportTitle(plan: Plan, opts: TitleOptions): string {
  return `${titleOf(plan, opts)}\n${bodyName(plan, opts.agency, opts.language)}`;
}
