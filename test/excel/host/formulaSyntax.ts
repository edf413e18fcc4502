/**
 * Whether Excel would accept a formula, and which defined names it uses: a small recursive-descent reader of
 * Excel's A1 formula grammar, enough to refuse what Excel's formula bar refuses ("There's a problem with this
 * formula"). The case that matters here is text Excel turns into a formula because it starts with "+", "-",
 * "=" or "@": "+996 312 62 00 00" reads as "=+996 312 62 00 00", two numbers side by side, which Excel refuses;
 * "- разработан план" reads as the intersection of two names, which Excel takes (and shows #NAME?).
 * The host does not calculate, so this reader only says yes or no and lists the names.
 */

export interface FormulaReading {
  ok: boolean;
  /** Names used as values (not as function names), in upper case: Excel shows #NAME? when one is undefined. */
  names: string[];
}

type Kind = "num" | "str" | "err" | "ref" | "name" | "func" | "op" | "(" | ")" | "," | "{" | "}" | ";" | "ws";
interface Token {
  kind: Kind;
  text: string;
}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const REF = new RegExp(
  String.raw`^(?:${SHEET})?(?:${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7})(?![\p{L}\p{N}_(])`,
  "u",
);
const PATTERNS: [Kind, RegExp][] = [
  ["ws", /^\s+/],
  ["str", /^"(?:[^"]|"")*"/],
  ["err", /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/i],
  ["ref", REF],
  ["num", /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/],
  ["func", /^(?:[\p{L}_\\][\p{L}\p{N}_.]*)(?=\()/u],
  ["name", /^(?:[\p{L}_\\][\p{L}\p{N}_.]*)/u],
  ["op", /^(?:<>|<=|>=|[-+*/^&=<>%])/],
  ["(", /^\(/],
  [")", /^\)/],
  [",", /^,/],
  ["{", /^\{/],
  ["}", /^\}/],
  [";", /^;/],
];

function tokenize(text: string): Token[] | null {
  const out: Token[] = [];
  for (let rest = text; rest.length;) {
    const hit = PATTERNS.map(([kind, re]) => [kind, re.exec(rest)] as const).find(([, m]) => m);
    if (!hit) return null;
    out.push({ kind: hit[0], text: hit[1]![0] });
    rest = rest.slice(hit[1]![0].length);
  }
  return out;
}

/** Reads `=body` (the "=" already removed); `ok` false where Excel would refuse the formula. */
export function readFormula(body: string): FormulaReading {
  const tokens = tokenize(body);
  const names: string[] = [];
  if (!tokens) return { ok: false, names };
  let i = 0;
  const skipSpace = () => {
    while (tokens[i]?.kind === "ws") i++;
  };
  const peek = () => tokens[i];
  const fail = (): never => {
    throw new SyntaxError("formula");
  };

  /** A value: a literal, a reference, a name, a function call or a bracketed expression; then any "%". */
  function primary(): boolean {
    skipSpace();
    const t = peek();
    if (!t) return fail();
    i++;
    let refLike = false;
    switch (t.kind) {
      case "num":
      case "str":
      case "err":
        break;
      case "ref":
        refLike = true;
        break;
      case "name":
        if (!/^(TRUE|FALSE)$/i.test(t.text)) {
          names.push(t.text.toUpperCase());
          refLike = true;
        }
        break;
      case "func":
        i++; // "("
        skipSpace();
        if (peek()?.kind !== ")")
          for (;;) {
            skipSpace();
            if (peek()?.kind !== "," && peek()?.kind !== ")") expression();
            skipSpace();
            if (peek()?.kind === ",") i++;
            else break;
          }
        if (peek()?.kind !== ")") fail();
        i++;
        refLike = true; // INDEX, OFFSET ... return references
        break;
      case "(":
        refLike = expression();
        skipSpace();
        if (peek()?.kind !== ")") fail();
        i++;
        break;
      case "{":
        while (peek() && peek().kind !== "}") i++;
        if (!peek()) fail();
        i++;
        break;
      default:
        fail();
    }
    while (peek()?.kind === "op" && peek().text === "%") {
      i++;
      refLike = false;
    }
    return refLike;
  }

  /** Values side by side: Excel's intersection operator (a space), between references only ("1 2" is refused). */
  function intersection(): boolean {
    const refLike = primary();
    for (;;) {
      const before = i;
      skipSpace();
      const t = peek();
      const startsValue = t && !["op", ")", ",", "}", ";"].includes(t.kind);
      if (i === before || !startsValue) {
        i = before;
        return refLike;
      }
      const right = primary();
      if (!refLike || !right) fail();
    }
  }

  /** Signs bind looser than the intersection: "- a b" is -(a b). */
  function unary(): boolean {
    skipSpace();
    const t = peek();
    if (t?.kind === "op" && (t.text === "+" || t.text === "-")) {
      i++;
      unary();
      return false;
    }
    return intersection();
  }

  /** Operands joined by binary operators. */
  function expression(): boolean {
    let refLike = unary();
    for (;;) {
      skipSpace();
      const t = peek();
      if (!t || t.kind === ")" || t.kind === "," || t.kind === "}") return refLike;
      if (t.kind !== "op" || t.text === "%") return fail();
      i++;
      unary();
      refLike = false;
    }
  }

  try {
    if (body.trim() === "") return { ok: false, names };
    expression();
    skipSpace();
    return { ok: i === tokens.length, names };
  } catch (e) {
    if (e instanceof SyntaxError) return { ok: false, names };
    throw e;
  }
}
