/**
 * A small ICU MessageFormat subset, written here so that the browser bundle needs no parser library and
 * never evaluates code: `{name}`, `{name, plural, =0 {…} one {…} few {…} many {…} other {…}}` with `#`,
 * `{name, select, key {…} other {…}}` and typed arguments `{name, type}` / `{name, type, style}` whose
 * formatting a caller supplies (number, money, size, period, deadline …). Quoting follows ICU: `''` is one
 * apostrophe and `'{` starts literal text up to the next apostrophe; any other apostrophe is literal.
 * One extension: an empty or missing value selects the `empty` branch of a select when it has one.
 */

/** A piece of a parsed message. */
export type MessageNode = string | PoundNode | ArgumentNode;
interface PoundNode {
  kind: "#";
}
export interface ArgumentNode {
  kind: "arg";
  name: string;
  /** Absent for a plain `{name}`. */
  type?: string;
  style?: string;
  /** Branches of plural and select. */
  options?: Record<string, MessageNode[]>;
  offset?: number;
}

/** A message template that is not valid ICU syntax. */
export class MessageSyntaxError extends Error {
  constructor(
    readonly template: string,
    readonly at: number,
    why: string,
  ) {
    super(`${why} at ${at} in message: ${template}`);
    this.name = "MessageSyntaxError";
  }
}

const cache = new Map<string, MessageNode[]>();

/** Parses a template once (cached): a syntax error throws, so a catalogue test finds it. */
export function parseMessage(template: string): MessageNode[] {
  let nodes = cache.get(template);
  if (!nodes) {
    nodes = new Parser(template).message(false, false);
    cache.set(template, nodes);
  }
  return nodes;
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  private fail(why: string): never {
    throw new MessageSyntaxError(this.s, this.i, why);
  }

  private space(): void {
    while (/\s/.test(this.s[this.i] ?? "")) this.i++;
  }

  private word(): string {
    this.space();
    const m = /^[^\s,{}]+/.exec(this.s.slice(this.i));
    if (!m) this.fail("expected a name");
    this.i += m[0].length;
    return m[0];
  }

  /** Text and arguments up to the end, or up to the `}` closing a branch (not consumed). */
  message(inBranch: boolean, inPlural: boolean): MessageNode[] {
    const out: MessageNode[] = [];
    let text = "";
    const flush = () => {
      if (text) out.push(text);
      text = "";
    };
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === "'") {
        const next = this.s[this.i + 1];
        if (next === "'") {
          text += "'";
          this.i += 2;
        } else if (next === "{" || next === "}" || (inPlural && next === "#")) {
          const end = this.s.indexOf("'", this.i + 1);
          if (end < 0) this.fail("unclosed quote");
          text += this.s.slice(this.i + 1, end).replace(/''/g, "'");
          this.i = end + 1;
        } else {
          text += c;
          this.i++;
        }
      } else if (c === "{") {
        flush();
        out.push(this.argument());
      } else if (c === "}") {
        if (!inBranch) this.fail("unexpected }");
        break;
      } else if (c === "#" && inPlural) {
        flush();
        out.push({ kind: "#" });
        this.i++;
      } else {
        text += c;
        this.i++;
      }
    }
    flush();
    return out;
  }

  private argument(): ArgumentNode {
    this.i++; // {
    const name = this.word();
    this.space();
    if (this.s[this.i] === "}") {
      this.i++;
      return { kind: "arg", name };
    }
    if (this.s[this.i] !== ",") this.fail("expected , or }");
    this.i++;
    const type = this.word();
    this.space();
    if (this.s[this.i] === "}") {
      this.i++;
      return { kind: "arg", name, type };
    }
    if (this.s[this.i] !== ",") this.fail("expected , or }");
    this.i++;
    if (type === "plural" || type === "select" || type === "selectordinal") return this.branches(name, type);
    const end = this.s.indexOf("}", this.i);
    if (end < 0) this.fail("unclosed argument");
    const style = this.s.slice(this.i, end).trim();
    this.i = end + 1;
    return { kind: "arg", name, type, style };
  }

  private branches(name: string, type: string): ArgumentNode {
    const options: Record<string, MessageNode[]> = {};
    let offset: number | undefined;
    for (;;) {
      this.space();
      if (this.s[this.i] === "}") {
        this.i++;
        break;
      }
      const key = this.word();
      if (key.startsWith("offset:")) {
        offset = Number(key.slice(7));
        continue;
      }
      this.space();
      if (this.s[this.i] !== "{") this.fail(`expected { after ${key}`);
      this.i++;
      options[key] = this.message(true, type !== "select");
      if (this.s[this.i] !== "}") this.fail("unclosed branch");
      this.i++;
    }
    if (!options.other) this.fail(`${type} of ${name} has no "other" branch`);
    return { kind: "arg", name, type, options, ...(offset ? { offset } : {}) };
  }
}

/** The names of every argument a template uses, in order of first use, branches included. */
export function messageArguments(template: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: MessageNode[]) => {
    for (const n of nodes) {
      if (typeof n === "string" || n.kind === "#") continue;
      names.add(n.name);
      for (const branch of Object.values(n.options ?? {})) walk(branch);
    }
  };
  walk(parseMessage(template));
  return [...names];
}

/** The value of one argument; null and undefined mean "not given". */
export type MessageValue = string | number | boolean | null | undefined;

/** Formats a typed argument (`{size, size}`): returns the words, or undefined to print the value as is. */
export type TypedFormatter = (value: MessageValue, lang: string, style: string | undefined) => string | undefined;

export interface FormatOptions {
  formatters?: Record<string, TypedFormatter>;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, n: number, ordinal: boolean): string {
  const key = `${lang}|${ordinal}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(lang, { type: ordinal ? "ordinal" : "cardinal" });
    pluralRules.set(key, rules);
  }
  return rules.select(n);
}

function asNumber(v: MessageValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string" && /^\s*-?\d+(?:[.,]\d+)?\s*$/.test(v)) return Number(v.replace(",", "."));
  return undefined;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Plain numbers in the language's convention: "1 200,5" in ky and ru, "1,200.5" in en. */
export function formatNumberIn(lang: string, n: number, options?: Intl.NumberFormatOptions): string {
  // Building a formatter costs far more than using one; a report formats thousands of numbers.
  const key = `${lang}|${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2, ...options });
    numberFormats.set(key, format);
  }
  return format.format(n);
}

/**
 * Formats a template with values in a language. A plain argument whose value is missing stays visible as
 * `{name}` (a bug to see, not to hide); a number in a plain argument gets the language's decimal mark.
 * @example formatMessage("{n, plural, one {# файл} few {# файла} other {# файлов}}", { n: 21 }, "ru") // "21 файл"
 */
export function formatMessage(
  template: string,
  values: Record<string, MessageValue>,
  lang: string,
  options: FormatOptions = {},
): string {
  return formatNodes(parseMessage(template), values, lang, options, undefined);
}

function formatNodes(
  nodes: MessageNode[],
  values: Record<string, MessageValue>,
  lang: string,
  options: FormatOptions,
  pound: string | undefined,
): string {
  let out = "";
  for (const n of nodes) {
    if (typeof n === "string") out += n;
    else if (n.kind === "#") out += pound ?? "#";
    else out += formatArgument(n, values, lang, options, pound);
  }
  return out;
}

function formatArgument(
  n: ArgumentNode,
  values: Record<string, MessageValue>,
  lang: string,
  options: FormatOptions,
  pound: string | undefined,
): string {
  const v = values[n.name];
  const branch = (key: string) => formatNodes(n.options?.[key] ?? [], values, lang, options, pound);
  if (n.type === "select") {
    const key = v === undefined || v === null || v === "" ? "empty" : String(v);
    if (n.options?.[key]) return branch(key);
    return branch("other");
  }
  if (n.type === "plural" || n.type === "selectordinal") {
    const num = asNumber(v);
    if (num === undefined) {
      return formatNodes(n.options?.other ?? [], values, lang, options, v == null ? "" : String(v));
    }
    const shown = num - (n.offset ?? 0);
    const inner = (key: string) =>
      formatNodes(n.options?.[key] ?? [], values, lang, options, formatNumberIn(lang, shown));
    if (n.options?.[`=${num}`]) return inner(`=${num}`);
    const cat = pluralCategory(lang, shown, n.type === "selectordinal");
    return inner(n.options?.[cat] ? cat : "other");
  }
  if (v === undefined || v === null) return `{${n.name}}`;
  if (n.type) {
    const formatter = options.formatters?.[n.type];
    const words = formatter?.(v, lang, n.style);
    if (words !== undefined) return words;
  }
  // A plain number is a row, a year or a count as typed: the language's decimal mark, no grouping.
  return typeof v === "number" ? formatNumberIn(lang, v, { useGrouping: false }) : String(v);
}
