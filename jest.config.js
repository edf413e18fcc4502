/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
  // Two workers on CI's two cores (jest's default leaves one core to its idle main thread): the whole suite,
  // browser tests included, took 241 s here instead of 803 s.
  maxWorkers: 2,
  // One add-in build and one Chromium for the whole run, shared by the end-to-end suites on both workers
  // (nothing is started when the run has no such suite): see test/e2e/helpers/globalSetup.ts.
  globalSetup: "<rootDir>/test/e2e/helpers/globalSetup.ts",
  globalTeardown: "<rootDir>/test/e2e/helpers/globalTeardown.ts",
};
