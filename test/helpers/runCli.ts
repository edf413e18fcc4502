import { run } from "../../cli/main";

/** Runs the command line in-process and captures what it prints. */
export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = jest
    .spyOn(process.stdout, "write")
    .mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await run(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Runs `f` with the system's locale set to `locale` (LC_ALL), as a user's shell would have it. */
export async function withLocale<T>(locale: string, f: () => Promise<T>): Promise<T> {
  const saved = process.env.LC_ALL;
  process.env.LC_ALL = locale;
  try {
    return await f();
  } finally {
    if (saved === undefined) delete process.env.LC_ALL;
    else process.env.LC_ALL = saved;
  }
}
