// Builds the Excel add-in (addin/) into dist/addin/, as Microsoft's Office-Addin-TaskPane-React does:
// - the task pane (taskpane.html + its bundle; the coordinator's merge code is a chunk of its own, loaded on use),
// - the ribbon commands page (commands.html),
// - manifest.xml (with `--env url=https://host/path/` for a deployment) and the assets it names,
// - the offline validator page validator.html: one self-contained file, every script inlined, no other file.
// `npm run build:addin` (production), `npm run dev-server` (https://localhost:3000 with office-addin-dev-certs).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { InlineScriptsPlugin } = require("./addin/build/inlineScriptsPlugin");
const { ManifestPlugin } = require("./addin/build/manifestPlugin");
const { NoEvalPlugin } = require("./addin/build/noEvalPlugin");

const root = __dirname;
const outDir = path.join(root, "dist/addin");

// Node built-ins have no place in the browser; a library that mentions one gets an empty module, not a
// failed build. Code of ours that needs one is a lint error in addin/ and in what it imports.
const NODE_BUILTINS = require("node:module").builtinModules.filter((m) => !m.startsWith("_"));

/** What both builds share: TypeScript through ts-loader, no Node built-ins, no eval in any bundle. */
function common(production) {
  return {
    target: "web",
    mode: production ? "production" : "development",
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      fallback: Object.fromEntries(
        NODE_BUILTINS.flatMap((m) => [
          [m, false],
          [`node:${m}`, false],
        ]),
      ),
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Types are checked by `tsc --noEmit -p tsconfig.json`; the bundle only transpiles. ES modules
              // let webpack tree-shake Fluent UI and split the merge code into its own chunk.
              transpileOnly: true,
              configFile: path.join(root, "tsconfig.json"),
              compilerOptions: { module: "esnext", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [new NoEvalPlugin()],
    // Source maps as separate files: the default "eval" devtool would put eval into development bundles.
    devtool: production ? false : "source-map",
  };
}

/** The task pane, the commands page and the manifest: what Office loads from the add-in's origin. */
function addinConfig(env, production) {
  const shared = common(production);
  return {
    ...shared,
    name: "addin",
    entry: {
      taskpane: "./addin/taskpane/index.tsx",
      commands: "./addin/commands/commands.ts",
    },
    output: {
      path: outDir,
      // Office caches add-in files hard; a content hash makes each release load fresh.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      // Written every build, changed or not: the e2e tests take the outputs' time as the build's (helpers/build.ts).
      compareBeforeEmit: false,
      // The validator page is the other build's output in the same folder (built in parallel).
      clean: { keep: /^validator\.html$/ },
    },
    plugins: [
      ...shared.plugins,
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./addin/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./addin/commands/commands.html",
        chunks: ["commands"],
      }),
      new ManifestPlugin({ root, url: env.url, xsdDir: path.join(root, "../shared/manifest-xsd") }),
    ],
    performance: {
      // The agency's pane must open fast: its first JavaScript stays under 150 KB gzipped (about 500 KB
      // minified); the coordinator's chunk (ExcelJS for reading files) loads only on use.
      hints: production ? "warning" : false,
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 1200 * 1024,
      assetFilter: (name) => name.endsWith(".js") && !name.startsWith("merge"),
    },
  };
}

/** The offline validator page: one HTML file with everything inlined, for agencies without the add-in. */
function validatorConfig(production) {
  const shared = common(production);
  return {
    ...shared,
    name: "validator",
    entry: { validator: "./addin/validator/index.tsx" },
    module: {
      ...shared.module,
      // Already bundled and minified (ExcelJS's and JSZip's browser builds): nothing in them for webpack to parse.
      noParse: /node_modules[\\/](exceljs|jszip)[\\/]dist[\\/]/,
    },
    output: { path: outDir, filename: "validator.js", publicPath: "", clean: false, compareBeforeEmit: false },
    plugins: [
      ...shared.plugins,
      // A dynamic import (ExcelJS, the fallback reader) stays in the one bundle that gets inlined.
      new (require("webpack").optimize.LimitChunkCountPlugin)({ maxChunks: 1 }),
      new HtmlWebpackPlugin({
        filename: "validator.html",
        template: "./addin/validator/validator.html",
        inject: "body",
        scriptLoading: "blocking",
        // The page is a small template around a large inlined script: minifying it only costs build time.
        minify: false,
      }),
      new InlineScriptsPlugin({ filename: "validator.html" }),
    ],
    performance: { hints: false },
  };
}

/** Dev server as in Office-Addin-TaskPane-React: https on localhost:3000 with office-addin-dev-certs. */
async function devServer() {
  return {
    port: 3000,
    server: { type: "https", options: await httpsOptions() },
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
    hot: false,
    client: { overlay: false },
  };
}

/**
 * The certificate for https://localhost:3000. office-addin-dev-certs generates a CA and a localhost
 * certificate and installs the CA in the system's store; where that cannot be done (no sudo, a container, CI)
 * the generated certificate still serves, and the message says how to trust it by hand.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const fs = require("node:fs");
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    const paths = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
    if (!paths.every((p) => fs.existsSync(p))) await generateCertificates();
    const reason = String(err?.message ?? err).split("\n")[0];
    console.warn(
      `The development certificate authority could not be installed (${reason}).\n` +
        `Serving with the generated certificate. To trust it, import ${defaults.caCertificatePath} as a trusted root\n` +
        `certificate (Windows: certutil -addstore -user Root; macOS: Keychain Access; Linux: your browser's\n` +
        `certificate settings), or run "npx office-addin-dev-certs install" where you may.`,
    );
    const [ca, cert, key] = paths.map((p) => fs.readFileSync(p));
    return { ca, cert, key };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const addin = addinConfig(env, production);
  if (env.WEBPACK_SERVE) addin.devServer = await devServer();
  return [addin, validatorConfig(production)];
};
