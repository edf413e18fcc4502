/**
 * The command line in the chosen language: --lang, else the system's locale, else Kyrgyz; its own sentences and
 * the system's file errors said with the path the user typed and what to do; a closed pipe ends quietly.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { languageFromEnv } from "../../cli/language";
import { cliMessages } from "../../cli/messages";
import { messageArguments } from "../../schema";
import { runCli } from "../helpers/runCli";

const dir = mkdtempSync(join(tmpdir(), "tendik-lang-"));
const MAIN = join(__dirname, "../../dist/cli/main.js");

describe("the language of the command line", () => {
  it.each([
    [{ LANG: "ky_KG.UTF-8" }, "ky"],
    [{ LANG: "ru_RU.UTF-8" }, "ru"],
    [{ LANG: "en_GB.UTF-8" }, "en"],
    [{ LANG: "en_US" }, "en"],
    [{ LC_ALL: "ru_RU.UTF-8", LANG: "en_US.UTF-8" }, "ru"],
    [{ LC_MESSAGES: "en_US.UTF-8", LANG: "ru_RU.UTF-8" }, "en"],
    [{ LANG: "C.UTF-8" }, "ky"],
    [{ LANG: "de_DE.UTF-8" }, "ky"],
    [{}, "ky"],
  ])("%o is %s", (env, lang) => {
    expect(languageFromEnv(env)).toBe(lang);
  });

  it("has every sentence in every language, with the same slots", () => {
    const slots = (t: string) => [...messageArguments(t)].sort();
    for (const [key, ky] of Object.entries(cliMessages.ky)) {
      expect([key, slots(cliMessages.ru[key as keyof typeof cliMessages.ru])]).toEqual([key, slots(ky)]);
      expect([key, slots(cliMessages.en[key as keyof typeof cliMessages.en])]).toEqual([key, slots(ky)]);
    }
  });
});

describe("file errors, said with the path typed", () => {
  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => join(dir, "nope.xlsx"), /nope\.xlsx: такого файла или папки нет\. Проверьте путь\.$/],
    ["a folder", () => dir, /: это папка, а не файл\. Укажите сам файл\.$/],
    [
      "a loop of links",
      () => {
        const a = join(dir, "a.xlsx");
        const b = join(dir, "b.xlsx");
        if (!existsSync(a)) {
          symlinkSync(b, a);
          symlinkSync(a, b);
        }
        return a;
      },
      /a\.xlsx: ссылки образуют замкнутый круг\. Укажите настоящий путь к файлу\.$/,
    ],
    ["a name too long", () => join(dir, `${"x".repeat(300)}.xlsx`), /: слишком длинное имя файла или путь\./],
  ];
  it.each(cases)("%s: exit 2, one sentence in Russian, no system code", async (_name, path, sentence) => {
    const r = await runCli(["read", path(), "--lang", "ru"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(sentence);
    expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b|internal error/);
  });

  it("calls README.md no workbook, not a renamed CSV", async () => {
    const readme = join(dir, "README.md");
    writeFileSync(readme, "# Notes\n\nSome text; with; semicolons\n");
    const r = await runCli(["validate", readme, "--json", "--lang", "en"]);
    expect(JSON.parse(r.stdout).tasks[0].issues.map((i: { code: string }) => i.code)).toEqual(["file-not-workbook"]);
  });
});

describe("the command line as a process", () => {
  const built = existsSync(MAIN);
  (built ? it : it.skip)("ends quietly with exit 0 when the reader closes the pipe", () => {
    const out = execFileSync(
      "bash",
      ["-o", "pipefail", "-c", `node ${MAIN} catalogue | head -c 10 >/dev/null; echo $?`],
      {
        encoding: "utf8",
      },
    );
    expect(out.trim()).toBe("0");
    const r = spawnSync("bash", ["-c", `node ${MAIN} plan --json | head -c 100 >/dev/null`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
  });

  (built ? it : it.skip)("gives each subcommand's --help its own", () => {
    const help = (...args: string[]) => execFileSync("node", [MAIN, ...args], { encoding: "utf8" });
    expect(help("catalogue", "--help")).toMatch(/^ {2}tendik catalogue/);
    expect(help("catalogue", "--help")).not.toContain("## `");
    expect(help("plan", "export", "--help")).toMatch(/^ {2}tendik plan export/);
    expect(help("plan", "import", "--help")).toMatch(/^ {2}tendik plan import/);
  });
});
