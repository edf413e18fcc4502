/**
 * XML parts of a package, read as XML: a real tokenizer (saxes, strict XML 1.0) under every part, so quoting,
 * namespace prefixes, character references, a BOM and whitespace read as any conforming reader reads them.
 * Refused here, for every part: bytes that are not UTF-8 (or UTF-16 with its BOM), characters XML 1.0
 * forbids, a DOCTYPE (OPC forbids DTDs), nesting beyond LIMITS.depth, and anything not well-formed. saxes is
 * linear in its input and never expands entities beyond the five predefined ones and character references.
 */
import { SaxesParser } from "saxes";
import { WorkbookReadError } from "../../core/read/errors";
import { LIMITS } from "../../core/validate/fileChecks";

/** Namespaces whose elements the readers look at; elements of any other (extensions) are skipped whole. */
const KNOWN = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/content-types",
]);

/** An element as the readers see it: its local name, and attributes by local name (prefixes dropped). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  /** Where the parser is in the part's text (see `lineOf`), for messages. */
  position: number;
}

export interface XmlHandlers {
  open?(el: XmlElement): void;
  close?(name: string, position: number): void;
  text?(text: string): void;
}

/** Bytes of an XML part as text: UTF-8 (BOM optional) or UTF-16 with its BOM; invalid bytes are refused. */
export function decodeXml(entry: string, bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (e) {
    throw new WorkbookReadError("bad-characters", { entry }, { cause: e });
  }
}

/**
 * Parses one part, calling the handlers for elements of the known namespaces only (text is passed only
 * while inside a known element whose ancestors are all known).
 * @throws {WorkbookReadError} bad-characters, dtd, too-deep, bad-xml; or whatever a handler throws.
 */
export function parseXml(entry: string, text: string, handlers: XmlHandlers): void {
  // Position tracking costs saxes four times its speed; a line is counted only for the message of a failure.
  const parser = new SaxesParser({ position: false });

  // Namespace scopes: one map per open element, shared until an element declares a prefix.
  const scopes: Map<string, string>[] = [new Map()];
  /** Depth of the outermost unknown element, or 0 when every open element is known. */
  let foreignAt = 0;
  parser.on("doctype", () => {
    throw new WorkbookReadError("dtd", { entry });
  });
  parser.on("error", (err) => {
    const line = lineOf(text, parser.position);
    if (/disallowed character|malformed character entity/.test(err.message))
      throw new WorkbookReadError("bad-characters", { entry }, { cause: err });
    throw new WorkbookReadError("bad-xml", { entry, line }, { cause: err });
  });
  parser.on("opentag", (tag) => {
    let scope = scopes[scopes.length - 1];
    const attrs: Record<string, string> = {};
    for (const [qname, value] of Object.entries(tag.attributes as Record<string, string>)) {
      if (qname === "xmlns" || qname.startsWith("xmlns:")) {
        if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
        scope.set(qname === "xmlns" ? "" : qname.slice(6), value);
      } else attrs[qname.slice(qname.indexOf(":") + 1)] = value;
    }
    if (scopes.length > LIMITS.depth) throw new WorkbookReadError("too-deep", { entry, limit: LIMITS.depth });
    scopes.push(scope);
    const colon = tag.name.indexOf(":");
    const uri = scope.get(colon < 0 ? "" : tag.name.slice(0, colon));
    if (foreignAt === 0 && !(uri !== undefined && KNOWN.has(uri))) foreignAt = scopes.length;
    if (foreignAt === 0) handlers.open?.({ name: tag.name.slice(colon + 1), attrs, position: parser.position });
  });
  parser.on("closetag", (tag) => {
    if (foreignAt === 0) handlers.close?.(tag.name.slice(tag.name.indexOf(":") + 1), parser.position);
    if (foreignAt === scopes.length) foreignAt = 0;
    scopes.pop();
  });
  parser.on("text", (t) => {
    if (foreignAt === 0) handlers.text?.(t);
  });
  parser.on("cdata", (t) => {
    if (foreignAt === 0) handlers.text?.(t);
  });
  parser.write(text).close();
}

/** The line (1-based) of a position in a text: for a message, so only counted when something fails. */
export function lineOf(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < position; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Decodes and parses a part in one step. */
export function readXmlPart(entry: string, bytes: Uint8Array, handlers: XmlHandlers): string {
  const text = decodeXml(entry, bytes);
  parseXml(entry, text, handlers);
  return text;
}
