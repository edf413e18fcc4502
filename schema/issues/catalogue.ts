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
    params: [],
    title: { en: "Not an Excel workbook", ru: "Файл не является книгой Excel", ky: "Файл Excel китеби эмес" },
    description: {
      en: "The file is not a valid .xlsx workbook: it is not a zip archive, or it is truncated or damaged.",
      ru: "Файл не является корректной книгой .xlsx: это не zip-архив, либо файл обрезан или поврежден.",
      ky: "Файл жарактуу .xlsx китеби эмес: ал zip-архив эмес, же толук эмес, же бузулган.",
    },
    message: {
      en: "This file is not a valid Excel workbook: it is empty, cut short or damaged, or it is not an .xlsx file. Open the template you received in Excel, fill it in, save it as an Excel Workbook (.xlsx) and send that file.",
      ru: "Этот файл не является корректной книгой Excel: он пуст, обрезан или поврежден либо не является файлом .xlsx. Откройте полученный шаблон в Excel, заполните его, сохраните как «Книга Excel (.xlsx)» и направьте этот файл.",
      ky: "Бул файл жарактуу Excel китеби эмес: ал бош, толук эмес же бузулган, же .xlsx файлы эмес. Алынган шаблонду Excel программасында ачып толтуруңуз, «Excel китеби (.xlsx)» катары сактап, ошол файлды жөнөтүңүз.",
    },
  },
  "file-not-regular": {
    severity: "error",
    level: "file",
    params: ["kind"],
    title: { en: "Not a regular file", ru: "Не обычный файл", ky: "Кадимки файл эмес" },
    description: {
      en: "The name in the folder is not a file but a folder, a named pipe, a device or a socket; it is refused without reading from it.",
      ru: "Имя в папке обозначает не файл, а папку, именованный канал, устройство или сокет; оно отклоняется без чтения.",
      ky: "Папкадагы ат файлды эмес, папканы, аталган каналды, түзмөктү же сокетти билдирет; ал окулбастан четке кагылат.",
    },
    message: {
      en: "This is {kind, select, folder {a folder} pipe {a named pipe} device {a device} socket {a socket} other {not a regular file}}, not a file; nothing was read from it. Put the .xlsx file itself in the folder.",
      ru: "Это {kind, select, folder {папка} pipe {именованный канал} device {устройство} socket {сокет} other {не обычный файл}}, а не файл; из него ничего не прочитано. Поместите в папку сам файл .xlsx.",
      ky: "Бул файл эмес, {kind, select, folder {папка} pipe {аталган канал} device {түзмөк} socket {сокет} other {кадимки файл эмес}}; андан эч нерсе окулган жок. Папкага .xlsx файлдын өзүн салыңыз.",
    },
  },
  "file-vanished": {
    severity: "error",
    level: "file",
    params: [],
    title: {
      en: "File removed during the merge",
      ru: "Файл удален во время объединения",
      ky: "Файл бириктирүү учурунда өчүрүлгөн",
    },
    description: {
      en: "The file was there when the merge started and was gone (removed or renamed) when it was to be read or merged.",
      ru: "Файл был на месте в начале объединения и исчез (удален или переименован), когда его нужно было прочитать или объединить.",
      ky: "Бириктирүү башталганда файл бар болчу, аны окуу же бириктирүү керек болгондо жок болуп калган (өчүрүлгөн же атайын өзгөртүлгөн).",
    },
    message: {
      en: "The file was removed or renamed while the merge ran; nothing of it was merged. Put it back and merge again.",
      ru: "Файл был удален или переименован во время объединения; из него ничего не объединено. Верните файл и повторите объединение.",
      ky: "Бириктирүү учурунда файл өчүрүлгөн же аты өзгөртүлгөн; андан эч нерсе бириктирилген жок. Файлды кайтарып, кайра бириктириңиз.",
    },
  },
  "file-changed-during-read": {
    severity: "error",
    level: "file",
    params: [],
    title: {
      en: "File changed during the merge",
      ru: "Файл изменился во время объединения",
      ky: "Файл бириктирүү учурунда өзгөргөн",
    },
    description: {
      en: "The file changed (its size, time or contents) while it was read or before the master was written, so what was read may be half old and half new; it is not merged.",
      ru: "Файл изменился (размер, время или содержимое) во время чтения или до записи сводной книги, поэтому прочитанное может быть наполовину старым и наполовину новым; он не объединяется.",
      ky: "Файл окулуп жатканда же жыйынтык китеп жазылганга чейин өзгөргөн (көлөмү, убактысы же мазмуну), ошондуктан окулган нерсенин жарымы эски, жарымы жаңы болушу мүмкүн; ал бириктирилбейт.",
    },
    message: {
      en: "The file changed while the merge was reading it; nothing of it was merged. Merge again once it is saved and no longer being copied.",
      ru: "Файл изменился, пока объединение его читало; из него ничего не объединено. Повторите объединение, когда файл будет сохранен и его копирование завершится.",
      ky: "Бириктирүү файлды окуп жатканда ал өзгөрдү; андан эч нерсе бириктирилген жок. Файл сакталып, көчүрүлүп бүткөндөн кийин кайра бириктириңиз.",
    },
  },
  "file-more-issues": {
    severity: "error",
    level: "file",
    params: ["count"],
    title: { en: "More issues in the file", ru: "Другие ошибки в файле", ky: "Файлдагы башка каталар" },
    description: {
      en: "A rejected file keeps only its first issues in the master; this row says how many more there were (validate the file to see them all).",
      ru: "Для отклоненного файла в сводной книге сохраняются только первые ошибки; эта строка сообщает, сколько их было еще (проверьте файл, чтобы увидеть все).",
      ky: "Четке кагылган файлдын жыйынтык китепте биринчи каталары гана сакталат; бул сап дагы канча ката болгонун айтат (баарын көрүү үчүн файлды текшериңиз).",
    },
    message: {
      en: "And {count, plural, one {# more issue} other {# more issues}} in this file; validate the file to see them all.",
      ru: "В этом файле еще {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}; проверьте файл, чтобы увидеть все.",
      ky: "Бул файлда дагы {count, number} ката бар; баарын көрүү үчүн файлды текшериңиз.",
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
      en: "The workbook is protected with a password. In Excel, open File > Info > Protect Workbook > Encrypt with Password, delete the password, press OK, save the workbook and send it again.",
      ru: "Книга защищена паролем. В Excel откройте «Файл» → «Сведения» → «Защитить книгу» → «Зашифровать с использованием пароля», удалите пароль, нажмите «ОК», сохраните книгу и направьте ее повторно.",
      ky: "Китеп сырсөз менен корголгон. Excel программасында «Файл» → «Сведения» → «Защитить книгу» → «Зашифровать с использованием пароля» дегенди ачып, сырсөздү өчүрүңүз, «ОК» баскычын басыңыз, китепти сактап, кайра жөнөтүңүз.",
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
      en: "The file is {size, size}; a filled template is at most {limit, size}. Remove pictures and extra sheets, save the workbook and send it again.",
      ru: "Размер файла — {size, size}, а заполненный шаблон занимает не более {limit, size}. Удалите рисунки и лишние листы, сохраните книгу и направьте ее повторно.",
      ky: "Файлдын көлөмү — {size, size}, ал эми толтурулган шаблондун эң чоң көлөмү — {limit, size}. Сүрөттөрдү жана ашыкча барактарды өчүрүп, китепти сактаңыз жана кайра жөнөтүңүз.",
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
      en: "Unpacked, the workbook would take {uncompressed, size}, more than the {limit, size} a template can hold, so it was not opened. Open it in Excel, delete pictures, embedded objects and extra sheets, save it and send it again; if that does not help, copy your entries into a fresh template.",
      ru: "В распакованном виде книга заняла бы {uncompressed, size} — больше предельных для шаблона {limit, size}, поэтому она не открывалась. Откройте ее в Excel, удалите рисунки, внедренные объекты и лишние листы, сохраните и направьте повторно; если это не поможет, перенесите данные в чистый шаблон.",
      ky: "Ачылганда китептин көлөмү {uncompressed, size} болмок, бул шаблон үчүн чектелген көлөмдөн ({limit, size}) чоң, ошондуктан ал ачылган жок. Аны Excel программасында ачып, сүрөттөрдү, кыстарылган объекттерди жана ашыкча барактарды өчүрүңүз, сактап, кайра жөнөтүңүз; бул жардам бербесе, маалыматтарды жаңы шаблонго көчүрүңүз.",
    },
  },
  "file-zip-ratio": {
    severity: "error",
    level: "file",
    params: ["entry", "ratio", "limit"],
    title: {
      en: "A part of the file expands too much",
      ru: "Часть файла распаковывается в слишком большой объем",
      ky: "Файлдын бир бөлүгү ачылганда өтө чоң көлөмгө ээ болот",
    },
    description: {
      en: "One entry of the archive expands many more times than spreadsheet data does (a zip bomb); the file is refused before it is expanded.",
      ru: "Один из элементов архива при распаковке увеличивается во много раз больше, чем данные электронной таблицы (zip-бомба); файл отклоняется до распаковки.",
      ky: "Архивдин бир элементи ачылганда электрондук таблицанын маалыматына караганда алда канча көп эсе чоңоёт (zip-бомба); файл ачылганга чейин четке кагылат.",
    },
    message: {
      en: "The part {entry} would expand {ratio} times; spreadsheet data expands at most {limit} times. The file was not opened: open the template in Excel, save it again and send it.",
      ru: "Элемент {entry} при распаковке увеличился бы в {ratio} раз, тогда как данные таблицы увеличиваются не более чем в {limit} раз. Файл не был открыт: откройте шаблон в Excel, сохраните его заново и направьте.",
      ky: "{entry} элементи ачылганда {ratio} эсе чоңоймок, ал эми таблицанын маалыматы {limit} эседен ашык чоңойбойт. Файл ачылган жок: шаблонду Excel программасында ачып, кайра сактап, жөнөтүңүз.",
    },
  },
  "file-zip-entries": {
    severity: "error",
    level: "file",
    params: ["entries", "limit"],
    title: { en: "Too many parts in the file", ru: "Слишком много элементов в файле", ky: "Файлда элементтер өтө көп" },
    description: {
      en: "The archive holds far more entries than a workbook has; it is refused before it is expanded.",
      ru: "Архив содержит намного больше элементов, чем бывает в книге Excel; он отклоняется до распаковки.",
      ky: "Архивде Excel китебинде болгондон алда канча көп элемент бар; ал ачылганга чейин четке кагылат.",
    },
    message: {
      en: "The file holds {entries} parts; a workbook has at most {limit}. Send the template itself, saved in Excel, not an archive of files.",
      ru: "Число элементов в файле — {entries}, тогда как в книге их не более {limit}. Направьте сам шаблон, сохраненный в Excel, а не архив файлов.",
      ky: "Файлдагы элементтердин саны — {entries}, ал эми китепте алардын саны {limit, case, ablative} ашпайт. Файлдардын архивин эмес, Excel программасында сакталган шаблондун өзүн жөнөтүңүз.",
    },
  },
  "file-entry-damaged": {
    severity: "error",
    level: "file",
    params: ["entry"],
    title: { en: "Damaged file", ru: "Файл поврежден", ky: "Файл бузулган" },
    description: {
      en: "The data of an archive entry does not match its checksum or its recorded size: the file was damaged in transit or altered.",
      ru: "Данные элемента архива не совпадают с его контрольной суммой или записанным размером: файл поврежден при передаче или изменен.",
      ky: "Архив элементинин маалыматы анын текшерүү суммасына же жазылган көлөмүнө дал келбейт: файл жөнөтүүдө бузулган же өзгөртүлгөн.",
    },
    message: {
      en: "The part {entry} of the file is damaged (its checksum does not match), so none of its numbers can be trusted. Open the template in Excel, save it again and send it.",
      ru: "Элемент {entry} файла поврежден (контрольная сумма не совпадает), поэтому его данным нельзя доверять. Откройте шаблон в Excel, сохраните его заново и направьте.",
      ky: "Файлдын {entry} элементи бузулган (текшерүү суммасы дал келбейт), ошондуктан анын маалыматына ишенүүгө болбойт. Шаблонду Excel программасында ачып, кайра сактап, жөнөтүңүз.",
    },
  },
  "file-duplicate-entry": {
    severity: "error",
    level: "file",
    params: ["entry"],
    title: {
      en: "A part of the file appears twice",
      ru: "Элемент файла повторяется",
      ky: "Файлдын элементи кайталанат",
    },
    description: {
      en: "The archive holds two entries with the same name; programs disagree about which one counts, so the file is refused.",
      ru: "Архив содержит два элемента с одинаковым именем; программы по-разному решают, какой из них учитывать, поэтому файл отклоняется.",
      ky: "Архивде аталышы бирдей эки элемент бар; программалар алардын кайсынысын эсепке алууну ар башкача чечет, ошондуктан файл четке кагылат.",
    },
    message: {
      en: "The file holds the part {entry} twice, and different programs would read different data from it. Open the template in Excel, save it again and send it.",
      ru: "Файл содержит элемент {entry} дважды, и разные программы прочитали бы из него разные данные. Откройте шаблон в Excel, сохраните его заново и направьте.",
      ky: "Файлда {entry} элементи эки жолу кездешет, ар кандай программалар андан ар башка маалымат окушу мүмкүн. Шаблонду Excel программасында ачып, кайра сактап, жөнөтүңүз.",
    },
  },
  "file-dtd": {
    severity: "error",
    level: "file",
    params: ["entry"],
    title: {
      en: "Document type declaration in the file",
      ru: "Объявление типа документа в файле",
      ky: "Файлда документтин түрүн жарыялоо бар",
    },
    description: {
      en: "An XML part of the workbook carries a DOCTYPE (entity declarations); the Office Open XML standard forbids it and Excel never writes one.",
      ru: "XML-часть книги содержит DOCTYPE (объявления сущностей); стандарт Office Open XML это запрещает, и Excel такого не записывает.",
      ky: "Китептин XML бөлүгүндө DOCTYPE (объекттерди жарыялоо) бар; Office Open XML стандарты муну тыюу салат, Excel мындайды жазбайт.",
    },
    message: {
      en: "The part {entry} holds a document type declaration, which a workbook saved by Excel never has. The file was not read: fill in the template in Excel and send it.",
      ru: "Элемент {entry} содержит объявление типа документа, которого не бывает в книгах, сохраненных в Excel. Файл не прочитан: заполните шаблон в Excel и направьте его.",
      ky: "{entry} элементинде документтин түрүн жарыялоо бар, Excel сактаган китептерде мындай болбойт. Файл окулган жок: шаблонду Excel программасында толтуруп, жөнөтүңүз.",
    },
  },
  "file-no-content-types": {
    severity: "error",
    level: "file",
    params: [],
    title: { en: "Incomplete workbook package", ru: "Неполный пакет книги", ky: "Китептин пакети толук эмес" },
    description: {
      en: "The archive has no [Content_Types].xml, which every Office Open XML package must have.",
      ru: "В архиве отсутствует [Content_Types].xml, обязательный для каждого пакета Office Open XML.",
      ky: "Архивде ар бир Office Open XML пакетинде болушу керек болгон [Content_Types].xml жок.",
    },
    message: {
      en: "The file lacks a part every Excel workbook has, so it was not made or saved by Excel. Open the template in Excel, save it again and send it.",
      ru: "В файле нет части, которая есть в каждой книге Excel: он создан или сохранен не в Excel. Откройте шаблон в Excel, сохраните его заново и направьте.",
      ky: "Файлда ар бир Excel китебинде болгон бөлүк жок: ал Excel программасында түзүлгөн же сакталган эмес. Шаблонду Excel программасында ачып, кайра сактап, жөнөтүңүз.",
    },
  },
  "file-macro": {
    severity: "error",
    level: "file",
    params: [],
    title: { en: "Workbook with macros", ru: "Книга с макросами", ky: "Макростору бар китеп" },
    description: {
      en: "The workbook carries a macro project (vbaProject.bin); the template has no macros, and Tendik never opens files that carry code.",
      ru: "Книга содержит проект макросов (vbaProject.bin); в шаблоне макросов нет, и Tendik не открывает файлы с программным кодом.",
      ky: "Китепте макростор долбоору (vbaProject.bin) бар; шаблондо макростор жок, Tendik программалык коду бар файлдарды ачпайт.",
    },
    message: {
      en: "This workbook contains macros. Copy your entries into a fresh template, save it as an Excel Workbook (.xlsx) without macros and send it.",
      ru: "Эта книга содержит макросы. Перенесите данные в новый шаблон, сохраните его как книгу Excel (.xlsx) без макросов и направьте.",
      ky: "Бул китепте макростор бар. Маалыматтарды жаңы шаблонго көчүрүп, аны макроссуз Excel китеби (.xlsx) катары сактап, жөнөтүңүз.",
    },
  },
  "file-bad-xml": {
    severity: "error",
    level: "file",
    params: ["entry", "line"],
    title: { en: "Damaged workbook contents", ru: "Повреждено содержимое книги", ky: "Китептин мазмуну бузулган" },
    description: {
      en: "An XML part of the workbook is not well-formed: it was damaged or edited by hand, and its values cannot be trusted.",
      ru: "XML-часть книги составлена с ошибками: она повреждена или изменена вручную, и ее значениям нельзя доверять.",
      ky: "Китептин XML бөлүгү туура эмес түзүлгөн: ал бузулган же кол менен өзгөртүлгөн, анын маанилерине ишенүүгө болбойт.",
    },
    message: {
      en: "The part {entry} of the workbook is damaged (line {line}), so its values cannot be trusted. Open the template in Excel, save it again and send it.",
      ru: "Элемент {entry} книги поврежден (строка {line}), поэтому его значениям нельзя доверять. Откройте шаблон в Excel, сохраните его заново и направьте.",
      ky: "Китептин {entry} элементи бузулган ({line}-сап), ошондуктан анын маанилерине ишенүүгө болбойт. Шаблонду Excel программасында ачып, кайра сактап, жөнөтүңүз.",
    },
  },
  "file-bad-characters": {
    severity: "error",
    level: "file",
    params: ["entry"],
    title: {
      en: "Characters a workbook cannot hold",
      ru: "Недопустимые символы в книге",
      ky: "Китепте жол берилбеген символдор",
    },
    description: {
      en: "An XML part holds characters that XML 1.0 forbids (NUL, lone surrogates) or bytes that are not UTF-8; they would make the master unreadable.",
      ru: "XML-часть содержит символы, запрещенные XML 1.0 (NUL, одиночные суррогаты), или байты не в кодировке UTF-8; они сделали бы сводную книгу нечитаемой.",
      ky: "XML бөлүгүндө XML 1.0 тыюу салган символдор (NUL, жалгыз суррогаттар) же UTF-8 коддоосунда эмес байттар бар; алар жыйынтык китепти окулбай турган кылмак.",
    },
    message: {
      en: "The part {entry} holds characters no workbook may contain (often text pasted from another program). Type the pasted text again in Excel, save the template and send it again.",
      ru: "Элемент {entry} содержит символы, недопустимые в книге (часто это текст, вставленный из другой программы). Наберите вставленный текст в Excel заново, сохраните шаблон и направьте его повторно.",
      ky: "{entry} элементинде китепте болбошу керек болгон символдор бар (көбүнчө башка программадан коюлган текст). Коюлган текстти Excel программасында кайра терип, шаблонду сактап, кайра жөнөтүңүз.",
    },
  },
  "file-beyond-grid": {
    severity: "error",
    level: "file",
    params: ["sheet", "cell"],
    title: { en: "Cell outside the sheet", ru: "Ячейка за пределами листа", ky: "Барактын чегинен тышкаркы уяча" },
    description: {
      en: "A cell lies beyond Excel's grid (column XFD, row 1,048,576): no spreadsheet program writes one.",
      ru: "Ячейка находится за пределами сетки Excel (столбец XFD, строка 1 048 576): такую ячейку не записывает ни одна программа электронных таблиц.",
      ky: "Уяча Excel торчосунун чегинен тышкары жайгашкан (XFD мамычасы, 1 048 576-сап): аны эч бир электрондук таблица программасы жазбайт.",
    },
    message: {
      en: "The sheet {sheet} has a cell at {cell}, outside the sheet Excel can show, so the file was altered. Open the template in Excel, save it again and send it.",
      ru: "На листе {sheet} есть ячейка {cell} за пределами листа, который может показать Excel: файл изменен. Откройте шаблон в Excel, сохраните его заново и направьте.",
      ky: "{sheet} барагында Excel көрсөтө алган барактын чегинен тышкары {cell} уячасы бар: файл өзгөртүлгөн. Шаблонду Excel программасында ачып, кайра сактап, жөнөтүңүз.",
    },
  },
  "file-too-many-cells": {
    severity: "error",
    level: "file",
    params: ["limit"],
    title: { en: "Too many filled cells", ru: "Слишком много заполненных ячеек", ky: "Толтурулган уячалар өтө көп" },
    description: {
      en: "The workbook holds far more filled cells than a report can; it is refused before it is read whole.",
      ru: "Книга содержит намного больше заполненных ячеек, чем может быть в отчете; она отклоняется до полного прочтения.",
      ky: "Китепте отчетто боло алгандан алда канча көп толтурулган уяча бар; ал толук окулганга чейин четке кагылат.",
    },
    message: {
      en: "The workbook holds more than {limit} filled cells; a report has far fewer. Delete what was pasted below or beside the report table and send the template again.",
      ru: "Книга содержит более {limit} заполненных ячеек, тогда как в отчете их намного меньше. Удалите данные, вставленные ниже или правее таблицы отчета, и направьте шаблон повторно.",
      ky: "Китепте {limit, case, ablative} ашык толтурулган уяча бар, ал эми отчетто алар алда канча аз. Отчет таблицасынын астына же оң жагына коюлган маалыматтарды өчүрүп, шаблонду кайра жөнөтүңүз.",
    },
  },
  "file-too-many-rows": {
    severity: "error",
    level: "file",
    params: ["sheet", "limit"],
    title: { en: "Too many rows", ru: "Слишком много строк", ky: "Саптар өтө көп" },
    description: {
      en: "A sheet holds far more rows with values than a report has; it is refused before it is read whole.",
      ru: "Лист содержит намного больше строк со значениями, чем бывает в отчете; он отклоняется до полного прочтения.",
      ky: "Баракта отчетто болгондон алда канча көп мааниси бар сап бар; ал толук окулганга чейин четке кагылат.",
    },
    message: {
      en: "The sheet {sheet} has values in more than {limit} rows; a report has far fewer. Delete the rows typed or pasted below the report and send the template again.",
      ru: "На листе {sheet} значения есть более чем в {limit} строках, тогда как в отчете их намного меньше. Удалите строки, набранные или вставленные ниже отчета, и направьте шаблон повторно.",
      ky: "{sheet} барагында маанилер {limit, case, ablative} ашык сапта бар, ал эми отчетто саптар алда канча аз. Отчеттун астына терилген же коюлган саптарды өчүрүп, шаблонду кайра жөнөтүңүз.",
    },
  },
  "file-cell-too-long": {
    severity: "error",
    level: "file",
    params: ["sheet", "cell", "limit"],
    title: {
      en: "Text longer than a cell holds",
      ru: "Текст длиннее допустимого для ячейки",
      ky: "Текст уячага батпайт",
    },
    description: {
      en: "A cell holds more characters than Excel allows in one cell (32,767); no spreadsheet program writes one.",
      ru: "Ячейка содержит больше символов, чем Excel допускает в одной ячейке (32 767); такую ячейку не записывает ни одна программа электронных таблиц.",
      ky: "Уячада Excel бир уячага уруксат бергенден (32 767) көп символ бар; аны эч бир электрондук таблица программасы жазбайт.",
    },
    message: {
      en: "The cell {cell} on the sheet {sheet} holds more than {limit} characters, more than Excel allows. Shorten the text, save the template in Excel and send it again.",
      ru: "Ячейка {cell} на листе {sheet} содержит более {limit} символов — больше, чем допускает Excel. Сократите текст, сохраните шаблон в Excel и направьте его повторно.",
      ky: "{sheet} барагындагы {cell} уячасында {limit, case, ablative} ашык символ бар, бул Excel уруксат бергенден көп. Текстти кыскартып, шаблонду Excel программасында сактап, кайра жөнөтүңүз.",
    },
  },
  "file-too-many-merges": {
    severity: "error",
    level: "file",
    params: ["sheet", "limit"],
    title: { en: "Too many merged areas", ru: "Слишком много объединенных ячеек", ky: "Бириктирилген уячалар өтө көп" },
    description: {
      en: "A sheet has far more merged areas than a report uses; it is refused before it is read whole.",
      ru: "На листе намного больше объединенных областей, чем используется в отчете; он отклоняется до полного прочтения.",
      ky: "Баракта отчетто колдонулгандан алда канча көп бириктирилген аймак бар; ал толук окулганга чейин четке кагылат.",
    },
    message: {
      en: "The sheet {sheet} has more than {limit} merged areas; the template has far fewer. Unmerge the cells you merged and send the template again.",
      ru: "На листе {sheet} более {limit} объединенных областей, тогда как в шаблоне их намного меньше. Отмените сделанное вами объединение ячеек и направьте шаблон повторно.",
      ky: "{sheet} барагында {limit, case, ablative} ашык бириктирилген аймак бар, ал эми шаблондо алар алда канча аз. Өзүңүз бириктирген уячаларды ажыратып, шаблонду кайра жөнөтүңүз.",
    },
  },
  "file-too-deep": {
    severity: "error",
    level: "file",
    params: ["entry", "limit"],
    title: {
      en: "Workbook contents nested too deeply",
      ru: "Слишком глубокая вложенность содержимого",
      ky: "Мазмун өтө терең уюштурулган",
    },
    description: {
      en: "An XML part nests elements far deeper than a workbook does; it is refused before it is read whole.",
      ru: "XML-часть содержит элементы с намного большей вложенностью, чем бывает в книге; она отклоняется до полного прочтения.",
      ky: "XML бөлүгүндө элементтер китепте болгондон алда канча терең жайгашкан; ал толук окулганга чейин четке кагылат.",
    },
    message: {
      en: "The part {entry} nests its contents more than {limit} levels deep, which no workbook saved by Excel does. Open the template in Excel, save it again and send it.",
      ru: "В элементе {entry} вложенность содержимого превышает {limit} уровней, чего не бывает в книгах, сохраненных в Excel. Откройте шаблон в Excel, сохраните его заново и направьте.",
      ky: "{entry} элементинде мазмун {limit} деңгээлден ашык терең жайгашкан, Excel сактаган китептерде мындай болбойт. Шаблонду Excel программасында ачып, кайра сактап, жөнөтүңүз.",
    },
  },
  // ---- file (issue 23): what Excel would not read as we would, and files the merge cannot open ------
  "file-duplicate-sheet": {
    severity: "error",
    level: "file",
    params: ["sheet"],
    title: { en: "Two sheets with one name", ru: "Два листа с одним именем", ky: "Бир аталыштагы эки барак" },
    description: {
      en: "Two sheets have the same name, or names differing only in case, which Excel never allows: which of them is the report cannot be told, so neither is read.",
      ru: "Два листа имеют одинаковые имена или имена, отличающиеся только регистром букв, чего Excel не допускает: нельзя определить, какой из них отчет, поэтому не читается ни один.",
      ky: "Эки барактын аталышы бирдей же баш-кичине тамгалары менен гана айырмаланат, Excel буга жол бербейт: алардын кайсынысы отчет экени белгисиз, ошондуктан бири да окулбайт.",
    },
    message: {
      en: "The workbook has two sheets named {sheet} (the second perhaps hidden, or differing in case), so the file was altered outside Excel. Fill in the template you were sent, save it in Excel and send it again.",
      ru: "В книге два листа с именем {sheet} (второй, возможно, скрыт или отличается регистром букв): файл изменен вне Excel. Заполните полученный шаблон, сохраните его в Excel и направьте повторно.",
      ky: "Китепте {sheet} деген эки барак бар (экинчиси жашырылган же баш-кичине тамгалары менен айырмаланышы мүмкүн): файл Excel программасынан тышкары өзгөртүлгөн. Алынган шаблонду толтуруп, Excel программасында сактап, кайра жөнөтүңүз.",
    },
  },
  "file-bad-cell-value": {
    severity: "error",
    level: "file",
    params: ["sheet", "cell"],
    title: {
      en: "A cell's stored value is not of its type",
      ru: "Сохраненное значение ячейки не соответствует ее типу",
      ky: "Уячада сакталган маани анын түрүнө туура келбейт",
    },
    description: {
      en: 'A cell stores a value its type cannot hold (a number written "0x3B", a text index with a space or a fraction, a date that is not one): Excel would not show it, so it is refused rather than read as some other value.',
      ru: "Ячейка хранит значение, которое не может иметь ее тип (число в шестнадцатеричной записи, номер строки текста с пробелом или дробью, дата, которая не является датой): Excel его не покажет, поэтому оно отклоняется, а не читается как другое значение.",
      ky: "Уячада анын түрүндө болушу мүмкүн эмес маани сакталган (он алтылык түрдө жазылган сан, боштук же бөлчөк менен жазылган текст номери, дата эмес дата): Excel аны көрсөтпөйт, ошондуктан ал башка маани катары окулбай, четке кагылат.",
    },
    message: {
      en: "The cell {sheet}!{cell} stores a value Excel would not show as it is, so the file was altered outside Excel. Type the value again in Excel, save the template and send it again.",
      ru: "Ячейка {sheet}!{cell} хранит значение, которое Excel не покажет в таком виде: файл изменен вне Excel. Введите значение заново в Excel, сохраните шаблон и направьте его повторно.",
      ky: "{sheet}!{cell} уячасында Excel мындай түрдө көрсөтпөй турган маани сакталган: файл Excel программасынан тышкары өзгөртүлгөн. Маанини Excel программасында кайра жазып, шаблонду сактап, кайра жөнөтүңүз.",
    },
  },
  "file-encoding": {
    severity: "error",
    level: "file",
    params: ["entry", "encoding"],
    title: { en: "Text in another encoding", ru: "Текст в другой кодировке", ky: "Башка коддоодогу текст" },
    description: {
      en: "An XML part declares an encoding other than UTF-8 or UTF-16; its letters would be read wrong, so it is refused.",
      ru: "XML-часть объявляет кодировку, отличную от UTF-8 и UTF-16; ее буквы были бы прочитаны неверно, поэтому она отклоняется.",
      ky: "XML бөлүгү UTF-8 же UTF-16 эмес коддоону жарыялайт; анын тамгалары туура эмес окулмак, ошондуктан ал четке кагылат.",
    },
    message: {
      en: "The part {entry} declares the encoding {encoding}, which workbooks do not use, so the file was made by another program. Open the template in Excel, save it again and send it.",
      ru: "Элемент {entry} объявляет кодировку {encoding}, которую книги не используют: файл создан другой программой. Откройте шаблон в Excel, сохраните его заново и направьте.",
      ky: "{entry} элементи китептер колдонбогон {encoding} коддоосун жарыялайт: файл башка программа менен түзүлгөн. Шаблонду Excel программасында ачып, кайра сактап, жөнөтүңүз.",
    },
  },
  "file-too-many-attributes": {
    severity: "error",
    level: "file",
    params: ["entry", "limit"],
    title: {
      en: "An element with too many attributes",
      ru: "Элемент со слишком большим числом атрибутов",
      ky: "Атрибуттары өтө көп элемент",
    },
    description: {
      en: "An element of an XML part has more attributes than any workbook's element; it is refused as they are counted, before it costs memory.",
      ru: "Элемент XML-части имеет больше атрибутов, чем любой элемент книги; он отклоняется при подсчете, до того как займет память.",
      ky: "XML бөлүгүнүн элементинде китептин каалаган элементинен көбүрөөк атрибут бар; ал эсептөө учурунда, эстутумду ээлегенге чейин четке кагылат.",
    },
    message: {
      en: "The part {entry} has an element with more than {limit} attributes, which no workbook saved by Excel has. Open the template in Excel, save it again and send it.",
      ru: "В элементе {entry} есть элемент с более чем {limit} атрибутами, чего не бывает в книгах, сохраненных в Excel. Откройте шаблон в Excel, сохраните его заново и направьте.",
      ky: "{entry} элементинде {limit} ашык атрибуту бар элемент бар, Excel сактаган китептерде мындай болбойт. Шаблонду Excel программасында ачып, кайра сактап, жөнөтүңүз.",
    },
  },
  "file-too-many-elements": {
    severity: "error",
    level: "file",
    params: ["entry", "limit"],
    title: { en: "Too many XML elements", ru: "Слишком много XML-элементов", ky: "XML элементтери өтө көп" },
    description: {
      en: "An XML part holds more elements (of any kind, extensions too) than a workbook within the limits can; it is refused as they are counted.",
      ru: "XML-часть содержит больше элементов (любых, включая расширения), чем может иметь книга в пределах ограничений; она отклоняется при подсчете.",
      ky: "XML бөлүгүндө чектөөлөр ичиндеги китепте боло алгандан көбүрөөк элемент бар (ар кандай, кеңейтүүлөр да); ал эсептөө учурунда четке кагылат.",
    },
    message: {
      en: "The part {entry} holds more than {limit} XML elements, far more than a template does. Open the template in Excel, save it again and send it.",
      ru: "Элемент {entry} содержит более {limit} XML-элементов, намного больше, чем шаблон. Откройте шаблон в Excel, сохраните его заново и направьте.",
      ky: "{entry} элементинде {limit} ашык XML элементи бар, шаблондогудан алда канча көп. Шаблонду Excel программасында ачып, кайра сактап, жөнөтүңүз.",
    },
  },
  "file-part-too-large": {
    severity: "error",
    level: "file",
    params: ["entry", "size", "limit"],
    title: { en: "A part too large", ru: "Слишком большая часть книги", ky: "Китептин бөлүгү өтө чоң" },
    description: {
      en: "One XML part of the workbook would expand to more than any template's (its texts typed to the full hold a few MB); it is refused from its declared size, before it is expanded.",
      ru: "Одна XML-часть книги при распаковке заняла бы больше, чем в любом шаблоне (все его тексты, заполненные до предела, занимают несколько МБ); она отклоняется по заявленному размеру, до распаковки.",
      ky: "Китептин бир XML бөлүгү ачылганда каалаган шаблондогудан көбүрөөк орун ээлемек (анын бардык тексттери толук толтурулганда бир нече МБ); ал ачылганга чейин, жарыяланган көлөмү боюнча четке кагылат.",
    },
    message: {
      en: "The part {entry} would take {size, size} unpacked, more than the {limit, size} a template's part can; most often a very long text was pasted into a cell. Shorten the long texts (a cell takes 4,000 characters), save the template and send it again.",
      ru: "Элемент {entry} в распакованном виде занял бы {size, size} — больше предельных для части шаблона {limit, size}; чаще всего в ячейку вставлен очень длинный текст. Сократите длинные тексты (в ячейку помещается 4000 знаков), сохраните шаблон и направьте повторно.",
      ky: "{entry} элементи ачылганда {size, size} орун ээлемек, бул шаблондун бөлүгү үчүн чектелген көлөмдөн ({limit, size}) чоң; көбүнчө уячага өтө узун текст коюлган. Узун тексттерди кыскартып (уячага 4000 белги батат), шаблонду сактап, кайра жөнөтүңүз.",
    },
  },
  "file-no-permission": {
    severity: "error",
    level: "file",
    params: [],
    title: { en: "File not readable", ru: "Файл недоступен для чтения", ky: "Файлды окууга болбойт" },
    description: {
      en: "The file's permissions do not let Tendik read it; the other files are merged.",
      ru: "Права доступа к файлу не позволяют Tendik его прочитать; остальные файлы объединяются.",
      ky: "Файлга кирүү укуктары Tendik'ке аны окууга жол бербейт; калган файлдар бириктирилет.",
    },
    message: {
      en: "This file may not be read by the user running the merge; nothing was read from it. Give read permission to the file (or copy it anew into the folder) and merge again.",
      ru: "Этот файл недоступен для чтения пользователю, выполняющему объединение; из него ничего не прочитано. Дайте право на чтение файла (или заново скопируйте его в папку) и повторите объединение.",
      ky: "Бул файлды бириктирүүнү аткарган колдонуучу окуй албайт; андан эч нерсе окулган жок. Файлга окуу укугун бериңиз (же аны папкага кайра көчүрүңүз) жана кайра бириктириңиз.",
    },
  },
  "file-link-loop": {
    severity: "error",
    level: "file",
    params: [],
    title: {
      en: "A link that leads to itself",
      ru: "Ссылка, ведущая сама на себя",
      ky: "Өзүнө алып келген шилтеме",
    },
    description: {
      en: "The name is a symbolic link whose chain of links never reaches a file; nothing can be read from it, and the other files are merged.",
      ru: "Имя является символической ссылкой, цепочка которой никогда не приводит к файлу; из нее ничего нельзя прочитать, остальные файлы объединяются.",
      ky: "Бул ат символдук шилтеме, анын шилтемелер чынжыры эч качан файлга жетпейт; андан эч нерсе окулбайт, калган файлдар бириктирилет.",
    },
    message: {
      en: "This name is a link that leads back to itself, not to a file; nothing was read from it. Put the .xlsx file itself in the folder.",
      ru: "Это имя является ссылкой, которая ведет сама на себя, а не на файл; из нее ничего не прочитано. Поместите в папку сам файл .xlsx.",
      ky: "Бул ат файлга эмес, өзүнө кайра алып келген шилтеме; андан эч нерсе окулган жок. Папкага .xlsx файлдын өзүн салыңыз.",
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
      en: "This workbook is not a Tendik template. Fill in the template you received for your body; if you have none, ask the reporting coordinator (MLSD) for it.",
      ru: "Эта книга не является шаблоном Tendik. Заполните шаблон, полученный для вашего ведомства; если его нет, запросите его у координатора отчетности (МТСР).",
      ky: "Бул китеп Tendik шаблону эмес. Органыңыз үчүн алынган шаблонду толтуруңуз; андай шаблон жок болсо, аны отчеттуулук боюнча координатордон (ЭСӨМ) сураңыз.",
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
      en: 'This template was made for the plan "{found}" and is being checked against "{expected}". Check it with the file of the plan "{found}" if that is the plan you report on (in the pane: Plan, then Choose a plan file); otherwise ask the reporting coordinator for the template of "{expected}" and copy your entries into it.',
      ru: "Этот шаблон сделан для плана «{found}», а проверяется по плану «{expected}». Проверьте его по файлу плана «{found}», если вы отчитываетесь по этому плану (в панели: «План» → «Выбрать файл плана»); иначе запросите у координатора отчетности шаблон плана «{expected}» и перенесите в него свои данные.",
      ky: "Бул шаблон «{found}» планы үчүн түзүлгөн, ал эми «{expected}» планы боюнча текшерилип жатат. Эгер «{found}» планы боюнча отчет берсеңиз, аны ошол пландын файлы менен текшериңиз (панелде: «План» → «План файлын тандоо»); болбосо отчеттуулук боюнча координатордон «{expected}» планынын шаблонун сурап алып, маалыматтарды ага көчүрүңүз.",
    },
  },
  "identity-plan-version": {
    severity: "error",
    level: "identity",
    params: ["found", "expected"],
    dataParams: ["found", "expected"],
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
      en: "This template was made from another version of the plan: the plan was changed after the template was made. Ask the reporting coordinator (MLSD) for the current template and copy your entries into it.",
      ru: "Этот шаблон создан на основе другой версии плана: план изменен после создания шаблона. Запросите у координатора отчетности (МТСР) актуальный шаблон и перенесите в него свои данные.",
      ky: "Бул шаблон пландын башка версиясынын негизинде түзүлгөн: шаблон түзүлгөндөн кийин план өзгөртүлгөн. Отчеттуулук боюнча координатордон (ЭСӨМ) учурдагы шаблонду сурап алып, маалыматтарды ага көчүрүңүз.",
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
      en: "This template's format (version {found}) is not the one this Tendik reads (version {supported}). Ask the reporting coordinator (MLSD) for a current template and copy your entries into it, or check the file with the current version of Tendik.",
      ru: "Формат этого шаблона (версия {found}) не поддерживается: данная версия Tendik читает версию {supported}. Запросите у координатора отчетности (МТСР) актуальный шаблон и перенесите в него свои данные либо проверьте файл актуальной версией Tendik.",
      ky: "Бул шаблондун форматы ({found}-версия) колдоого алынбайт: Tendik программасынын бул версиясы {supported}-версияны окуйт. Отчеттуулук боюнча координатордон (ЭСӨМ) учурдагы шаблонду сурап алып, маалыматтарды ага көчүрүңүз же файлды Tendik программасынын учурдагы версиясы менен текшериңиз.",
    },
  },
  "identity-unknown-agency": {
    severity: "error",
    level: "identity",
    params: ["agency"],
    title: {
      en: "Unknown body",
      ru: "Неизвестное ведомство",
      ky: "Белгисиз орган",
    },
    description: {
      en: "The body named in the template is not a responsible body of the plan.",
      ru: "Ведомство, указанное в шаблоне, не является ответственным исполнителем плана.",
      ky: "Шаблондо көрсөтүлгөн орган пландын жооптуу аткаруучусу эмес.",
    },
    message: {
      en: 'The body "{agency}" named in the template is not a responsible body of this plan. Fill in the template you received for your body.',
      ru: "Ведомство «{agency}», указанное в шаблоне, не является ответственным исполнителем этого плана. Заполните шаблон, полученный для вашего ведомства.",
      ky: "Шаблондо көрсөтүлгөн «{agency}» органы бул пландын жооптуу аткаруучусу эмес. Органыңыз үчүн алынган шаблонду толтуруңуз.",
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
      en: 'The template names the period "{period, period}", which is not a half-year or year of this plan. Ask the reporting coordinator (MLSD) for the template of the current reporting period.',
      ru: "В шаблоне указан период «{period, period}», который не входит в срок действия плана. Запросите у координатора отчетности (МТСР) шаблон за текущий отчетный период.",
      ky: "Шаблондо көрсөтүлгөн «{period, period}» мезгили бул пландын мөөнөтүнө кирбейт. Отчеттуулук боюнча координатордон (ЭСӨМ) учурдагы отчеттук мезгилдин шаблонун сураңыз.",
    },
  },
  "identity-mismatch": {
    severity: "error",
    level: "identity",
    params: ["agency", "period", "shown"],
    title: {
      en: "Hidden identity disagrees with the report sheet",
      ru: "Скрытые сведения шаблона не совпадают с листом отчета",
      ky: "Шаблондун жашыруун маалыматы отчет барагына дал келбейт",
    },
    description: {
      en: "The body or period recorded in the template's hidden identity sheet differs from the one the report sheet's title shows, so the report could count for another body or period.",
      ru: "Орган или период, записанные на скрытом идентификационном листе шаблона, отличаются от указанных в заголовке листа отчета, поэтому отчет мог бы быть засчитан другому органу или за другой период.",
      ky: "Шаблондун жашыруун идентификациялык барагында жазылган орган же мезгил отчет барагынын аталышында көрсөтүлгөндөн айырмаланат, ошондуктан отчет башка органга же башка мезгилге эсептелип калышы мүмкүн.",
    },
    message: {
      en: 'The template was made for {agency}, {period, period}, but the report sheet\'s title shows "{shown}". Fill in the template you received for your body and period, without editing its hidden sheet, and send it.',
      ru: "Шаблон сделан для ведомства {agency} за {period, period}, а в заголовке листа отчета указано: «{shown}». Заполните шаблон, полученный для вашего ведомства и периода, не изменяя его скрытый лист, и направьте его.",
      ky: "Шаблон {agency} органы үчүн {period, period} боюнча түзүлгөн, ал эми отчет барагынын аталышында «{shown}» деп көрсөтүлгөн. Органыңыз жана мезгилиңиз үчүн алынган шаблонду анын жашыруун барагын өзгөртпөстөн толтуруп, жөнөтүңүз.",
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
      en: 'The sheet "{sheet}" is missing. Give the sheet back its name "{sheet}", or copy your entries into a fresh template; do not rename or delete the template\'s sheets.',
      ru: "Отсутствует лист «{sheet}». Верните листу название «{sheet}» или перенесите данные в чистый шаблон; не переименовывайте и не удаляйте листы шаблона.",
      ky: "«{sheet}» барагы жок. Баракка «{sheet}» деген аталышын кайтарыңыз же маалыматтарды жаңы шаблонго көчүрүңүз; шаблондун барактарын кайра атабаңыз жана өчүрбөңүз.",
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
      en: 'Column {column} should be headed "{header, field}". Undo the change (put the column back with its header), or copy your entries into a fresh template. Do not move, insert or delete columns.',
      ru: "Столбец {column} должен иметь заголовок «{header, field}». Отмените изменение (верните столбец на место вместе с заголовком) или перенесите данные в чистый шаблон. Не перемещайте, не вставляйте и не удаляйте столбцы.",
      ky: "{column} мамычасынын аталышы «{header, field}» болушу керек. Өзгөртүүнү жокко чыгарыңыз (мамычаны аталышы менен ордуна кайтарыңыз) же маалыматтарды жаңы шаблонго көчүрүңүз. Мамычаларды жылдырбаңыз, кошпоңуз жана өчүрбөңүз.",
    },
  },
  "row-missing": {
    severity: "error",
    level: "structure",
    params: ["measure"],
    title: { en: "Measure row deleted", ru: "Удалена строка мероприятия", ky: "Чаранын сабы өчүрүлгөн" },
    description: {
      en: "A row of a measure the body must report on was deleted.",
      ru: "Удалена строка мероприятия, по которому ведомство обязано представить отчет.",
      ky: "Орган отчет бериши керек болгон чаранын сабы өчүрүлгөн.",
    },
    message: {
      en: "The row of measure {measure} is missing. Undo the deletion (Ctrl+Z) or copy your entries into a fresh template; leave a row empty if there is nothing to report.",
      ru: "Отсутствует строка мероприятия {measure}. Отмените удаление (Ctrl+Z) или перенесите данные в чистый шаблон; если сообщить нечего, оставьте строку пустой.",
      ky: "{measure} чарасынын сабы жок. Өчүрүүнү жокко чыгарыңыз (Ctrl+Z) же маалыматтарды жаңы шаблонго көчүрүңүз; отчетто көрсөтө турган эч нерсе жок болсо, сапты бош калтырыңыз.",
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
      en: "Measure {measure} appears more than once. Delete the extra row, so that each measure has one row.",
      ru: "Мероприятие {measure} встречается более одного раза. Удалите лишнюю строку, чтобы у каждого мероприятия была одна строка.",
      ky: "{measure} чарасы бир нече жолу кездешет. Ар бир чаранын бир гана сабы калгыдай кылып, ашыкча сапты өчүрүңүз.",
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
      en: 'This row ("{value}") is not a measure of your template. Delete the added row and write that information in the measure\'s own row.',
      ru: "Эта строка («{value}») не является мероприятием вашего шаблона. Удалите добавленную строку, а эти сведения укажите в строке соответствующего мероприятия.",
      ky: "Бул сап («{value}») сиздин шаблонуңуздагы чара эмес. Кошулган сапты өчүрүп, ал маалыматты тиешелүү чаранын өз сабына жазыңыз.",
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
      en: "Measure {measure} should be in row {expectedRow}. Put the rows back in the template's order (undo the sorting with Ctrl+Z); do not sort or move rows.",
      ru: "Мероприятие {measure} должно находиться в строке {expectedRow}. Верните строки в порядок шаблона (отмените сортировку, Ctrl+Z); не сортируйте и не перемещайте строки.",
      ky: "{measure} чарасы {expectedRow}-сапта турушу керек. Саптарды шаблондогу тартипке кайтарыңыз (иреттөөнү жокко чыгарыңыз, Ctrl+Z); саптарды иреттебеңиз жана жылдырбаңыз.",
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
      ky: "Пландын өз текстин камтыган корголгон уячага (чаранын номери, тексти, индикатору, ишке ашыруу мөөнөтү) өзгөртүү киргизилген.",
    },
    message: {
      en: 'The plan\'s text in "{field, field}" was changed from "{expected}" to "{found}". Restore the plan\'s text: undo the edit (Ctrl+Z) or copy the cell from the template you received. Plan cells must not be edited.',
      ru: "Текст плана в столбце «{field, field}» изменен: было «{expected}», стало «{found}». Восстановите текст плана: отмените изменение (Ctrl+Z) или скопируйте ячейку из полученного шаблона. Ячейки плана изменять нельзя.",
      ky: "«{field, field}» мамычасындагы пландын тексти өзгөртүлгөн: «{expected}» болчу, «{found}» болуп калды. Пландын текстин калыбына келтириңиз: өзгөртүүнү жокко чыгарыңыз (Ctrl+Z) же уячаны алынган шаблондон көчүрүңүз. Пландын уячаларын өзгөртүүгө болбойт.",
    },
  },
  // ---- cell: one value is missing or malformed ----------------------------------------------------
  "value-required": {
    severity: "error",
    level: "cell",
    params: ["field"],
    title: {
      en: "Required cell empty",
      ru: "Не заполнена обязательная ячейка",
      ky: "Милдеттүү уяча бош",
    },
    description: {
      en: "A required cell is empty.",
      ru: "Не заполнена обязательная ячейка.",
      ky: "Милдеттүү уяча толтурулган эмес.",
    },
    message: {
      en: 'Fill in "{field, field}".',
      ru: "Заполните поле «{field, field}».",
      ky: "«{field, field}» талаасын толтуруңуз.",
    },
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
      en: '"{field, field}": "{value}" is not a number. Type digits only, such as 1200 or 12,5.',
      ru: "«{field, field}»: «{value}» не является числом. Вводите только цифры, например 1200 или 12,5.",
      ky: "«{field, field}»: «{value}» сан эмес. Цифраларды гана жазыңыз, мисалы, 1200 же 12,5.",
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
      ky: "Саноо бөлчөк сан менен жазылган.",
    },
    message: {
      en: '"{field, field}": {value, number} is not a whole number; a count has no fractions. Type a whole number, such as 12.',
      ru: "«{field, field}»: {value, number} не является целым числом, а количество не может быть дробным. Введите целое число, например 12.",
      ky: "«{field, field}»: {value, number} бүтүн сан эмес, ал эми саноо бөлчөк болбойт. Бүтүн санды жазыңыз, мисалы, 12.",
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
      en: '"{field, field}": "{value}" is not a date. Type a date such as 25.12.2019.',
      ru: "«{field, field}»: «{value}» не является датой. Введите дату, например 25.12.2019.",
      ky: "«{field, field}»: «{value}» дата эмес. Датаны, мисалы, 25.12.2019 түрүндө жазыңыз.",
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
      en: '"{field, field}": "{value}" is not one of the choices{allowed, select, empty {} other { ({allowed, choices})}}. Pick a value from the drop-down list in the cell.',
      ru: "«{field, field}»: значения «{value}» нет в списке{allowed, select, empty {} other { ({allowed, choices})}}. Выберите значение из раскрывающегося списка в ячейке.",
      ky: "«{field, field}»: «{value}» мааниси тизмеде жок{allowed, select, empty {} other { ({allowed, choices})}}. Маанини уячадагы ачылуучу тизмеден тандаңыз.",
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
      en: '"{field, field}": {value, number} is negative. Type zero or a positive number.',
      ru: "«{field, field}»: {value, number} — отрицательное число. Введите ноль или положительное число.",
      ky: "«{field, field}»: {value, number} — терс сан. Нөлдү же оң санды жазыңыз.",
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
      en: '"{field, field}": {value, number} is outside the allowed range{max, select, empty { (at least {min, number})} other { of {min, number}–{max, number}}}. Type a number within it.',
      ru: "«{field, field}»: {value, number} выходит за пределы допустимого диапазона{max, select, empty { (не меньше {min, number})} other { {min, number}–{max, number}}}. Введите число из этого диапазона.",
      ky: "«{field, field}»: {value, number} жол берилген чектен тышкары{max, select, empty { ({min, number} же андан көп)} other { ({min, number}–{max, number})}}. Ушул чектеги санды жазыңыз.",
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
      en: '"{field, field}" has {length, plural, one {# character} other {# characters}}; at most {max, number} are allowed. Shorten the text; put the details in the supporting document and name it in the column "Document no. and title".',
      ru: "В поле «{field, field}» {length, plural, one {# знак} few {# знака} many {# знаков} other {# знака}}, а допускается не более {max, number}. Сократите текст; подробности изложите в подтверждающем документе и укажите его в столбце «№ и название документа».",
      ky: "«{field, field}» талаасында {length, number} белги бар, ал эми {max, number} белгиден ашпашы керек. Текстти кыскартыңыз; толук маалыматты тастыктоочу документте баяндап, аны «Документтин № жана аталышы» мамычасында көрсөтүңүз.",
    },
  },
  "value-bad-format": {
    severity: "error",
    level: "cell",
    params: ["field", "value", "format"],
    title: { en: "Wrong format", ru: "Неверный формат", ky: "Туура эмес формат" },
    description: {
      en: "A phone number, e-mail address or link is not written in a usable form.",
      ru: "Номер телефона, адрес электронной почты или ссылка записаны в непригодном для использования виде.",
      ky: "Телефон номери, электрондук почтанын дареги же шилтеме колдонууга жараксыз түрдө жазылган.",
    },
    message: {
      en: '"{field, field}": "{value}" is not {format, select, phone {a phone number. Write it with the area code, such as +996 312 123456} email {an e-mail address. Write it as name@example.kg} link {a web link. Write it in full, starting with https://} other {in the expected form. Write it as the hint on the cell shows}}.',
      ru: "«{field, field}»: «{value}» {format, select, phone {не является номером телефона. Укажите номер с кодом, например +996 312 123456} email {не является адресом электронной почты. Укажите адрес в виде name@example.kg} link {не является ссылкой. Укажите полную ссылку, начинающуюся с https://} other {записано в неверном формате. Запишите значение так, как указано в подсказке к ячейке}}.",
      ky: "«{field, field}»: «{value}» {format, select, phone {телефон номери эмес. Номерди код менен жазыңыз, мисалы, +996 312 123456} email {электрондук почтанын дареги эмес. Даректи name@example.kg түрүндө жазыңыз} link {шилтеме эмес. Шилтемени https:// менен башталган толук түрдө жазыңыз} other {туура эмес форматта жазылган. Маанини уячанын кеңешинде көрсөтүлгөндөй жазыңыз}}.",
    },
  },
  "formula-not-allowed": {
    severity: "error",
    level: "cell",
    params: ["field", "formula"],
    title: { en: "Formula instead of a value", ru: "Формула вместо значения", ky: "Маанинин ордуна формула" },
    description: {
      en: "An input cell holds a formula; reports carry values typed by the body.",
      ru: "Ячейка для ввода содержит формулу; в отчете должны быть значения, введенные ведомством.",
      ky: "Маалымат киргизүүчү уячада формула турат; отчетто орган өзү жазган маанилер болушу керек.",
    },
    message: {
      en: '"{field, field}" holds the formula "={formula}". Type the value itself.',
      ru: "Поле «{field, field}» содержит формулу «={formula}». Введите само значение.",
      ky: "«{field, field}» талаасында «={formula}» формуласы турат. Маанинин өзүн жазыңыз.",
    },
  },
  // ---- rule: values that contradict each other ---------------------------------------------------
  "people-sum-mismatch": {
    severity: "error",
    level: "rule",
    params: ["women", "men", "total"],
    title: {
      en: "Women + men differ from the total",
      ru: "Число женщин и мужчин в сумме не равно общему числу",
      ky: "Аялдар менен эркектердин суммасы жалпы санга барабар эмес",
    },
    description: {
      en: "Where women, men and the total are all given, women plus men must equal the total.",
      ru: "Если указаны число женщин, число мужчин и общее число, сумма женщин и мужчин должна быть равна общему числу.",
      ky: "Аялдардын саны, эркектердин саны жана жалпы сан көрсөтүлсө, аялдар менен эркектердин суммасы жалпы санга барабар болушу керек.",
    },
    message: {
      en: 'Women ({women, number}) plus men ({men, number}) do not equal the total ({total, number}). Correct the "Women", "Men" or "Total" cell.',
      ru: "Число женщин ({women, number}) и мужчин ({men, number}) в сумме не равно общему числу ({total, number}). Исправьте значение в столбце «Женщины», «Мужчины» или «Всего».",
      ky: "Аялдар ({women, number}) менен эркектердин ({men, number}) суммасы жалпы санга ({total, number}) барабар эмес. «Аялдар», «Эркектер» же «Бардыгы» мамычасындагы маанини оңдоңуз.",
    },
  },
  "completed-without-evidence": {
    severity: "error",
    level: "rule",
    params: ["measure"],
    title: {
      en: "Completed without a supporting document",
      ru: "Выполнено без подтверждающего документа",
      ky: "Тастыктоочу документсиз аткарылган",
    },
    description: {
      en: "A measure reported as completed must name the document that shows it.",
      ru: "Для мероприятия, отмеченного как выполненное, необходимо указать подтверждающий документ.",
      ky: "Аткарылды деп белгиленген чара үчүн тастыктоочу документ көрсөтүлүшү керек.",
    },
    message: {
      en: 'Measure {measure} has the status "Completed": give the supporting document in the columns "Document no. and title", "Date" or "Link".',
      ru: "Мероприятие {measure} имеет статус «Выполнено»: укажите подтверждающий документ в столбцах «№ и название документа», «Дата» или «Ссылка».",
      ky: "{measure} чарасынын абалы «Аткарылды»: тастыктоочу документти «Документтин № жана аталышы», «Датасы» же «Шилтеме» мамычасында көрсөтүңүз.",
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
      en: 'A measure with the status "Not started" cannot have indicator values, money spent or a supporting document.',
      ru: "Для мероприятия со статусом «Не начато» не могут быть указаны значения индикаторов, израсходованные средства или подтверждающий документ.",
      ky: "Абалы «Башталган жок» болгон чара үчүн индикаторлордун маанилери, жумшалган каражат же тастыктоочу документ көрсөтүлбөйт.",
    },
    message: {
      en: 'Measure {measure} has the status "Not started" but has values. Change the status or clear the values.',
      ru: "Мероприятие {measure} имеет статус «Не начато», но по нему указаны значения. Измените статус или удалите значения.",
      ky: "{measure} чарасынын абалы «Башталган жок», бирок анда маанилер бар. Абалын өзгөртүңүз же маанилерди өчүрүңүз.",
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
      en: 'Measure {measure}: money spent is given without its source. Pick the source in the column "Source of funding".',
      ru: "Мероприятие {measure}: израсходованные средства указаны без источника. Выберите источник в столбце «Источник финансирования».",
      ky: "{measure} чарасы: жумшалган каражат булагы жок көрсөтүлгөн. Булагын «Каржылоо булагы» мамычасынан тандаңыз.",
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
      en: 'Measure {measure} has values but no status. Pick a status in the column "Status".',
      ru: "Для мероприятия {measure} указаны значения, но не указан статус. Выберите статус в столбце «Статус».",
      ky: "{measure} чарасында маанилер бар, бирок абалы көрсөтүлгөн эмес. Абалын «Абалы» мамычасынан тандаңыз.",
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
      ky: "Отчеттук мезгилдин аягына карата чаранын ишке ашыруу мөөнөтү өтүп кеткен, бирок ал дагы эле башталган жок.",
    },
    message: {
      en: 'The deadline of measure {measure} ({deadline, deadline}) has passed, and it still has the status "Not started". Explain what stands in the way in the column "Obstacles".',
      ru: "Срок исполнения мероприятия {measure} ({deadline, deadline}) истек, а оно по-прежнему имеет статус «Не начато». Укажите причины в столбце «Препятствия».",
      ky: "{measure} чарасынын ишке ашыруу мөөнөтү ({deadline, deadline}) өтүп кетти, бирок анын абалы дагы эле «Башталган жок». Себептерин «Тоскоолдуктар» мамычасында түшүндүрүңүз.",
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
      en: "Invalid value: {detail}. Correct the value as the hint on the cell shows.",
      ru: "Недопустимое значение в этой ячейке. Исправьте его так, как указано в подсказке к ячейке.",
      ky: "Бул уячадагы маани жараксыз. Аны уячанын кеңешинде көрсөтүлгөндөй оңдоңуз.",
    },
  },
  // ---- plan: an authoring workbook (tendik plan import) or a plan file (--plan) ------------------------------
  "plan-sheet-missing": {
    severity: "error",
    level: "structure",
    params: ["sheet"],
    title: { en: "Plan sheet missing", ru: "Нет листа плана", ky: "Пландын барагы жок" },
    description: {
      en: "The authoring workbook lacks one of its sheets (plan facts, measures, responsible bodies).",
      ru: "В книге составления плана нет одного из ее листов (сведения о плане, мероприятия, ответственные органы).",
      ky: "Планды жазуу китебинде барактарынын бири жок (пландын маалыматтары, чаралар, жооптуу органдар).",
    },
    message: {
      en: 'The sheet "{sheet}" is missing. Start from a workbook made by "tendik plan export" and keep its sheet names.',
      ru: 'Нет листа "{sheet}". Начните с книги, созданной командой "tendik plan export", и не меняйте названия листов.',
      ky: '"{sheet}" барагы жок. "tendik plan export" буйругу түзгөн китептен баштаңыз жана барактардын аттарын өзгөртпөңүз.',
    },
  },
  "plan-column-missing": {
    severity: "error",
    level: "structure",
    params: ["column", "key"],
    title: { en: "Plan column missing", ru: "Нет столбца плана", ky: "Пландын мамычасы жок" },
    description: {
      en: "A required column of the authoring workbook is missing: columns are found by the grey key under the header.",
      ru: "Нет обязательного столбца книги составления плана: столбцы находятся по серому ключу под заголовком.",
      ky: "Планды жазуу китебинин милдеттүү мамычасы жок: мамычалар баш саптын астындагы боз ачкыч боюнча табылат.",
    },
    message: {
      en: 'The column "{column, field}" (key {key}) is missing. Put the key {key} back in the key row above the data.',
      ru: 'Нет столбца "{column, field}" (ключ {key}). Верните ключ {key} в строку ключей над данными.',
      ky: '"{column, field}" мамычасы (ачкычы {key}) жок. {key} ачкычын маалыматтардын үстүндөгү ачкычтар сабына кайтарыңыз.',
    },
  },
  "plan-text-required": {
    severity: "error",
    level: "cell",
    params: ["field"],
    title: {
      en: "Required plan text missing",
      ru: "Нет обязательного текста плана",
      ky: "Пландын милдеттүү тексти жок",
    },
    description: {
      en: "A text or value the plan must have is empty (a title, a measure's text, a deadline, a responsible body...).",
      ru: "Пустой текст или значение, обязательные для плана (название, текст мероприятия, срок, ответственный орган...).",
      ky: "План үчүн милдеттүү болгон текст же маани бош (аталыш, чаранын тексти, мөөнөт, жооптуу орган...).",
    },
    message: {
      en: '"{field, field}" is required here. Fill it in (in Kyrgyz; Russian and English are optional).',
      ru: 'Здесь обязательно "{field, field}". Заполните (на кыргызском; русский и английский — по желанию).',
      ky: 'Бул жерде "{field, field}" милдеттүү. Толтуруңуз (кыргызча; орусча жана англисче — милдеттүү эмес).',
    },
  },
  "plan-value-unreadable": {
    severity: "error",
    level: "cell",
    params: ["field", "value", "expected"],
    title: { en: "Plan value cannot be read", ru: "Значение плана не читается", ky: "Пландын мааниси окулбайт" },
    description: {
      en: "A cell of the authoring workbook holds a value of the wrong form (a kind, a yes/no, a code, a date, a period).",
      ru: "В ячейке книги составления плана значение неверного вида (вид, да/нет, код, дата, период).",
      ky: "Планды жазуу китебинин уячасындагы маани туура эмес түрдө (түрү, ооба/жок, код, дата, мезгил).",
    },
    message: {
      en: '"{value}" cannot be read as "{field, field}". Write it in the expected form: {expected}.',
      ru: "Значение «{value}» не читается как «{field, field}». Запишите его в ожидаемом виде: {expected}.",
      ky: "«{value}» мааниси «{field, field}» катары окулбайт. Аны күтүлгөн түрдө жазыңыз: {expected}.",
    },
  },
  "plan-deadline-unreadable": {
    severity: "error",
    level: "cell",
    params: ["measure", "text"],
    title: { en: "Deadline cannot be read", ru: "Срок не читается", ky: "Мөөнөт окулбайт" },
    description: {
      en: "Neither the deadline's periods nor its printed text say which half-years the measure covers.",
      ru: "Ни периоды срока, ни его текст не говорят, какие полугодия охватывает мероприятие.",
      ky: "Мөөнөттүн мезгилдери да, тексти да чара кайсы жарым жылдыктарды камтыганын айтпайт.",
    },
    message: {
      en: 'The deadline "{text}" of measure {measure} cannot be read. Write its periods as 2025, 2025-H1 or 2025-H1–2026-H2 (or "annual" under Recurrence).',
      ru: 'Срок "{text}" мероприятия {measure} не читается. Укажите периоды: 2025, 2025-H1 или 2025-H1–2026-H2 (или annual в столбце «Повторение»).',
      ky: '{measure} чарасынын "{text}" мөөнөтү окулбайт. Мезгилдерин 2025, 2025-H1 же 2025-H1–2026-H2 деп жазыңыз (же «Кайталануу» мамычасына annual).',
    },
  },
  "plan-unknown-body": {
    severity: "error",
    level: "cell",
    params: ["body", "measure"],
    title: { en: "Unknown responsible body", ru: "Неизвестный ответственный орган", ky: "Белгисиз жооптуу орган" },
    description: {
      en: "A measure names a responsible body that is not in the plan's registry of bodies.",
      ru: "Мероприятие называет ответственный орган, которого нет в перечне органов плана.",
      ky: "Чара пландын органдар тизмесинде жок жооптуу органды атайт.",
    },
    message: {
      en: 'Measure {measure} names "{body}", which is not in the bodies sheet. Add it there (or as another spelling of a body).',
      ru: 'Мероприятие {measure} называет "{body}", которого нет на листе исполнителей. Добавьте его туда (или как другое написание органа).',
      ky: '{measure} чарасы аткаруучулар барагында жок "{body}" органын атайт. Аны ошол жерге кошуңуз (же органдын башка жазылышы катары).',
    },
  },
  "plan-duplicate-id": {
    severity: "error",
    level: "rule",
    params: ["kind", "id"],
    title: { en: "Duplicate id in the plan", ru: "Повторяющийся номер в плане", ky: "Пландагы кайталанган номер" },
    description: {
      en: "Two chapters, goals, tasks, measures, indicators or bodies have the same id (or Latin alias).",
      ru: "У двух глав, целей, задач, мероприятий, индикаторов или органов один и тот же номер (или латинский код).",
      ky: "Эки главанын, максаттын, милдеттин, чаранын, индикатордун же органдын номери (же латынча коду) бирдей.",
    },
    message: {
      en: "The {kind, planLevel, capital} {id} appears twice. Give each its own id.",
      ru: "Элемент «{kind, planLevel, capital} {id}» встречается дважды. Дайте каждому элементу свой номер.",
      ky: "{kind, planLevel, capital} {id} эки жолу кездешет. Ар бирине өз номерин бериңиз.",
    },
  },
  "plan-id-outside-parent": {
    severity: "error",
    level: "rule",
    params: ["kind", "id", "parent"],
    title: {
      en: "Id does not belong to its parent",
      ru: "Номер не соответствует родителю",
      ky: "Номер ээсине туура келбейт",
    },
    description: {
      en: "A goal's id must start with its chapter's id, a measure's with its task's, an indicator's with its measure's.",
      ru: "Номер цели должен начинаться с номера главы, номер мероприятия — с номера задачи, номер индикатора — с номера мероприятия.",
      ky: "Максаттын номери главанын номеринен, чаранын номери милдеттин номеринен, индикатордун номери чаранын номеринен башталышы керек.",
    },
    message: {
      en: "The {kind, planLevel, capital} {id} is under {parent}, but its id does not start with {parent}. Correct the id or move the row.",
      ru: "Элемент «{kind, planLevel, capital} {id}» находится под {parent}, но его номер не начинается с {parent}. Исправьте номер или перенесите строку.",
      ky: "{kind, planLevel, capital} {id} {parent} астында турат, бирок анын номери {parent} менен башталбайт. Номерди оңдоңуз же сапты жылдырыңыз.",
    },
  },
  "plan-row-outside": {
    severity: "error",
    level: "structure",
    params: ["what", "parent"],
    title: {
      en: "Row outside the plan's structure",
      ru: "Строка вне структуры плана",
      ky: "Сап пландын түзүмүнөн тышкары",
    },
    description: {
      en: "A goal before any chapter, a task before any goal, or a measure before any task.",
      ru: "Цель до первой главы, задача до первой цели или мероприятие до первой задачи.",
      ky: "Биринчи главага чейинки максат, биринчи максатка чейинки милдет же биринчи милдетке чейинки чара.",
    },
    message: {
      en: "This {what, planLevel} has no {parent, planLevel} above it. Add the {parent, planLevel} row first.",
      ru: "Над этим элементом ({what, planLevel}) нет элемента «{parent, planLevel}». Сначала добавьте строку «{parent, planLevel}».",
      ky: "Бул {what, planLevel} үстүндө {parent, planLevel} жок. Адегенде {parent, planLevel} сабын кошуңуз.",
    },
  },
  "plan-repeated-cell-differs": {
    severity: "error",
    level: "cell",
    params: ["field", "measure"],
    title: { en: "Repeated cell differs", ru: "Повторенная ячейка отличается", ky: "Кайталанган уяча айырмаланат" },
    description: {
      en: "A task's or measure's cell is repeated on a following row of the same item with another value.",
      ru: "Ячейка задачи или мероприятия повторена в следующей строке того же элемента с другим значением.",
      ky: "Милдеттин же чаранын уячасы ошол эле нерсенин кийинки сабында башка маани менен кайталанган.",
    },
    message: {
      en: '"{field, field}" of {measure} differs from its first row. Leave it empty below the first row, or start a new measure with its own id.',
      ru: '"{field, field}" для {measure} отличается от первой строки. Оставьте ячейку пустой ниже первой строки или начните новое мероприятие со своим номером.',
      ky: '{measure} үчүн "{field, field}" биринчи сабынан айырмаланат. Биринчи саптан төмөн бош калтырыңыз же өз номери менен жаңы чара баштаңыз.',
    },
  },
  "plan-schema-violation": {
    severity: "error",
    level: "cell",
    params: ["detail"],
    title: { en: "Plan does not match the schema", ru: "План не соответствует схеме", ky: "План схемага дал келбейт" },
    description: {
      en: "The plan read from the workbook or file breaks the plan schema in a way no more specific code describes.",
      ru: "План из книги или файла нарушает схему плана, и ни один более конкретный код этого не описывает.",
      ky: "Китептен же файлдан окулган план пландын схемасын бузат жана бул учурду бир дагы тагыраак код сүрөттөбөйт.",
    },
    message: {
      en: "The plan does not match its schema: {detail}. Correct the plan where this says.",
      ru: "План не соответствует своей схеме. Исправьте план; подробности приводятся в английской версии этого сообщения (--lang en).",
      ky: "План өз схемасына дал келбейт. Планды оңдоңуз; толук маалымат бул билдирүүнүн англисче вариантында берилет (--lang en).",
    },
  },
} as const satisfies Record<string, IssueDefinition>;

export type IssueCode = keyof typeof catalogue;
