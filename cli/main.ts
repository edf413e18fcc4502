#!/usr/bin/env node
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { isWorkbookReadError } from "../core/read/errors";
import { CliError, usageError } from "./errors";
import { languageOfArgs, resolveLanguage } from "./language";
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
      "tendik plan [--json] [--lang ky|ru|en] [--plan PLAN.json]    summary of the plan, bodies by every name",
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
  report: {
    usage: [
      "tendik report --master MASTER.xlsx --period 2019|2019-H2 [--lang ky|ru|en] --out REPORT.docx  the consolidated report (Word)",
      '        [--addressee TEXT] [--number N] [--date DD.MM.YYYY] [--signatory "position, name"]',
    ],
    help: "The consolidated report the coordinating body signs and sends to the Government: a first page with the issuing body and the addressee (from the plan, or --addressee), the outgoing number and date (--number, --date; else blank lines to fill), the title and the period; a summary (of the plan's measures, how many were completed, in progress, overdue…, by each measure's verdict, and the change since the previous period, with charts); then per measure in the plan's order its verdict, the bodies' own statuses, each indicator by name and unit with each body's value and the total across bodies, what was done and the obstacles; the signature block (--signatory, else blank lines); annexes with every measure's verdict and the bodies that did not report. A year joins both half-years. The language is the master's unless --lang is given.",
  },
  status: {
    usage: [
      "tendik status --master MASTER.xlsx [--period P] [--lang ky|ru|en] [--json] [--csv FILE]  measures by verdict, who has not reported, whom to call",
    ],
    help: "Per period: the bodies by state and the plan's measures by verdict (the counts the master and the open data show). Per reporting body and period: submitted, rejected or missing; the measures whose deadline passed that are not reported done; whom to call (the contact typed in the body's latest report of any period, else the plan's contacts register, and which). --json adds counts per chapter and one verdict per measure. --csv writes the body rows for a mail merge (UTF-8 with BOM; a text that Excel would take for a formula, such as =… or +996 …, starts with ').",
  },
  return: {
    usage: ["tendik return FILE... [--lang ky|ru|en] [--out DIR]         send a submission back for correction"],
    help: "Writes NAME-return.xlsx (beside the file, or in DIR): the agency's own file with each issue marked at its cell (a fill and a note) and a first sheet listing the issues, in the agency's language (the template's, unless --lang is given). The copy is still the same template. Exit 1 when a file cannot be read at all.",
  },
  export: {
    usage: [
      "tendik export --master MASTER.xlsx --out DIR [--licence ID] [--lang ky|ru|en]   the master's tables as open data",
    ],
    help: "A Frictionless Tabular Data Package: DIR/datapackage.json with a Table Schema per table and one UTF-8 CSV per table (and the measures' verdicts and their counts per period), with a byte-order mark for Excel (codes, ISO dates; the preparers' contacts are left out). --licence names the data's licence by its Open Definition or SPDX id (CC-BY-4.0, ODbL-1.0, CC0-1.0); without it the descriptor says none is chosen yet. Values are published as typed, a text starting with = included; the descriptor says so.",
  },
  "plan export": {
    usage: ["tendik plan export --xlsx FILE [--plan PLAN.json] [--blank]  the plan as an editable authoring workbook"],
    help: "Writes the plan (the embedded one, or PLAN.json) as the authoring workbook a coordinator edits: the plan's facts, its measures one row per indicator, its responsible bodies and the instructions. --blank writes a new plan with the same bodies and no measures.",
  },
  "plan import": {
    usage: [
      "tendik plan import FILE --out PLAN.json [--lang ky|ru|en] [--json]  an authoring workbook as a checked plan file",
    ],
    help: "Reads an authoring workbook back into a plan file checked against the plan schema and its cross-references. Every problem is listed at its cell, in the chosen language; the plan file is written only when there are none (exit 1 otherwise).",
  },
  catalogue: {
    usage: ["tendik catalogue                                            the issue catalogue as Markdown"],
    help: "Prints every issue code with its severity, parameters and messages in ky, ru and en, as docs/issues.md holds them (npm run docs writes it).",
  },
  demo: {
    usage: ["tendik demo [--out DIR]                                    the whole job on the embedded plan"],
    help: "Writes templates for every body, realistic submissions, validates them and merges them into DIR/master.xlsx.",
  },
};

function mainHelp(): string {
  return `tendik — reporting on a national action plan, in Excel

Usage:
${Object.entries(HELP)
  .filter(([name]) => !name.includes(" ")) // a subcommand's lines are its command's already
  .flatMap(([, c]) => c.usage)
  .map((u) => `  ${u}`)
  .join("\n")}

"tendik COMMAND --help" tells more of a command.
Every command takes --plan PLAN.json (a plan file made by "tendik plan import"); without it, the embedded plan.
Exit codes: 0 fine; 1 problems found in the data; 2 could not run (bad arguments, unreadable file); 70 a bug (please report it).
`;
}

function commandHelp(name: string): string {
  const h = HELP[name];
  return `${h.usage.map((u) => `  ${u}`).join("\n")}\n\n${h.help}\n`;
}

type Runner = (argv: string[]) => Promise<number> | number;

/**
 * The plan of `--plan PLAN.json` (checked), or the embedded plan. The checker (the plan authoring modules with
 * it) is loaded only for a plan file.
 */
const planOption = async (file: string | undefined) =>
  file === undefined ? (await import("../schema")).defaultPlan : (await import("./planOption")).loadPlanOption(file);

// Each command's module is loaded when it runs, so `tendik validate` does not pay for the writer, the merge or
// the Word report at start.

/**
 * A check of a few files is over before V8's optimizing compiler pays for what it costs (on two cores it
 * competes with the check itself): `tendik validate` of one file took 0.31 s with it and 0.27 s without, and
 * broke even at about ten files. Only for those short runs is it switched off; every other command keeps it.
 */
const FEW_FILES = 4;
function leanForFewFiles(files: number): void {
  // Only in a process of its own: the flag holds for the whole process (a test runner calling main() goes on).
  if (files <= FEW_FILES && require.main === module) setFlagsFromString("--no-opt");
}

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
        plan: { type: "string" },
      },
    });
    return (await import("./commands/template")).runTemplate({
      ...values,
      outDir: values["out-dir"],
      plan: await planOption(values.plan),
    });
  },
  read: async (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, lang: { type: "string" }, plan: { type: "string" } },
    });
    if (positionals.length !== 1) throw usageError("oneFile", { example: "tendik read report.xlsx --json" });
    leanForFewFiles(1);
    return (await import("./commands/read")).runRead({
      file: positionals[0],
      json: values.json ?? false,
      lang: resolveLanguage(values.lang),
      plan: await planOption(values.plan),
    });
  },
  validate: async (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, lang: { type: "string" }, plan: { type: "string" } },
    });
    leanForFewFiles(positionals.length);
    return (await import("./commands/validate")).runValidate({
      files: positionals,
      json: values.json ?? false,
      lang: resolveLanguage(values.lang),
      plan: await planOption(values.plan),
    });
  },
  merge: async (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        into: { type: "string" },
        json: { type: "boolean", default: false },
        lang: { type: "string" },
        plan: { type: "string" },
      },
    });
    return (await import("./commands/merge")).runMerge({
      into: values.into,
      inputs: positionals,
      json: values.json ?? false,
      lang: values.lang === undefined ? undefined : resolveLanguage(values.lang),
      plan: await planOption(values.plan),
    });
  },
  report: async (argv) => (await import("./commands/report")).reportCommand(argv),
  status: async (argv) => (await import("./commands/status")).statusCommand(argv),
  return: async (argv) => (await import("./commands/return")).returnCommand(argv),
  export: async (argv) => (await import("./commands/export")).exportCommand(argv),
  demo: async (argv) => {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: { out: { type: "string" }, plan: { type: "string" } },
    });
    return (await import("./commands/demo")).runDemo({ out: values.out, plan: await planOption(values.plan) });
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
    // A subcommand's help is its own ("plan export --help"), not its command's.
    const sub = `${name} ${rest[0]}`;
    process.stdout.write(commandHelp(Object.hasOwn(HELP, sub) ? sub : name));
    return 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw usageError("unknownCommand", { name });
  (await import("./nodeZipCodec")).useNodeZipCodec();
  return command(rest);
}

/**
 * An error that stops the command, as one sentence in the user's language: the command line's own sentences,
 * the system's file errors with the path the user typed, the argument parser's complaints; otherwise the
 * message as it is (a typed condition that words itself).
 */
async function sentenceOf(err: unknown, argv: string[]): Promise<string> {
  const lang = languageOfArgs(argv);
  const { cliText, isSystemError } = await import("./messages");
  const e = err as NodeJS.ErrnoException & { words?: CliError["words"] };
  const code = e?.code ?? "";
  const command = argv[0] ?? "";
  if (err instanceof CliError && err.words) return cliText(lang, err.words.key, err.words.values);
  // Node leaves the path out of a few errors (reading a folder): the file the user named is the one.
  const typed = argv.slice(1).find((a, i, all) => !a.startsWith("-") && !all[i - 1]?.startsWith("--"));
  if (isSystemError(code)) return cliText(lang, code, { path: e.path ?? typed ?? "" });
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(e.message)?.[1] ?? e.message;
    return cliText(lang, "unknownOption", { option, command });
  }
  if (code.startsWith("ERR_PARSE_ARGS_")) return cliText(lang, "badOption", { detail: e.message, command });
  return e.message;
}

/**
 * Runs a command line and returns its exit code. Misuse and unusable input print one line and exit 2; anything
 * else is a bug: exit 70, with the stack and a request to report it, never dressed up as a data problem.
 */
export async function run(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code ?? "";
    // A reader that closed the pipe (`tendik catalogue | head`) has what it wanted: nothing to say.
    if (code === "EPIPE") return 0;
    // Typed conditions of an input that cannot be used: a workbook that cannot be read, a master that is not
    // this plan's. Named by their classes, never guessed from names.
    // (The master's errors are loaded here, not at start: they stand on the schema library.)
    const unusable = isWorkbookReadError(err) || err instanceof (await import("../core/merge/errors")).MasterError;
    const { isSystemError } = await import("./messages");
    if (err instanceof CliError || unusable || code.startsWith("ERR_PARSE_ARGS_") || isSystemError(code)) {
      process.stderr.write(`tendik: ${await sentenceOf(err, argv)}\n`);
      return 2;
    }
    process.stderr.write(
      `tendik: internal error, please report it with the command you ran: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 70;
  }
}

/**
 * Ends the process once everything written to stdout and stderr has been handed to the system. Letting Node
 * wind down by itself cost another 20–40 ms after the work was done (a third of validating one file);
 * the empty writes' callbacks come after every earlier write, so nothing is cut off where pipes are
 * asynchronous (Windows).
 */
async function exitWhenFlushed(code: number): Promise<never> {
  await Promise.all(
    [process.stdout, process.stderr].map((s) => new Promise<void>((done) => s.write("", () => done()))),
  );
  process.exit(code);
}

if (require.main === module) {
  // A closed pipe (`tendik catalogue | head`, `plan --json | head -c 100`) ends the command quietly, exit 0.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(0);
      throw e;
    });
  void run(process.argv.slice(2)).then(exitWhenFlushed);
}
