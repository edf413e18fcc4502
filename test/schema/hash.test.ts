import { createHash } from "node:crypto";
import { canonicalJson, defaultPlan, hashJson, planContent, planHash, sha256Hex, type Plan } from "../../schema";
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

const copyOf = (plan: Plan): Plan => JSON.parse(JSON.stringify(plan)) as Plan;
const firstMeasure = (plan: Plan) => plan.chapters[0].goals[0].tasks[0].measures[0];

describe("planHash", () => {
  it("is the SHA-256 of the canonical JSON of the plan's content", () => {
    expect(planHash(defaultPlan)).toBe(
      createHash("sha256")
        .update(canonicalJson(planContent(defaultPlan)))
        .digest("hex"),
    );
  });
  it("changes when one word of one measure changes", () => {
    const copy = JSON.parse(JSON.stringify(defaultPlan));
    copy.chapters[0].goals[0].tasks[0].measures[0].text.ky += ".";
    expect(planHash(copy)).not.toBe(planHash(defaultPlan));
  });
});

// The rule: a corrected translation does not orphan templates already sent. The hash covers what a template
// relies on (ids, structure, indicator kinds, deadlines' periods, bodies' codes, the act's own text), not the
// wording or standing of texts in other languages.
describe("the content hash and translations", () => {
  it("stays when a Russian or English text is corrected, or an official one replaces ours", () => {
    const corrected = copyOf(defaultPlan);
    const m = firstMeasure(corrected);
    m.text.ru = "Проведение исследования (исправленный перевод)";
    m.text.translated = ["en"]; // the official Russian text imported
    m.indicators[0].text.en = "A corrected English indicator";
    corrected.bodies[0].name.ru = "Другое название";
    corrected.bodies[0].shortName = { ky: corrected.bodies[0].code, ru: "АГУ", en: "PAA" };
    corrected.title.en = "Another English title";
    expect(planHash(corrected)).toBe(planHash(defaultPlan));
    delete corrected.title.en; // a translation dropped
    expect(planHash(corrected)).toBe(planHash(defaultPlan));
  });
  it("changes with anything a template relies on: a Kyrgyz text, an id, an indicator kind, a period, a body code", () => {
    const edits: ((p: Plan) => void)[] = [
      (p) => (firstMeasure(p).text.ky += "."),
      (p) => (firstMeasure(p).id = "1.9"),
      (p) => (firstMeasure(p).indicators[0].kind = "count"),
      (p) => (firstMeasure(p).deadline.periods[0].endYear = 2020),
      (p) => (firstMeasure(p).responsible[0].byAgreement = true),
      (p) => (p.bodies[0].code = "ХХХ"),
      (p) => (p.bodies[0].shortName!.ky = "ХХХ"),
    ];
    for (const edit of edits) {
      const copy = copyOf(defaultPlan);
      edit(copy);
      expect(planHash(copy)).not.toBe(planHash(defaultPlan));
    }
  });
  it("covers the act's own language too, when the act is not Kyrgyz", () => {
    const russianAct = copyOf(defaultPlan);
    russianAct.source.language = "ru";
    const corrected = copyOf(russianAct);
    firstMeasure(corrected).text.ru += ".";
    expect(planHash(corrected)).not.toBe(planHash(russianAct));
  });
});

describe("the embedded plan's hash, computed at build time", () => {
  it("is the hash of the plan's content, as planHash computes it", () => {
    expect(EMBEDDED_PLAN_HASH).toBe(hashJson(planContent(defaultPlan)));
    expect(planHash(copyOf(defaultPlan))).toBe(EMBEDDED_PLAN_HASH);
    expect(planHash(defaultPlan)).toBe(EMBEDDED_PLAN_HASH);
  });
});
