/**
 * The template's titles, in a module of their own: the builder writes them, and the reader compares a file's
 * title with the one built for its identity (core/read/identity.ts) without loading the whole builder.
 */
import { findBody, type Language, type Plan } from "../../schema";
import { fill, templateLabels } from "../labels";

/** What a title depends on. */
export interface TitleOptions {
  agency: string;
  period: string;
  language: Language;
}

/** The template's title: the plan's full name in the template's language, the period in words, the body. */
export function titleOf(plan: Plan, opts: TitleOptions): string {
  const name = plan.title[opts.language] ?? plan.title.ky;
  return fill(
    templateLabels[opts.language].title,
    { plan: name, agency: opts.agency, period: opts.period },
    opts.language,
  );
}

/** The report sheet's title (A1): the template's title, then the body's name on a line of its own. */
export function reportTitle(plan: Plan, opts: TitleOptions): string {
  const body = findBody(plan.bodies, opts.agency);
  const bodyName = body?.name[opts.language] ?? body?.name.ky ?? opts.agency;
  return `${titleOf(plan, opts)}\n${bodyName}`;
}
