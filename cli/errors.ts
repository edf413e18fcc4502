/**
 * What the command line throws when it cannot run as asked: one base class, so `run` tells "could not run"
 * (exit 2, one line for the user) from a bug (exit 70, with a request to report it) without guessing from names.
 */
import type { CliMessageKey } from "./messages";

/** A sentence of the command line's messages (cli/messages.ts), worded by `run` in the chosen language. */
export interface CliWords {
  key: CliMessageKey;
  values?: Record<string, string | number>;
}

export abstract class CliError extends Error {
  /** What to say, in the user's language; without it the message is said as it is. */
  words?: CliWords;
}

/** A command line that cannot run as given (unknown option, unknown agency, bad period). */
export class UsageError extends CliError {
  override name = "UsageError";
}

/** An input or output the command cannot use: a file missing or unreadable, a foreign master, a full disk. */
export class InputError extends CliError {
  override name = "InputError";
}

/**
 * A usage error with its sentence: the message (for logs and tests that read it) is the key and values; `run`
 * says the sentence in the chosen language.
 * @example throw usageError("missingOption", { option: "--into", example: "tendik merge --into master.xlsx inbox/" })
 */
export function usageError(key: CliMessageKey, values: CliWords["values"] = {}): UsageError {
  const e = new UsageError(`${key} ${JSON.stringify(values)}`);
  e.words = { key, values };
  return e;
}

/** An input error with its sentence (see usageError). */
export function inputError(key: CliMessageKey, values: CliWords["values"] = {}, cause?: unknown): InputError {
  const e = new InputError(`${key} ${JSON.stringify(values)}`, cause === undefined ? undefined : { cause });
  e.words = { key, values };
  return e;
}
