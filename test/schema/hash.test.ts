import { createHash } from "node:crypto";
import { canonicalJson, defaultPlan, hashJson, planHash, sha256Hex } from "../../schema";
import { EMBEDDED_PLAN_HASH } from "../../schema/generated/embeddedPlanHash";

describe("sha256Hex", () => {
  it.each(["", "abc", "теңдик", "x".repeat(55), "x".repeat(56), "y".repeat(64), "z".repeat(1000)])(
    "matches Node's crypto for %j",
    (text) => {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    },
  );
});

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined properties", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
  it("gives the same hash whatever the key order", () => {
    expect(hashJson({ x: 1, y: [1, 2] })).toBe(hashJson({ y: [1, 2], x: 1 }));
  });
});

describe("planHash", () => {
  it("is the SHA-256 of the plan's canonical JSON", () => {
    expect(planHash(defaultPlan)).toBe(createHash("sha256").update(canonicalJson(defaultPlan)).digest("hex"));
  });
  it("changes when one word of one measure changes", () => {
    const copy = JSON.parse(JSON.stringify(defaultPlan));
    copy.chapters[0].goals[0].tasks[0].measures[0].text.ky += ".";
    expect(planHash(copy)).not.toBe(planHash(defaultPlan));
  });
});

describe("the embedded plan's hash, computed at build time", () => {
  it("is the hash of the plan's canonical JSON", () => {
    expect(EMBEDDED_PLAN_HASH).toBe(hashJson(defaultPlan));
    expect(planHash(defaultPlan)).toBe(EMBEDDED_PLAN_HASH);
  });
});
