/**
 * The schema library stands on its own: `tendik/schema` from the packed package, in plain Node and through a
 * bundler, with nothing of the command line, ExcelJS or the add-in.
 *
 * The package is built here into a scratch folder (schema/ only, with declarations), packed with `npm pack`,
 * and unpacked into a consumer's node_modules the way `npm install` lays it out. Only ajv (the runtime of the
 * precompiled validators) is given to the consumer: every other require would fail, which is the point.
 * A full `npm install tendik-*.tgz` also works, but it fetches every dependency of the whole package
 * (React, Fluent UI, ExcelJS...: 308 packages, ~470 MB, ~4 minutes here), which is no test to run each time.
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack from "webpack";
import { catalogue, defaultPlan, planHash } from "../../schema";

const root = resolve(__dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "tendik-schema-package-"));
const pkg = join(scratch, "pkg");
const consumer = join(scratch, "consumer");
let packed: { filename: string; files: { path: string }[] };

const USE = `
const s = require("tendik/schema");
const plan = s.defaultPlan;
const out = {
  valid: s.checkPlanSchema(plan).valid,
  hash: s.planHash(plan),
  codes: Object.keys(s.catalogue).length,
  esom: s.findBody(plan.bodies, "esom") && s.findBody(plan.bodies, "esom").code,
  message: s.renderIssue(s.makeIssue("plan-unknown-body", { body: "X", measure: "1.1" }), "ru"),
};
console.log(JSON.stringify(out));
`;

beforeAll(() => {
  mkdirSync(join(pkg, "schema/plans"), { recursive: true });
  cpSync(join(root, "package.json"), join(pkg, "package.json"));
  cpSync(join(root, "README.md"), join(pkg, "README.md"));
  cpSync(join(root, "schema/schemas"), join(pkg, "schema/schemas"), { recursive: true });
  for (const f of readdirSync(join(root, "schema/plans")).filter((f) => f.endsWith(".json")))
    cpSync(join(root, "schema/plans", f), join(pkg, "schema/plans", f));
  writeFileSync(
    join(pkg, "tsconfig.json"),
    JSON.stringify({
      extends: join(root, "tsconfig.json"),
      compilerOptions: {
        outDir: "dist",
        rootDir: root,
        declaration: true,
        noEmit: false,
        typeRoots: [join(root, "node_modules/@types")],
        types: ["node"],
      },
      include: [join(root, "schema")],
    }),
  );
  // Type errors are the type-check's business (npm test); tsc emits all the same, and the files are what count.
  try {
    execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(pkg, "tsconfig.json")]);
  } catch (e) {
    if (!existsSync(join(pkg, "dist/schema/index.js"))) throw e;
  }
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", scratch], {
    cwd: pkg,
    encoding: "utf8",
  });
  packed = (JSON.parse(out) as (typeof packed)[])[0];

  // What `npm install ../tendik-0.1.0.tgz` lays out, without fetching the rest of the package's dependencies.
  mkdirSync(join(consumer, "node_modules"), { recursive: true });
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync("tar", ["-xzf", join(scratch, packed.filename), "-C", join(consumer, "node_modules")]);
  renameSync(join(consumer, "node_modules/package"), join(consumer, "node_modules/tendik"));
  symlinkSync(join(root, "node_modules/ajv"), join(consumer, "node_modules/ajv"), "dir");
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const expected = () => ({
  valid: true,
  hash: planHash(defaultPlan),
  codes: Object.keys(catalogue).length,
  esom: "ЭСӨМ",
  message: expect.stringContaining("Мероприятие 1.1"),
});

describe("tendik/schema, packed and installed", () => {
  it("packs the built schema library, its JSON Schemas and plans, and declarations for TypeScript", () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        "package.json",
        "dist/schema/index.js",
        "dist/schema/index.d.ts",
        "dist/schema/generated/validators.js",
        "schema/schemas/plan.schema.json",
        "schema/plans/kg-gender-equality-2018-2020.json",
        "schema/plans/sample-wps-2025-2026.json",
      ]),
    );
    const manifest = JSON.parse(readFileSync(join(consumer, "node_modules/tendik/package.json"), "utf8"));
    expect(manifest.exports["./schema"]).toEqual({
      types: "./dist/schema/index.d.ts",
      default: "./dist/schema/index.js",
    });
  });

  it("works from plain Node with ajv as its only dependency, and exports nothing else", () => {
    writeFileSync(join(consumer, "use.js"), USE);
    const out = execFileSync(process.execPath, ["use.js"], { cwd: consumer, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(expected());
    const schemaId = execFileSync(process.execPath, ["-p", 'require("tendik/schema/schemas/plan.schema.json").$id'], {
      cwd: consumer,
      encoding: "utf8",
    });
    expect(schemaId.trim()).toBe("https://schema.tendik.kg/v1/plan.json");
    const cli = execFileSync(
      process.execPath,
      ["-p", 'try { require("tendik/dist/cli/main.js") } catch (e) { e.code }'],
      { cwd: consumer, encoding: "utf8" },
    );
    expect(cli.trim()).toBe("ERR_PACKAGE_PATH_NOT_EXPORTED");
  });

  it("bundles for the browser with webpack, and the bundle runs", async () => {
    writeFileSync(join(consumer, "entry.js"), USE);
    const stats = await new Promise<webpack.Stats>((done, fail) =>
      webpack(
        {
          mode: "production",
          target: "web",
          context: consumer,
          entry: "./entry.js",
          output: { path: join(consumer, "bundle"), filename: "bundle.js" },
          performance: { hints: false },
        },
        (err, s) => (err || !s ? fail(err) : done(s)),
      ),
    );
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
    const modules = stats.toJson({ all: false, modules: true }).modules ?? [];
    expect(modules.some((m) => /exceljs|jszip|react|fluentui/.test(m.name ?? ""))).toBe(false);
    const out = execFileSync(process.execPath, [join(consumer, "bundle/bundle.js")], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(expected());
  });
});
