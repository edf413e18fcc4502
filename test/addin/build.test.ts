// The add-in build: a deployment manifest that Office accepts, bundles without eval, the agency's first load
// within its budget, the merge code out of it, and the validator page as one file.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { ensureAddinBuilt, DIST, ROOT } from "../e2e/helpers/build";

/* eslint-disable @typescript-eslint/no-require-imports -- the build's own CommonJS helpers, as webpack loads them */
const { deploymentUrl, manifestFor, validateManifest } = require("../../addin/build/manifestPlugin");
const { evalSites } = require("../../addin/build/noEvalPlugin");
const { bundleSizes } = require("../../addin/build/bundleSizes");
/* eslint-enable @typescript-eslint/no-require-imports */

const XSD_DIR = join(ROOT, "../shared/manifest-xsd");
const devManifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("the deployment manifest (--env url=...)", () => {
  const origin = deploymentUrl("https://reports.mlsp.gov.kg/tendik");
  const manifest: string = manifestFor(devManifest, origin);

  it("points every add-in URL at the deployment origin and none at localhost", () => {
    expect(origin).toBe("https://reports.mlsp.gov.kg/tendik/");
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toMatch(
      /<SourceLocation DefaultValue="https:\/\/reports\.mlsp\.gov\.kg\/tendik\/taskpane\.html"\/>/,
    );
  });

  it("is valid against the manifest XSDs", async () => {
    await expect(validateManifest(manifest, XSD_DIR)).resolves.toEqual([]);
  });

  it("reads back through office-addin-manifest as Tendik's task pane", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "tendik-manifest-")), "manifest.xml");
    writeFileSync(file, manifest);
    // office-addin-manifest pulls in ES modules jest cannot require: read it back in a plain Node process.
    const script =
      'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
      ".then((m) => process.stdout.write(JSON.stringify(m)))";
    const info = JSON.parse(execFileSync(process.execPath, ["-e", script, file], { cwd: ROOT, encoding: "utf8" }));
    expect([info.displayName, info.officeAppType, info.hosts, info.defaultSettings?.sourceLocation]).toEqual([
      "Tendik",
      "TaskPaneApp",
      ["Workbook"],
      "https://reports.mlsp.gov.kg/tendik/taskpane.html",
    ]);
  });

  it("refuses an origin that is not https", () => {
    expect(() => deploymentUrl("http://reports.mlsp.gov.kg/")).toThrow(/https only/);
  });
});

describe("evalSites", () => {
  it("finds eval and Function constructors, not words that merely contain them", () => {
    expect(evalSites('a=new Function("x");b=eval(c);d=Function("return 1")')).toHaveLength(3);
    expect(evalSites("medieval(x); totalsRowFunction(); new FunctionCall()")).toEqual([]);
  });
});

describe("the built add-in (dist/addin)", () => {
  beforeAll(() => ensureAddinBuilt(), 900_000);

  it("has no eval or Function constructor in any bundle, inlined ones included", () => {
    const bundles = readdirSync(DIST).filter((f) => /\.(js|html)$/.test(f));
    expect(bundles.length).toBeGreaterThan(3);
    const found = bundles.flatMap((f) =>
      evalSites(readFileSync(join(DIST, f), "utf8")).map((s: string) => `${f}: ${s}`),
    );
    expect(found).toEqual([]);
  });

  it("loads at most 150 KB of JavaScript (gzip) before the agency's pane first paints, without the merge code", () => {
    const { pages, chunks } = bundleSizes(DIST);
    const pane = pages["taskpane.html"];
    expect(pane.scripts).toHaveLength(1);
    expect(pane.firstGzip).toBeLessThanOrEqual(150 * 1024);
    expect(pane.scripts.some((s: string) => s.startsWith("merge"))).toBe(false);
    expect(Object.keys(chunks).some((f) => f.startsWith("merge."))).toBe(true);
  });

  it("writes the validator page as one file: no validator.js beside it", () => {
    expect(readdirSync(DIST).filter((f) => f.startsWith("validator"))).toEqual(["validator.html"]);
  });

  it("writes the manifest for https://localhost:3000 by default, valid against the XSDs", async () => {
    const built = readFileSync(join(DIST, "manifest.xml"), "utf8");
    expect(built).toBe(devManifest);
    await expect(validateManifest(built, XSD_DIR)).resolves.toEqual([]);
  });

  it("puts a Content Security Policy on the pane that allows Office.js's CDN and nothing else remote", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(join(DIST, page), "utf8");
      const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
      const remote = [...csp.matchAll(/https?:\/\/[^\s;]+/g)].map((m) => m[0]);
      expect([page, remote]).toEqual([page, ["https://appsforoffice.microsoft.com"]]);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(csp).toMatch(/connect-src 'self'/);
    }
  });
});
