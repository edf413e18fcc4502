/**
 * XML parts of a package, read as XML: under every part a real tokenizer, so quoting, namespace prefixes,
 * character references, a BOM and whitespace read as any conforming reader reads them. The checked tokenizer
 * (zipXmlFast.ts) reads the plain XML producers write, faster than saxes (twice as fast on a cold start); whatever it
 * declines, saxes (strict XML 1.0) reads, with the same events or its exact error.
 * Refused here, for every part: bytes that are not UTF-8 (or UTF-16 with its BOM), characters XML 1.0
 * forbids, a DOCTYPE (OPC forbids DTDs), nesting beyond LIMITS.depth, and anything not well-formed. Both are
 * linear in their input and expand no entity beyond the five predefined ones and character references.
 */
import { SaxesParser } from "saxes";
import { WorkbookReadError } from "../../core/read/errors";
import { LIMITS } from "../../core/validate/fileChecks";
import { collectingSink, READ_WHOLE, tokenizePlainXml, type RawEvents, type RawSink } from "./zipXmlFast";

/** Namespaces whose elements the readers look at; elements of any other (extensions) are skipped whole. */
const KNOWN = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/content-types",
]);

/**
 * An element as the readers see it: its local name, and its attributes as a flat list [name, value, ...] (read
 * them with `attr`): no object, no keyed store, per element. Unprefixed attributes by their name; those of the
 * relationships namespace as "r:NAME" and "xml:NAME", whatever prefix the part gives them; those of any other
 * namespace are left out (see `resolveAttributes`).
 */
export interface XmlElement {
  name: string;
  attrs: string[];
  /** Where the parser is in the part's text (see `lineOf`), for messages. */
  position: number;
}

/**
 * The value of an element's attribute ("r", or "r:id" for the relationships namespace's), or undefined.
 */
export function attr(el: XmlElement, name: string): string | undefined {
  const a = el.attrs;
  for (let i = a.length - 2; i >= 0; i -= 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

export interface XmlHandlers {
  open?(el: XmlElement): void;
  close?(name: string, position: number): void;
  text?(text: string): void;
}

/** The encoding an XML declaration names, if it names one. */
const DECLARED_ENCODING = /^\uFEFF?<\?xml[ \t\r\n][^>]*?encoding[ \t\r\n]*=[ \t\r\n]*["']([^"']*)["']/;

/**
 * Bytes of an XML part as text: UTF-8 (BOM optional) or UTF-16 with its BOM; invalid bytes are refused, and so
 * is a declaration of any other encoding (the bytes would be read as letters they are not).
 */
export function decodeXml(entry: string, bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (e) {
    throw new WorkbookReadError("bad-characters", { entry }, { cause: e });
  }
  const declared = DECLARED_ENCODING.exec(text.slice(0, 200))?.[1];
  if (declared !== undefined) {
    const name = declared.toLowerCase();
    const fits = encoding === "utf-8" ? name === "utf-8" || name === "utf8" : /^utf-16(le|be)?$/.test(name);
    if (!fits) throw new WorkbookReadError("encoding", { entry, encoding: declared.slice(0, 40) });
  }
  return text;
}

/**
 * Elements of foreign namespaces (extensions the readers skip) one part may hold: a template's extension lists
 * hold a few hundred (data validations, formats); beyond, the part is refused as they are counted, so a million
 * of them costs a fraction of a second instead of three.
 */
export const MAX_FOREIGN_ELEMENTS = 100_000;

/** Attributes one element may have: Excel's have a few dozen at most; beyond, the part is refused as they come. */
export const MAX_ATTRIBUTES = 1000;

/** The relationships namespace (transitional and strict): its `id` is a relationship id, kept as "r:id". */
const RELATIONSHIPS = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);
/** Markup compatibility: `mc:AlternateContent` offers `mc:Choice`s and a `mc:Fallback`; one of them counts. */
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
/**
 * Namespaces Excel (2010 and later) understands, so that a `mc:Choice` requiring them is the branch Excel
 * takes: its SpreadsheetML elements are read, as Excel reads them (the extension elements themselves are skipped).
 */
const UNDERSTOOD = new Set([
  ...KNOWN,
  ...RELATIONSHIPS,
  "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main", // x14
  "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac", // x14ac
  "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main", // x15
  "http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac", // x15ac
  "http://schemas.microsoft.com/office/spreadsheetml/2011/1/ac", // x12ac
  "http://schemas.microsoft.com/office/spreadsheetml/2015/02/main", // x16r2
  "http://schemas.microsoft.com/office/spreadsheetml/2014/revision", // xr
  "http://schemas.microsoft.com/office/spreadsheetml/2015/revision2", // xr2
  "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3", // xr3
  "http://schemas.openxmlformats.org/drawingml/2006/main", // a
]);

/**
 * The attributes as the readers see them: unprefixed ones by their name, `xml:` ones and those of the
 * relationships namespace prefixed ("xml:space", "r:id"), any other namespace's left out, so that a foreign
 * `x:r` or `foo:id` is never taken for a cell reference or a relationship id.
 */
function resolveAttributes(raw: string[], scope: Map<string, string>): string[] {
  const out: string[] = [];
  for (let j = 0; j < raw.length; j += 2) {
    const qn = raw[j];
    if (qn === "xmlns" || qn.startsWith("xmlns:")) continue;
    const colon = qn.indexOf(":");
    if (colon < 0) out.push(qn, raw[j + 1]);
    else {
      const prefix = qn.slice(0, colon);
      const local = qn.slice(colon + 1);
      if (prefix === "xml") out.push(qn, raw[j + 1]);
      else if (RELATIONSHIPS.has(scope.get(prefix) ?? "")) out.push(`r:${local}`, raw[j + 1]);
    }
  }
  return out;
}

/** Whether every prefix a `mc:Choice` requires names a namespace Excel understands. */
function understood(requires: string | undefined, scope: Map<string, string>): boolean {
  const prefixes = (requires ?? "").split(/[ \t\n]+/).filter(Boolean);
  return prefixes.length > 0 && prefixes.every((p) => UNDERSTOOD.has(scope.get(p) ?? ""));
}

/**
 * Resolves namespaces over a part's raw events and calls the handlers for elements of the known namespaces
 * only (text only while inside a known element whose ancestors are all known). Markup compatibility is
 * applied as Excel applies it: of a `mc:AlternateContent`, the first `mc:Choice` whose required namespaces
 * Excel understands, else the `mc:Fallback`, is read as if it stood in the AlternateContent's place.
 * @throws {WorkbookReadError} too-deep.
 */
function namespaceFilter(entry: string, handlers: XmlHandlers): RawSink {
  // Namespace scopes: one map per open element, shared until an element declares a prefix.
  const scopes: Map<string, string>[] = [new Map()];
  /** Depth of the outermost unknown element, or 0 when every open element is known. */
  let foreignAt = 0;
  /** By depth: an open mc element read through (no event of its own), and an AlternateContent's choice made. */
  const through: boolean[] = [];
  const chosen: boolean[] = [];
  let foreign = 0;
  const countForeign = () => {
    if (++foreign > MAX_FOREIGN_ELEMENTS)
      throw new WorkbookReadError("too-many-elements", { entry, limit: MAX_FOREIGN_ELEMENTS });
  };
  return {
    open(qname, raw, position) {
      let scope = scopes[scopes.length - 1];
      // The attributes as they came when none is prefixed or declares a namespace (almost always): no copy.
      let attrs = raw;
      for (let i = 0; i < raw.length; i += 2) {
        if (!raw[i].includes(":") && raw[i] !== "xmlns") continue;
        for (let j = 0; j < raw.length; j += 2) {
          const qn = raw[j];
          if (qn === "xmlns" || qn.startsWith("xmlns:")) {
            if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
            scope.set(qn === "xmlns" ? "" : qn.slice(6), raw[j + 1]);
          }
        }
        attrs = resolveAttributes(raw, scope);
        break;
      }
      if (scopes.length > LIMITS.depth) throw new WorkbookReadError("too-deep", { entry, limit: LIMITS.depth });
      scopes.push(scope);
      const depth = scopes.length;
      through[depth] = false;
      if (foreignAt !== 0) return countForeign();
      const colon = qname.indexOf(":");
      const uri = scope.get(colon < 0 ? "" : qname.slice(0, colon));
      const name = colon < 0 ? qname : qname.slice(colon + 1);
      if (uri === MC) {
        const inAlternate = through[depth - 1] && chosen[depth - 1] !== undefined;
        if (name === "AlternateContent") {
          through[depth] = true;
          chosen[depth] = false;
        } else if (
          inAlternate &&
          !chosen[depth - 1] &&
          name === "Choice" &&
          understood(attr({ name, attrs, position }, "Requires"), scope)
        ) {
          through[depth] = chosen[depth - 1] = true;
        } else if (inAlternate && !chosen[depth - 1] && name === "Fallback") {
          through[depth] = chosen[depth - 1] = true;
        } else {
          foreignAt = depth;
          countForeign();
        }
        return;
      }
      if (uri !== undefined && KNOWN.has(uri)) handlers.open?.({ name, attrs, position });
      else {
        foreignAt = depth;
        countForeign();
      }
    },
    close(qname, position) {
      const depth = scopes.length;
      if (foreignAt === 0 && !through[depth]) handlers.close?.(qname.slice(qname.indexOf(":") + 1), position);
      if (foreignAt === depth) foreignAt = 0;
      through[depth] = false;
      chosen.length = Math.min(chosen.length, depth);
      scopes.pop();
    },
    text(t) {
      if (foreignAt === 0) handlers.text?.(t);
    },
  };
}

/**
 * The general path: saxes, strict XML 1.0, for every part the checked tokenizer declines. The first `skip`
 * events went to the sink already (the tokenizer fed them before it declined): they are read again, not passed
 * on. Whitespace outside the root is not passed on either, as the tokenizer does not.
 */
function parseWithSaxes(entry: string, text: string, sink: RawSink, skip = 0): void {
  // Position tracking costs saxes four times its speed; a line is counted only for the message of a failure.
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  let toSkip = skip;
  parser.on("doctype", () => {
    throw new WorkbookReadError("dtd", { entry });
  });
  parser.on("error", (err) => {
    const line = lineOf(text, parser.position);
    if (/disallowed character|malformed character entity/.test(err.message))
      throw new WorkbookReadError("bad-characters", { entry }, { cause: err });
    throw new WorkbookReadError("bad-xml", { entry, line }, { cause: err });
  });
  let attributes = 0;
  parser.on("opentagstart", () => {
    attributes = 0;
  });
  // Counted as saxes reads them: an element of a million attributes is refused before they are all held.
  parser.on("attribute", () => {
    if (++attributes > MAX_ATTRIBUTES)
      throw new WorkbookReadError("too-many-attributes", { entry, limit: MAX_ATTRIBUTES });
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (toSkip > 0) toSkip--;
    else sink.open(tag.name, Object.entries(tag.attributes as Record<string, string>).flat(), parser.position);
  });
  parser.on("closetag", (tag) => {
    depth--;
    if (toSkip > 0) toSkip--;
    else sink.close(tag.name, parser.position);
  });
  const onText = (t: string) => {
    if (depth === 0) return;
    if (toSkip > 0) toSkip--;
    else sink.text(t);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.write(text).close();
}

/**
 * The raw events saxes gives for a part, in the checked tokenizer's format: what
 * test/adapters/zipXmlFast.test.ts compares the tokenizer against.
 * @throws {WorkbookReadError} what saxes refuses.
 */
export function saxesRawEvents(text: string): RawEvents {
  const events: RawEvents = [];
  parseWithSaxes("part", text, collectingSink(events));
  return events;
}

/**
 * Parses one part, calling the handlers for elements of the known namespaces only (text is passed only
 * while inside a known element whose ancestors are all known). The checked tokenizer reads the plain XML
 * producers write; whatever it declines, saxes reads, with the same events or its exact error.
 * @throws {WorkbookReadError} bad-characters, dtd, too-deep, bad-xml; or whatever a handler throws.
 */
export function parseXml(entry: string, text: string, handlers: XmlHandlers): void {
  const sink = namespaceFilter(entry, handlers);
  const fed = tokenizePlainXml(text, sink);
  if (fed !== READ_WHOLE) parseWithSaxes(entry, text, sink, fed);
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
