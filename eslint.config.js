// The dependency rule of DESIGN.md, enforced per folder: a file can tell from its folder what it may touch.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

const nodeBuiltins = require("node:module")
  .builtinModules.filter((m) => !m.startsWith("_"))
  .flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);
const restrict = (patterns, message) => ({ group: patterns, message });

/** A layer that may use no Node built-in, no workbook library, no UI and no host globals. */
const pureLayer = (folder, forbidden, why) => ({
  files: [`${folder}/**/*.ts`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          restrict(forbidden, why),
          restrict(nodeBuiltins, `${folder}/ runs in the browser too: no Node built-ins.`),
          restrict(
            ["exceljs", "jszip", "react", "react-dom", "@fluentui/*"],
            `${folder}/ knows nothing of workbooks or the UI.`,
          ),
        ],
      },
    ],
    "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "process", "require", "Buffer"],
  },
});

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "schema/generated/**", "out/**", "coverage/**", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  // schema/ and core/ are pure: they run in Node, in the browser and in the add-in alike.
  pureLayer(
    "schema",
    ["**/core/**", "**/adapters/**", "**/addin/**", "**/cli/**", "../core*", "../adapters*"],
    "schema/ imports nothing else of the project.",
  ),
  pureLayer(
    "core",
    ["**/adapters/**", "**/addin/**", "**/cli/**", "../adapters*", "../addin*", "../cli*"],
    "core imports schema/ only.",
  ),
  {
    files: ["adapters/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            restrict(
              ["**/addin/**", "**/cli/**", "../addin*", "../cli*"],
              "adapters are used by addin/ and cli/, not the other way.",
            ),
            restrict(["react", "react-dom", "@fluentui/*"], "adapters know nothing of the UI."),
          ],
        },
      ],
    },
  },
  {
    files: ["adapters/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            restrict(nodeBuiltins, "the .xlsx adapter runs in the browser too: file I/O belongs to cli/."),
            restrict(["**/addin/**", "**/cli/**"], "adapters are used by addin/ and cli/, not the other way."),
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "window", "document", "process"],
    },
  },
  {
    files: ["addin/**/*.ts", "addin/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            restrict(["**/cli/**", "../cli*"], "the add-in does not use the command line."),
            restrict(nodeBuiltins, "the add-in runs in the browser: no Node built-ins."),
          ],
        },
      ],
    },
  },
  {
    files: ["addin/taskpane/components/**/*.tsx"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel"],
    },
  },
  {
    files: ["cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            restrict(["**/addin/**", "../addin*", "react", "@fluentui/*"], "the command line does not use the add-in."),
          ],
        },
      ],
    },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
);
