/**
 * Runs the command line as the user "nobody", for tests of permissions (root, which runs the tests here,
 * reads and writes anything): `node scripts/run-ts.js test/helpers/cliAsNobody.ts ARGS...`, started as root.
 */
import { run } from "../../cli/main";

/** Drops to nobody (65534) and runs `tendik ARGS...`, exiting with its code. */
export async function main(args: string[]): Promise<void> {
  process.setgid!(65534);
  process.setuid!(65534);
  process.exitCode = await run(args);
}
