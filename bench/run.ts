#!/usr/bin/env node
/**
 * `npm run bench`: figures measured side by side in one run. Timings never go into tests: these machines
 * are noisy, so a benchmark prints and a person reads.
 */
import { benchTargets } from "./targets";
import { benchValidate } from "./validate";

async function main(): Promise<void> {
  const which = process.argv[2] ?? "all";
  console.log(`tendik bench — node ${process.version}, ${new Date().toISOString()}`);
  if (which === "all" || which === "targets") for (const line of await benchTargets()) console.log(line);
  if (which === "all" || which === "validate") for (const line of await benchValidate()) console.log(line);
  if (which === "all" || which === "report") {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { benchReport } = require("./report") as { benchReport: () => Promise<string[]> };
    for (const line of await benchReport()) console.log(line);
  }
  if (which === "all" || which === "merge") {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { benchMerge } = require("./merge") as { benchMerge: () => Promise<string[]> };
    for (const line of await benchMerge()) console.log(line);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
