import {
  bodyShortName,
  deadlineText,
  defaultPlan,
  findMeasure,
  isTranslation,
  planText,
  translationNotice,
  type Deadline,
  type Plan,
} from "../../schema";

const deadline = (id: string): Deadline => findMeasure(defaultPlan, id)!.measure.deadline;

describe("planText", () => {
  it("gives the text in the language asked for, else in Kyrgyz, else nothing", () => {
    expect(planText({ ky: "Жыл сайын", ru: "Ежегодно" }, "ru")).toBe("Ежегодно");
    expect(planText({ ky: "Жыл сайын", ru: "Ежегодно" }, "en")).toBe("Жыл сайын");
    expect(planText(null, "en")).toBe("");
  });
  it("knows a working translation from an official text", () => {
    const t = { ky: "а", ru: "б", en: "c", translated: ["en" as const] };
    expect([isTranslation(t, "ky"), isTranslation(t, "ru"), isTranslation(t, "en")]).toEqual([false, false, true]);
  });
});

describe("deadlineText", () => {
  it("keeps the act's Kyrgyz where it reads as its periods, and reads a typo through them", () => {
    expect(deadlineText(deadline("1.1"), "ky")).toBe("2019-жылдын ичинде");
    expect(deadlineText(deadline("36.1"), "ky")).toBe("2018-2020-жылдар"); // printed «201-2020-жылдар»
    // A missing hyphen still reads as 2018–2020: the print is kept as the act has it.
    expect(deadlineText(deadline("21.2"), "ky")).toBe("2018 2020-жылдар");
  });
  it("renders every language from the periods", () => {
    expect(deadlineText(deadline("36.1"), "ru")).toBe("2018–2020 годы");
    expect(deadlineText(deadline("36.1"), "en")).toBe("2018–2020");
    const half = findMeasure(defaultPlan, "1.3")!.measure.deadline;
    expect(deadlineText(half, "en")).toMatch(/^[A-Z0-9]/);
  });
});

describe("bodies and the translation notice", () => {
  it("names a body by its short name in the language; in Kyrgyz as the plan prints it", () => {
    expect(["ky", "ru", "en"].map((l) => bodyShortName(defaultPlan, "ЭСӨМ", l as "ky"))).toEqual([
      "ЭСӨМ",
      "МТСР",
      "MLSD",
    ]);
    expect(bodyShortName(defaultPlan, "БУУӨП", "ky", "БУУ ӨП")).toBe("БУУ ӨП");
  });
  it("is said where a language holds translations, and not for a plan whose texts are all official", () => {
    expect(translationNotice(defaultPlan, "ru")).toMatch(/рабочий перевод/);
    expect(translationNotice(defaultPlan, "ky")).toBeNull();
    const official = JSON.parse(JSON.stringify(defaultPlan).replace(/,"translated":\["ru","en"\]/g, "")) as Plan;
    expect(translationNotice(official, "ru")).toBeNull();
  });
});

describe("the bodies' short names agree with the translators' glossaries (docs/plan-translation.md)", () => {
  // Russian glossary: «ЭСӨМ — МТСР; БИМ — МОН; ССМ — МЗ; ИИМ — МВД; ӨКМ — МЧС; МКК — ГКС; УСК — Нацстатком; …»
  const ru: [string, string][] = [
    ["ЭСӨМ", "МТСР"],
    ["БИМ", "МОН"],
    ["ССМ", "МЗ"],
    ["ИИМ", "МВД"],
    ["ӨКМ", "МЧС"],
    ["МКК", "ГКС"],
    ["УСК", "Нацстатком"],
    ["КК ГШ", "ГШ ВС"],
    ["ЖС СД", "СД при ВС"],
    ["АДК", "СКЗ"],
    ["КММКДжКЖИ", "КГМИПиПК"],
    ["АБЖК", "КЛДЖ"],
    ["ЭЭУ", "МОТ"],
    ["ЖӨБО", "ОМСУ"],
  ];
  // English glossary: "ЭСӨМ MLSD; БИМ MoES; ССМ MoH; ИИМ MoIA; ӨКМ MES; УСК NSC; МКК State Personnel Service; …"
  const en: [string, string][] = [
    ["ЭСӨМ", "MLSD"],
    ["БИМ", "MoES"],
    ["ССМ", "MoH"],
    ["ИИМ", "MoIA"],
    ["ӨКМ", "MES"],
    ["УСК", "NSC"],
    ["МКК", "State Personnel Service"],
    ["АДК", "VHCs"],
    ["АБЖК", "CEDAW"],
    ["ЭЭУ", "ILO"],
    ["ЖӨБО", "LSG bodies"],
    ["Бишкек шаарынын мэриясы", "Bishkek City Hall"],
  ];
  it.each([...ru.map(([k, v]) => ["ru", k, v]), ...en.map(([k, v]) => ["en", k, v])])(
    "%s: %s is %s",
    (lang, code, short) => {
      expect(bodyShortName(defaultPlan, code, lang as "ru")).toBe(short);
    },
  );
});
