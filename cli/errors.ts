/** A command line that cannot run as given (unknown option, unknown agency, bad period): exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
