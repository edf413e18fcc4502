#!/usr/bin/env node
import { parseArgs } from "node:util";
import { CliError, UsageError } from "./errors";
import { resolveLanguage } from "./resolve";
import { version as VERSION } from "../package.json";

/**
 * The commands: each with its usage lines (the first is its summary in `tendik --help`) and its own help text,
 * printed by `tendik COMMAND --help`.
 */
interface CommandHelp {
  usage: string[];
  help: string;
}

const HELP: Record<string, CommandHelp> = {
  plan: {
    usage: [
      "tendik plan [--json] [--plan PLAN.json]                    summary of the plan (the embedded one by default)",
      "tendik plan export --xlsx FILE [--plan PLAN.json] [--blank]  the plan as an editable authoring workbook",
      "tendik plan import FILE --out PLAN.json [--lang ky|ru|en]  an authoring workbook as a checked plan file",
    ],
    help: "Chapters, goals, tasks and measures per chapter, and the responsible bodies with their Latin aliases. `plan export` writes the plan as a workbook a coordinator edits (--blank: a new plan with the same bodies); `plan import` reads it back into a plan file, every problem at its cell; other commands use that file with --plan PLAN.json.",
  },
  template: {
    usage: [
      "tendik template --agency CODE --period 2019-H2 [--lang ky|ru|en] [--out FILE] [--prefill REPORT.json]",
      "tendik template --all --period 2019-H2 [--lang ky|ru|en] --out-dir DIR   one template per body that reports",
    ],
    help: "Writes a body's report template for a period. CODE is the body as the plan prints it (ЭСӨМ) or its Latin alias (ESOM).",
  },
  read: {
    usage: ["tendik read FILE [--json] [--lang ky|ru|en]                the report document a filled template holds"],
    help: "Prints the report a filled template holds; --json prints the document itself.",
  },
  validate: {
    usage: ["tendik validate FILE... [--lang ky|ru|en] [--json]         check filled templates before sending"],
    help: "Lists every problem of each file at its sheet and cell, in the chosen language. Exit 1 when a file has errors.",
  },
  merge: {
    usage: [
      "tendik merge --into MASTER.xlsx FILE|DIR... [--lang ky|ru|en] [--json]  merge submissions into the master",
    ],
    help: "Validates each file and merges the accepted ones into the master (created when missing), written whole or not at all. A folder's .xlsx files are merged in name order; files already in the master change nothing.",
  },
  demo: {
    usage: ["tendik demo [--out DIR]                                    the whole job on the embedded plan"],
    help: "Writes templates for every body, realistic submissions, validates them and merges them into DIR/master.xlsx.",
  },
};

function mainHelp(): string {
  return `tendik — reporting on a national action plan, in Excel

Usage:
${Object.values(HELP)
  .flatMap((c) => c.usage)
  .map((u) => `  ${u}`)
  .join("\n")}

"tendik COMMAND --help" tells more of a command.
Exit codes: 0 fine; 1 problems found in the data; 2 could not run (bad arguments, unreadable file); 70 a bug (please report it).
`;
}

function commandHelp(name: string): string {
  const h = HELP[name];
  return `${h.usage.map((u) => `  ${u}`).join("\n")}\n\n${h.help}\n`;
}

type Runner = (argv: string[]) => Promise<number> | number;

// Each command's module is loaded when it runs, so `tendik validate` does not pay for the writer, the merge or
// the Word report at start.

const commands: Record<string, Runner> = {
  plan: async (argv) => (await import("./commands/plan")).runPlanCommand(argv),
  template: async (argv) => {
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
    return (await import("./commands/template")).runTemplate({ ...values, outDir: values["out-dir"] });
  },
  read: async (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, lang: { type: "string" } },
    });
    if (positionals.length !== 1) throw new UsageError("tendik read FILE [--json]: exactly one file");
    return (await import("./commands/read")).runRead({
      file: positionals[0],
      json: values.json ?? false,
      lang: resolveLanguage(values.lang),
    });
  },
  validate: async (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, lang: { type: "string" } },
    });
    return (await import("./commands/validate")).runValidate({
      files: positionals,
      json: values.json ?? false,
      lang: resolveLanguage(values.lang),
    });
  },
  merge: async (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { into: { type: "string" }, json: { type: "boolean", default: false }, lang: { type: "string" } },
    });
    return (await import("./commands/merge")).runMerge({
      into: values.into,
      inputs: positionals,
      json: values.json ?? false,
      lang: values.lang === undefined ? undefined : resolveLanguage(values.lang),
    });
  },
  demo: async (argv) => {
    const { values } = parseArgs({ args: argv, strict: true, options: { out: { type: "string" } } });
    return (await import("./commands/demo")).runDemo({ out: values.out });
  },
  // The issue catalogue as Markdown: `npm run docs` writes it to docs/issues.md.
  catalogue: async () => {
    process.stdout.write((await import("../schema")).catalogueMarkdown() + "\n");
    return 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(mainHelp());
    return name ? 0 : 2;
  }
  if (Object.hasOwn(HELP, name) && (rest.includes("--help") || rest.includes("-h"))) {
    process.stdout.write(commandHelp(name));
    return 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new UsageError(`unknown command "${name}". Run "tendik --help" for the list.`);
  return command(rest);
}

/** Node's file errors that mean "this input or output cannot be used", not a bug. */
const FILE_ERRORS = ["ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "EEXIST", "ENOSPC", "EROFS", "EMFILE", "ELOOP"];

/**
 * Runs a command line and returns its exit code. Misuse and unusable input print one line and exit 2; anything
 * else is a bug: exit 70, with the stack and a request to report it, never dressed up as a data problem.
 */
export async function run(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code ?? "";
    if (err instanceof CliError || code.startsWith("ERR_PARSE_ARGS_") || FILE_ERRORS.includes(code)) {
      process.stderr.write(`tendik: ${(err as Error).message}\n`);
      return 2;
    }
    process.stderr.write(
      `tendik: internal error, please report it with the command you ran: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 70;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
