/**
 * Faults, paths and hostile keys (issue 11): each case, what Tendik answers (an issue code or a behaviour), and
 * the test that proves it. The "Faults and paths" section of docs/hostile-input.md is generated from this list
 * (`faultsMarkdown`), after the reader's cases (test/fuzz/hostileCases.ts); test/security/hostileDoc.test.ts
 * fails when the file is stale and checks every code and test named here exists.
 */
import type { IssueCode } from "../../schema";

export interface FaultCase {
  /** The bad input or fault. */
  what: string;
  /** An issue code the file gets, when the answer is an issue. */
  code?: IssueCode;
  /** What Tendik does. */
  answer: string;
  /** The test file that proves it. */
  test: string;
}

const INPUTS = "test/cli/faultInputs.test.ts";
const FILES = "test/cli/faultFiles.test.ts";
const KILL = "test/cli/mergeFault.test.ts";
const LOCK = "test/cli/mergeLock.test.ts";
const REJECTIONS = "test/cli/faultRejections.test.ts";
const PROTO = "test/security/prototypePollution.test.ts";
const PATHS = "test/cli/faultPaths.test.ts";
const HAND_EDITED = "test/coordinator/handEditedMaster.test.ts";
const CSV = "test/coordinator/status.test.ts";

export const FAULT_CASES: FaultCase[] = [
  {
    what: "a named pipe, `/dev/zero`, `/dev/urandom` or a socket named as a file (validate or merge)",
    answer: "refused before anything is read, naming the path and what it is; exit 2",
    test: INPUTS,
  },
  {
    what: "a folder named as a file (validate)",
    answer: "refused naming the folder (no `EISDIR`); exit 2",
    test: INPUTS,
  },
  { what: "a folder inside a merged folder (even one named `*.xlsx`)", answer: "skipped", test: INPUTS },
  {
    what: "a named pipe inside a merged folder",
    code: "file-not-regular",
    answer: "rejected without opening it (no wait for a writer); the other files are merged",
    test: INPUTS,
  },
  {
    what: "a file larger than the limit (8 MB)",
    code: "file-too-large",
    answer: "refused from its size before reading; never more than the limit + 1 byte is read from any input",
    test: INPUTS,
  },
  {
    what: "a file changed after it was read and before the master is written (size, time or inode)",
    code: "file-changed-during-read",
    answer: "rejected, not merged half-read; each file is read once, and what is hashed is what is validated",
    test: INPUTS,
  },
  {
    what: "a file removed or renamed while the merge runs",
    code: "file-vanished",
    answer: "rejected; the other files are merged",
    test: INPUTS,
  },
  {
    what: "a master (or any file Tendik writes) in a folder that does not exist",
    answer: "“the folder … does not exist”, naming it (no raw `ENOENT` about the lock or a temporary file); exit 2",
    test: INPUTS,
  },
  {
    what: "a folder or a device given as the master",
    answer: "refused naming the path before anything is read or locked; exit 2",
    test: INPUTS,
  },
  {
    what: "a merge killed (SIGKILL) halfway through writing the master",
    answer: "the previous master byte for byte as it was, and openable",
    test: KILL,
  },
  {
    what: "a merge killed as its temporary file appears",
    answer: "either the previous master or the complete new one, never a mix",
    test: KILL,
  },
  {
    what: "temporary files (`.MASTER.xlsx.PID.TIME.tmp`) and a lock left by a killed merge",
    answer: "removed by the next merge, which takes the stale lock over; those of a running process are kept",
    test: KILL,
  },
  {
    what: "a lock being created (the old one existed for a moment without its process id)",
    answer:
      "the id is written to a temporary file first and hard-linked into place, so a lock never exists without its owner; an empty lock from an older Tendik is stale",
    test: FILES,
  },
  {
    what: "a lock held by a running merge",
    answer:
      "waited for (30 s, or TENDIK_LOCK_WAIT_MS), then refused naming the process; exit 2; a live lock is never taken",
    test: LOCK,
  },
  {
    what: "two merges started together into one master",
    answer: "the second waits for the first; both sets of files are in the master",
    test: KILL,
  },
  {
    what: "a master with its own mode and owner (e.g. 0640, another user)",
    answer: "the new master gets the old one's mode and owner before it replaces it",
    test: FILES,
  },
  {
    what: "a read-only master (no write permission bit)",
    answer: "refused clearly (“… is read-only”), left as it was; exit 2",
    test: FILES,
  },
  {
    what: "a full disk while the master is written (an injected ENOSPC, and a real full tmpfs)",
    answer: "“the disk is full” with the path; the master intact, no temporary file, no lock; exit 2",
    test: FILES,
  },
  {
    what: "a full disk while the lock is written",
    answer: "no lock left (not even an empty one), the path in the message; exit 2",
    test: FILES,
  },
  {
    what: "a rejected file with thousands of issues (60,000 junk rows)",
    code: "file-more-issues",
    answer: "its first 50 issues go to “Rejected files”, then one row saying how many more; the log counts them all",
    test: REJECTIONS,
  },
  {
    what: "a symbolic link loop (`ELOOP`) inside a merged folder",
    code: "file-link-loop",
    answer:
      "rejected naming it; the other files are merged (and the master's log stays readable: a file not read is logged with the SHA-256 of nothing)",
    test: PATHS,
  },
  {
    what: "a file the merging user may not read (`EACCES`) inside a merged folder",
    code: "file-no-permission",
    answer: "rejected naming it; the other files are merged",
    test: PATHS,
  },
  {
    what: "a merged folder the user may not list (`EACCES`)",
    answer: "refused naming the folder (“… may not be read by this user”); nothing merged; exit 2",
    test: PATHS,
  },
  {
    what: "a symbolic link loop named on the command line",
    answer: "refused naming the path (“… is a symbolic link that leads back to itself”); exit 2",
    test: PATHS,
  },
  {
    what: "a master named through a symbolic link",
    answer:
      "merged into the link's target, locked and replaced where it really is; the link stays a link. A link to nothing is refused naming both; exit 2",
    test: PATHS,
  },
  {
    what: "a master's name of 240 bytes (the temporary file's name would pass 255: `ENAMETOOLONG`)",
    answer:
      "written: temporary files and the lock of a long name are named by its hash; a name over 255 bytes is “too long for this file system”, exit 2 (never 70)",
    test: PATHS,
  },
  {
    what: "a master in a folder the user may not write in (`EACCES`)",
    answer:
      "“cannot write in the folder … (no permission)” with the path as typed, before anything is written; no temporary file named; exit 2",
    test: PATHS,
  },
  {
    what: "a 300 MB file (or a folder) at the lock's path",
    answer: "at most 64 bytes read: refused as “not a lock tendik made”, left for its owner; exit 2",
    test: PATHS,
  },
  {
    what: "a master edited by hand: a row copied, a period typed that is none",
    answer: "status, report, export and merge refuse it naming the sheet and both rows (or the cell); exit 2",
    test: HAND_EDITED,
  },
  {
    what: "agency text starting with `=`, `+`, `-`, `@`, tab or CR in `status --csv` (names, phones, e-mails, file names)",
    answer:
      "OWASP's rule: a leading `'`, so Excel shows it as text (“'+996 …”); the open-data CSVs keep values as typed, and datapackage.json says so and counts them per table",
    test: CSV,
  },
  {
    what: "`__proto__`, `constructor`, `prototype` as identity keys (hidden `_tendik` sheet), sheet names or defined names",
    answer: "ignored: the report (or the master) reads the same, no prototype changes",
    test: PROTO,
  },
  {
    what: "`__proto__` or `constructor.prototype` in JSON input (`tendik template --prefill`)",
    answer: "refused as not a report document, or ignored; no prototype changes",
    test: PROTO,
  },
];

/** The "Faults and paths" section of docs/hostile-input.md. */
export function faultsMarkdown(): string {
  const lines = [
    "",
    "## Faults, paths and hostile keys",
    "",
    "Generated from `test/security/faultCases.ts` (`faultsMarkdown`); do not edit by hand.",
    "`node scripts/run-ts.js scripts/measure-faults.ts` measures each through `tendik validate` and `tendik merge`.",
    "",
    "| bad input or fault | what Tendik answers | test |",
    "|---|---|---|",
  ];
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  for (const c of FAULT_CASES)
    lines.push(`| ${cell(c.what)} | ${c.code ? `\`${c.code}\`: ` : ""}${cell(c.answer)} | \`${c.test}\` |`);
  return `${lines.join("\n")}\n`;
}
