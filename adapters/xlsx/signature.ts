import { assertWorkbookBytes, LIMITS, type ReadLimits } from "../../core/validate/fileChecks";

/**
 * Tells the files people actually send by mistake from a damaged .xlsx, before anything tries to unzip them,
 * so the clerk gets "save it as .xlsx" or "remove the password" instead of a zip error. The one byte sniffer
 * is core's (`sniffWorkbookBytes`): the adapter asks it rather than keeping magic numbers of its own.
 * @throws {WorkbookReadError} empty, too-large, encrypted, legacy-xls, text-renamed, not-zip, truncated,
 * corrupt-zip, zip-bomb, zip-ratio, zip-entries.
 */
export function checkSignature(data: Uint8Array, limits: ReadLimits = LIMITS): void {
  assertWorkbookBytes(data, limits);
}
