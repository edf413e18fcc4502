/**
 * What the command line throws when it cannot run as asked: one base class, so `run` tells "could not run"
 * (exit 2, one line for the user) from a bug (exit 70, with a request to report it) without guessing from names.
 */
export abstract class CliError extends Error {}

/** A command line that cannot run as given (unknown option, unknown agency, bad period). */
export class UsageError extends CliError {
  override name = "UsageError";
}

/** An input or output the command cannot use: a file missing or unreadable, a foreign master, a full disk. */
export class InputError extends CliError {
  override name = "InputError";
}
