/**
 * A checked tokenizer for the plain XML that spreadsheet producers write, faster than saxes (twice as fast on a
 * cold start). It proves each part belongs to a subset it fully understands, or declines the whole part: then
 * saxes reads it (zipXml.ts), with its exact errors. Accepted here: an optional XML declaration, elements with
 * ASCII names, attributes in either quote, text, the five predefined entities and character references to
 * characters XML allows; one root, balanced tags, no duplicate attribute. Declined: comments, CDATA,
 * processing instructions, DOCTYPE, a carriage return, or a tab or line feed inside an attribute value (XML
 * normalizes those), non-ASCII names, "]]>" in text, any character XML forbids, more than 32 attributes on an
 * element, and anything malformed. What it accepts, saxes accepts with the same events
 * (test/adapters/zipXmlFast.test.ts checks both on corpora and mutations); what it declines costs one more pass.
 */

/**
 * One part's events in document order, flat: 0, qname, attributes ([name, value, ...]), position | 1, qname,
 * position | 2, text.
 */
export type RawEvents = unknown[];

/** What both tokenizers feed: elements by qualified name and raw attributes, before namespaces are resolved. */
export interface RawSink {
  /** `attributes`: [qualified name, value, ...] in document order, names unique. */
  open(qname: string, attributes: string[], position: number): void;
  close(qname: string, position: number): void;
  /** Text inside the root element (whitespace outside it is not passed on). */
  text(text: string): void;
}

/** What `tokenizePlainXml` returns when it read the whole part. */
export const READ_WHOLE = -1;

/**
 * Events gathered before they are handed on, so that a part the tokenizer declines near its start has fed
 * nothing, while a large part is never held as events all at once (the readers' limits, counted as the
 * events arrive, stop a hostile part early).
 */
const BATCH = 8192;

const S = "[ \\t\\n]";
const DECL = new RegExp(
  `<\\?xml${S}+version${S}*=${S}*(?:"1\\.[0-9]+"|'1\\.[0-9]+')` +
    `(?:${S}+encoding${S}*=${S}*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?` +
    `(?:${S}+standalone${S}*=${S}*(?:"(?:yes|no)"|'(?:yes|no)'))?${S}*\\?>`,
  "y",
);
const WHITESPACE = /^[ \t\n]*$/;
/** An attribute value without "<", and without a tab or line feed, which XML would normalize to a space. */
const PLAIN_VALUE = /^[^<\t\n]*$/;
/* eslint-disable no-control-regex -- these control characters are exactly what is declined */
/** Characters XML forbids (a decoded part has no lone surrogate), and "\r", which XML would normalize. */
const DECLINED_CHARS = /[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */
const BAD_REFERENCE = /&(?!(?:lt|gt|amp|apos|quot|#[0-9]+|#x[0-9a-fA-F]+);)/;
const REFERENCE = /&(?:(lt|gt|amp|apos|quot)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };

const isXmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

/** Text or an attribute value with its references resolved; null for a reference this tokenizer declines. */
function resolveReferences(s: string): string | null {
  if (!s.includes("&")) return s;
  if (BAD_REFERENCE.test(s)) return null;
  let ok = true;
  const out = s.replace(REFERENCE, (_, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return PREDEFINED[name];
    const cp = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
    if (!isXmlChar(cp)) {
      ok = false;
      return "";
    }
    return String.fromCodePoint(cp);
  });
  return ok ? out : null;
}

/** Attributes an element may have here (a cell has three); beyond, saxes reads the element. */
const MAX_ATTRIBUTES = 32;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a;
const skipSpace = (text: string, i: number) => {
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
};
/** Where an ASCII name starting at `i` ends (`i` itself when none starts there). */
function nameEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  // A-Z, a-z, "_"; a name starting with ":" or a non-ASCII letter is left to saxes.
  if (!((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a) || first === 0x5f)) return i;
  for (i++; ; i++) {
    const c = text.charCodeAt(i);
    // A-Z a-z 0-9 . _ : -
    if (
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x3a) ||
      c === 0x5f ||
      c === 0x2e ||
      c === 0x2d
    )
      continue;
    return i;
  }
}

/**
 * Feeds `sink` the events of `text` and returns READ_WHOLE; or declines the part where it leaves the subset
 * and returns how many events it had already fed (saxes then reads the part and passes on only what follows).
 * A loop over character codes that jumps with indexOf over text and attribute values, where a part's bytes are.
 * @example if (tokenizePlainXml(text, sink) !== READ_WHOLE) ... // saxes reads the rest
 */
export function tokenizePlainXml(text: string, sink: RawSink): number {
  if (DECLINED_CHARS.test(text)) return 0;
  let fed = 0;
  const events: RawEvents = [];
  const flush = () => {
    fed += replay(events, sink);
    events.length = 0;
  };
  const stack: string[] = [];
  let rootSeen = false;
  let i = 0;
  if (text.startsWith("<?xml")) {
    DECL.lastIndex = 0;
    if (!DECL.test(text)) return fed;
    i = DECL.lastIndex;
  }
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const chunk = text.slice(i, textEnd);
      i = textEnd;
      if (stack.length === 0) {
        if (!WHITESPACE.test(chunk)) return fed;
      } else {
        if (chunk.includes("]]>")) return fed;
        const resolved = resolveReferences(chunk);
        if (resolved === null) return fed;
        events.push(2);
        events.push(resolved);
      }
      if (lt < 0) break;
    }
    if (text.charCodeAt(i + 1) === 0x2f /* / */) {
      const end = nameEnd(text, i + 2);
      const name = text.slice(i + 2, end);
      const gt = skipSpace(text, end);
      if (end === i + 2 || text.charCodeAt(gt) !== 0x3e || stack.pop() !== name) return fed;
      i = gt + 1;
      events.push(1);
      events.push(name);
      events.push(i);
      continue;
    }
    // A second root, or a comment, CDATA, declaration or processing instruction: saxes says which.
    if (rootSeen && stack.length === 0) return fed;
    const end = nameEnd(text, i + 1);
    if (end === i + 1) return fed;
    const name = text.slice(i + 1, end);
    const attrs: string[] = [];
    let j = end;
    let selfClosing: boolean;
    for (;;) {
      const k = skipSpace(text, j);
      const c = text.charCodeAt(k);
      if (c === 0x3e /* > */) {
        selfClosing = false;
        i = k + 1;
        break;
      }
      if (c === 0x2f /* / */) {
        if (text.charCodeAt(k + 1) !== 0x3e) return fed;
        selfClosing = true;
        i = k + 2;
        break;
      }
      const attrEnd = nameEnd(text, k);
      if (k === j || attrEnd === k) return fed; // no space before the attribute, or no name
      const attr = text.slice(k, attrEnd);
      let m = skipSpace(text, attrEnd);
      if (text.charCodeAt(m) !== 0x3d /* = */) return fed;
      m = skipSpace(text, m + 1);
      const quote = text.charCodeAt(m);
      if (quote !== 0x22 && quote !== 0x27) return fed;
      const close = text.indexOf(quote === 0x22 ? '"' : "'", m + 1);
      if (close < 0) return fed;
      const raw = text.slice(m + 1, close);
      if (!PLAIN_VALUE.test(raw)) return fed;
      // A duplicate is left to saxes, which names it; so is an element of many attributes, where this check
      // would grow with the square of their number.
      if (attrs.length >= 2 * MAX_ATTRIBUTES) return fed;
      for (let d = 0; d < attrs.length; d += 2) if (attrs[d] === attr) return fed;
      const value = resolveReferences(raw);
      if (value === null) return fed;
      attrs.push(attr, value);
      j = close + 1;
    }
    rootSeen = true;
    if (events.length >= BATCH) flush();
    // One value a push: a push of several takes V8's slow path, which cost more than the whole scan.
    events.push(0);
    events.push(name);
    events.push(attrs);
    events.push(i);
    if (selfClosing) {
      events.push(1);
      events.push(name);
      events.push(i);
    } else stack.push(name);
  }
  if (!rootSeen || stack.length > 0) return fed;
  flush();
  return READ_WHOLE;
}

/** Hands buffered events to a sink; returns how many there were. */
function replay(events: RawEvents, sink: RawSink): number {
  let count = 0;
  for (let i = 0; i < events.length; count++) {
    const kind = events[i];
    if (kind === 0) {
      sink.open(events[i + 1] as string, events[i + 2] as string[], events[i + 3] as number);
      i += 4;
    } else if (kind === 1) {
      sink.close(events[i + 1] as string, events[i + 2] as number);
      i += 3;
    } else {
      sink.text(events[i + 1] as string);
      i += 2;
    }
  }
  return count;
}

/** A sink that keeps every event, flat (for comparing the two tokenizers). */
export function collectingSink(events: RawEvents): RawSink {
  return {
    open: (qname, attributes, position) => void events.push(0, qname, attributes, position),
    close: (qname, position) => void events.push(1, qname, position),
    text: (t) => void events.push(2, t),
  };
}

/** Every event of a part, or null when the tokenizer declines it. */
export function plainXmlEvents(text: string): RawEvents | null {
  const events: RawEvents = [];
  return tokenizePlainXml(text, collectingSink(events)) === READ_WHOLE ? events : null;
}
