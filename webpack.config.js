// Builds the Excel add-in (addin/) into dist/addin/: the task pane and the ribbon commands page, each with its
// bundle, plus manifest.xml and the files under assets/ that it names. Serve dist/addin/ at https://localhost:3000/
// to sideload manifest.xml. `npm run build:addin` (webpack --mode production).
const { readFileSync } = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = __dirname;

/** The assets/ files that manifest.xml names, so the build ships exactly those and fails if one is missing. */
function manifestAssets() {
  const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
  return [...new Set([...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[^"<\s]+)/g)].map((m) => m[1]))];
}

/** Emits manifest.xml and its assets as they are: a handful of files does not need copy-webpack-plugin. */
class CopyManifestFilesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CopyManifestFiles", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CopyManifestFiles", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const file of ["manifest.xml", ...manifestAssets()]) {
            const absolute = path.join(root, file);
            compilation.fileDependencies.add(absolute);
            compilation.emitAsset(file, new sources.RawSource(readFileSync(absolute)));
          }
        },
      );
    });
  }
}

// Node built-ins have no place in the browser; a library that mentions one gets an empty module, not a
// failed build. Code of ours that needs one is a lint error in addin/ and in what it imports.
const NODE_BUILTINS = require("node:module").builtinModules.filter((m) => !m.startsWith("_"));

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    target: "web",
    entry: {
      taskpane: "./addin/taskpane/index.tsx",
      commands: "./addin/commands/commands.ts",
    },
    output: {
      path: path.join(root, "dist/addin"),
      // Office caches add-in files hard; a content hash makes each release load fresh.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
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
              // let webpack tree-shake Fluent UI.
              transpileOnly: true,
              configFile: path.join(root, "tsconfig.json"),
              compilerOptions: { module: "esnext", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
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
      new CopyManifestFilesPlugin(),
    ],
    devtool: production ? false : "source-map",
    performance: {
      // The placeholder pane (React 18 + Fluent UI v9) is about 230 KiB minified, 72 KiB gzipped; the budget leaves
      // room for the workflows and flags a bundle that pulls in far more than the pane needs.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
  };
};
