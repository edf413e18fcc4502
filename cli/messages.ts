/**
 * The command line's own sentences (what is missing, what went wrong with a file, and the next step), per
 * language, as ICU templates for the words layer. The issues of the data come from the issue catalogue.
 */
import { formatText } from "../schema/i18n/format";
import type { Language } from "../schema";

const ky = {
  missingOption: "{option} көрсөтүлгөн жок. Мисалы: {example}",
  missingFiles: "Файлдар көрсөтүлгөн жок. Мисалы: {example}",
  oneFile: "Бир гана файл көрсөтүңүз. Мисалы: {example}",
  noWorkbooks:
    "{paths} ичинде .xlsx файлдары жок. Толтурулган шаблондорду ошол папкага салыңыз же файлдарды өзүн көрсөтүңүз.",
  unknownCommand: "«{name}» деген буйрук жок. Буйруктардын тизмеси: tendik --help",
  unknownOption: "Бул буйрукта мындай параметр жок: {option}. Параметрлердин тизмеси: tendik {command} --help",
  badOption: "Параметр туура эмес берилди: {detail}. Туурасы: tendik {command} --help",
  unknownLanguage: "«{typed}» тили колдоого алынбайт. ky, ru же en деп жазыңыз.",
  unknownAgency:
    "«{typed}» деген орган пландын отчет берүүчүлөрүнүн арасында жок. Планда жазылгандай кодду же латынча атын жазыңыз: {known}",
  badDate: "«{typed}» күнү түшүнүксүз. Күндү КК.АА.ЖЖЖЖ (15.01.2020) же ЖЖЖЖ-АА-КК түрүндө жазыңыз.",
  unknownPeriod: "«{typed}» мезгили планда жок. Булардын бирин жазыңыз: {periods}",
  ENOENT: "{path}: мындай файл же папка жок. Жолду текшериңиз.",
  EISDIR: "{path}: бул папка, файл эмес. Файлдын өзүн көрсөтүңүз.",
  ENOTDIR: "{path}: жолдун бир бөлүгү папка эмес. Жолду текшериңиз.",
  EACCES: "{path}: бул файлды окууга же жазууга уруксат жок. Уруксатты текшериңиз же башка жерди тандаңыз.",
  EPERM: "{path}: бул файлды окууга же жазууга уруксат жок. Уруксатты текшериңиз же башка жерди тандаңыз.",
  ELOOP: "{path}: шилтемелер өз ара тегерек түзөт. Файлдын чыныгы жолун көрсөтүңүз.",
  ENAMETOOLONG: "{path}: файлдын аты же жолу өтө узун. Кыскараак ат же жол тандаңыз.",
  ENOSPC: "{path}: дискте орун калган жок. Орун бошотуп, кайра аракет кылыңыз; мурунку файл өзгөргөн жок.",
  EROFS: "{path}: бул диск окуу үчүн гана. Башка жерди тандаңыз.",
  EEXIST: "{path}: мындай файл мурунтан бар. Башка ат тандаңыз.",
  EMFILE: "Бир убакта өтө көп файл ачык. Файлдарды азыраактан бериңиз.",
  notWorkbook: "{path}: бул файл Excel китеби (.xlsx) катары окулбайт. Текшерүү үчүн: tendik validate {path}",
  notJson: "{path}: бул файл JSON катары окулбайт ({reason}).",
};

type Key = keyof typeof ky;
export type CliMessageKey = Key;

const ru: Record<Key, string> = {
  missingOption: "Не указан параметр {option}. Например: {example}",
  missingFiles: "Не указаны файлы. Например: {example}",
  oneFile: "Укажите ровно один файл. Например: {example}",
  noWorkbooks: "В {paths} нет файлов .xlsx. Положите заполненные шаблоны в эту папку или укажите сами файлы.",
  unknownCommand: "Команды «{name}» нет. Список команд: tendik --help",
  unknownOption: "У этой команды нет параметра {option}. Список параметров: tendik {command} --help",
  badOption: "Параметр указан неверно: {detail}. Как правильно: tendik {command} --help",
  unknownLanguage: "Язык «{typed}» не поддерживается. Укажите ky, ru или en.",
  unknownAgency:
    "Ведомства «{typed}» нет среди отчитывающихся по плану. Укажите код, как он напечатан в плане, или его латинское имя: {known}",
  badDate: "Дата «{typed}» не распознана. Укажите ее как ДД.ММ.ГГГГ (15.01.2020) или ГГГГ-ММ-ДД.",
  unknownPeriod: "Периода «{typed}» нет в плане. Укажите один из: {periods}",
  ENOENT: "{path}: такого файла или папки нет. Проверьте путь.",
  EISDIR: "{path}: это папка, а не файл. Укажите сам файл.",
  ENOTDIR: "{path}: часть пути не является папкой. Проверьте путь.",
  EACCES: "{path}: нет прав на чтение или запись этого файла. Проверьте права или выберите другое место.",
  EPERM: "{path}: нет прав на чтение или запись этого файла. Проверьте права или выберите другое место.",
  ELOOP: "{path}: ссылки образуют замкнутый круг. Укажите настоящий путь к файлу.",
  ENAMETOOLONG: "{path}: слишком длинное имя файла или путь. Выберите имя или путь короче.",
  ENOSPC: "{path}: на диске нет места. Освободите место и повторите; прежний файл не изменен.",
  EROFS: "{path}: диск доступен только для чтения. Выберите другое место.",
  EEXIST: "{path}: такой файл уже есть. Выберите другое имя.",
  EMFILE: "Открыто слишком много файлов сразу. Передайте файлы меньшими партиями.",
  notWorkbook: "{path}: файл не читается как книга Excel (.xlsx). Для проверки: tendik validate {path}",
  notJson: "{path}: файл не читается как JSON ({reason}).",
};

const en: Record<Key, string> = {
  missingOption: "{option} is missing. For example: {example}",
  missingFiles: "No files were given. For example: {example}",
  oneFile: "Give exactly one file. For example: {example}",
  noWorkbooks:
    "There are no .xlsx files in {paths}. Put the filled templates in that folder, or name the files themselves.",
  unknownCommand: 'There is no command "{name}". The commands: tendik --help',
  unknownOption: "This command has no option {option}. Its options: tendik {command} --help",
  badOption: "An option is not given as it should be: {detail}. See: tendik {command} --help",
  unknownLanguage: 'The language "{typed}" is not supported. Use ky, ru or en.',
  unknownAgency:
    'There is no body "{typed}" among those reporting on the plan. Use a code as the plan prints it, or its Latin alias: {known}',
  badDate: 'The date "{typed}" is not recognised. Write it as DD.MM.YYYY (15.01.2020) or YYYY-MM-DD.',
  unknownPeriod: 'The period "{typed}" is not in the plan. Use one of: {periods}',
  ENOENT: "{path}: there is no such file or folder. Check the path.",
  EISDIR: "{path}: this is a folder, not a file. Name the file itself.",
  ENOTDIR: "{path}: a part of the path is not a folder. Check the path.",
  EACCES: "{path}: you may not read or write this file. Check its permissions or choose another place.",
  EPERM: "{path}: you may not read or write this file. Check its permissions or choose another place.",
  ELOOP: "{path}: its links go round in a circle. Give the file's real path.",
  ENAMETOOLONG: "{path}: the file name or path is too long. Choose a shorter name or path.",
  ENOSPC: "{path}: the disk is full. Free some space and run it again; the earlier file is unchanged.",
  EROFS: "{path}: the disk is read-only. Choose another place.",
  EEXIST: "{path}: this file already exists. Choose another name.",
  EMFILE: "Too many files are open at once. Give the files in smaller batches.",
  notWorkbook: "{path}: this file cannot be read as an Excel workbook (.xlsx). To see why: tendik validate {path}",
  notJson: "{path}: this file cannot be read as JSON ({reason}).",
};

export const cliMessages: Record<Language, Record<Key, string>> = { ky, ru, en };

/** A sentence of the command line in a language. */
export function cliText(lang: Language, key: Key, values: Record<string, string | number> = {}): string {
  return formatText(cliMessages[lang][key], values, lang);
}

/** The system's file errors the command line says in words, with the path the user typed. */
export const SYSTEM_ERRORS = [
  "ENOENT",
  "EISDIR",
  "ENOTDIR",
  "EACCES",
  "EPERM",
  "ELOOP",
  "ENAMETOOLONG",
  "ENOSPC",
  "EROFS",
  "EEXIST",
  "EMFILE",
] as const satisfies readonly Key[];

export function isSystemError(code: string): code is (typeof SYSTEM_ERRORS)[number] {
  return (SYSTEM_ERRORS as readonly string[]).includes(code);
}
