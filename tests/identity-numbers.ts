import fc from 'fast-check';

// Valid identity numbers for tests, built with their control digits rather than copied from
// anywhere: the first nine digits (date and individual number) are chosen, the two controls computed.

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

const control = (digits: number[], weights: number[]) => {
  const k = 11 - (weights.reduce((s, w, i) => s + w * (digits[i] ?? 0), 0) % 11);
  return k === 11 ? 0 : k;
};

/** The first valid number at or after `nine` (nine digits: DDMMYY and three individual digits). */
export function validNumber(nine: string): string {
  for (let n = Number(nine.slice(6)); n < 1000; n++) {
    const digits = [...`${nine.slice(0, 6)}${String(n).padStart(3, '0')}`].map(Number);
    const k1 = control(digits, W1);
    if (k1 === 10) continue;
    const k2 = control([...digits, k1], W2);
    if (k2 === 10) continue;
    return [...digits, k1, k2].join('');
  }
  throw new Error(`no valid number from ${nine}`);
}

const inScript = (n: string, zero: number) =>
  [...n].map((d) => String.fromCodePoint(zero + Number(d))).join('');
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
const table = (n: string, digits: string) => [...n].map((d) => [...digits][Number(d)]).join('');
/** The digits with `sep` between each two. */
const between = (n: string, sep: string) => [...n].join(sep);

/** Ways people write (or hide) one number; every one of them must be found and masked. Each ends on a digit. */
export function writtenForms(n: string): string[] {
  const full = inScript(n, 0xff10);
  const arabic = inScript(n, 0x0660);
  const split = (sep: string) => `${n.slice(0, 6)}${sep}${n.slice(6)}`;
  return [
    n,
    split(' '),
    split('  '),
    split('\t'),
    split('\u00a0'),
    split('\u202f'),
    split('-'),
    split('_'),
    `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)} ${n.slice(6)}`,
    `${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4, 6)}-${n.slice(6)}`,
    `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 9)} ${n.slice(9)}`,
    full,
    arabic,
    `${n.slice(0, 4)}\u200b${n.slice(4, 8)}\u2060${n.slice(8)}`,
    `${n.slice(0, 5)}\u00ad${n.slice(5, 7)}\ufeff${n.slice(7)}`,
    `${n.slice(0, 6)}\u200c${n.slice(6, 9)}\u200d${n.slice(9)}`,
    // Issue 24: blanks of other widths, other dashes, a slash, spaced separators.
    split('\u2007'),
    split('\u2009'),
    split('\u200a'),
    split('\u3000'),
    split('\u2011'),
    split('\u2013'),
    split('\u2212'),
    split(' - '),
    split(' – '),
    split('/'),
    split(' / '),
    `${n.slice(0, 2)}/${n.slice(2, 4)}/${n.slice(4, 6)}/${n.slice(6)}`,
    // Digits that are no decimal digits to Unicode, and other scripts'.
    table(n, SUPERSCRIPT),
    table(n, SUBSCRIPT),
    `${table(n.slice(0, 6), SUPERSCRIPT)} ${n.slice(6)}`,
    inScript(n, 0x0966),
    inScript(n, 0x1d7ce),
    // Characters that show as nothing, or print as an escape, between and on the digits.
    split('\u034f'),
    split('\ufe00'),
    split('\u2063'),
    split('\u180e'),
    between(n, '\u2061'),
    between(n, '\u0301'),
    between(n, '\ufe0f\u20e3'),
    `${n.slice(0, 3)}\u{e0100}${n.slice(3, 6)}\u00a0\u2062${n.slice(6)}`,
  ];
}

/** Digits of any script (and superscripts, circled digits: what NFKC makes digits) as ASCII; all else dropped. */
export const digitsOnly = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\p{Nd}/gu, (c) => {
      // Unicode decimal digits come in runs of ten from zero: count back to the run's start.
      let cp = c.codePointAt(0) ?? 0;
      let value = 0;
      while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1)) && value < 60) {
        cp--;
        value++;
      }
      return String(value % 10);
    })
    .replace(/\D/g, '');

// The classes of the detector's rule (docs/decisions.md, "Privacy"), listed here from Unicode's own
// properties rather than from src/identity/chars.ts, so that a test can catch a class the detector
// forgot. Listed once, at first use: every code point is looked at.
interface Classes {
  /** Every space separator (Zs) and the tab. */
  blanks: string[];
  /** Every dash (Pd), the minus sign, '/', '.', '_'. */
  marks: string[];
  /** Combining marks (Mn, Me) and default-ignorable code points (variation selectors, invisible operators, U+180E, U+034F, …), but not the Hangul fillers, which show as blanks. */
  nothings: string[];
  /** The zero of every script's decimal digits. */
  zeros: number[];
}
let classes: Classes | null = null;
export function unicodeClasses(): Classes {
  if (classes) return classes;
  const found: Classes = { blanks: ['\t'], marks: ['\u2212', '/', '.', '_'], nothings: [], zeros: [] };
  const any = /[\p{Zs}\p{Pd}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}\p{Nd}]/u;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if (!any.test(c)) continue;
    if (/\p{Zs}/u.test(c)) found.blanks.push(c);
    else if (/\p{Pd}/u.test(c)) found.marks.push(c);
    else if (/\p{Nd}/u.test(c)) {
      if (
        !/\p{Nd}/u.test(String.fromCodePoint(cp - 1)) ||
        (found.zeros.length > 0 && cp - (found.zeros.at(-1) ?? 0) === 10)
      )
        found.zeros.push(cp);
    } else if (!/[\u115f\u1160\u3164\uffa0]/.test(c)) found.nothings.push(c);
  }
  classes = found;
  return found;
}

const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A valid identity number: a real date (D-, H- and synthetic numbers too) and both control digits. */
export const anyIdentityNumber = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    year: fc.integer({ min: 0, max: 99 }),
    individual: fc.integer({ min: 0, max: 999 }),
    dayPlus: fc.constantFrom(0, 40),
    monthPlus: fc.constantFrom(0, 40, 80),
  })
  .filter((r) => r.day <= (DAYS_IN[r.month - 1] ?? 0))
  .map((r) => {
    const two = (v: number) => String(v).padStart(2, '0');
    const nine = `${two(r.day + r.dayPlus)}${two(r.month + r.monthPlus)}${two(r.year)}${String(r.individual).padStart(3, '0')}`;
    try {
      return validNumber(nine);
    } catch {
      return validNumber('010190100');
    }
  });

/** One digit as a reader reads it: of any script, or a superscript, subscript or circled digit. */
const anyDigitOf = (d: number) => {
  const { zeros } = unicodeClasses();
  return fc.oneof(
    fc.constant(String(d)),
    fc.constantFrom(...zeros).map((zero) => String.fromCodePoint(zero + d)),
    fc.constantFrom(SUPERSCRIPT, SUBSCRIPT, '⓪①②③④⑤⑥⑦⑧⑨').map((digits) => [...digits][d] as string),
  );
};

/** What may stand between two digits: nothing, up to three blanks and separators, or one line break with its indentation. */
const anyGap = () => {
  const { blanks, marks } = unicodeClasses();
  const separator = fc.constantFrom(...blanks, ...marks);
  return fc.oneof(
    { arbitrary: fc.constant(''), weight: 3 },
    { arbitrary: fc.array(separator, { minLength: 1, maxLength: 3 }).map((s) => s.join('')), weight: 3 },
    fc.constantFrom(' - ', ' / ', ' \u2013 ', ' \u2212 '),
    fc
      .tuple(
        fc.option(fc.constantFrom(...marks)),
        fc.constantFrom('\n', '\r\n'),
        fc.string({ unit: fc.constant(' '), maxLength: 8 }),
      )
      .map(([mark, br, indent]) => `${mark ?? ''}${br}${indent}`),
  );
};

/** Up to two characters that show as nothing. */
const anyNothings = () => {
  const { nothings } = unicodeClasses();
  return fc.array(fc.constantFrom(...nothings), { maxLength: 2 }).map((s) => s.join(''));
};

/**
 * A valid number and one way of writing it that a reader still reads as the number: digits of any
 * script, separators from every class between them, invisible characters on and between them.
 * The written form starts and ends with a digit.
 */
export const anyWrittenNumber = anyIdentityNumber.chain((n) =>
  fc
    .tuple(
      fc.tuple(...[...n].map((d) => anyDigitOf(Number(d)))),
      fc.array(fc.tuple(anyNothings(), anyGap(), anyNothings()), { minLength: 10, maxLength: 10 }),
    )
    .map(([digits, gaps]) => ({
      n,
      form: digits.map((d, i) => d + (gaps[i] ? gaps[i].join('') : '')).join(''),
    })),
);

/**
 * Every run of digits a reader could make out of an output: escapes decoded (JSON's \u, percent-
 * encoding, HTML entities, ICS folds and backslashes, `\u{…}` as nothing), then every separator,
 * blank, invisible character and line break taken out, however many; digits of any script as
 * ASCII. Runs are kept apart by anything else, shown as '|'.
 */
export function shownDigits(out: string): string {
  const decoded = out
    .replace(/\r\n[ \t]/g, '')
    .replace(/\\u\{[0-9a-fA-F]+\}/g, '')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/%([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&(?:nbsp|amp|lt|gt|quot);/g, ' ')
    .replace(/\\[ntr]/g, ' ');
  return decoded
    .normalize('NFKC')
    .replace(
      /[^\p{Nd}\p{Zs}\p{Zl}\p{Zp}\p{Pd}\p{Mn}\p{Me}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\u2212/._\\,;%]/gu,
      '|',
    )
    .split('|')
    .map(digitsOnly)
    .join('|');
}
