#!/usr/bin/env node
import { parseArgs } from "node:util";
import { UsageError } from "./errors";
import { runDemo } from "./commands/demo";
import { runPlan } from "./commands/plan";
import { runRead } from "./commands/read";
import { runTemplate } from "./commands/template";
import { runValidate } from "./commands/validate";
import { runMerge } from "./commands/merge";
import { catalogueMarkdown } from "../schema";
import { resolveLanguage } from "./resolve";
import { version as VERSION } from "../package.json";

const HELP = `tendik — reporting on a national action plan, in Excel

Usage:
  tendik plan [--json]                                   summary of the embedded plan
  tendik template --agency CODE --period 2019-H2 [--lang ky|ru] [--out FILE] [--prefill REPORT.json]
  tendik template --all --period 2019-H2 --out-dir DIR   one template per responsible body
  tendik read FILE --json                                the report document a filled template holds
  tendik validate FILE... [--lang ky|ru|en] [--json]     check filled templates before sending
  tendik merge --into MASTER.xlsx FILE|DIR... [--json]   merge submissions into the master workbook
  tendik demo [--out DIR]                                the whole job on the embedded plan

Exit codes: 0 ok; 1 problems found in the data; 2 could not run (bad arguments, unreadable file).
`;

type Runner = (argv: string[]) => Promise<number> | number;

const commands: Record<string, Runner> = {
  plan: (argv) => {
    const { values } = parseArgs({ args: argv, options: { json: { type: "boolean", default: false } }, strict: true });
    return runPlan({ json: values.json ?? false });
  },
  template: (argv) => {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        agency: { type: "string" },
        period: { type: "string" },
        lang: { type: "string" },
        out: { type: "string" },
        "out-dir": { type: "string" },
        all: { type: "boolean", default: false },
        prefill: { type: "string" },
      },
    });
    return runTemplate({ ...values, outDir: values["out-dir"] });
  },
  read: (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, lang: { type: "string" } },
    });
    if (positionals.length !== 1) throw new UsageError("tendik read FILE [--json]: exactly one file");
    return runRead({ file: positionals[0], json: values.json ?? false, lang: resolveLanguage(values.lang) });
  },
  validate: (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, lang: { type: "string" } },
    });
    return runValidate({ files: positionals, json: values.json ?? false, lang: resolveLanguage(values.lang) });
  },
  merge: (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { into: { type: "string" }, json: { type: "boolean", default: false }, lang: { type: "string" } },
    });
    return runMerge({
      into: values.into,
      inputs: positionals,
      json: values.json ?? false,
      lang: values.lang === undefined ? undefined : resolveLanguage(values.lang),
    });
  },
  demo: (argv) => {
    const { values } = parseArgs({ args: argv, strict: true, options: { out: { type: "string" } } });
    return runDemo({ out: values.out });
  },
  // The issue catalogue as Markdown: `npm run docs` writes it to docs/issues.md.
  catalogue: () => {
    process.stdout.write(catalogueMarkdown() + "\n");
    return 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}". Run "tendik --help" for the list.`);
  return command(rest);
}

/** Runs a command line and returns its exit code; misuse and unreadable input print one line, never a stack. */
export async function run(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code ?? "";
    const expected =
      err instanceof UsageError ||
      code.startsWith("ERR_PARSE_ARGS_") ||
      ["ENOENT", "EACCES", "EISDIR", "ENOTDIR", "EEXIST", "ENOSPC"].includes(code) ||
      (err instanceof Error &&
        err.name.endsWith("Error") &&
        !["Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError"].includes(err.name));
    if (expected) {
      process.stderr.write(`tendik: ${(err as Error).message}\n`);
      return 2;
    }
    process.stderr.write(
      `tendik: internal error, please report it: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 70;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
