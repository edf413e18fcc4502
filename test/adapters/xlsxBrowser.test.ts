/**
 * The .xlsx adapter in the browser: bundled by webpack for target "web" (so ExcelJS resolves through its
 * package.json "browser" field to dist/exceljs.min.js) and run in a bare V8 context with no require, process,
 * Buffer or other Node globals. No browser is installed here; this is the closest check without one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createContext, runInContext } from "node:vm";
import webpack from "webpack";

const root = resolve(__dirname, "../..");

function bundle(dir: string): Promise<string> {
  const entry = join(dir, "entry.ts");
  writeFileSync(
    entry,
    `export { readWorkbook, writeWorkbook } from ${JSON.stringify(join(root, "adapters/xlsx"))};\n` +
      `export { exampleSpec } from ${JSON.stringify(join(root, "test/adapters/xlsxSpec"))};\n`,
  );
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    context: root,
    entry,
    output: { path: dir, filename: "bundle.js", library: { name: "TendikXlsx", type: "var" } },
    resolve: { extensions: [".ts", ".js"], modules: [join(root, "node_modules")] },
    resolveLoader: { modules: [join(root, "node_modules")] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: join(root, "tsconfig.json") },
        },
      ],
    },
  });
  return new Promise((done, fail) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats || stats.hasErrors()) return fail(err ?? new Error(stats?.toString("errors-only")));
      const modules = stats.toJson({ modules: true }).modules ?? [];
      done(modules.map((m) => m.name ?? "").join("\n"));
    }),
  );
}

describe("the .xlsx adapter in a browser bundle", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "tendik-web-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("bundles ExcelJS's browser build and writes and reads back without Node globals", async () => {
    const modules = await bundle(dir);
    expect(modules).toContain("exceljs/dist/exceljs.min.js");
    expect(modules).not.toMatch(/exceljs\/lib\//);

    const ctx: Record<string, unknown> = {
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      TextEncoder,
      TextDecoder,
    };
    ctx.self = ctx;
    ctx.window = ctx;
    createContext(ctx);
    runInContext(`${readFileSync(join(dir, "bundle.js"), "utf8")}\n;globalThis.TendikXlsx = TendikXlsx;`, ctx);
    const result = await runInContext(
      `(async () => {
        const { writeWorkbook, readWorkbook, exampleSpec } = TendikXlsx;
        const bytes = await writeWorkbook(exampleSpec());
        const grid = await readWorkbook(bytes.buffer);
        const r = grid.sheets[0];
        return JSON.stringify({
          globals: [typeof process, typeof Buffer, typeof require],
          plain: Object.getPrototypeOf(bytes) === Uint8Array.prototype,
          sheets: grid.sheets.map((s) => [s.name, s.state]),
          cells: ["C10", "E7", "D7"].map((ref) => r.cells.get(ref)),
        });
      })()`,
      ctx,
    );
    expect(JSON.parse(result)).toEqual({
      globals: ["undefined", "undefined", "undefined"],
      plain: true,
      sheets: [
        ["Отчёт", "visible"],
        ["_lists", "hidden"],
        ["_tendik", "veryHidden"],
      ],
      cells: [
        { value: 12, formula: "SUM(C8:C9)" },
        { value: "=1+1", numFmt: "@" },
        { value: 43830, numFmt: "dd.mm.yyyy" },
      ],
    });
  });
});
