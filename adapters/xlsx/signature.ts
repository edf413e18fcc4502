import { EmptyWorkbookFileError, EncryptedWorkbookError, LegacyXlsWorkbookError, NotXlsxError } from "./errors";

const ZIP = [0x50, 0x4b]; // "PK": every .xlsx is a zip
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // compound file: .xls, or an encrypted .xlsx

const startsWith = (data: Uint8Array, magic: number[]): boolean => magic.every((b, i) => data[i] === b);

/** "EncryptedPackage" as a UTF-16LE directory entry name, which only encrypted OOXML compound files have. */
const ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);

function contains(data: Uint8Array, needle: number[]): boolean {
  outer: for (
    let i = data.indexOf(needle[0]);
    i >= 0 && i <= data.length - needle.length;
    i = data.indexOf(needle[0], i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Tells the files people actually send by mistake from a damaged .xlsx, before ExcelJS tries to unzip them,
 * so the clerk gets "save it as .xlsx" or "remove the password" instead of a zip error.
 * @throws {WorkbookReadError} EmptyWorkbookFileError, EncryptedWorkbookError, LegacyXlsWorkbookError, NotXlsxError.
 */
export function checkSignature(data: Uint8Array): void {
  if (data.length === 0) throw new EmptyWorkbookFileError();
  if (startsWith(data, OLE2))
    throw contains(data, ENCRYPTED_PACKAGE) ? new EncryptedWorkbookError() : new LegacyXlsWorkbookError();
  if (!startsWith(data, ZIP)) throw new NotXlsxError("the file is not a zip archive");
}
