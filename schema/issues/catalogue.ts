import type { IssueDefinition } from "./types";

/**
 * The catalogue of issue codes. Codes are stable: add new ones, never rename. Messages are templates
 * with `{param}` slots; `docs/issues.md` is generated from this table (`npm run docs`).
 */
export const catalogue = {
  // ---- file: the bytes are not a workbook we can open safely --------------------------------------
  "file-not-workbook": {
    severity: "error",
    level: "file",
    params: ["reason"],
    title: { en: "Not an Excel workbook", ru: "Файл не является книгой Excel", ky: "Файл Excel китеби эмес" },
    description: {
      en: "The file is not a valid .xlsx workbook: it is not a zip archive, or it is truncated or damaged.",
      ru: "Файл не является корректной книгой .xlsx: это не zip-архив, либо файл обрезан или поврежден.",
      ky: "Файл жарактуу .xlsx китеби эмес: ал zip-архив эмес, же толук эмес, же бузулган.",
    },
    message: {
      en: "This file is not a valid Excel workbook ({reason}). Send the .xlsx template exactly as saved by Excel.",
      ru: "Этот файл не является корректной книгой Excel ({reason}). Направьте шаблон .xlsx в том виде, в каком он сохранен в Excel.",
      ky: "Бул файл жарактуу Excel китеби эмес ({reason}). .xlsx шаблонун Excel программасында сакталган бойдон жөнөтүңүз.",
    },
  },
  "file-old-xls": {
    severity: "error",
    level: "file",
    params: [],
    title: { en: "Old .xls format", ru: "Устаревший формат .xls", ky: "Эскирген .xls форматы" },
    description: {
      en: "The file is in the Excel 97–2003 (.xls) format, which the template does not use.",
      ru: "Файл сохранен в формате Excel 97–2003 (.xls), который в шаблоне не используется.",
      ky: "Файл Excel 97–2003 (.xls) форматында сакталган, шаблон бул форматты колдонбойт.",
    },
    message: {
      en: "This is an old .xls file. Open it in Excel and save it as an Excel Workbook (.xlsx).",
      ru: "Это файл устаревшего формата .xls. Откройте его в Excel и сохраните как книгу Excel (.xlsx).",
      ky: "Бул эскирген .xls форматындагы файл. Аны Excel программасында ачып, Excel китеби (.xlsx) катары сактаңыз.",
    },
  },
  "file-encrypted": {
    severity: "error",
    level: "file",
    params: [],
    title: { en: "Password-protected workbook", ru: "Книга защищена паролем", ky: "Китеп сырсөз менен корголгон" },
    description: {
      en: "The workbook is encrypted with a password, so its contents cannot be read.",
      ru: "Книга зашифрована паролем, поэтому ее содержимое невозможно прочитать.",
      ky: "Китеп сырсөз менен шифрленген, ошондуктан анын мазмунун окуу мүмкүн эмес.",
    },
    message: {
      en: "The workbook is protected with a password. Remove the password (File > Info > Protect Workbook) and send it again.",
      ru: "Книга защищена паролем. Снимите пароль (Файл > Сведения > Защитить книгу) и направьте книгу повторно.",
      ky: "Китеп сырсөз менен корголгон. Сырсөздү алып салып (Файл > Сведения > Защитить книгу), китепти кайра жөнөтүңүз.",
    },
  },
  "file-text-renamed": {
    severity: "error",
    level: "file",
    params: ["detected"],
    title: {
      en: "Text file with an .xlsx name",
      ru: "Текстовый файл с расширением .xlsx",
      ky: ".xlsx кеңейтүүсү бар текст файлы",
    },
    description: {
      en: "The file is a CSV or HTML text file renamed to .xlsx, not a workbook.",
      ru: "Файл является текстовым файлом CSV или HTML, переименованным в .xlsx, а не книгой Excel.",
      ky: "Файл Excel китеби эмес, ал .xlsx деп кайра аталган CSV же HTML текст файлы.",
    },
    message: {
      en: "This file is a {detected} file renamed to .xlsx. Fill in the Tendik template itself and send it.",
      ru: "Этот файл является файлом {detected}, переименованным в .xlsx. Заполните сам шаблон Tendik и направьте его.",
      ky: "Бул файл .xlsx деп кайра аталган {detected} файлы. Tendik шаблонунун өзүн толтуруп, жөнөтүңүз.",
    },
  },
  "file-too-large": {
    severity: "error",
    level: "file",
    params: ["size", "limit"],
    title: { en: "File too large", ru: "Файл слишком большой", ky: "Файл өтө чоң" },
    description: {
      en: "The file is far larger than a filled template can be; it is refused before it is opened.",
      ru: "Файл намного больше, чем может быть заполненный шаблон; он отклоняется до открытия.",
      ky: "Файл толтурулган шаблон боло ала тургандан алда канча чоң; ал ачылганга чейин четке кагылат.",
    },
    message: {
      en: "The file is {size} bytes; a filled template is at most {limit} bytes. Remove pictures or extra sheets and send the template again.",
      ru: "Размер файла — {size} байт, тогда как заполненный шаблон занимает не более {limit} байт. Удалите рисунки или лишние листы и направьте шаблон повторно.",
      ky: "Файлдын көлөмү {size} байт, ал эми толтурулган шаблондун көлөмү {limit} байттан ашпайт. Сүрөттөрдү же ашыкча барактарды өчүрүп, шаблонду кайра жөнөтүңүз.",
    },
  },
  "file-zip-bomb": {
    severity: "error",
    level: "file",
    params: ["uncompressed", "limit"],
    title: {
      en: "File expands too much",
      ru: "Файл распаковывается в слишком большой объем",
      ky: "Файл ачылганда өтө чоң көлөмгө ээ болот",
    },
    description: {
      en: "The archive would expand to far more data than a template holds (a zip bomb, or a damaged file); it is refused before it is expanded.",
      ru: "При распаковке архив занял бы намного больше данных, чем может содержать шаблон (zip-бомба или поврежденный файл); он отклоняется до распаковки.",
      ky: "Архив ачылганда шаблон камтый ала тургандан алда канча көп маалымат пайда болмок (zip-бомба же бузулган файл); ал ачылганга чейин четке кагылат.",
    },
    message: {
      en: "The workbook would expand to {uncompressed} bytes, more than the {limit} a template can hold. It was not opened.",
      ru: "При распаковке книга заняла бы {uncompressed} байт — больше предельных {limit} байт, которые может содержать шаблон. Файл не был открыт.",
      ky: "Китеп ачылганда {uncompressed} байт болмок, бул шаблон камтый ала турган {limit} байттан көп. Файл ачылган жок.",
    },
  },
  // ---- identity: the workbook is not this plan's template ------------------------------------------
  "identity-missing": {
    severity: "error",
    level: "identity",
    params: [],
    title: { en: "Not a Tendik template", ru: "Не является шаблоном Tendik", ky: "Tendik шаблону эмес" },
    description: {
      en: "The workbook has no Tendik identity sheet, so it was not made from a Tendik template.",
      ru: "В книге отсутствует идентификационный лист Tendik, следовательно, она создана не из шаблона Tendik.",
      ky: "Китепте Tendik идентификациялык барагы жок, демек, ал Tendik шаблонунан түзүлгөн эмес.",
    },
    message: {
      en: "This workbook is not a Tendik template. Fill in the template you received for your agency.",
      ru: "Эта книга не является шаблоном Tendik. Заполните шаблон, полученный для вашего ведомства.",
      ky: "Бул китеп Tendik шаблону эмес. Мекемеңиз үчүн алынган шаблонду толтуруңуз.",
    },
  },
  "identity-other-plan": {
    severity: "error",
    level: "identity",
    params: ["found", "expected"],
    title: { en: "Template of another plan", ru: "Шаблон другого плана", ky: "Башка пландын шаблону" },
    description: {
      en: "The template was made for another plan than the one being reported on.",
      ru: "Шаблон создан для другого плана, а не для того, по которому представляется отчет.",
      ky: "Шаблон отчет берилип жаткан план үчүн эмес, башка план үчүн түзүлгөн.",
    },
    message: {
      en: 'This template belongs to the plan "{found}", not "{expected}".',
      ru: 'Этот шаблон относится к плану "{found}", а не "{expected}".',
      ky: 'Бул шаблон "{expected}" планына эмес, "{found}" планына тиешелүү.',
    },
  },
  "identity-plan-version": {
    severity: "error",
    level: "identity",
    params: ["found", "expected"],
    title: {
      en: "Template of another plan version",
      ru: "Шаблон другой версии плана",
      ky: "Пландын башка версиясынын шаблону",
    },
    description: {
      en: "The plan was changed after this template was made (its content hash differs).",
      ru: "План был изменен после создания этого шаблона (хеш его содержимого отличается).",
      ky: "Бул шаблон түзүлгөндөн кийин планга өзгөртүү киргизилген (анын мазмунунун хеши айырмаланат).",
    },
    message: {
      en: "This template was made from another version of the plan ({found}, expected {expected}). Ask the coordinator for the current template.",
      ru: "Этот шаблон создан на основе другой версии плана ({found}, ожидается {expected}). Запросите актуальный шаблон у координатора.",
      ky: "Бул шаблон пландын башка версиясынын негизинде түзүлгөн ({found}, күтүлгөнү {expected}). Координатордон учурдагы шаблонду сураңыз.",
    },
  },
  "identity-format-version": {
    severity: "error",
    level: "identity",
    params: ["found", "supported"],
    title: {
      en: "Unsupported template format",
      ru: "Неподдерживаемый формат шаблона",
      ky: "Колдоого алынбаган шаблон форматы",
    },
    description: {
      en: "The template format version is not one this version of Tendik reads.",
      ru: "Данная версия Tendik не поддерживает эту версию формата шаблона.",
      ky: "Tendik программасынын бул версиясы шаблон форматынын мындай версиясын окубайт.",
    },
    message: {
      en: "Template format version {found} is not supported (this Tendik reads version {supported}).",
      ru: "Версия формата шаблона {found} не поддерживается (данная версия Tendik читает версию {supported}).",
      ky: "Шаблон форматынын {found} версиясы колдоого алынбайт (Tendik программасынын бул версиясы {supported} версиясын окуйт).",
    },
  },
  "identity-unknown-agency": {
    severity: "error",
    level: "identity",
    params: ["agency"],
    title: { en: "Unknown agency", ru: "Неизвестное ведомство", ky: "Белгисиз мекеме" },
    description: {
      en: "The agency named in the template is not a responsible body of the plan.",
      ru: "Ведомство, указанное в шаблоне, не является ответственным исполнителем плана.",
      ky: "Шаблондо көрсөтүлгөн мекеме пландын жооптуу аткаруучусу эмес.",
    },
    message: {
      en: 'The agency "{agency}" is not a responsible body of this plan.',
      ru: 'Ведомство "{agency}" не является ответственным исполнителем этого плана.',
      ky: '"{agency}" мекемеси бул пландын жооптуу аткаруучусу эмес.',
    },
  },
  "identity-bad-period": {
    severity: "error",
    level: "identity",
    params: ["period"],
    title: { en: "Bad reporting period", ru: "Неверный отчетный период", ky: "Туура эмес отчеттук мезгил" },
    description: {
      en: "The reporting period is not a half-year or year within the plan's period.",
      ru: "Отчетный период не является полугодием или годом в пределах срока действия плана.",
      ky: "Отчеттук мезгил пландын мөөнөтүнүн ичиндеги жарым жыл же жыл эмес.",
    },
    message: {
      en: 'The reporting period "{period}" is not a period of this plan.',
      ru: 'Отчетный период "{period}" не является периодом этого плана.',
      ky: '"{period}" отчеттук мезгили бул пландын мезгили эмес.',
    },
  },
  // ---- structure: the template's layout was changed --------------------------------------------------
  "sheet-missing": {
    severity: "error",
    level: "structure",
    params: ["sheet"],
    title: { en: "Sheet missing", ru: "Отсутствует лист", ky: "Барак жок" },
    description: {
      en: "A sheet of the template was deleted or renamed.",
      ru: "Лист шаблона был удален или переименован.",
      ky: "Шаблондун барагы өчүрүлгөн же кайра аталган.",
    },
    message: {
      en: 'The sheet "{sheet}" is missing. Do not rename or delete the template\'s sheets.',
      ru: 'Отсутствует лист "{sheet}". Не переименовывайте и не удаляйте листы шаблона.',
      ky: '"{sheet}" барагы жок. Шаблондун барактарын кайра атабаңыз жана өчүрбөңүз.',
    },
  },
  "column-missing": {
    severity: "error",
    level: "structure",
    params: ["column", "header"],
    title: { en: "Column moved or deleted", ru: "Столбец перемещен или удален", ky: "Мамыча жылдырылган же өчүрүлгөн" },
    description: {
      en: "A column of the report sheet was moved, deleted or its header changed.",
      ru: "Столбец листа отчета был перемещен или удален, либо изменен его заголовок.",
      ky: "Отчет барагынын мамычасы жылдырылган же өчүрүлгөн, же анын аталышы өзгөртүлгөн.",
    },
    message: {
      en: 'Column {column} should be "{header}". Do not move, insert or delete columns.',
      ru: 'Столбец {column} должен иметь заголовок "{header}". Не перемещайте, не вставляйте и не удаляйте столбцы.',
      ky: '{column} мамычасынын аталышы "{header}" болушу керек. Мамычаларды жылдырбаңыз, кошпоңуз жана өчүрбөңүз.',
    },
  },
  "row-missing": {
    severity: "error",
    level: "structure",
    params: ["measure"],
    title: { en: "Measure row deleted", ru: "Удалена строка мероприятия", ky: "Чаранын сабы өчүрүлгөн" },
    description: {
      en: "A row of a measure the agency must report on was deleted.",
      ru: "Удалена строка мероприятия, по которому ведомство обязано представить отчет.",
      ky: "Мекеме отчет бериши керек болгон чаранын сабы өчүрүлгөн.",
    },
    message: {
      en: "The row of measure {measure} is missing. Do not delete rows; leave a row empty if there is nothing to report.",
      ru: "Отсутствует строка мероприятия {measure}. Не удаляйте строки; если сообщить нечего, оставьте строку пустой.",
      ky: "{measure} чарасынын сабы жок. Саптарды өчүрбөңүз; эгер отчетто көрсөтө турган эч нерсе жок болсо, сапты бош калтырыңыз.",
    },
  },
  "row-duplicated": {
    severity: "error",
    level: "structure",
    params: ["measure"],
    title: { en: "Measure row duplicated", ru: "Строка мероприятия повторяется", ky: "Чаранын сабы кайталанган" },
    description: {
      en: "A measure row appears more than once.",
      ru: "Строка мероприятия встречается более одного раза.",
      ky: "Чаранын сабы бир нече жолу кездешет.",
    },
    message: {
      en: "Measure {measure} appears more than once. Keep one row per measure.",
      ru: "Мероприятие {measure} встречается более одного раза. Оставьте по одной строке на каждое мероприятие.",
      ky: "{measure} чарасы бир нече жолу кездешет. Ар бир чара үчүн бир гана сап калтырыңыз.",
    },
  },
  "row-unexpected": {
    severity: "error",
    level: "structure",
    params: ["value"],
    title: { en: "Row added", ru: "Добавлена строка", ky: "Сап кошулган" },
    description: {
      en: "A row that is not one of the template's measure rows holds data.",
      ru: "Данные содержит строка, которая не является строкой мероприятия шаблона.",
      ky: "Шаблондогу чаралардын саптарына кирбеген сапта маалымат бар.",
    },
    message: {
      en: 'This row ("{value}") is not a measure of your template. Do not add rows; write additional information in the measure\'s own row.',
      ru: 'Эта строка ("{value}") не является мероприятием вашего шаблона. Не добавляйте строки; дополнительную информацию укажите в строке соответствующего мероприятия.',
      ky: 'Бул сап ("{value}") сиздин шаблонуңуздагы чара эмес. Саптарды кошпоңуз; кошумча маалыматты тиешелүү чаранын өз сабына жазыңыз.',
    },
  },
  "row-reordered": {
    severity: "error",
    level: "structure",
    params: ["measure", "expectedRow"],
    title: { en: "Rows reordered", ru: "Изменен порядок строк", ky: "Саптардын тартиби өзгөртүлгөн" },
    description: {
      en: "Measure rows were sorted or moved.",
      ru: "Строки мероприятий были отсортированы или перемещены.",
      ky: "Чаралардын саптары иреттелген же жылдырылган.",
    },
    message: {
      en: "Measure {measure} should be in row {expectedRow}. Do not sort or move rows.",
      ru: "Мероприятие {measure} должно находиться в строке {expectedRow}. Не сортируйте и не перемещайте строки.",
      ky: "{measure} чарасы {expectedRow}-сапта турушу керек. Саптарды иреттебеңиз жана жылдырбаңыз.",
    },
  },
  "locked-cell-edited": {
    severity: "error",
    level: "structure",
    params: ["field", "expected", "found"],
    title: { en: "Plan text changed", ru: "Изменен текст плана", ky: "Пландын тексти өзгөртүлгөн" },
    description: {
      en: "A locked cell holding the plan's own text (measure number, text, indicator, deadline) was edited.",
      ru: "Изменена защищенная ячейка с текстом самого плана (номер мероприятия, текст, индикатор, срок исполнения).",
      ky: "Пландын өз текстин камтыган корголгон уячага (чаранын номери, тексти, индикатору, аткаруу мөөнөтү) өзгөртүү киргизилген.",
    },
    message: {
      en: 'The plan\'s {field} was changed from "{expected}" to "{found}". Plan cells must not be edited.',
      ru: 'Поле плана «{field}» изменено с "{expected}" на "{found}". Ячейки плана изменять нельзя.',
      ky: 'Пландын «{field}» талаасы "{expected}" дегенден "{found}" деп өзгөртүлгөн. Пландын уячаларын өзгөртүүгө болбойт.',
    },
  },
  // ---- cell: one value is missing or malformed ----------------------------------------------------
  "value-required": {
    severity: "error",
    level: "cell",
    params: ["field"],
    title: { en: "Value required", ru: "Требуется значение", ky: "Маани талап кылынат" },
    description: {
      en: "A required cell is empty.",
      ru: "Не заполнена обязательная ячейка.",
      ky: "Милдеттүү уяча толтурулган эмес.",
    },
    message: { en: "Fill in {field}.", ru: "Заполните поле «{field}».", ky: "«{field}» талаасын толтуруңуз." },
  },
  "value-not-number": {
    severity: "error",
    level: "cell",
    params: ["field", "value"],
    title: { en: "Not a number", ru: "Не является числом", ky: "Сан эмес" },
    description: {
      en: "A cell that takes a number holds text.",
      ru: "Ячейка, в которую вносится число, содержит текст.",
      ky: "Сан жазыла турган уячада текст турат.",
    },
    message: {
      en: '{field}: "{value}" is not a number. Type digits only, such as 1200 or 12,5.',
      ru: '{field}: "{value}" не является числом. Вводите только цифры, например 1200 или 12,5.',
      ky: '{field}: "{value}" сан эмес. Цифраларды гана жазыңыз, мисалы, 1200 же 12,5.',
    },
  },
  "value-not-integer": {
    severity: "error",
    level: "cell",
    params: ["field", "value"],
    title: { en: "Not a whole number", ru: "Не является целым числом", ky: "Бүтүн сан эмес" },
    description: {
      en: "A count holds a fraction.",
      ru: "Количество указано дробным числом.",
      ky: "Сан (эсеп) бөлчөк сан менен жазылган.",
    },
    message: {
      en: "{field}: {value} is not a whole number; a count has no fractions.",
      ru: "{field}: {value} не является целым числом; количество не может быть дробным.",
      ky: "{field}: {value} бүтүн сан эмес; эсеп бөлчөк сан менен берилбейт.",
    },
  },
  "value-not-date": {
    severity: "error",
    level: "cell",
    params: ["field", "value"],
    title: { en: "Not a date", ru: "Не является датой", ky: "Дата эмес" },
    description: {
      en: "A date cell holds something that is not a real date.",
      ru: "Ячейка даты содержит значение, которое не является действительной датой.",
      ky: "Дата уячасында чыныгы дата эмес маани турат.",
    },
    message: {
      en: '{field}: "{value}" is not a date. Type a date such as 25.12.2019.',
      ru: '{field}: "{value}" не является датой. Введите дату, например 25.12.2019.',
      ky: '{field}: "{value}" дата эмес. Датаны, мисалы, 25.12.2019 түрүндө жазыңыз.',
    },
  },
  "value-not-in-list": {
    severity: "error",
    level: "cell",
    params: ["field", "value", "allowed"],
    title: { en: "Value not in the list", ru: "Значение отсутствует в списке", ky: "Маани тизмеде жок" },
    description: {
      en: "A cell with a drop-down list holds a value that is not in the list.",
      ru: "Ячейка с раскрывающимся списком содержит значение, которого нет в списке.",
      ky: "Ачылуучу тизмеси бар уячада тизмеде жок маани турат.",
    },
    message: {
      en: '{field}: "{value}" is not one of the choices ({allowed}). Pick a value from the drop-down list.',
      ru: '{field}: "{value}" не входит в число допустимых вариантов ({allowed}). Выберите значение из раскрывающегося списка.',
      ky: '{field}: "{value}" жол берилген варианттардын ({allowed}) бири эмес. Маанини ачылуучу тизмеден тандаңыз.',
    },
  },
  "value-negative": {
    severity: "error",
    level: "cell",
    params: ["field", "value"],
    title: { en: "Negative number", ru: "Отрицательное число", ky: "Терс сан" },
    description: {
      en: "A number that cannot be negative is below zero.",
      ru: "Число, которое не может быть отрицательным, меньше нуля.",
      ky: "Терс боло албаган сан нөлдөн кичине.",
    },
    message: {
      en: "{field}: {value} is negative; it must be zero or more.",
      ru: "{field}: {value} — отрицательное число; значение должно быть не меньше нуля.",
      ky: "{field}: {value} терс сан; маани нөлгө барабар же андан чоң болушу керек.",
    },
  },
  "value-out-of-range": {
    severity: "error",
    level: "cell",
    params: ["field", "value", "min", "max"],
    title: { en: "Number out of range", ru: "Число вне допустимого диапазона", ky: "Сан жол берилген чектен тышкары" },
    description: {
      en: "A number is outside the range its field allows (a percentage over 100).",
      ru: "Число выходит за пределы диапазона, допустимого для поля (например, процент больше 100).",
      ky: "Сан талаа үчүн жол берилген чектен тышкары (мисалы, 100дөн ашкан пайыз).",
    },
    message: {
      en: "{field}: {value} is outside the allowed range {min}–{max}.",
      ru: "{field}: {value} выходит за пределы допустимого диапазона {min}–{max}.",
      ky: "{field}: {value} жол берилген {min}–{max} чегинен тышкары.",
    },
  },
  "text-too-long": {
    severity: "error",
    level: "cell",
    params: ["field", "length", "max"],
    title: { en: "Text too long", ru: "Слишком длинный текст", ky: "Текст өтө узун" },
    description: {
      en: "A text is longer than its field allows.",
      ru: "Текст длиннее, чем допускается для поля.",
      ky: "Текст талаа үчүн жол берилгенден узун.",
    },
    message: {
      en: "{field} has {length} characters; at most {max} are allowed. Shorten it or attach a document.",
      ru: "Количество символов в поле «{field}»: {length}; допускается не более {max}. Сократите текст или приложите документ.",
      ky: "«{field}» талаасындагы белгилердин саны: {length}; {max} белгиден ашпашы керек. Текстти кыскартыңыз же документ тиркеңиз.",
    },
  },
  "value-bad-format": {
    severity: "error",
    level: "cell",
    params: ["field", "value"],
    title: { en: "Wrong format", ru: "Неверный формат", ky: "Туура эмес формат" },
    description: {
      en: "A phone number, e-mail address or link is not written in a usable form.",
      ru: "Номер телефона, адрес электронной почты или ссылка записаны в непригодном для использования виде.",
      ky: "Телефон номери, электрондук почтанын дареги же шилтеме колдонууга жараксыз түрдө жазылган.",
    },
    message: {
      en: '{field}: "{value}" is not in the expected form.',
      ru: '{field}: "{value}" не соответствует ожидаемому формату.',
      ky: '{field}: "{value}" күтүлгөн форматка туура келбейт.',
    },
  },
  "formula-not-allowed": {
    severity: "error",
    level: "cell",
    params: ["field", "formula"],
    title: { en: "Formula instead of a value", ru: "Формула вместо значения", ky: "Маанинин ордуна формула" },
    description: {
      en: "An input cell holds a formula; reports carry values typed by the agency.",
      ru: "Ячейка для ввода содержит формулу; в отчете должны быть значения, введенные ведомством.",
      ky: "Маалымат киргизүүчү уячада формула турат; отчетто мекеме өзү жазган маанилер болушу керек.",
    },
    message: {
      en: '{field} holds the formula "={formula}". Type the value itself.',
      ru: 'Поле «{field}» содержит формулу "={formula}". Введите само значение.',
      ky: '«{field}» талаасында "={formula}" формуласы турат. Маанинин өзүн жазыңыз.',
    },
  },
  // ---- rule: values that contradict each other ---------------------------------------------------
  "people-sum-mismatch": {
    severity: "error",
    level: "rule",
    params: ["women", "men", "total"],
    title: {
      en: "Women + men differ from the total",
      ru: "Сумма женщин и мужчин не равна общему числу",
      ky: "Аялдар менен эркектердин суммасы жалпы санга барабар эмес",
    },
    description: {
      en: "Where women, men and the total are all given, women plus men must equal the total.",
      ru: "Если указаны число женщин, число мужчин и общее число, сумма женщин и мужчин должна быть равна общему числу.",
      ky: "Аялдардын саны, эркектердин саны жана жалпы сан көрсөтүлсө, аялдар менен эркектердин суммасы жалпы санга барабар болушу керек.",
    },
    message: {
      en: "Women ({women}) plus men ({men}) do not equal the total ({total}).",
      ru: "Сумма женщин ({women}) и мужчин ({men}) не равна общему числу ({total}).",
      ky: "Аялдар ({women}) менен эркектердин ({men}) суммасы жалпы санга ({total}) барабар эмес.",
    },
  },
  "completed-without-evidence": {
    severity: "error",
    level: "rule",
    params: ["measure"],
    title: {
      en: "Completed without evidence",
      ru: "Выполнено без подтверждающего документа",
      ky: "Тастыктоочу документсиз аткарылган",
    },
    description: {
      en: "A measure reported as completed must name the document that shows it.",
      ru: "Для мероприятия, отмеченного как выполненное, необходимо указать подтверждающий документ.",
      ky: "Аткарылды деп белгиленген чара үчүн тастыктоочу документ көрсөтүлүшү керек.",
    },
    message: {
      en: "Measure {measure} is marked completed: give the evidence (document number, date or link).",
      ru: "Мероприятие {measure} отмечено как выполненное: укажите подтверждающий документ (номер документа, дату или ссылку).",
      ky: "{measure} чарасы аткарылды деп белгиленген: тастыктоочу документти (документтин номерин, датасын же шилтемесин) көрсөтүңүз.",
    },
  },
  "not-started-with-values": {
    severity: "error",
    level: "rule",
    params: ["measure"],
    title: {
      en: "Not started, yet values reported",
      ru: "Не начато, но указаны значения",
      ky: "Башталган эмес, бирок маанилер көрсөтүлгөн",
    },
    description: {
      en: 'A measure marked "not started" cannot have indicator values, spending or evidence.',
      ru: 'Для мероприятия со статусом "не начато" не могут быть указаны значения индикаторов, расходы или подтверждающие документы.',
      ky: '"Башталган эмес" деп белгиленген чара үчүн индикаторлордун маанилери, чыгашалар же тастыктоочу документтер көрсөтүлүшү мүмкүн эмес.',
    },
    message: {
      en: "Measure {measure} is marked not started but has values. Change the status or clear the values.",
      ru: "Мероприятие {measure} отмечено как не начатое, но содержит значения. Измените статус или удалите значения.",
      ky: "{measure} чарасы башталган эмес деп белгиленген, бирок анда маанилер бар. Абалын өзгөртүңүз же маанилерди өчүрүңүз.",
    },
  },
  "spending-without-source": {
    severity: "error",
    level: "rule",
    params: ["measure"],
    title: {
      en: "Money spent without a source",
      ru: "Расходы без источника финансирования",
      ky: "Каржылоо булагы көрсөтүлбөгөн чыгашалар",
    },
    description: {
      en: "Where money spent is given, its source of funding must be given too.",
      ru: "Если указана сумма израсходованных средств, необходимо указать и источник финансирования.",
      ky: "Жумшалган каражаттын суммасы көрсөтүлсө, каржылоо булагы да көрсөтүлүшү керек.",
    },
    message: {
      en: "Measure {measure}: say where the money spent came from.",
      ru: "Мероприятие {measure}: укажите источник израсходованных средств.",
      ky: "{measure} чарасы: жумшалган каражаттын булагын көрсөтүңүз.",
    },
  },
  "status-missing-with-values": {
    severity: "error",
    level: "rule",
    params: ["measure"],
    title: { en: "Values without a status", ru: "Значения без статуса", ky: "Абалы көрсөтүлбөгөн маанилер" },
    description: {
      en: "A measure row with values must say how the measure stands.",
      ru: "В строке мероприятия, содержащей значения, должен быть указан статус выполнения мероприятия.",
      ky: "Маанилери бар чаранын сабында чаранын аткарылыш абалы көрсөтүлүшү керек.",
    },
    message: {
      en: "Measure {measure} has values but no status. Choose a status.",
      ru: "Для мероприятия {measure} указаны значения, но не указан статус. Выберите статус.",
      ky: "{measure} чарасында маанилер бар, бирок абалы көрсөтүлгөн эмес. Абалды тандаңыз.",
    },
  },
  "deadline-passed-not-started": {
    severity: "warning",
    level: "rule",
    params: ["measure", "deadline"],
    title: {
      en: "Deadline passed, not started",
      ru: "Срок истек, мероприятие не начато",
      ky: "Мөөнөтү өткөн, чара башталган эмес",
    },
    description: {
      en: "The measure's deadline has passed by the end of the period, and it is still not started.",
      ru: "К концу отчетного периода срок исполнения мероприятия истек, а оно все еще не начато.",
      ky: "Отчеттук мезгилдин аягына карата чаранын аткаруу мөөнөтү өтүп кеткен, бирок ал дагы эле башталган эмес.",
    },
    message: {
      en: "Measure {measure} was due by {deadline} and is still not started. Explain the obstacles.",
      ru: "Срок исполнения мероприятия {measure}: {deadline}, однако оно до сих пор не начато. Укажите препятствия к его выполнению.",
      ky: "{measure} чарасынын аткаруу мөөнөтү: {deadline}, бирок ал азыркыга чейин башталган эмес. Аны аткарууга тоскоол болгон себептерди түшүндүрүңүз.",
    },
  },
  "schema-violation": {
    severity: "error",
    level: "cell",
    params: ["detail"],
    title: { en: "Invalid value", ru: "Недопустимое значение", ky: "Жараксыз маани" },
    description: {
      en: "The report does not match the report schema in a way no more specific code describes.",
      ru: "Отчет не соответствует схеме отчета, и ни один более конкретный код этого не описывает.",
      ky: "Отчет отчеттун схемасына дал келбейт жана бул учурду бир дагы тагыраак код сүрөттөбөйт.",
    },
    message: {
      en: "Invalid value: {detail}.",
      ru: "Недопустимое значение: {detail}.",
      ky: "Жараксыз маани: {detail}.",
    },
  },
} as const satisfies Record<string, IssueDefinition>;

export type IssueCode = keyof typeof catalogue;
