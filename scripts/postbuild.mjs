#!/usr/bin/env node
// tsc keeps the shebang but not the executable bit: make the `tendik` bin runnable after `npm ci`.
import { chmodSync } from "node:fs";
chmodSync(new URL("../dist/cli/main.js", import.meta.url), 0o755);
