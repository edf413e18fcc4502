/**
 * Runs a coordinator command as `tendik` does (captured output; misuse is exit 2), through main.ts when it
 * registers the command, else through the command's own runner.
 */
import { reportCommand } from "../../cli/commands/report";
import { statusCommand } from "../../cli/commands/status";
import { exportCommand } from "../../cli/commands/export";
import { returnCommand } from "../../cli/commands/return";
import { UsageError } from "../../cli/errors";
import { runCli } from "../helpers/runCli";

const RUNNERS: Record<string, (argv: string[]) => Promise<number>> = {
  report: reportCommand,
  status: statusCommand,
  export: exportCommand,
  return: returnCommand,
};

export async function runTendik(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const help = await runCli(["--help"]);
  if (help.stdout.includes(`tendik ${argv[0]} `)) return runCli(argv);
  return runCli(["__unregistered__"]).then(async () => {
    let stdout = "";
    let stderr = "";
    const out = jest
      .spyOn(process.stdout, "write")
      .mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
    const err = jest
      .spyOn(process.stderr, "write")
      .mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
    try {
      const code = await RUNNERS[argv[0]](argv.slice(1));
      return { code, stdout, stderr };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "";
      if (e instanceof UsageError || code.startsWith("ERR_PARSE_ARGS_") || code === "ENOENT") {
        stderr += `tendik: ${(e as Error).message}\n`;
        return { code: 2, stdout, stderr };
      }
      throw e;
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
}
