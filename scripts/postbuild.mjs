#!/usr/bin/env node
// After tsc: make the `tendik` bin runnable, and keep the embedded plans' JSON in dist/ without indentation.
import { chmodSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

// tsc keeps the shebang but not the executable bit: make the `tendik` bin runnable after `npm ci`.
chmodSync(new URL("../dist/cli/main.js", import.meta.url), 0o755);

// tsc copies a required JSON file re-indented (757 KB for the embedded plan); the command line reads it at every
// start, and reading it without the indentation takes 11 ms instead of 18. The sources stay readable.
const plans = new URL("../dist/schema/plans/", import.meta.url);
for (const name of readdirSync(plans).filter((n) => n.endsWith(".json"))) {
  const file = new URL(name, plans);
  writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, "utf8"))));
}
