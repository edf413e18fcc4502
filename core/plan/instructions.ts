import { toA1 } from "../a1";
import { PAGE_FOOTER, printLayout } from "../template/print";
import type { CellSpec, SheetSpec } from "../template/spec";
import { PLAN_SHEETS, type Texts } from "./layout";
import { heightOf, linesOf } from "./sheetBuilder";

/** The authoring rules, as the instructions sheet shows them (and the README repeats). */
export const AUTHORING_RULES: Texts[] = [
  {
    ky: "Китепте төрт барак бар: «План» (пландын маалыматтары), «Чаралар», «Аткаруучулар» жана ушул нускама. Барактардын аттарын жана 2-саптагы боз ачкычтарды өзгөртпөңүз; мамычалардын ордун алмаштырууга, жашырууга, кеңейтүүгө болот.",
    ru: "В книге четыре листа: «План» (сведения о плане), «Чаралар» (мероприятия), «Аткаруучулар» (исполнители) и эта инструкция. Не переименовывайте листы и серые ключи во 2-й строке; столбцы можно переставлять, скрывать, расширять.",
    en: "The workbook has four sheets: «План» (the plan's facts), «Чаралар» (measures), «Аткаруучулар» (responsible bodies) and these instructions. Do not rename the sheets or the grey keys in row 2; columns may be moved, hidden or widened.",
  },
  {
    ky: "«Чаралар» барагы планды тиркемедегидей көрсөтөт. Глава сабы: № мамычасында «1-глава», аталышы «Милдеттер» мамычасында. Максат сабы: «1.1-максат» (максаттын номери главанын номеринен башталат). Тиркемедеги «1-глава. Аталышы» сабын № мамычасына толугу менен коюуга да болот.",
    ru: "Лист «Чаралар» повторяет таблицу приложения. Строка главы: в столбце № «1-глава», название в столбце «Задачи». Строка цели: «1.1-максат» (номер цели начинается с номера главы). Строку приложения «1-глава. Название» можно вставить в столбец № целиком.",
    en: "The «Чаралар» sheet follows the annex's table. A chapter row has «1-глава» in the № column and its title in the Tasks column; a goal row has «1.1-максат» (a goal's id starts with its chapter's id). The annex's heading line «1-глава. Title» may also be pasted whole into the № column.",
  },
  {
    ky: "Милдет № мамычасында номери бар саптан башталат (милдеттердин номерлери бүт план боюнча улам уланат). Андан кийинки саптар кийинки номерге же аталышка чейин ошол милдетке тиешелүү.",
    ru: "Задача начинается со строки, где в столбце № стоит ее номер (номера задач сквозные по всему плану). Следующие строки относятся к ней до следующего номера или заголовка.",
    en: "A task starts on the row whose № column holds its number (task numbers run through the whole plan); the rows below belong to it until the next number or heading.",
  },
  {
    ky: "Чара «Чара №» мамычасында «милдет.n» номери бар саптан башталат (мис. 3-милдетте 3.2). Чаранын уячалары (тексти, баштапкы маалымат, мөөнөт, натыйжа, аткаруучулар, каржылоо) биринчи сабында толтурулат; төмөнкү «Чара №» бош (же ошол эле номер кайталанган) саптар — анын кийинки индикаторлору. Уячаларды бириктирүүгө же кайталоого болот; кайталанса, бирдей болушу керек.",
    ru: "Мероприятие начинается со строки, где в столбце «№ меропр.» стоит его номер «задача.n» (например, 3.2 в задаче 3). Ячейки мероприятия (текст, исходные данные, срок, результаты, исполнители, финансирование) заполняются в его первой строке; строки ниже с пустым номером мероприятия (или тем же номером) — его следующие индикаторы. Ячейки можно объединять по вертикали или повторять; повторенные должны совпадать.",
    en: "A measure starts on the row whose Measure No. column holds its id «task.n» (e.g. 3.2 under task 3). Its cells (text, baseline, deadline, results, responsible, funding) are filled on its first row; the rows below with an empty Measure No. (or the same id repeated) are its further indicators. These cells may be merged down or repeated; repeated ones must be identical.",
  },
  {
    ky: "Ар бир индикатор — өз сабында: номери «чара.n» (бош болсо, өзү номерленет), тексти, түрү (count — сан, people — адамдар, percent — пайыз, amount — сом, document — документ, text — текст), «Аял/эркек өзүнчө» (ооба/жок; адамдар үчүн). Индикатору жок чаранын бир сабы болот, индикатор уячалары бош.",
    ru: "Каждый индикатор — в своей строке: номер «мероприятие.n» (пустой — пронумеруется сам), текст, вид (count — число, people — люди, percent — процент, amount — сумма в сомах, document — документ, text — текст), «Жен./муж. отдельно» (ооба/жок; для людей). У мероприятия без индикаторов одна строка с пустыми ячейками индикатора.",
    en: "One row per indicator: id «measure.n» (left empty, it is numbered in order), text, kind (count, people, percent, amount, document, text), Women/men apart (ооба/жок, for people). A measure without indicators has one row with the indicator cells empty.",
  },
  {
    ky: "Мөөнөт: «Ишке ашыруу мөөнөтү» — пландагыдай; «Мөөнөт: мезгилдер» — 2019, 2019-H2, 2019–2020, 2018-H2–2019-H2, бир нечеси үтүр менен. Мезгилдер бош болсо, тексттен окулат («2019-жыл», «2019-жылдын 2-жарым жылдыгы», «2019-2020-жылдар»). Жыл сайын аткарылуучу чара: «Кайталануу» = annual, мезгилдер бош.",
    ru: "Срок: «Срок исполнения» — как в плане; «Срок: периоды» — 2019, 2019-H2, 2019–2020, 2018-H2–2019-H2, несколько через запятую. Если периоды пусты, они читаются из текста («2019-жыл», «2019-жылдын 2-жарым жылдыгы», «2019-2020-жылдар»). Ежегодное мероприятие: «Повторение» = annual, периоды пустые.",
    en: "Deadline: the Deadline column as the plan prints it; Deadline: periods lists what it covers: 2019, 2019-H2, 2019–2020, 2018-H2–2019-H2, several separated by commas. Left empty, the periods are read from the text («2019-жыл», «2019-жылдын 2-жарым жылдыгы», «2019-2020-жылдар»). A yearly measure: Recurrence = annual and no periods.",
  },
  {
    ky: "Жооптуу аткаруучулар: ар бир сапта бирден, пландагыдай жазылат; макулдашуу боюнча катышса, артынан «(макулдашуу боюнча)». Ар бири «Аткаруучулар» барагында болушу керек (коду, латынча коду же башка жазылышы). «Адатта макулдашуу боюнча» = ооба болсо, белгисиз да макулдашуу боюнча саналат.",
    ru: "Ответственные исполнители: по одному в строке, как напечатано в плане; после участвующего по согласованию — «(макулдашуу боюнча)» или «(по согласованию)». Каждый должен быть на листе «Аткаруучулар» (код, латинский код или другое написание). Если «По умолчанию по согласованию» = ооба, исполнитель по согласованию и без пометки.",
    en: "Responsible: one body per line, as the plan prints it; «(макулдашуу боюнча)» (or «(by agreement)») after a body that takes part by agreement. Each must be on the «Аткаруучулар» sheet (its code, Latin alias or another spelling). A body whose «By agreement by default» is ооба is by agreement even without the mark.",
  },
  {
    ky: "Каржылоо: тексти пландагыдай, «Каржылоо: коддор» мамычасында бир же бир нечеси (ар бир сапта): republican-budget, local-budget, international-organizations.",
    ru: "Финансирование: текст как в плане, а в столбце «Финансирование: коды» один или несколько (по одному в строке): republican-budget, local-budget, international-organizations.",
    en: "Funding: the text as printed, and under Funding: codes one or more, one per line: republican-budget, local-budget, international-organizations.",
  },
  {
    ky: "Тексттер: кыргызча милдеттүү, орусча (сары ru) жана англисче (en) мамычалар милдеттүү эмес. Главанын жана максаттын ru/en аталыштары «Милдеттер (ru)/(en)» мамычаларына жазылат.",
    ru: "Тексты: кыргызский обязателен, русские (желтые, ru) и английские (en) столбцы — по желанию. Названия глав и целей на ru/en пишутся в столбцы «Задачи (ru)/(en)».",
    en: "Texts: Kyrgyz is required; the Russian (yellow, ru) and English (en) columns are optional. Chapter and goal titles in ru/en go under Tasks (ru)/(en).",
  },
  {
    ky: "Боз мамычалар булакты кантип басылганын сактайт: басылган уячалар, булак саптары, которуучунун эскертүүлөрү. Жаңы планда аларды бош калтырыңыз: басылган уячалар тизмелерден чыгарылат.",
    ru: "Серые столбцы хранят, как напечатан источник: ячейки как напечатаны, строки источника, примечания переписчика. В новом плане оставьте их пустыми: напечатанный вид выводится из списков.",
    en: "The grey columns record how the source was printed: cells as printed, source lines, transcriber's notes. Leave them empty in a new plan: the printed forms are then derived from the lists.",
  },
  {
    ky: "«Аткаруучулар»: ар бир орган бир сапта: коду (пландагыдай), толук аталышы кыргызча (ru, en — милдеттүү эмес), түрү, латынча коду (A–Z, 0–9, дефис; бош болсо өзү түзүлөт), башка жазылыштары (ар бир сапта). «Отчет берет» эсептелет: органды кайсы бир чара атаса жана түрү group болбосо. «Байланыш» мамычалары (аты-жөнү, кызматы, телефону, эл. почтасы) — органдын отчеттору боюнча кимге чалуу керек, эгер анын бир да отчету эч кимди атабаса (tendik status); милдеттүү эмес, пландын версиясын өзгөртпөйт.",
    ru: "«Аткаруучулар»: по одной строке на орган: код (как в плане), полное название на кыргызском (ru, en — по желанию), вид, латинский код (A–Z, 0–9, дефис; пустой — транслитерируется), другие написания (по одному в строке). «Отчитывается» вычисляется: орган назван в какой-либо мере и его вид не group. Столбцы «Контакт» (ФИО, должность, телефон, эл. почта) — кому звонить по отчетам органа, если ни один его отчет никого не называет (tendik status); необязательны и не меняют версию плана.",
    en: "«Аткаруучулар»: one row per body: code (as the plan prints it), full name in Kyrgyz (ru, en optional), kind, Latin alias (A–Z, 0–9, hyphen; left empty, it is transliterated), other spellings one per line. «Reports» is computed: a body reports when some measure names it and its kind is not group. The «Contact» columns (name, position, phone, e-mail) say whom to call about the body's reports when none of its reports names anyone (tendik status); optional, and they never change the plan's version.",
  },
  {
    ky: "«План»: пландын коду (латынча кичине тамгалар, цифралар, дефис; ар бир жаңы планга жаңы код), аталышы, мезгилдин башы жана аягы (2025-H1), актыны кабыл алган орган, актынын түрү, номери жана датасы.",
    ru: "«План»: код плана (строчная латиница, цифры, дефис; для каждого нового плана — новый код), название, начало и конец периода (2025-H1), принявший орган, вид, номер и дата акта.",
    en: "«План»: the plan id (lowercase Latin letters, digits, hyphens; a new id for each new plan), title, period start and end (2025-H1), and the act's issuer, type, number and date.",
  },
  {
    ky: "Номерлер текст катары жазылат; Excel 1.10 номерин 1.1 кылып жиберсе, '1.10 деп териңиз. Андан кийин: tendik plan import ФАЙЛ --out PLAN.json — ар бир ката уячасы менен көрсөтүлөт; оңдоп, кайра импорттоңуз.",
    ru: "Номера вводятся как текст; если Excel превращает 1.10 в 1.1, введите '1.10. Затем: tendik plan import ФАЙЛ --out PLAN.json — каждая ошибка показывается с ячейкой; исправьте и импортируйте снова.",
    en: "Ids are text: if Excel turns 1.10 into 1.1, type '1.10. Then run tendik plan import FILE --out PLAN.json: every problem is listed with its cell; fix it and import again.",
  },
  {
    ky: "Орусча (ru) жана англисче (en) мамычалардагы көк курсив менен жазылган тексттер — биздин жумушчу котормобуз. Расмий текстти ошол уячага чаптаңыз: импорттолгондо ал расмий деп белгиленет, калгандары котормо бойдон калат. Котормонун ордуна чапталган ар кандай текст расмий деп окулат. Пландын хэши тексттин кыргызча вариантына гана көз каранды, ошондуктан жөнөтүлгөн шаблондор жарактуу бойдон калат.",
    ru: "Тексты в столбцах ru и en, набранные синим курсивом, — наш рабочий перевод. Вставьте официальный текст в ту же ячейку: при импорте он получит статус официального, остальные останутся переводом. Любой текст, вставленный вместо перевода, читается как официальный. Хэш плана зависит только от кыргызского текста, поэтому уже разосланные шаблоны остаются действительными.",
    en: "The texts in blue italics in the ru and en columns are our working translation. Paste the official text into the same cell: on import it is marked official, the others stay translations. Any text pasted over a translation reads as official. The plan's hash depends on the Kyrgyz text only, so templates already sent stay valid.",
  },
];

const TITLE: Texts = {
  ky: "Планды жазуу эрежелери",
  ru: "Правила составления плана",
  en: "How to write a plan in this workbook",
};

/** The instructions sheet: the rules in three columns, Kyrgyz first. */
export function buildInstructionsSheet(): SheetSpec {
  const cells: CellSpec[] = [];
  const langs = ["ky", "ru", "en"] as const;
  langs.forEach((l, i) => cells.push({ ref: toA1({ row: 1, col: i + 2 }), value: TITLE[l], style: "title" }));
  AUTHORING_RULES.forEach((rule, r) => {
    cells.push({ ref: toA1({ row: r + 3, col: 1 }), value: String(r + 1), style: "paraBold" });
    langs.forEach((l, i) => cells.push({ ref: toA1({ row: r + 3, col: i + 2 }), value: rule[l], style: "para" }));
  });
  return {
    name: PLAN_SHEETS.instructions,
    state: "visible",
    columns: [{ width: 4 }, { width: 60 }, { width: 60 }, { width: 60 }],
    rowHeights: Object.fromEntries(
      AUTHORING_RULES.map((rule, r) => [r + 3, heightOf(Math.max(...langs.map((l) => linesOf(rule[l], 60))))]),
    ),
    cells,
    merges: [],
    protect: false,
    validations: [],
    print: printLayout({ widths: [4, 60, 60, 60], fontSize: 10, footer: PAGE_FOOTER.ky }),
  };
}
