// Emits manifest.xml and the assets it names. A deployment build (`--env url=https://reports.example.kg/tendik/`)
// writes the manifest with that origin in place of the dev server's https://localhost:3000/, and every build
// checks the manifest it emits against the Office add-in XSDs in ../shared/manifest-xsd/ (offline: Microsoft's
// validator is a web service). A manifest that does not validate fails the build.
const { existsSync, readdirSync, readFileSync } = require("fs");
const path = require("path");

const DEV_ORIGIN = "https://localhost:3000/";

/** The https origin (with its path) the add-in is served from, ending in "/". */
function deploymentUrl(url) {
  if (!url) return DEV_ORIGIN;
  const parsed = new URL(url);
  if (parsed.protocol !== "https:") throw new Error(`--env url=${url}: Office loads add-ins over https only`);
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/** The dev manifest with the deployment origin in place of https://localhost:3000/. */
function manifestFor(devManifest, origin) {
  return devManifest.split(DEV_ORIGIN).join(origin);
}

/** The assets/ files that manifest.xml names, so the build ships exactly those and fails if one is missing. */
function manifestAssets(manifest) {
  return [...new Set([...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[^"<\s]+)/g)].map((m) => m[1]))];
}

/** Errors of `xml` against the manifest XSDs; null when the XSDs are not next to the project. */
async function validateManifest(xml, xsdDir) {
  if (!existsSync(xsdDir)) return null;
  const { validateXML } = require("xmllint-wasm");
  const main = "OfficeAppManifestV1_1.xsd";
  const file = (name) => ({ fileName: name, contents: readFileSync(path.join(xsdDir, name), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [file(main)],
    preload: readdirSync(xsdDir)
      .filter((f) => f.endsWith(".xsd") && f !== main)
      .map(file),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

class ManifestPlugin {
  /** @param {{ root: string, url?: string, xsdDir: string }} options */
  constructor(options) {
    this.root = options.root;
    this.origin = deploymentUrl(options.url);
    this.xsdDir = options.xsdDir;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("Manifest", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "Manifest", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const source = path.join(this.root, "manifest.xml");
          compilation.fileDependencies.add(source);
          const dev = readFileSync(source, "utf8");
          const manifest = manifestFor(dev, this.origin);
          compilation.emitAsset("manifest.xml", new sources.RawSource(manifest));
          for (const file of manifestAssets(dev)) {
            const absolute = path.join(this.root, file);
            compilation.fileDependencies.add(absolute);
            compilation.emitAsset(file, new sources.RawSource(readFileSync(absolute)));
          }
          const errors = await validateManifest(manifest, this.xsdDir);
          if (errors === null)
            compilation.warnings.push(new WebpackError(`manifest.xml not checked: no XSDs in ${this.xsdDir}`));
          else if (errors.length > 0)
            compilation.errors.push(new WebpackError(`manifest.xml is not valid:\n${errors.join("\n")}`));
        },
      );
    });
  }
}

module.exports = { ManifestPlugin, deploymentUrl, manifestFor, validateManifest, DEV_ORIGIN };
