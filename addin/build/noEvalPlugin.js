// Keeps `eval` and `new Function` out of every bundle, so that the pane's Content Security Policy needs no
// 'unsafe-eval'. A few libraries (and webpack's own runtime) reach for the global object or a polyfill through
// `Function(...)` on code paths a browser never takes; each rewrite below keeps the behaviour where the code does
// run. Anything else of the kind fails the build, naming the bundle and the spot.
const REWRITES = [
  // Global-object detection (webpack runtime, lodash, core-js): a browser has `globalThis`.
  [/\b(?:new\s+)?Function\(\s*(["'])return this\1\s*\)\(\)/g, "globalThis"],
  // regenerator-runtime's fallback when `globalThis` is missing, which it never is in a current browser.
  [
    /\bFunction\(\s*(["'])r\1\s*,\s*(["'])regeneratorRuntime = r\2\s*\)\(([\w$]+)\)/g,
    "(globalThis.regeneratorRuntime=$3)",
  ],
  // The setImmediate polyfill under JSZip turns a string of code into a function; nobody passes one.
  [
    /\bnew\s+Function\(\s*(["'])\1\s*\+\s*[\w$.]+\s*\)/g,
    '(function(){throw new TypeError("setImmediate needs a function, not code")})',
  ],
];

const FORBIDDEN = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/g;

/** The places in `code` that evaluate strings as code, with a little context each. */
function evalSites(code) {
  return [...code.matchAll(FORBIDDEN)].map((m) => code.slice(Math.max(0, m.index - 40), m.index + 40));
}

class NoEvalPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("NoEval", (compilation) => {
      // After minification (which keeps these calls as written), before pages inline their scripts.
      compilation.hooks.processAssets.tap(
        { name: "NoEval", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        (assets) => {
          for (const name of Object.keys(assets).filter((n) => /\.m?js$/.test(n))) {
            const original = compilation.getAsset(name).source.source().toString();
            let code = original;
            for (const [pattern, replacement] of REWRITES) code = code.replace(pattern, replacement);
            if (code !== original) compilation.updateAsset(name, new sources.RawSource(code));
            for (const site of evalSites(code))
              compilation.errors.push(new WebpackError(`${name} evaluates code (no CSP allows it): …${site}…`));
          }
        },
      );
    });
  }
}

module.exports = { NoEvalPlugin, evalSites };
