/**
 * Jest's global setup: when the run includes an end-to-end test, the add-in is built once (unless up to date)
 * and one Chromium is started as a server that every suite on either worker connects to (launchChromium in
 * browser.ts), instead of each suite building and launching its own. A run without e2e tests starts nothing;
 * nor does TENDIK_SHARED_BROWSER=0.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserServer } from "playwright-core";
import { CHROMIUM, CHROMIUM_FLAGS, CHROMIUM_WS_ENV } from "./browser";
import { ensureAddinBuilt, ROOT } from "./build";

interface Patterns {
  toExecutor(options: { rootDir: string }): { isMatch(path: string): boolean };
}

/** The suites that drive a browser or need the built add-in. */
function browserSuites(): string[] {
  const e2e = join(ROOT, "test/e2e");
  return [
    ...readdirSync(e2e)
      .filter((f) => f.endsWith(".test.ts"))
      .map((f) => join(e2e, f)),
    join(ROOT, "test/addin/build.test.ts"),
  ];
}

export default async function globalSetup(globalConfig: { rootDir: string; testPathPatterns?: Patterns }) {
  // TENDIK_SHARED_BROWSER=0: each suite builds and launches as it would alone (to compare, or to debug one).
  if (process.env.TENDIK_SHARED_BROWSER === "0") return;
  const executor = globalConfig.testPathPatterns?.toExecutor({ rootDir: globalConfig.rootDir });
  if (executor && !browserSuites().some((p) => executor.isMatch(p))) return;
  await ensureAddinBuilt();
  // Built once here: the suites need not walk the sources again.
  process.env.TENDIK_SKIP_ADDIN_BUILD = "1";
  if (!existsSync(CHROMIUM)) return;
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  process.env[CHROMIUM_WS_ENV] = server.wsEndpoint();
  (globalThis as { __tendikChromium?: BrowserServer }).__tendikChromium = server;
}
