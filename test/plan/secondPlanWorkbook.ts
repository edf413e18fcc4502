/**
 * A second, small plan written the way a coordinator writes one: row by row in the authoring workbook's
 * layout (no JSON). `tendik plan import` turns it into schema/plans/sample-wps-2025-2026.json, and the tests run
 * the whole flow (templates, validation, merge) on it.
 *
 * It uses what a writer relies on: measure cells merged (left empty) under the first row in one measure and
 * repeated in another, indicator ids left to be numbered, periods left to be read from the deadline's text
 * (an annual and a half-year deadline among them), bodies "by agreement" by default, Latin aliases left to be
 * transliterated, a date typed as 15.01.2025.
 */
import { toA1 } from "../../core/a1";
import {
  BODY_COLUMNS,
  FACT_COLUMNS,
  FIRST_DATA_ROW,
  HEADER_ROW,
  KEY_ROW,
  MEASURE_COLUMNS,
  PLAN_SHEETS,
} from "../../core/plan";
import { PLAN_STYLES, SheetBuilder } from "../../core/plan/sheetBuilder";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../../core/template/spec";

export const SECOND_PLAN_ID = "sample-wps-2025-2026";

type Row = Record<string, string>;

const FACTS: Record<string, [string, string?, string?]> = {
  id: [SECOND_PLAN_ID],
  title: [
    "2025-2026-жылдарга аялдар, тынчтык жана коопсуздук боюнча үлгү иш-аракеттер планы",
    "Примерный план действий «Женщины, мир и безопасность» на 2025-2026 годы",
    "Sample action plan on women, peace and security for 2025-2026",
  ],
  "period.start": ["2025-H1"],
  "period.end": ["2026-H2"],
  "source.issuer": [
    "Кыргыз Республикасынын Министрлер Кабинети",
    "Кабинет Министров Кыргызской Республики",
    "Cabinet of Ministers of the Kyrgyz Republic",
  ],
  "source.actType": ["Буйрук", "Распоряжение", "Order"],
  "source.number": ["25-б"],
  "source.date": ["15.01.2025"],
  "source.language": ["ky"],
};

const BODIES: Row[] = [
  {
    code: "ИИМ",
    name: "Кыргыз Республикасынын Ички иштер министрлиги",
    "name.ru": "Министерство внутренних дел Кыргызской Республики",
    "name.en": "Ministry of Internal Affairs of the Kyrgyz Republic",
    kind: "ministry",
    latin: "IIM",
  },
  {
    code: "ӨКМ",
    name: "Кыргыз Республикасынын Өзгөчө кырдаалдар министрлиги",
    "name.en": "Ministry of Emergency Situations of the Kyrgyz Republic",
    kind: "ministry",
  },
  {
    code: "БИМ",
    name: "Кыргыз Республикасынын Билим берүү жана илим министрлиги",
    "name.en": "Ministry of Education and Science of the Kyrgyz Republic",
    kind: "ministry",
    latin: "BIM",
  },
  {
    code: "ЖӨБО",
    name: "Жергиликтүү өз алдынча башкаруу органдары",
    "name.ru": "Органы местного самоуправления",
    "name.en": "Local self-government bodies",
    kind: "local-government",
    variants: "жергиликтүү өз алдынча башкаруу органдары",
  },
  {
    code: "БУУ-Аялдар",
    name: "Гендердик теңчилик жана аялдардын укуктары боюнча БУУнун түзүмү",
    "name.en": "UN Women",
    kind: "international",
    byAgreement: "ооба",
  },
  {
    code: "АТТ",
    name: "Аялдар тынчтык куруучулар тармагы",
    "name.ru": "Сеть женщин-миротворцев",
    "name.en": "Women Peacebuilders Network",
    kind: "ngo",
    byAgreement: "ооба",
  },
];

const MEASURES: Row[] = [
  { no: "1-глава", task: "Чыр-чатактардын алдын алуу", "task.en": "Conflict prevention" },
  {
    no: "1.1-максат",
    task: "Чыр-чатактардын алдын алууда аялдардын ролун күчөтүү",
    "task.en": "A stronger role for women in conflict prevention",
  },
  {
    no: "1",
    task: "Жергиликтүү деңгээлде аялдардын тынчтык демилгелерин колдоо",
    "task.en": "Support women's peace initiatives locally",
    "measure.id": "1.1",
    measure: "Аймактарда аялдардын тынчтык демилгелер топторун түзүү жана окутуу",
    "measure.en": "Set up and train women's peace initiative groups in the regions",
    baseline: "2024-жылы 20 топ иштеген",
    indicator: "Түзүлгөн топтордун саны",
    "indicator.kind": "count",
    deadline: "Жыл сайын",
    expectedResults: "Ар бир облуста жок дегенде 5 топ иштейт",
    responsible: "ЖӨБО\nАТТ",
    funding: "Эл аралык уюмдардын каражаттары",
    "funding.sources": "international-organizations",
  },
  { indicator: "Окутулган катышуучулардын саны", "indicator.en": "Participants trained", "indicator.kind": "people" },
  {
    "measure.id": "1.2",
    measure: "Жергиликтүү тынчтык кеңештеринин отурумдарына аялдардын катышуусун камсыздоо",
    indicator: "Кеңештердеги аялдардын үлүшү",
    "indicator.kind": "percent",
    "indicator.unit": "%",
    deadline: "2025-жылдын 2-жарым жылдыгы",
    expectedResults: "Кеңештердин мүчөлөрүнүн үчтөн бири аялдар",
    responsible: "ЖӨБО\nБУУ-Аялдар (макулдашуу боюнча)",
    funding: "Жергиликтүү бюджеттин каражаттарынын чегинде",
    "funding.sources": "local-budget",
  },
  {
    no: "2",
    task: "Мектептерде тынчтык маданиятын калыптандыруу",
    "measure.id": "2.1",
    measure: "Мектептер үчүн тынчтык маданияты боюнча окуу куралын иштеп чыгуу жана мугалимдерди окутуу",
    indicator: "Бекитилген окуу куралы",
    "indicator.kind": "document",
    deadline: "2025-2026-жылдар",
    "deadline.periods": "2025–2026",
    expectedResults: "Окуу куралы бекитилип, мугалимдер окутулду",
    responsible: "БИМ\nБУУ-Аялдар",
    funding: "Республикалык бюджет, эл аралык уюмдар",
    "funding.sources": "republican-budget\ninternational-organizations",
  },
  {
    // The measure's cells repeated on its second row, as a writer who copies rows down leaves them.
    no: "2",
    "measure.id": "2.1",
    measure: "Мектептер үчүн тынчтык маданияты боюнча окуу куралын иштеп чыгуу жана мугалимдерди окутуу",
    indicator: "Окутулган мугалимдердин саны",
    "indicator.kind": "people",
    deadline: "2025-2026-жылдар",
    responsible: "БИМ\nБУУ-Аялдар",
  },
  { no: "2-глава", task: "Коргоо", "task.en": "Protection" },
  { no: "2.1-максат", task: "Кризистик кырдаалдарда аялдарды жана кыздарды коргоо" },
  {
    no: "3",
    task: "Өзгөчө кырдаалдарда гендердик зомбулуктан коргоо",
    "measure.id": "3.1",
    measure: "Эвакуациялык пункттарда аялдар жана кыздар үчүн коопсуз жайларды уюштуруу",
    "measure.ru": "Организовать безопасные пространства для женщин и девочек в пунктах эвакуации",
    indicator: "Коопсуз жайлар уюштурулган пункттардын саны",
    "indicator.kind": "count",
    "indicator.unit": "пункт",
    deadline: "2026-жыл",
    expectedResults: "Ар бир эвакуациялык пунктта коопсуз жай бар",
    responsible: "ӨКМ\nИИМ\nБУУ-Аялдар (макулдашуу боюнча)",
    funding: "Республикалык бюджеттин каражаттарынын чегинде",
    "funding.sources": "republican-budget",
  },
  {
    "measure.id": "3.2",
    measure: "Милиция кызматкерлерин гендердик зомбулук иштери боюнча окутуу",
    indicator: "Окутулган кызматкерлердин саны",
    "indicator.kind": "people",
    deadline: "2025-жылдын 1-жарым жылдыгы",
    expectedResults: "Кызматкерлер гендердик зомбулук иштерин туура каттайт",
    responsible: "ИИМ",
  },
  { no: "3-глава", task: "Катышуу", "task.en": "Participation" },
  { no: "3.1-максат", task: "Чечим кабыл алууда аялдардын катышуусун кеңейтүү" },
  {
    no: "4",
    task: "Коопсуздук тармагында аялдардын өкүлчүлүгүн көбөйтүү",
    "measure.id": "4.1",
    measure: "Ички иштер органдарына аялдарды кабыл алуу боюнча маалымат кампаниясын өткөрүү",
    indicator: "Өткөрүлгөн иш-чаралардын саны",
    "indicator.kind": "count",
    deadline: "2025-2026-жылдар",
    expectedResults: "Кабыл алынгандардын ичинде аялдардын үлүшү өстү",
    responsible: "ИИМ\nАТТ",
    funding: "Республикалык бюджеттин каражаттарынын чегинде",
    "funding.sources": "republican-budget",
  },
  { indicator: "Кабыл алынган кызматкерлердин ичинде аялдардын үлүшү", "indicator.kind": "percent" },
];

function keyedSheet(name: string, columns: typeof MEASURE_COLUMNS, rows: Row[]): SheetSpec {
  const b = new SheetBuilder(columns);
  b.header(HEADER_ROW, KEY_ROW);
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) b.set(FIRST_DATA_ROW + i, key, value, "text");
  });
  return {
    name,
    state: "visible",
    columns: columns.map((c) => ({ width: c.width })),
    cells: b.cells,
    merges: [],
    protect: false,
    validations: [],
  };
}

function factsSheet(): SheetSpec {
  const cells: CellSpec[] = [];
  Object.entries(FACTS).forEach(([key, [ky, ru, en]], i) => {
    const row = HEADER_ROW + 1 + i;
    cells.push({ ref: toA1({ row, col: FACT_COLUMNS.key }), value: key });
    cells.push({ ref: toA1({ row, col: FACT_COLUMNS.ky }), value: ky });
    if (ru) cells.push({ ref: toA1({ row, col: FACT_COLUMNS.ru }), value: ru });
    if (en) cells.push({ ref: toA1({ row, col: FACT_COLUMNS.en }), value: en });
  });
  return { name: PLAN_SHEETS.facts, state: "visible", columns: [], cells, merges: [], protect: false, validations: [] };
}

/** The second plan's authoring workbook, as its writer filled it. */
export function secondPlanWorkbook(): WorkbookSpec {
  return {
    sheets: [
      factsSheet(),
      keyedSheet(PLAN_SHEETS.measures, MEASURE_COLUMNS, MEASURES),
      keyedSheet(PLAN_SHEETS.bodies, BODY_COLUMNS, BODIES),
    ],
    styles: PLAN_STYLES,
    definedNames: [],
    activeSheet: PLAN_SHEETS.measures,
    properties: { title: SECOND_PLAN_ID, creator: "Tendik tests" },
  };
}
