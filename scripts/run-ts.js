#!/usr/bin/env node
/**
 * Runs the `main(args)` a TypeScript module of this repository exports, without a build:
 * `node scripts/run-ts.js FILE.ts ARGS...`.
 * Each .ts file is transpiled on require with the project's TypeScript (types are checked by `npm run
 * typecheck`, not here), so scripts that share code with the tests (the fuzz run, the corpus makers, the
 * measuring script) need no separate build.
 */
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node scripts/run-ts.js FILE.ts [ARGS...]\n");
  process.exit(2);
}
// The module exports `main(args)`; importing it (from a test) runs nothing.
const run = require(path.resolve(file)).main;
if (typeof run !== "function") {
  process.stderr.write(`${file} exports no main(args)\n`);
  process.exit(2);
}
Promise.resolve(run(args)).catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(70);
});
