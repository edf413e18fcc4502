// The pane's plan store: a plan file checked as `--plan` checks it (the core's checkPlan) before it replaces the
// plan in use, refused with its first problems in the reader's language; the choice remembered in the browser's
// storage, forgotten when the storage refuses it, and a remembered plan that no longer checks falls back to the
// embedded one, saying which file it was. The pane and the validator page drive it in Chromium (test/e2e/).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { buildTemplate } from "../../core";
import { buildPlanWorkbook } from "../../core/plan";
import { describeWorkbook } from "../../addin/taskpane/agency/engine";
import {
  browserStorage,
  checkPlanText,
  EMBEDDED,
  forgetPlan,
  MAX_PLAN_FILE_BYTES,
  otherPlanInIssues,
  otherPlanOf,
  PLAN_STORAGE_KEY,
  PROBLEMS_SHOWN,
  readPlanFile,
  rememberPlan,
  restorePlan,
  type PlanInUse,
  type PlanStorage,
} from "../../addin/taskpane/plan/planStore";
import { defaultPlan, planHash, type Issue, type Plan } from "../../schema";

const PLANS = join(__dirname, "../../schema/plans");
const wpsText = readFileSync(join(PLANS, "sample-wps-2025-2026.json"), "utf8");
const wps = JSON.parse(wpsText) as Plan;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** localStorage as a browser keeps it, with a quota counted in characters of keys and values. */
class MemoryStorage implements PlanStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota)
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A storage the browser will not let the page touch (a sandboxed frame, storage switched off). */
const lockedStorage: PlanStorage = {
  getItem: () => {
    throw new DOMException("Access is denied for this document.", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("Access is denied for this document.", "SecurityError");
  },
  removeItem: () => {
    throw new DOMException("Access is denied for this document.", "SecurityError");
  },
};

async function loaded(name: string, bytes: Uint8Array): Promise<PlanInUse> {
  const result = await readPlanFile(name, bytes);
  if (!result.ok) throw new Error(`refused: ${result.refusal.problems("en").join("; ")}`);
  return result.inUse;
}

async function refusal(name: string, bytes: Uint8Array, lang: "ky" | "ru" | "en" = "en") {
  const result = await readPlanFile(name, bytes);
  if (result.ok) throw new Error("taken");
  return { ...result.refusal, problems: result.refusal.problems(lang) };
}

/** The second plan with `edit` applied to a copy. */
function wpsWith(edit: (plan: Plan) => void): Uint8Array {
  const copy = JSON.parse(wpsText) as Plan;
  edit(copy);
  return utf8(JSON.stringify(copy));
}

describe("loading a plan file", () => {
  it("takes a plan file as `tendik plan import` writes it, with its content hash, as a plan of its own", async () => {
    const inUse = await loaded("wps.json", utf8(wpsText));
    expect(inUse.plan).toEqual(wps);
    expect(inUse.hash).toBe(planHash(wps));
    expect(inUse.origin).toEqual({ kind: "file", fileName: "wps.json" });
  });

  it("takes a file with a byte order mark", async () => {
    expect((await loaded("wps.json", utf8(`\uFEFF${wpsText}`))).plan.id).toBe(wps.id);
  });

  it("gives back the embedded plan itself for a file that holds exactly that plan", async () => {
    const embedded = readFileSync(join(PLANS, "kg-gender-equality-2018-2020.json"));
    expect(await loaded("nap.json", new Uint8Array(embedded))).toBe(EMBEDDED);
  });

  it("reads the plan's authoring workbook as `tendik plan import` does", async () => {
    const bytes = await writeWorkbook(buildPlanWorkbook(wps));
    const inUse = await loaded("wps.xlsx", bytes);
    expect(inUse.plan).toEqual(wps);
    expect(inUse.origin).toEqual({ kind: "file", fileName: "wps.xlsx" });
  });

  it("refuses an authoring workbook with problems, each at its cell", async () => {
    const spec = buildPlanWorkbook({ ...wps, bodies: wps.bodies.filter((b) => b.code !== "ИИМ") } as Plan);
    const { problems, total } = await refusal("wps.xlsx", await writeWorkbook(spec), "ru");
    expect(total).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^[^!]+![A-Z]+\d+: .*ИИМ/);
  });

  it("refuses a workbook that is not one, in the reader's language", async () => {
    const { problems } = await refusal("plan.xlsx", utf8("PK not a zip at all"), "ru");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/[а-я]/);
  });

  it("refuses what is not JSON, not text, or too large, saying so in the reader's language", async () => {
    expect((await refusal("plan.json", utf8('{ "id": '), "ru")).problems[0]).toMatch(/^Файл не является JSON: /);
    expect((await refusal("plan.json", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), "ky")).problems).toEqual([
      "Файл UTF-8 текст эмес: пландын .json файлын же .xlsx китебин тандаңыз.",
    ]);
    const big = new Uint8Array(MAX_PLAN_FILE_BYTES + 1).fill(0x20);
    expect((await refusal("plan.json", big, "en")).problems[0]).toMatch(
      /^The file is 4 MB; a plan file is at most 4 MB\.$/,
    );
  });

  it("refuses a document that breaks the plan schema, saying where and what in the reader's language", async () => {
    const { problems, total } = await refusal("report.json", utf8(JSON.stringify({ id: "x" })), "ru");
    expect(total).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^План: нет обязательного поля «\w+»$/);
    // No JSON path, no validator English, in any language.
    for (const lang of ["ky", "ru", "en"] as const)
      for (const p of (await refusal("report.json", utf8(JSON.stringify({ id: "x" })), lang)).problems)
        expect(p).not.toMatch(/\/|must |property/);
  });

  it("names the chapter, measure or body a schema problem is in, by the plan's own ids", () => {
    const doc = wpsWith((p) => {
      (p.chapters[0].goals[0].tasks[0].measures[0] as { text?: unknown }).text = 5;
    });
    const result = checkPlanText("wps.json", new TextDecoder().decode(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.problems("ru")[0]).toMatch(/^Мероприятие [\d.]+: значение не того типа$/);
  });

  it("refuses broken cross-references with the catalogue's words, the kind of id in the reader's language", async () => {
    const bytes = wpsWith((p) => {
      const measures = p.chapters[0].goals[0].tasks[0].measures;
      measures[0].responsible[0].code = "ЖОК";
      measures.push(JSON.parse(JSON.stringify(measures[0])));
    });
    const en = await refusal("wps-edited.json", bytes, "en");
    expect(en.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/"ЖОК"/), expect.stringMatching(/^The Measure \S+ appears twice/)]),
    );
    const ru = await refusal("wps-edited.json", bytes, "ru");
    expect(ru.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Элемент «Мероприятие \S+» встречается дважды/)]),
    );
  });

  it("lists the first problems and counts them all", async () => {
    const bytes = wpsWith((p) => {
      for (const b of p.bodies) b.code = "ОШОЛ";
    });
    const { problems, total } = await refusal("wps-bodies.json", bytes, "en");
    expect(problems).toHaveLength(PROBLEMS_SHOWN);
    expect(total).toBeGreaterThan(PROBLEMS_SHOWN);
  });
});

describe("remembering the plan", () => {
  it("remembers a plan file and opens with it next time", async () => {
    const storage = new MemoryStorage();
    const inUse = await loaded("wps.json", utf8(wpsText));
    expect(rememberPlan(storage, inUse)).toBe(true);
    const restored = restorePlan(storage);
    expect(restored.invalidFile).toBeNull();
    expect(restored.inUse.plan).toEqual(wps);
    expect(restored.inUse.hash).toBe(inUse.hash);
    expect(restored.inUse.origin).toEqual({ kind: "file", fileName: "wps.json" });
  });

  it("keeps nothing for the embedded plan, and going back to it forgets the file", async () => {
    const storage = new MemoryStorage();
    rememberPlan(storage, await loaded("wps.json", utf8(wpsText)));
    expect(rememberPlan(storage, EMBEDDED)).toBe(true);
    expect(storage.items.size).toBe(0);
    expect(restorePlan(storage)).toEqual({ inUse: EMBEDDED, invalidFile: null });
  });

  it("opens with the embedded plan when nothing is remembered, or there is no storage", () => {
    expect(restorePlan(new MemoryStorage())).toEqual({ inUse: EMBEDDED, invalidFile: null });
    expect(restorePlan(null)).toEqual({ inUse: EMBEDDED, invalidFile: null });
    expect(restorePlan(lockedStorage)).toEqual({ inUse: EMBEDDED, invalidFile: null });
  });

  it("says when the storage is full, and leaves no earlier choice behind to come back next time", async () => {
    const wpsInUse = await loaded("wps.json", utf8(wpsText));
    const bigger = await loaded(
      "wps-2.json",
      wpsWith((p) => (p.title.en = `${p.title.en} ${"x".repeat(50_000)}`)),
    );
    const storage = new MemoryStorage(wpsText.length);
    expect(rememberPlan(storage, wpsInUse)).toBe(true);
    expect(rememberPlan(storage, bigger)).toBe(false);
    expect(storage.getItem(PLAN_STORAGE_KEY)).toBeNull();
    expect(restorePlan(storage).inUse).toBe(EMBEDDED);
  });

  it("says when the storage may not be touched, without throwing", async () => {
    const inUse = await loaded("wps.json", utf8(wpsText));
    expect(rememberPlan(lockedStorage, inUse)).toBe(false);
    expect(rememberPlan(null, inUse)).toBe(false);
    expect(forgetPlan(lockedStorage)).toBe(false);
  });

  it("falls back to the embedded plan when the remembered one no longer checks, names its file and forgets it", () => {
    const broken = JSON.parse(wpsText) as Plan;
    broken.chapters[0].goals[0].tasks[0].measures[0].responsible[0].code = "ЖОК";
    const cases: [string, string][] = [
      [JSON.stringify({ version: 1, fileName: "wps.json", plan: broken }), "wps.json"],
      [JSON.stringify({ version: 1, fileName: "wps.json", plan: { id: "wps" } }), "wps.json"],
      [JSON.stringify({ version: 99, fileName: "wps.json", plan: wps }), "wps.json"],
      ['{"version":1,"fileName":"wps.json","plan":{"id":', "?"],
    ];
    for (const [value, file] of cases) {
      const storage = new MemoryStorage();
      storage.setItem(PLAN_STORAGE_KEY, value);
      expect(restorePlan(storage)).toEqual({ inUse: EMBEDDED, invalidFile: file });
      expect(storage.getItem(PLAN_STORAGE_KEY)).toBeNull();
    }
  });

  it("finds no storage where the runtime has none", () => {
    const had = Object.getOwnPropertyDescriptor(globalThis, "localStorage");
    try {
      Object.defineProperty(globalThis, "localStorage", {
        configurable: true,
        get: () => {
          throw new DOMException("Access is denied for this document.", "SecurityError");
        },
      });
      expect(browserStorage()).toBeNull();
    } finally {
      if (had) Object.defineProperty(globalThis, "localStorage", had);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});

describe("a workbook of another plan", () => {
  let wpsInUse: PlanInUse;
  beforeAll(async () => {
    wpsInUse = await loaded("wps.json", utf8(wpsText));
  });

  it("names the other plan, and offers the embedded plan when it is that one", () => {
    expect(otherPlanOf(wps.id, planHash(wps), wpsInUse)).toBeNull();
    expect(otherPlanOf(defaultPlan.id, planHash(defaultPlan), wpsInUse)).toEqual({
      planId: defaultPlan.id,
      hash: null,
      embedded: true,
    });
    expect(otherPlanOf(defaultPlan.id, null, wpsInUse)?.embedded).toBe(true);
    expect(otherPlanOf(wps.id, "0123456789abcdef", wpsInUse)).toEqual({
      planId: wps.id,
      hash: "0123456789ab",
      embedded: false,
    });
    expect(otherPlanOf(wps.id, planHash(wps), EMBEDDED)).toEqual({ planId: wps.id, hash: null, embedded: false });
  });

  it("is told from the identity issues of a checked file (the validator page)", () => {
    const issue = (code: string, found: string) => ({ code, params: { found } }) as unknown as Issue;
    expect(otherPlanInIssues([issue("identity-other-plan", wps.id)], EMBEDDED)).toEqual({
      planId: wps.id,
      hash: null,
      embedded: false,
    });
    expect(otherPlanInIssues([issue("identity-other-plan", defaultPlan.id)], wpsInUse)?.embedded).toBe(true);
    expect(otherPlanInIssues([issue("identity-plan-version", "0123456789ab")], wpsInUse)).toEqual({
      planId: wps.id,
      hash: "0123456789ab",
      embedded: false,
    });
    expect(otherPlanInIssues([issue("value-not-number", "x")], wpsInUse)).toBeNull();
  });

  it("is described by the pane's engine as another plan's template or master, in either direction", async () => {
    const template = await readWorkbook(
      await writeWorkbook(buildTemplate({ agency: "ИИМ", period: "2025-H2", language: "en", plan: wps })),
    );
    const inWps = describeWorkbook(template, wpsInUse);
    expect(inWps).toMatchObject({ kind: "template", agency: "ИИМ", otherPlan: null, identityIssues: [] });
    expect(inWps.kind === "template" && inWps.planTitle).toEqual(wps.title);
    const inEmbedded = describeWorkbook(template, EMBEDDED);
    expect(inEmbedded).toMatchObject({
      kind: "template",
      agency: "ИИМ",
      planTitle: null,
      identityIssues: [],
      otherPlan: { planId: wps.id, hash: null, embedded: false },
    });
    const embeddedTemplate = await readWorkbook(
      await writeWorkbook(buildTemplate({ agency: "ЭСӨМ", period: "2019-H2", language: "en" })),
    );
    expect(describeWorkbook(embeddedTemplate, wpsInUse)).toMatchObject({
      kind: "template",
      otherPlan: { planId: defaultPlan.id, embedded: true },
    });
  });
});
