// What each page of the built add-in loads, gzipped: `node addin/build/bundleSizes.js [dist/addin]`.
// "first" is what a page's HTML loads before anything runs (its <script src> from this origin); chunks loaded
// later on demand (the agency's checks, the coordinator's merge) are listed on their own.
const { readdirSync, readFileSync } = require("fs");
const path = require("path");
const { gzipSync } = require("zlib");

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** { first: { file: gz }, chunks: { file: { raw, gz } } } for the pages of `dir`. */
function bundleSizes(dir) {
  const pages = {};
  for (const page of readdirSync(dir).filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(path.join(dir, page), "utf8");
    // The built pages are minified: attribute values may come without quotes.
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)]
      .map((m) => m[1])
      .filter((src) => !/^https?:/.test(src));
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
    const files = scripts.map((src) => src.replace(/^\.?\//, ""));
    const gz =
      files.reduce((n, f) => n + gzipSize(readFileSync(path.join(dir, f))), 0) +
      (inline ? gzipSize(Buffer.from(inline)) : 0);
    pages[page] = { scripts: files, inlineBytes: inline.length, firstGzip: gz, htmlBytes: html.length };
  }
  const chunks = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    const bytes = readFileSync(path.join(dir, file));
    chunks[file] = { raw: bytes.length, gzip: gzipSize(bytes) };
  }
  return { pages, chunks };
}

module.exports = { bundleSizes };

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, "../../dist/addin");
  const { pages, chunks } = bundleSizes(dir);
  for (const [page, p] of Object.entries(pages))
    console.log(
      `${page}: first load ${(p.firstGzip / 1024).toFixed(1)} KiB gzip (${p.scripts.join(", ") || "inline"})`,
    );
  for (const [file, c] of Object.entries(chunks))
    console.log(`  ${file}: ${(c.raw / 1024).toFixed(1)} KiB, ${(c.gzip / 1024).toFixed(1)} KiB gzip`);
}
