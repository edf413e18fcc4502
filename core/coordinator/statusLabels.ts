/**
 * Texts `tendik status` adds to coordinatorLabels.status, in ky, ru and en: the counts of measures by verdict
 * beside the counts of bodies (each line says which it counts), and where a contact was taken from.
 */
import type { Language } from "../../schema";

/** Where the contact of a body came from: its latest report's header, or the plan's contacts register. */
export type ContactSource = "submission" | "register";

export interface StatusCountLabels {
  /** The line of bodies: "{period}: bodies expected {expected} — …". */
  bodiesLine: string;
  /** The line of measures: "{period}: measures {measures} — " then each verdict and its count. */
  measuresLine: string;
  /** After the verdicts: "share of measures completed {share}". */
  shareCompleted: string;
  /** The CSV's and the table's column saying where the contact came from. */
  contactSource: string;
  sources: Record<ContactSource, string>;
}

const ky: StatusCountLabels = {
  bodiesLine: "{period}: отчет бериши керек болгон органдар {expected}",
  measuresLine: "{period}: пландын чаралары {measures}",
  shareCompleted: "аткарылган чаралардын үлүшү {share}",
  contactSource: "Байланыштын булагы",
  sources: { submission: "органдын акыркы отчету", register: "пландын байланыш реестри" },
};

const ru: StatusCountLabels = {
  bodiesLine: "{period}: органов, которые должны отчитаться, {expected}",
  measuresLine: "{period}: мероприятий плана {measures}",
  shareCompleted: "доля выполненных мероприятий {share}",
  contactSource: "Источник контакта",
  sources: { submission: "последний отчет органа", register: "реестр контактов плана" },
};

const en: StatusCountLabels = {
  bodiesLine: "{period}: bodies expected to report {expected}",
  measuresLine: "{period}: measures of the plan {measures}",
  shareCompleted: "share of measures completed {share}",
  contactSource: "Contact from",
  sources: { submission: "the body's latest report", register: "the plan's contacts register" },
};

export const statusCountLabels: Record<Language, StatusCountLabels> = { ky, ru, en };
