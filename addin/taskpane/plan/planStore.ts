/**
 * The plan the pane works on: the embedded one, or a plan file the user chose (a `.json` as `tendik plan import`
 * writes it, or the authoring workbook itself), checked by the core's `checkPlan` as `--plan` checks it on the
 * command line, and remembered in the browser's storage for the next time the pane opens. Loaded with the
 * engine chunk (it holds the plan and the validators); the authoring workbook's reader is a chunk of its own.
 */
import { checkPlan, type PlanProblem } from "../../../core/plan/checkPlan";
import {
  defaultPlan,
  formatSize,
  planHash,
  renderMessage,
  type Issue,
  type IssueCode,
  type Language,
  type Plan,
} from "../../../schema";
import { textsFor } from "../texts";
import { schemaProblemWords } from "./schemaWords";

/** Where the choice is remembered, beside the language (`tendik.language`). */
export const PLAN_STORAGE_KEY = "tendik.plan";
/** A plan file is well under 1 MB (the embedded plan, with every source line, is 540 KB): 4 MB is refused unread. */
export const MAX_PLAN_FILE_BYTES = 4 * 1024 * 1024;
/** How many of a refused file's problems are listed; the rest are counted. */
export const PROBLEMS_SHOWN = 5;

/** Where the plan in use came from. */
export type PlanOrigin = { kind: "embedded" } | { kind: "file"; fileName: string };

/** The plan in use, with its content hash (what templates and masters carry). */
export interface PlanInUse {
  plan: Plan;
  hash: string;
  origin: PlanOrigin;
}

/** A file's problems in a language: worded from what the check found, so a change of language reads nothing. */
export type ProblemWords = (lang: Language) => string[];

/**
 * Why a file was not taken: its first problems, worded in whatever language the pane shows, and how many there
 * are in all.
 */
export interface PlanRefusal {
  fileName: string;
  problems: ProblemWords;
  total: number;
}

export type PlanFileResult = { ok: true; inUse: PlanInUse } | { ok: false; refusal: PlanRefusal };

/** The storage the choice is kept in: `localStorage`, or a stand-in in tests. */
export type PlanStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** What the storage holds: the plan document itself (not the workbook it may have come from). */
interface StoredPlan {
  version: 1;
  fileName: string;
  plan: unknown;
}

/** The embedded plan, as the pane opens without a choice. */
export const EMBEDDED: PlanInUse = { plan: defaultPlan, hash: planHash(defaultPlan), origin: { kind: "embedded" } };

/**
 * The browser's localStorage, or null where there is none or it may not be touched (a locked-down browser, a
 * sandboxed frame: reading the property itself throws there).
 */
export function browserStorage(): PlanStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** A checked plan document as the plan in use: the embedded plan itself when the file holds exactly that. */
function inUseOf(plan: Plan, fileName: string): PlanInUse {
  const hash = planHash(plan);
  return hash === EMBEDDED.hash ? EMBEDDED : { plan, hash, origin: { kind: "file", fileName } };
}

/**
 * A problem of a plan document in the reader's language: the issue catalogue's message; a schema violation
 * where it is in the plan and what is wrong, in words (not the validator's English text and JSON path).
 */
export function problemText(p: PlanProblem, lang: Language, doc?: unknown): string {
  if (p.code === "plan-schema-violation") return schemaProblemWords(String(p.params.detail), doc, lang);
  return renderMessage(p.code, p.params, lang);
}

/** A refusal with the first problems; a problem found twice (two measures naming the same body) is said once. */
function refused(fileName: string, all: ProblemWords): PlanFileResult {
  const unique = (lang: Language) => [...new Set(all(lang))];
  const problems = (lang: Language) => unique(lang).slice(0, PROBLEMS_SHOWN);
  return { ok: false, refusal: { fileName, problems, total: unique("ky").length } };
}

/** A plan document (parsed JSON) checked as `--plan` checks it. */
export function checkPlanDocument(fileName: string, doc: unknown): PlanFileResult {
  const problems = checkPlan(doc);
  if (problems.length) return refused(fileName, (lang) => problems.map((p) => problemText(p, lang, doc)));
  return { ok: true, inUse: inUseOf(doc as Plan, fileName) };
}

/** A plan's JSON text checked as `--plan` checks it. */
export function checkPlanText(fileName: string, text: string): PlanFileResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // The parser's own words (English, with offsets) are no help to a clerk.
    return refused(fileName, (lang) => [textsFor(lang)("planNotJsonText")]);
  }
  return checkPlanDocument(fileName, doc);
}

/** A zip's signature, or an .xlsx name: the authoring workbook rather than a plan's JSON. */
function isWorkbook(fileName: string, bytes: Uint8Array): boolean {
  return /\.xlsx$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b);
}

/**
 * A file the user chose, as a plan: a plan's JSON (UTF-8, with or without a byte order mark) or the authoring
 * workbook (`tendik plan export`), read as `tendik plan import` reads it. Never throws for what the file holds.
 */
export async function readPlanFile(fileName: string, bytes: Uint8Array): Promise<PlanFileResult> {
  const size = bytes.length;
  if (size > MAX_PLAN_FILE_BYTES)
    return refused(fileName, (lang) => [
      textsFor(lang)("planTooBig", { size: formatSize(size, lang), max: formatSize(MAX_PLAN_FILE_BYTES, lang) }),
    ]);
  if (isWorkbook(fileName, bytes)) {
    const { readPlanWorkbookFile } = await import(/* webpackChunkName: "planbook" */ "./planWorkbook");
    const reading = await readPlanWorkbookFile(fileName, bytes);
    return reading.plan ? { ok: true, inUse: inUseOf(reading.plan, fileName) } : refused(fileName, reading.problems);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refused(fileName, (lang) => [textsFor(lang)("planNotText")]);
  }
  return checkPlanText(fileName, text);
}

/** What the pane opens with: the remembered plan, or the embedded one (and why, when a remembered one failed). */
export interface RestoredPlan {
  inUse: PlanInUse;
  /** The file a remembered plan came from, when it no longer passes the check (it is then forgotten). */
  invalidFile: string | null;
}

/** The plan remembered in `storage`, checked again (a newer Tendik may check more); else the embedded plan. */
export function restorePlan(storage: PlanStorage | null): RestoredPlan {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(PLAN_STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (raw === null) return { inUse: EMBEDDED, invalidFile: null };
  let stored: Partial<StoredPlan> | null = null;
  try {
    stored = JSON.parse(raw) as Partial<StoredPlan>;
  } catch {
    stored = null;
  }
  const fileName = typeof stored?.fileName === "string" ? stored.fileName : "?";
  const doc = stored?.version === 1 ? stored.plan : undefined;
  if (doc === undefined || checkPlan(doc).length > 0) {
    forgetPlan(storage);
    return { inUse: EMBEDDED, invalidFile: fileName };
  }
  return { inUse: inUseOf(doc as Plan, fileName), invalidFile: null };
}

/**
 * Remembers the plan in use for the next time (the embedded plan: nothing is kept). False when the storage
 * refused it (full, switched off, absent): then no earlier choice is left behind either, so the pane opens with
 * the embedded plan next time rather than with a plan the user moved away from.
 */
export function rememberPlan(storage: PlanStorage | null, inUse: PlanInUse): boolean {
  if (inUse.origin.kind === "embedded") return forgetPlan(storage);
  if (!storage) return false;
  const stored: StoredPlan = { version: 1, fileName: inUse.origin.fileName, plan: inUse.plan };
  try {
    storage.setItem(PLAN_STORAGE_KEY, JSON.stringify(stored));
    return true;
  } catch {
    forgetPlan(storage);
    return false;
  }
}

/** Forgets the remembered plan; false when the storage could not be touched. */
export function forgetPlan(storage: PlanStorage | null): boolean {
  try {
    storage?.removeItem(PLAN_STORAGE_KEY);
    return storage !== null;
  } catch {
    return false;
  }
}

/** A workbook made for another plan than the one in use (or for another version of it), from its identity. */
export interface OtherPlan {
  /** The plan id the workbook names. */
  planId: string;
  /** The start of the content hash it names, when the id is the same and only the version differs. */
  hash: string | null;
  /** True when that is the embedded plan, so the pane can offer to go back to it. */
  embedded: boolean;
}

/**
 * Whether an identity names another plan than `inUse`, and which: its plan id, and its content hash (null where
 * only the id is known, as when a master of another plan was refused).
 */
export function otherPlanOf(planId: string, hash: string | null, inUse: PlanInUse): OtherPlan | null {
  if (planId === inUse.plan.id && hash === inUse.hash) return null;
  const sameId = planId === inUse.plan.id;
  return {
    planId,
    hash: sameId ? (hash ?? "").slice(0, 12) : null,
    embedded: inUse !== EMBEDDED && planId === EMBEDDED.plan.id && (hash === null || hash === EMBEDDED.hash),
  };
}

const OTHER_PLAN_CODES: IssueCode[] = ["identity-other-plan", "identity-plan-version"];

/**
 * The other plan a checked file was made for, from its identity issue (the validator page has the issues, not
 * the identity): `identity-other-plan` names the plan id, `identity-plan-version` the start of the hash.
 */
export function otherPlanInIssues(issues: Issue[], inUse: PlanInUse): OtherPlan | null {
  const issue = issues.find((i) => (OTHER_PLAN_CODES as string[]).includes(i.code));
  if (!issue) return null;
  const found = String(issue.params.found ?? "");
  if (issue.code === "identity-other-plan")
    return { planId: found, hash: null, embedded: inUse !== EMBEDDED && found === EMBEDDED.plan.id };
  return {
    planId: inUse.plan.id,
    hash: found,
    embedded:
      inUse !== EMBEDDED && inUse.plan.id === EMBEDDED.plan.id && found !== "" && EMBEDDED.hash.startsWith(found),
  };
}
