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
};
