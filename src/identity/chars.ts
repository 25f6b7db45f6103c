// How a reader sees each character that may stand in or between the digits of a national identity
// number (docs/decisions.md, "Privacy"). The detector (number.ts) asks only this: is it a
// digit (and which), a blank, a visible separator, a line break, something that shows as nothing
// or sits on a digit, or anything else, which ends a run of digit groups.

export const OTHER = 0;
export const DIGIT = 1;
/** A blank: a space of any width (Unicode Zs), a tab, a Hangul filler or braille blank. */
export const SPACE = 2;
/** A visible separator: a dash of any kind, a minus sign, a slash, a dot, a low line; or a control character, shown as an escape. */
export const MARK = 3;
/** A line break: LF, NEL, the line and paragraph separators (a CR before it counts as nothing). */
export const BREAK = 4;
/**
 * Shows as nothing, or sits on the digit before it: combining marks (Mn, Me), variation selectors,
 * invisible operators, format characters (Cf) and the other default-ignorable code points. It
 * neither counts as a separator nor makes the digits on either side one group that cannot be cut.
 */
export const NOTHING = 5;

// Digits that are not decimal digits (Nd) to Unicode but that a reader reads as digits:
// superscripts, subscripts, circled, parenthesised and dingbat digits, digits with a full stop or
// comma (Numeric_Type=Digit). Each row: first code point, last, the value of the first.
const DIGIT_LIKE: ReadonlyArray<readonly [number, number, number]> = [
  [0x00b2, 0x00b3, 2],
  [0x00b9, 0x00b9, 1],
  [0x1369, 0x1371, 1],
  [0x19da, 0x19da, 1],
  [0x2070, 0x2070, 0],
  [0x2074, 0x2079, 4],
  [0x2080, 0x2089, 0],
  [0x2460, 0x2468, 1],
  [0x2474, 0x247c, 1],
  [0x2488, 0x2490, 1],
  [0x24ea, 0x24ea, 0],
  [0x24f5, 0x24fd, 1],
  [0x24ff, 0x24ff, 0],
  [0x2776, 0x277e, 1],
  [0x2780, 0x2788, 1],
  [0x278a, 0x2792, 1],
  [0x10a40, 0x10a43, 1],
  [0x10e60, 0x10e68, 1],
  [0x11052, 0x1105a, 1],
  [0x1f100, 0x1f100, 0],
  [0x1f101, 0x1f10a, 0],
  [0x1f10b, 0x1f10b, 0],
  [0x1f10c, 0x1f10c, 0],
];

/** The same characters as a regular expression class, for the detector's first pass. */
export const DIGIT_CLASS = `\\p{Nd}${DIGIT_LIKE.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}`;
/** Every character that is not OTHER (and some that are: the first pass may take in more). */
export const JOINER_CLASS =
  '\\p{Zs}\\p{Zl}\\p{Zp}\\p{Pd}\\p{Mn}\\p{Me}\\p{Cf}\\p{Cc}\\p{Cs}\\p{Default_Ignorable_Code_Point}' +
  '\\u2212\\u2044\\u2215\\u2024\\ufe52\\uff0e\\uff0f\\uff3f\\ufe4d-\\ufe4f\\u2800./_';

// Separators that are no dash to Unicode: the minus sign, the fraction and division slashes, and
// the compatibility forms of '.', '/' and '_' (one dot leader, small and fullwidth forms).
const OTHER_MARKS = new Set([
  0x2212, 0x2044, 0x2215, 0x2024, 0xfe52, 0xff0e, 0xff0f, 0xff3f, 0xfe4d, 0xfe4e, 0xfe4f,
]);
// Characters that show as a blank although Unicode puts them elsewhere (Lo, So, Cf).
const BLANKS = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x2800]);

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 0x30 && c <= 0x39) ASCII[c] = (DIGIT << 4) | (c - 0x30);
  else if (c === 0x20 || c === 0x09) ASCII[c] = SPACE << 4;
  else if (c === 0x0a) ASCII[c] = BREAK << 4;
  else if (c === 0x0d) ASCII[c] = NOTHING << 4;
  else if (c === 0x2d || c === 0x2e || c === 0x2f || c === 0x5f || c < 0x20 || c === 0x7f)
    ASCII[c] = MARK << 4;
  else ASCII[c] = OTHER << 4;
}

interface Tests {
  nd: RegExp;
  zs: RegExp;
  breaks: RegExp;
  dash: RegExp;
  nothing: RegExp;
  shownEscaped: RegExp;
}
let tests: Tests | null = null;
/** Built at first use: compiling the Unicode classes would otherwise cost every start-up. */
function unicodeTests(): Tests {
  tests ??= {
    nd: /\p{Nd}/u,
    zs: /\p{Zs}/u,
    breaks: /[\u0085\p{Zl}\p{Zp}]/u,
    dash: /\p{Pd}/u,
    nothing: /[\p{Mn}\p{Me}\p{Cf}\p{Default_Ignorable_Code_Point}]/u,
    shownEscaped: /[\p{Cc}\p{Cs}]/u,
  };
  return tests;
}

// Every code point's class, worked out once: 0 unknown, else 0x80 | kind << 4 | digit value.
// One byte a code point (1.1 MB), made at the first character beyond ASCII.
let known: Uint8Array | null = null;

/** A code point's class (kind << 4 | digit value): one of the constants above, with the value of a digit. */
export function classOf(cp: number): number {
  if (cp < 128) return ASCII[cp] as number;
  known ??= new Uint8Array(0x110000);
  const cached = known[cp] as number;
  if (cached !== 0) return cached & 0x7f;
  const found = classify(cp);
  known[cp] = 0x80 | found;
  return found;
}

function classify(cp: number): number {
  const t = unicodeTests();
  const c = String.fromCodePoint(cp);
  if (t.nd.test(c)) {
    // Unicode puts every script's decimal digits in runs of ten from zero: count back to the start.
    let back = 0;
    while (back < 60 && t.nd.test(String.fromCodePoint(cp - back - 1))) back++;
    return (DIGIT << 4) | (back % 10);
  }
  for (const [first, last, value] of DIGIT_LIKE)
    if (cp >= first && cp <= last) return (DIGIT << 4) | (value + cp - first);
  if (t.breaks.test(c)) return BREAK << 4;
  if (BLANKS.has(cp) || t.zs.test(c)) return SPACE << 4;
  if (OTHER_MARKS.has(cp) || t.dash.test(c)) return MARK << 4;
  if (t.nothing.test(c)) return NOTHING << 4;
  if (t.shownEscaped.test(c)) return MARK << 4;
  return OTHER << 4;
}
