/**
 * Kyrgyz case suffixes after a number written in digits ("1000ден", "32 767ден", "100гө"). Kyrgyz writes the
 * suffix the spoken number takes, so it follows the last word said aloud ("жети" for 32 767, "миң" for 200 000):
 * its last vowel chooses the vowel (harmony) and its last sound the first consonant (voicing).
 */
export type KyCase = "genitive" | "dative" | "accusative" | "locative" | "ablative";

const UNITS = ["нөл", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"];
const TENS = ["", "он", "жыйырма", "отуз", "кырк", "элүү", "алтымыш", "жетимиш", "сексен", "токсон"];
/** Words of the powers of a thousand, from the lowest. */
const SCALES = ["", "миң", "миллион", "миллиард", "триллион"];

/**
 * The last word of a whole number said aloud: the lowest non-zero place names it.
 * @example lastSpokenWord(32767) // "жети"; lastSpokenWord(200000) // "миң"; lastSpokenWord(0) // "нөл"
 */
export function lastSpokenWord(n: number): string {
  let v = Math.abs(Math.trunc(n));
  if (v === 0) return UNITS[0];
  for (let scale = 0; v > 0; scale++, v = Math.floor(v / 1000)) {
    const group = v % 1000;
    if (group === 0) continue;
    if (scale > 0) return SCALES[Math.min(scale, SCALES.length - 1)];
    if (group % 10) return UNITS[group % 10];
    if (group % 100) return TENS[(group % 100) / 10];
    return "жүз";
  }
  return UNITS[0];
}

/** A fraction is said with its decimals ("2,5" is "эки бүтүн ондон беш"): its last digit names it. */
function spokenWordOf(n: number): string {
  if (Number.isInteger(n)) return lastSpokenWord(n);
  const decimals = String(n).split(".")[1] ?? "";
  return lastSpokenWord(Number(decimals.replace(/0+$/, "") || "0"));
}

const VOWELS = "аеэиоуөүыюяё";
const VOICELESS = "кпстфхцчшщ";

/** The suffix's vowel: low (а е о ө) for dative, locative, ablative; high (ы и у ү) for genitive, accusative. */
function harmony(word: string, low: boolean): string {
  const last = [...word].reverse().find((c) => VOWELS.includes(c)) ?? "а";
  const front = "еэиөү".includes(last);
  if (low) {
    // A low vowel rounds only after о and ө: "тогуздан" but "токсондон", "жүздөн".
    const rounded = "оёөү".includes(last);
    return front ? (rounded ? "ө" : "е") : rounded ? "о" : "а";
  }
  // A high vowel rounds after any rounded vowel: "тогуздун", "токсондун", "жүздүн".
  const rounded = "оуёөү".includes(last);
  return front ? (rounded ? "ү" : "и") : rounded ? "у" : "ы";
}

/**
 * The case suffix a number takes in Kyrgyz.
 * @example kyCaseSuffix(1000, "ablative") // "ден"; kyCaseSuffix(3, "ablative") // "төн"; kyCaseSuffix(100, "dative") // "гө"
 */
export function kyCaseSuffix(n: number, kase: KyCase): string {
  const word = spokenWordOf(n);
  const last = word[word.length - 1];
  const vowel = VOWELS.includes(last);
  const voiceless = VOICELESS.includes(last);
  switch (kase) {
    case "genitive":
      return `${vowel ? "н" : voiceless ? "т" : "д"}${harmony(word, false)}н`;
    case "accusative":
      return `${vowel ? "н" : voiceless ? "т" : "д"}${harmony(word, false)}`;
    case "dative":
      return `${voiceless ? "к" : "г"}${harmony(word, true)}`;
    case "locative":
      return `${voiceless ? "т" : "д"}${harmony(word, true)}`;
    case "ablative":
      return `${voiceless ? "т" : "д"}${harmony(word, true)}н`;
  }
}

/**
 * A number in Kyrgyz digits with its case suffix attached: "1 000ден", "32 767ден".
 * @example kyNumberInCase("1 000", 1000, "ablative") // "1 000ден"
 */
export function kyNumberInCase(written: string, n: number, kase: KyCase): string {
  return `${written}${kyCaseSuffix(n, kase)}`;
}
