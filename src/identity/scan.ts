// The reading of digit groups for the identity-number detector (number.ts says what makes a
// number; chars.ts what each character is to a reader). Linear in the text: one regular
// expression without nested repetition finds stretches, each stretch is read once into groups, and
// each group is looked at no more than eleven times for each way it can start a number.

import { BREAK, classOf, DIGIT, DIGIT_CLASS, JOINER_CLASS, MARK, OTHER, SPACE } from './chars.js';

/** Whether eleven digit values make a real identity number. */
export type Valid = (digits: ArrayLike<number>) => boolean;

/** A number found: where it starts and ends (exclusive) in the text, and its last five digits. */
export interface Found {
  offset: number;
  end: number;
  kept: string;
}

// Between two groups of digits a reader still reads one number across a short run of blanks and
// separators (at most three: `010190 10046`, `01.01.90-10046`, `010190 - 10046`), or across one line
// break with its indentation and at most one separator (a folded scalar, an ICS continuation line,
// a word broken with a hyphen). Characters that show as nothing count for nothing, but a group may
// end at one (docs/decisions.md, "Privacy"; chars.ts says which character is which).
const MAX_SEPARATORS = 3;

/**
 * The groups of digits of one stretch, as parallel arrays (a stretch can hold a million groups,
 * and an object each would cost more than the reading): where each starts and ends in the text,
 * where its digits start in `digits` and how many it has, and whether a reader reads it on from
 * the group before it.
 */
interface Groups {
  start: number[];
  end: number[];
  first: number[];
  count: number[];
  joined: boolean[];
  digits: number[];
}

function groupsOf(text: string, from: number, to: number): Groups {
  const g: Groups = { start: [], end: [], first: [], count: [], joined: [], digits: [] };
  let open = false;
  let seps = 0;
  let breaks = 0;
  let marks = 0;
  let cut = true;
  for (let i = from; i < to; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const found = classOf(cp);
    const kind = found >> 4;
    if (kind === DIGIT) {
      const n = g.start.length;
      if (!open) {
        g.joined.push(!cut && (breaks === 0 ? seps <= MAX_SEPARATORS : breaks === 1 && marks <= 1));
        g.start.push(i);
        g.end.push(i + width);
        g.first.push(g.digits.length);
        g.count.push(1);
        open = true;
        seps = 0;
        breaks = 0;
        marks = 0;
        cut = false;
      } else {
        g.end[n - 1] = i + width;
        g.count[n - 1] = (g.count[n - 1] as number) + 1;
      }
      g.digits.push(found & 0x0f);
    } else {
      open = false;
      if (kind === OTHER) cut = true;
      else if (kind === BREAK) breaks++;
      else if (kind === SPACE) seps++;
      else if (kind === MARK) {
        seps++;
        marks++;
      }
    }
    i += width;
  }
  return g;
}

const eleven = new Array<number>(11).fill(0);
const kept = () => eleven.slice(6).join('');

/**
 * Whether groups s, s+1, … read as one hold exactly eleven digits, which are left in `eleven`: the
 * index of the last group, or -1.
 */
function elevenFrom(g: Groups, s: number): number {
  let n = 0;
  for (let e = s; e < g.start.length; e++) {
    if (e > s && !g.joined[e]) return -1;
    const first = g.first[e] as number;
    const count = g.count[e] as number;
    if (n + count > 11) return -1;
    for (let k = 0; k < count; k++) eleven[n++] = g.digits[first + k] as number;
    if (n === 11) return e;
  }
  return -1;
}

let stretchPattern: RegExp | null = null;
let anyDigitPattern: RegExp | null = null;

// A fast first pass: stretches of digits, separators and invisible characters. Only a stretch with
// eleven digits or more is read group by group, which keeps the check cheap on the dates that fill
// agreement files. The pattern has no nested repetition: one pass over the text, whatever it holds.
function stretches(text: string): Array<{ from: number; to: number }> {
  if (fewDigitsInLatin1(text)) return [];
  anyDigitPattern ??= new RegExp(`[${DIGIT_CLASS}]`, 'u');
  if (!anyDigitPattern.test(text)) return [];
  stretchPattern ??= new RegExp(`[${DIGIT_CLASS}][${DIGIT_CLASS}${JOINER_CLASS}]{10,}`, 'gu');
  const out: Array<{ from: number; to: number }> = [];
  for (const m of text.matchAll(stretchPattern)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    if (digitCount(text, from, to) >= 11) out.push({ from, to });
  }
  return out;
}

/**
 * Whether a text of Latin-1 characters only (most of what is rendered: Norwegian words and dates)
 * holds fewer than eleven digits, so that no stretch can be a number. The digits of Latin-1 are
 * 0-9, ², ³ and ¹; any character above U+00FF leaves it to the patterns.
 */
function fewDigitsInLatin1(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return false;
    if ((c >= 0x30 && c <= 0x39) || c === 0xb2 || c === 0xb3 || c === 0xb9) digits++;
  }
  return digits < 11;
}

function digitCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c >= 0x30 && c <= 0x39 : classOf(text.codePointAt(i) ?? 0) >> 4 === DIGIT) n++;
  }
  return n;
}

/**
 * Every number in the text: any sequence of whole groups with eleven digits that a reader reads as
 * one (`010190 10046 7` holds a number, while one contiguous run of twelve digits, an account or a
 * reference, does not). Overlapping numbers are each listed.
 */
export function scanAll(text: string, valid: Valid): Found[] {
  const out: Found[] = [];
  for (const { from, to } of stretches(text)) {
    const g = groupsOf(text, from, to);
    for (let s = 0; s < g.start.length; s++) {
      const last = elevenFrom(g, s);
      if (last >= 0 && valid(eleven))
        out.push({ offset: g.start[s] as number, end: g.end[last] as number, kept: kept() });
    }
  }
  return out;
}

/**
 * The numbers to mask, left to right, as the reader of the masked text would meet them: the five
 * digits a mask keeps can make a number with the groups after them ("904414 01019010046 904414":
 * "10046 904414" is a number too), so after each number they are read on as one group. Each group
 * is read at most twice, which keeps masking linear, and the masked text holds no number. A number
 * read on from the kept digits of the one before starts inside it (the caller masks both as one).
 */
export function scanToMask(text: string, valid: Valid): Found[] {
  const out: Found[] = [];
  for (const { from, to } of stretches(text)) {
    const g = groupsOf(text, from, to);
    for (let s = 0; s < g.start.length; ) {
      const last = elevenFrom(g, s);
      if (last < 0 || !valid(eleven)) {
        s++;
        continue;
      }
      const end = g.end[last] as number;
      out.push({ offset: g.start[s] as number, end, kept: kept() });
      // The kept digits: one group, inside the span just masked, joined to what follows as before.
      g.start[last] = end - 1;
      g.first[last] = g.digits.length;
      g.count[last] = 5;
      g.joined[last] = false;
      for (let k = 6; k < 11; k++) g.digits.push(eleven[k] as number);
      s = last;
    }
  }
  return out;
}
