/** Every command has its help, and the exit codes keep data problems, misuse and bugs apart. */
import * as validateCommand from "../../cli/commands/validate";
import { runCli } from "../helpers/runCli";

const COMMANDS = ["plan", "template", "read", "validate", "merge", "demo"];

describe("tendik --help and tendik COMMAND --help", () => {
  it("lists every command, and names every language", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    for (const c of COMMANDS) expect(stdout).toContain(`tendik ${c}`);
    expect(stdout).not.toMatch(/--lang ky\|ru(?!\|en)/);
  });

  it.each(COMMANDS)("tendik %s --help prints its usage and exits 0", async (command) => {
    const { code, stdout, stderr } = await runCli([command, "--help"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(`tendik ${command}`);
  });
});

describe("exit codes", () => {
  it("2 for misuse, with one line and no stack", async () => {
    const { code, stderr } = await runCli(["merge", "--bogus"]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("70 for a bug, which asks to be reported and is never taken for a data problem", async () => {
    const spy = jest.spyOn(validateCommand, "runValidate").mockRejectedValue(new TypeError("x is undefined"));
    try {
      const { code, stderr } = await runCli(["validate", "any.xlsx"]);
      expect(code).toBe(70);
      expect(stderr).toContain("internal error, please report it");
      expect(stderr).toContain("TypeError: x is undefined");
    } finally {
      spy.mockRestore();
    }
  });
});
