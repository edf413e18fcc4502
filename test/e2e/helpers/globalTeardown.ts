/** Jest's global teardown: closes the Chromium that globalSetup started for the run's suites. */
import type { BrowserServer } from "playwright-core";

export default async function globalTeardown() {
  await (globalThis as { __tendikChromium?: BrowserServer }).__tendikChromium?.close();
}
