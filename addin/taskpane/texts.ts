/**
 * Every text the task pane and the validator page show, in Kyrgyz, Russian and English, as ICU messages
 * formatted by the project's one formatting layer (schema/i18n): plurals by each language's CLDR rules,
 * `{period, period}` in words. Issue messages themselves come from the issue catalogue, not from here.
 */
import type { Language } from "../../schema";
import { formatText, type TextValues } from "../../schema/i18n/format";

export { LANGUAGES } from "../../schema/i18n/languages";

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { ky: "Кыргызча", ru: "Русский", en: "English" };

const ky = {
  language: "Тил",
  tabs: "Иш",
  tabReport: "Отчет",
  tabMerge: "Бириктирүү",
  loading: "Жүктөлүүдө…",
  errors: "{n, plural, other {# ката}}",
  warnings: "{n, plural, other {# эскертүү}}",
  errorsHeading: "Каталар",
  warningsHeading: "Эскертүүлөр",
  wholeFile: "Файл толугу менен",
  clickHint: "Уячага өтүү үчүн эскертүүнү же катаны басыңыз.",
  // Agency: a template
  templateFor: "Бул китеп – отчеттун шаблону",
  body: "Орган",
  period: "Мезгил",
  plan: "План",
  validate: "Текшерүү",
  validating: "Текшерилүүдө…",
  clearMarks: "Белгилерди алып салуу",
  marksCleared: "Уячалардагы белгилер алынып салынды.",
  readyTitle: "Жөнөтүүгө даяр",
  readyText: "Ката жок{w, plural, =0 {.} other {, # эскертүү: аларды карап чыгыңыз.}}",
  readyNext: "Файлды сактаңыз (Ctrl+S) жана координаторго жөнөтүңүз.",
  notReadyTitle: "Азырынча жөнөтүүгө болбойт",
  notReadyText:
    "{e, plural, other {# ката}}{w, plural, =0 {} other {, # эскертүү}}. Каталарды оңдоп, кайра текшериңиз: катасы бар отчет кабыл алынбайт.",
  marksNote: "Маселелүү уячалар баракта түс менен белгиленди.",
  noMarks: "Бул Excel уячаларды белгилей албайт: тизмедеги даректерди колдонуңуз.",
  // Agency: any other workbook
  isMaster: "Бул китеп – жыйынтык китеп. Отчетторду кошуу үчүн «Бириктирүү» өтмөгүн ачыңыз.",
  openMerge: "Бириктирүүнү ачуу",
  notTemplate: "Бул китеп Tendik шаблону эмес. Жаңы отчет үчүн органды жана мезгилди тандаңыз.",
  newReport: "Жаңы отчет",
  chooseBody: "Органды тандаңыз",
  create: "Шаблонду ачуу",
  creating: "Шаблон түзүлүүдө…",
  createdNew: "Шаблон жаңы китепте ачылды. Аны сактап, толтуруңуз.",
  createdHere:
    "Бул Excel кошумчадан жаңы китеп ача албайт (ExcelApi 1.8 жок), ошондуктан шаблон ушул китепке жазылды. Аны жаңы ат менен сактаңыз.",
  failed: "Аткарылган жок: {reason}",
  // Coordinator
  mergeTitle: "Органдардын отчетторун бириктирүү",
  mergeHelp: "Отчетторду (.xlsx) тандаңыз же ушул жерге сүйрөп келиңиз. Жыйынтык барактар ушул китепке жазылат.",
  chooseFiles: "Отчетторду тандоо",
  dropHere: "Файлдарды ушул жерге таштаңыз",
  progress: "{done} / {total} файл текшерилди",
  accepted: "кабыл алынды",
  replaced: "мурдагысын алмаштырды",
  unchanged: "өзгөргөн жок: мурда кабыл алынган",
  rejected: "четке кагылды",
  mergeDone:
    "Жыйынтык жазылды: {accepted} кабыл алынды, {replaced} алмаштырды, {unchanged} өзгөргөн жок, {rejected} четке кагылды.",
  templatesTitle: "Бардык органдар үчүн шаблондор",
  templatesHelp: "Тандалган мезгилдин бардык шаблондору бир ZIP файлда.",
  download: "ZIP жүктөп алуу",
  preparing: "{done} / {total} шаблон даярдалды",
  noDownloads:
    "Бул Excel кошумчадан файл жүктөп алууга уруксат бербейт. Шаблондорду командалык саптан түзүңүз: tendik template --all.",
  // The plan in use
  planEmbedded: "Кошумчага камтылган план",
  planFromFile: "{file} файлынан",
  choosePlan: "План файлын тандоо",
  planFileHint: "Пландын .json файлы (tendik plan import) же анын Excel китеби (.xlsx).",
  useEmbeddedPlan: "Камтылган планга кайтуу",
  planLoaded: "{file} файлындагы план текшерүүдөн өттү жана колдонулууда.",
  planRemembered: "Кошумча кийинки жолу да ушул план менен ачылат.",
  planNotRemembered:
    "Бул браузер планды сактай алган жок (анын сактагычы толгон же өчүрүлгөн): кийинки жолу кошумча камтылган план менен ачылат.",
  planBackToEmbedded: "Кайра камтылган план колдонулууда.",
  planRefused: "{file} жүктөлгөн жок: бул колдонууга жарактуу план эмес. Колдонулуп жаткан план өзгөргөн жок.",
  planProblemsMore: "{n, plural, other {Дагы # маселе бар.}}",
  planStoredInvalid:
    "Мурда тандалган план ({file}) текшерүүдөн өтпөй калды, ошондуктан камтылган план колдонулууда. План файлын кайра тандаңыз же координатордон учурдагы файлды сураңыз.",
  planNotJson: "Файл JSON эмес: {reason}",
  planNotText: "Файл UTF-8 текст эмес: пландын .json файлын же .xlsx китебин тандаңыз.",
  planTooBig: "Файлдын көлөмү {size}, ал эми план файлы {max} ашпайт.",
  planSchemaProblem: "План өз схемасына дал келбейт: {detail}",
  otherPlanTitle: "Башка пландын китеби",
  otherPlanText:
    "Бул китеп «{found}» планы үчүн түзүлгөн, ал эми азыр «{current}» планы колдонулууда. Ошол пландын файлын (.json) жогорудагы «{choose}» баскычы менен тандаңыз; андай файлыңыз жок болсо, аны отчеттуулук боюнча координатордон сураңыз.",
  otherVersionText:
    "Бул китеп «{found}» планынын башка версиясы үчүн түзүлгөн (хеши {hash}…, колдонулуп жаткан пландыкы {current}…). Китеп түзүлгөн версиянын файлын «{choose}» баскычы менен тандаңыз же координатордон учурдагы шаблонду сураңыз.",
  otherPlanEmbedded: "Бул китеп кошумчага камтылган план үчүн түзүлгөн.",
  mergeOtherPlanFiles:
    "Айрым файлдар башка план үчүн түзүлгөн: аларды ошол пландын жыйынтык китебине бириктириңиз (пландын файлын жогортон тандаңыз).",
  // Validator page
  validatorTitle: "Tendik: отчетту текшерүү",
  privacy: "Файл бул компьютерден чыкпайт: текшерүү ушул браузердин ичинде жүрөт, эч нерсе Интернетке жөнөтүлбөйт.",
  chooseFile: "Толтурулган шаблонду тандоо (.xlsx)",
  orDrop: "же файлды ушул жерге сүйрөп келиңиз",
  checking: "{file} текшерилүүдө…",
  checked: "Текшерилген файл: {file}",
  validatorNext: "Каталарды Excel'де оңдоп, файлды сактаңыз жана кайра текшериңиз.",
  // Issue 22, the coordinator's view, the validator page and unexpected errors
  coordMissingTitle: "Ким отчет бере элек",
  coordMissingHelp: "Ушул китептеги жыйынтык боюнча, тандалган мезгил үчүн.",
  coordMissingCount:
    "{expected} органдын {missing} отчет бере элек{rejected, plural, =0 {.} other {, # органдын файлы четке кагылды.}}",
  coordMissingNone: "Бардык {expected} орган {period, period} үчүн отчет берди.",
  coordNoMaster:
    "Бул китепте азырынча жыйынтык жок: отчетторду бириктиргенден кийин бул жерде ким отчет бербегени көрүнөт.",
  coordStateMissing: "отчет жок",
  coordStateRejected: "файлы четке кагылды",
  coordZipMade: "{n, plural, other {# шаблон}} ZIP файлына жазылды.",
  coordNoDownloads:
    "Бул Excel кошумчадан файл жүктөп алууга уруксат бербейт. Шаблондорду Excel'дин веб же Windows версиясында жүктөп алыңыз.",
  coordMergeFailed: "Отчеттор бириктирилген жок: күтүлбөгөн ката кетти. Кайра аракет кылыңыз.",
  coordZipFailed: "ZIP файлы түзүлгөн жок: күтүлбөгөн ката кетти. Кайра аракет кылыңыз.",
  coordMasterFailed: "Бул китептеги жыйынтыкты окуу мүмкүн болгон жок.",
  copyDetails: "Толук маалыматты көчүрүү",
  detailsCopied: "Толук маалымат көчүрүлдү: аны колдоо кызматына жөнөтүңүз.",
  returnTitle: "Белгиленген көчүрмө",
  returnHelp:
    "Ар бир маселеси өз уячасында белгиленген жана биринчи баракта тизмеси бар көчүрмө. Аны оңдоп, кайра текшериңиз.",
  returnDownload: "Белгиленген көчүрмөнү жүктөп алуу",
  returnMaking: "Көчүрмө даярдалууда…",
  returnMade: "Жүктөлдү: {file}",
  returnFailed: "Көчүрмө түзүлгөн жок: күтүлбөгөн ката кетти.",
  checkFailed: "Бул файлды текшерүү мүмкүн болгон жок: күтүлбөгөн ката кетти.",
  planSchemaMissing: "{where}: «{field}» талаасы жок.",
  planSchemaExtra: "{where}: планда болбошу керек болгон талаа бар.",
  planNotJsonText: "Файл JSON эмес: пландын .json файлын же .xlsx китебин тандаңыз.",
  planSchemaType: "{where}: мааниси туура эмес түрдө.",
  planSchemaEnum: "{where}: мындай маанини колдонууга болбойт.",
  planSchemaForm: "{where}: мааниси күтүлгөн форматта эмес.",
  planSchemaOther: "{where}: пландын эрежелерине дал келбейт.",
  planWhereRoot: "План",
  planWhereParts: "бөлүм|максат|милдет|чара|индикатор|аткаруучу|орган|каржылоо",
};

export type TextKey = keyof typeof ky;

const ru: Record<TextKey, string> = {
  language: "Язык",
  tabs: "Работа",
  tabReport: "Отчёт",
  tabMerge: "Сводка",
  loading: "Загрузка…",
  errors: "{n, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}",
  warnings:
    "{n, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}",
  errorsHeading: "Ошибки",
  warningsHeading: "Предупреждения",
  wholeFile: "Файл целиком",
  clickHint: "Нажмите на замечание, чтобы перейти к ячейке.",
  templateFor: "Эта книга — шаблон отчёта",
  body: "Орган",
  period: "Период",
  plan: "План",
  validate: "Проверить",
  validating: "Проверка…",
  clearMarks: "Снять отметки",
  marksCleared: "Отметки в ячейках сняты.",
  readyTitle: "Готов к отправке",
  readyText:
    "Ошибок нет{w, plural, =0 {.} one {, # предупреждение: просмотрите его.} few {, # предупреждения: просмотрите их.} other {, # предупреждений: просмотрите их.}}",
  readyNext: "Сохраните файл (Ctrl+S) и отправьте его координатору.",
  notReadyTitle: "Пока нельзя отправлять",
  notReadyText:
    "{e, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}{w, plural, =0 {} one {, # предупреждение} few {, # предупреждения} other {, # предупреждений}}. Исправьте ошибки и проверьте снова: отчёт с ошибками не принимается.",
  marksNote: "Ячейки с замечаниями выделены цветом на листе.",
  noMarks: "Этот Excel не умеет выделять ячейки: пользуйтесь адресами в списке.",
  isMaster: "Эта книга — сводная. Чтобы добавить отчёты, откройте вкладку «Сводка».",
  openMerge: "Открыть сводку",
  notTemplate: "Эта книга — не шаблон Tendik. Для нового отчёта выберите орган и период.",
  newReport: "Новый отчёт",
  chooseBody: "Выберите орган",
  create: "Открыть шаблон",
  creating: "Шаблон создаётся…",
  createdNew: "Шаблон открыт в новой книге. Сохраните её и заполните.",
  createdHere:
    "Этот Excel не умеет открывать новую книгу из надстройки (нет ExcelApi 1.8), поэтому шаблон записан в эту книгу. Сохраните её под новым именем.",
  failed: "Не удалось: {reason}",
  mergeTitle: "Сводка отчётов органов",
  mergeHelp: "Выберите отчёты (.xlsx) или перетащите их сюда. Сводные листы будут записаны в эту книгу.",
  chooseFiles: "Выбрать отчёты",
  dropHere: "Перетащите файлы сюда",
  progress: "Проверено файлов: {done} из {total}",
  accepted: "принят",
  replaced: "заменил прежний",
  unchanged: "без изменений: уже принят",
  rejected: "отклонён",
  mergeDone:
    "Сводка записана: принято {accepted}, заменено {replaced}, без изменений {unchanged}, отклонено {rejected}.",
  templatesTitle: "Шаблоны для всех органов",
  templatesHelp: "Все шаблоны выбранного периода одним ZIP-файлом.",
  download: "Скачать ZIP",
  preparing: "Готово шаблонов: {done} из {total}",
  noDownloads:
    "Этот Excel не разрешает надстройке скачивать файлы. Создайте шаблоны в командной строке: tendik template --all.",
  planEmbedded: "Встроенный план",
  planFromFile: "из файла {file}",
  choosePlan: "Выбрать файл плана",
  planFileHint: "Файл плана .json (tendik plan import) или его книга Excel (.xlsx).",
  useEmbeddedPlan: "Вернуть встроенный план",
  planLoaded: "План из файла {file} прошёл проверку и используется.",
  planRemembered: "В следующий раз надстройка откроется с этим планом.",
  planNotRemembered:
    "Этот браузер не смог запомнить план (его хранилище заполнено или отключено): в следующий раз надстройка откроется со встроенным планом.",
  planBackToEmbedded: "Снова используется встроенный план.",
  planRefused: "Файл {file} не загружен: это не пригодный план. Используемый план не изменился.",
  planProblemsMore:
    "{n, plural, one {И ещё # замечание.} few {И ещё # замечания.} many {И ещё # замечаний.} other {И ещё # замечания.}}",
  planStoredInvalid:
    "Выбранный ранее план ({file}) больше не проходит проверку, поэтому используется встроенный план. Выберите файл плана снова или запросите актуальный файл у координатора.",
  planNotJson: "Файл не является JSON: {reason}",
  planNotText: "Файл не является текстом UTF-8: выберите файл плана .json или его книгу .xlsx.",
  planTooBig: "Размер файла {size}, а файл плана занимает не больше {max}.",
  planSchemaProblem: "План не соответствует своей схеме: {detail}",
  otherPlanTitle: "Книга другого плана",
  otherPlanText:
    "Эта книга создана для плана «{found}», а сейчас используется план «{current}». Выберите файл того плана (.json) кнопкой «{choose}» выше; если такого файла у вас нет, запросите его у координатора отчетности.",
  otherVersionText:
    "Эта книга создана для другой версии плана «{found}» (хеш {hash}…, у используемого плана {current}…). Выберите кнопкой «{choose}» файл той версии, по которой она создана, или запросите у координатора актуальный шаблон.",
  otherPlanEmbedded: "Эта книга создана для встроенного плана.",
  mergeOtherPlanFiles:
    "Некоторые файлы созданы для другого плана: сводите их в сводную книгу того плана (выберите его файл выше).",
  validatorTitle: "Tendik: проверка отчёта",
  privacy: "Файл не покидает этот компьютер: проверка идёт в этом браузере, ничего не отправляется в Интернет.",
  chooseFile: "Выбрать заполненный шаблон (.xlsx)",
  orDrop: "или перетащите файл сюда",
  checking: "Проверка файла {file}…",
  checked: "Проверен файл: {file}",
  validatorNext: "Исправьте ошибки в Excel, сохраните файл и проверьте его снова.",
  // Issue 22, the coordinator's view, the validator page and unexpected errors
  coordMissingTitle: "Кто не отчитался",
  coordMissingHelp: "По сводной книге в этой книге, за выбранный период.",
  coordMissingCount:
    "Не отчитались: {missing} из {expected}{rejected, plural, =0 {.} one {; у # органа файл отклонён.} other {; у # органов файл отклонён.}}",
  coordMissingNone: "За {period, period} отчитались все органы: {expected}.",
  coordNoMaster: "В этой книге пока нет сводной: после сведения отчётов здесь будет видно, кто не отчитался.",
  coordStateMissing: "нет отчёта",
  coordStateRejected: "файл отклонён",
  coordZipMade:
    "{n, plural, one {# шаблон записан} few {# шаблона записаны} many {# шаблонов записаны} other {# шаблона записаны}} в ZIP-файл.",
  coordNoDownloads:
    "Этот Excel не разрешает надстройкам скачивать файлы. Скачайте шаблоны в Excel в браузере или в Excel для Windows.",
  coordMergeFailed: "Отчёты не сведены: произошла непредвиденная ошибка. Попробуйте ещё раз.",
  coordZipFailed: "ZIP-файл не создан: произошла непредвиденная ошибка. Попробуйте ещё раз.",
  coordMasterFailed: "Не удалось прочитать сводную в этой книге.",
  copyDetails: "Скопировать подробности",
  detailsCopied: "Подробности скопированы: отправьте их в службу поддержки.",
  returnTitle: "Копия с отметками",
  returnHelp:
    "Копия файла, где каждая проблема отмечена в своей ячейке, а на первом листе есть их список. Исправьте её и проверьте снова.",
  returnDownload: "Скачать копию с отметками",
  returnMaking: "Готовим копию…",
  returnMade: "Скачано: {file}",
  returnFailed: "Копия не создана: произошла непредвиденная ошибка.",
  checkFailed: "Не удалось проверить этот файл: произошла непредвиденная ошибка.",
  planSchemaMissing: "{where}: нет поля «{field}».",
  planSchemaExtra: "{where}: есть поле, которого в плане быть не должно.",
  planNotJsonText: "Файл не является JSON: выберите файл плана .json или его книгу .xlsx.",
  planSchemaType: "{where}: значение не того вида.",
  planSchemaEnum: "{where}: такое значение не допускается.",
  planSchemaForm: "{where}: значение не в ожидаемом формате.",
  planSchemaOther: "{where}: не соответствует правилам плана.",
  planWhereRoot: "План",
  planWhereParts: "глава|цель|задача|мероприятие|индикатор|исполнитель|орган|финансирование",
};

const en: Record<TextKey, string> = {
  language: "Language",
  tabs: "Task",
  tabReport: "Report",
  tabMerge: "Merge",
  loading: "Loading…",
  errors: "{n, plural, one {# error} other {# errors}}",
  warnings: "{n, plural, one {# warning} other {# warnings}}",
  errorsHeading: "Errors",
  warningsHeading: "Warnings",
  wholeFile: "Whole file",
  clickHint: "Select an issue to go to its cell.",
  templateFor: "This workbook is a report template",
  body: "Body",
  period: "Period",
  plan: "Plan",
  validate: "Validate",
  validating: "Validating…",
  clearMarks: "Clear marks",
  marksCleared: "The marks on the cells were removed.",
  readyTitle: "Ready to send",
  readyText:
    "No errors{w, plural, =0 {.} one {; # warning: please look at it.} other {; # warnings: please look at them.}}",
  readyNext: "Save the file (Ctrl+S) and send it to the coordinator.",
  notReadyTitle: "Not ready to send yet",
  notReadyText:
    "{e, plural, one {# error} other {# errors}}{w, plural, =0 {} one {, # warning} other {, # warnings}}. Fix the errors and validate again: a report with errors is not accepted.",
  marksNote: "The cells with issues are marked in colour on the sheet.",
  noMarks: "This Excel cannot mark cells: use the addresses in the list.",
  isMaster: "This workbook is a master. To add reports, open the Merge tab.",
  openMerge: "Open Merge",
  notTemplate: "This workbook is not a Tendik template. For a new report, choose the body and the period.",
  newReport: "New report",
  chooseBody: "Choose the body",
  create: "Open the template",
  creating: "Building the template…",
  createdNew: "The template opened in a new workbook. Save it and fill it in.",
  createdHere:
    "This Excel cannot open a new workbook from an add-in (no ExcelApi 1.8), so the template was written into this workbook. Save it under a new name.",
  failed: "Failed: {reason}",
  mergeTitle: "Merge the bodies' reports",
  mergeHelp: "Choose the reports (.xlsx) or drop them here. The master's sheets are written into this workbook.",
  chooseFiles: "Choose reports",
  dropHere: "Drop the files here",
  progress: "{done} of {total} files checked",
  accepted: "accepted",
  replaced: "replaced an earlier file",
  unchanged: "unchanged: accepted before",
  rejected: "rejected",
  mergeDone: "Master written: {accepted} accepted, {replaced} replaced, {unchanged} unchanged, {rejected} rejected.",
  templatesTitle: "Templates for all bodies",
  templatesHelp: "All templates of the chosen period in one ZIP file.",
  download: "Download ZIP",
  preparing: "{done} of {total} templates ready",
  noDownloads:
    "This Excel does not let add-ins download files. Build the templates on the command line: tendik template --all.",
  planEmbedded: "Embedded plan",
  planFromFile: "from the file {file}",
  choosePlan: "Choose a plan file",
  planFileHint: "A plan's .json file (tendik plan import) or its Excel workbook (.xlsx).",
  useEmbeddedPlan: "Use the embedded plan",
  planLoaded: "The plan in {file} passed the check and is in use.",
  planRemembered: "The pane will open with this plan next time.",
  planNotRemembered:
    "This browser could not keep the plan (its storage is full or switched off): next time the pane opens with the embedded plan.",
  planBackToEmbedded: "The embedded plan is in use again.",
  planRefused: "{file} was not loaded: it is not a usable plan. The plan in use has not changed.",
  planProblemsMore: "{n, plural, one {And # more problem.} other {And # more problems.}}",
  planStoredInvalid:
    "The plan chosen before ({file}) no longer passes the check, so the embedded plan is in use. Choose the plan file again, or ask the coordinator for a current one.",
  planNotJson: "The file is not JSON: {reason}",
  planNotText: "The file is not UTF-8 text: choose a plan's .json file or its .xlsx workbook.",
  planTooBig: "The file is {size}; a plan file is at most {max}.",
  planSchemaProblem: "The plan does not match its schema: {detail}",
  otherPlanTitle: "A workbook of another plan",
  otherPlanText:
    "This workbook was made for the plan “{found}”, and the plan in use is “{current}”. Choose that plan's file (.json) with “{choose}” above; if you do not have it, ask the reporting coordinator for it.",
  otherVersionText:
    "This workbook was made for another version of the plan “{found}” (hash {hash}…; the plan in use has {current}…). Choose the file of the version it was made from with “{choose}”, or ask the coordinator for a current template.",
  otherPlanEmbedded: "This workbook was made for the embedded plan.",
  mergeOtherPlanFiles:
    "Some files were made for another plan: merge them into a master workbook of that plan (choose its file above).",
  validatorTitle: "Tendik: check a report",
  privacy: "The file never leaves this computer: it is checked inside this browser and nothing is sent anywhere.",
  chooseFile: "Choose a filled template (.xlsx)",
  orDrop: "or drop the file here",
  checking: "Checking {file}…",
  checked: "Checked: {file}",
  validatorNext: "Fix the errors in Excel, save the file and check it again.",
  // Issue 22, the coordinator's view, the validator page and unexpected errors
  coordMissingTitle: "Who has not reported",
  coordMissingHelp: "From the master in this workbook, for the chosen period.",
  coordMissingCount:
    "{missing} of {expected} bodies have not reported{rejected, plural, =0 {.} one {; # body's file was rejected.} other {; # bodies' files were rejected.}}",
  coordMissingNone: "All {expected} bodies have reported for {period, period}.",
  coordNoMaster: "This workbook holds no master yet: once reports are merged, this shows who has not reported.",
  coordStateMissing: "no report",
  coordStateRejected: "file rejected",
  coordZipMade: "{n, plural, one {# template} other {# templates}} written into the ZIP file.",
  coordNoDownloads:
    "This Excel does not let add-ins download files. Download the templates in Excel on the web or Excel for Windows.",
  coordMergeFailed: "The reports were not merged: something unexpected went wrong. Please try again.",
  coordZipFailed: "The ZIP file was not made: something unexpected went wrong. Please try again.",
  coordMasterFailed: "The master in this workbook could not be read.",
  copyDetails: "Copy details",
  detailsCopied: "Details copied: send them to whoever supports Tendik.",
  returnTitle: "A marked copy",
  returnHelp:
    "A copy of the file with every problem marked at its cell and listed on the first sheet. Correct it and check it again.",
  returnDownload: "Download the marked copy",
  returnMaking: "Making the copy…",
  returnMade: "Downloaded: {file}",
  returnFailed: "The copy was not made: something unexpected went wrong.",
  checkFailed: "This file could not be checked: something unexpected went wrong.",
  planSchemaMissing: "{where}: the field “{field}” is missing.",
  planSchemaExtra: "{where}: a field that does not belong in a plan.",
  planNotJsonText: "The file is not JSON: choose a plan's .json file or its .xlsx workbook.",
  planSchemaType: "{where}: the value is of the wrong kind.",
  planSchemaEnum: "{where}: this value is not allowed.",
  planSchemaForm: "{where}: the value is not in the expected form.",
  planSchemaOther: "{where}: does not keep the plan's rules.",
  planWhereRoot: "The plan",
  planWhereParts: "chapter|goal|task|measure|indicator|responsible body|body|funding",
};

const TEXTS: Record<Language, Record<TextKey, string>> = { ky, ru, en };

/** A text of the pane in a language, with its values formatted (plurals, periods in words). */
export type Translate = (key: TextKey, values?: TextValues) => string;

/** The pane's texts in `lang`. */
export function textsFor(lang: Language): Translate {
  return (key, values = {}) => formatText(TEXTS[lang][key], values, lang);
}

/** Every key in every language, for the test that no text is missing or empty. */
export const ALL_TEXTS = TEXTS;
