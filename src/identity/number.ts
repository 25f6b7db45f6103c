// Norwegian national identity numbers (fødselsnummer) and D-numbers: 11 digits, DDMMYY and three
// individual digits, whose two last digits are mod-11 control digits. Clause 7 and SPEC section 7:
// no output may print one whole, however it is written, so this one detector serves the privacy
// rule, the cache and the masking of every output (docs/decisions.md, "Privacy").

import { percentView } from './percent.js';
import { type Found, scanAll, scanToMask } from './scan.js';

const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

type Digits = ArrayLike<number>;

function control(d: Digits, weights: readonly number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] as number) * (d[i] as number);
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  return k === 10 ? null : k;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// The date part must be a real date. D-numbers add 40 to the day; H-numbers (health services) and
// NAV's synthetic test numbers add 40 to the month, Skatteetaten's synthetic Tenor numbers 80. All
// are accepted: a number that is found is masked, and masking more is the safe side.
function realDate(d: Digits): boolean {
  let day = (d[0] as number) * 10 + (d[1] as number);
  let month = (d[2] as number) * 10 + (d[3] as number);
  const year = (d[4] as number) * 10 + (d[5] as number);
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  if (month < 1 || month > 12 || day < 1) return false;
  // The century is not known from six digits: 29 February passes in any year that is a leap year in some century.
  if (month === 2 && day === 29) return year % 4 === 0;
  return day <= (DAYS[month - 1] ?? 0);
}

/** Eleven digit values that make a real identity number: a date, and both control digits right. */
const valid = (d: Digits) => realDate(d) && control(d, WEIGHTS_1) === d[9] && control(d, WEIGHTS_2) === d[10];

/** Eleven ASCII digits that make a real identity number: a date, and both control digits right. */
export function isIdentityNumber(eleven: string): boolean {
  return /^\d{11}$/.test(eleven) && valid([...eleven].map(Number));
}

export interface IdentityNumberMatch {
  /** Where the number starts in the text, and where it ends (exclusive). */
  offset: number;
  end: number;
  masked: string;
}

/** Keeps the last five digits (individual number and controls), never the date of birth. */
const asMatch = (f: Found): IdentityNumberMatch => ({
  offset: f.offset,
  end: f.end,
  masked: `******${f.kept}`,
});

/**
 * Every identity number in the text (overlapping ones each listed), as written and as it reads with
 * the percent-encoded blanks and separators of an address decoded (`referat%2001019010046.pdf`).
 */
export function findIdentityNumbers(text: string): IdentityNumberMatch[] {
  const found = scanAll(text, valid);
  const view = percentView(text);
  if (view) {
    const seen = new Set(found.map((f) => `${f.offset}:${f.end}`));
    for (const f of scanAll(view.text, valid)) {
      const placed = view.place(f);
      if (!seen.has(`${placed.offset}:${placed.end}`)) found.push(placed);
    }
    found.sort((a, b) => a.offset - b.offset || a.end - b.end);
  }
  return found.map(asMatch);
}

export function holdsIdentityNumber(text: string): boolean {
  return findIdentityNumbers(text).length > 0;
}

/** The text with every identity number masked: the last defence of every output. */
export function maskIdentityNumbers(text: string): string {
  const written = masking(text, scanToMask(text, valid));
  // Then as it reads with percent-encoded separators decoded: what that reading finds is masked in
  // the text as written (the span of a number holds the escapes inside it, so both readings agree
  // on what is left).
  const view = percentView(written);
  return view ? masking(written, scanToMask(view.text, valid).map(view.place)) : written;
}

function masking(text: string, found: readonly Found[]): string {
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i < found.length; i++) {
    const first = found[i] as Found;
    let last = first;
    // A number read on from the kept digits of the one before is masked with it, as one span.
    while (i + 1 < found.length && (found[i + 1]?.offset ?? Infinity) < last.end) {
      i++;
      last = found[i] as Found;
    }
    out += `${text.slice(at, first.offset)}******${last.kept}`;
    at = last.end;
  }
  return out + text.slice(at);
}
