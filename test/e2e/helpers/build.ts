/**
 * The add-in as the end-to-end tests use it: dist/addin/ built by `npm run build:addin`. CI builds it before
 * jest; locally the first e2e test builds it when it is missing or older than its sources (one build at a time,
 * other test files wait for it).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "../../..");
export const DIST = join(ROOT, "dist/addin");
const SOURCES = ["addin", "core", "schema", "adapters/xlsx", "adapters/officejs", "webpack.config.js", "manifest.xml"];
const LOCK = join(ROOT, "dist/.addin-build-lock");

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  // Notes (addin/README.md) are no part of the build.
  if (!info.isDirectory()) return path.endsWith(".md") ? 0 : info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function isFresh(): boolean {
  const built = join(DIST, "validator.html");
  if (!existsSync(built) || !existsSync(join(DIST, "taskpane.html"))) return false;
  return statSync(built).mtimeMs >= Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds dist/addin/ unless it is up to date. */
export async function ensureAddinBuilt(): Promise<void> {
  if (process.env.TENDIK_SKIP_ADDIN_BUILD === "1" || isFresh()) return;
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building: wait for it, then use its output.
      await sleep(1000);
      if (!existsSync(LOCK) && isFresh()) return;
    }
  }
  try {
    if (!isFresh())
      execFileSync(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], {
        cwd: ROOT,
        stdio: "pipe",
      });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
