/**
 * Runs the command line as the user "nobody", for tests of permissions (root, which runs the tests here,
 * reads and writes anything): `node scripts/run-ts.js test/helpers/cliAsNobody.ts ARGS...`. Started by
 * another user, it runs as that user, whom the same file modes refuse already.
 */
import { run } from "../../cli/main";

/** Drops to nobody (65534) when root, and runs `tendik ARGS...`, exiting with its code. */
export async function main(args: string[]): Promise<void> {
  if (process.getuid?.() === 0) {
    process.setgid!(65534);
    process.setuid!(65534);
  }
  process.exitCode = await run(args);
}
