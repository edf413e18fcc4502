// Makes one HTML page self-contained: every <script src> that names a bundle of this compilation becomes an
// inline <script>, the bundle file is dropped from the output, and the page's Content Security Policy gets
// the inline script's SHA-256 in place of the `{{script-hashes}}` placeholder, so no other script can run.
// Used for the offline validator page, which must work opened from disk and e-mailed as one file.
const { createHash } = require("crypto");
const HtmlWebpackPlugin = require("html-webpack-plugin");

class InlineScriptsPlugin {
  /** @param {{ filename: string }} options the page (html-webpack-plugin's `filename`) to inline. */
  constructor(options) {
    this.filename = options.filename;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("InlineScripts", (compilation) => {
      const hooks = HtmlWebpackPlugin.getHooks(compilation);
      const inlined = new Set();
      hooks.alterAssetTagGroups.tap("InlineScripts", (data) => {
        if (data.outputName !== this.filename) return data;
        for (const group of [data.headTags, data.bodyTags]) {
          for (const tag of group) {
            const src = tag.tagName === "script" && tag.attributes?.src;
            if (!src) continue;
            const name = decodeURIComponent(
              String(src)
                .replace(/^\.?\//, "")
                .replace(/\?.*$/, ""),
            );
            const asset = compilation.getAsset(name);
            if (!asset) throw new Error(`InlineScriptsPlugin: ${name} is not a bundle of this build`);
            // "</script" inside the code would end the element early.
            tag.innerHTML = asset.source
              .source()
              .toString()
              .replace(/<\/script/gi, "<\\/script");
            tag.attributes = { type: tag.attributes.type ?? "text/javascript" };
            inlined.add(name);
          }
        }
        return data;
      });
      compilation.hooks.processAssets.tap(
        { name: "InlineScripts", stage: compilation.compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          for (const name of inlined) compilation.deleteAsset(name);
          // Hashed here, on the page as it is written (after html-webpack-plugin's minifier), so they match.
          const page = compilation.getAsset(this.filename);
          if (!page) return;
          const html = page.source.source().toString();
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
            ([, code]) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`,
          );
          const { RawSource } = compilation.compiler.webpack.sources;
          compilation.updateAsset(this.filename, new RawSource(html.replace("{{script-hashes}}", hashes.join(" "))));
        },
      );
    });
  }
}

module.exports = { InlineScriptsPlugin };
