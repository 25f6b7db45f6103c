// Norwegian national identity numbers (fødselsnummer) and D-numbers: 11 digits, DDMMYY and three
// individual digits, whose two last digits are mod-11 control digits. Clause 7 and SPEC section 7:
// no output may print one whole, however it is written, so this one detector serves the privacy
// rule, the cache and the masking of every output (docs/decisions.md, "Privacy").

const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function control(digits: readonly number[], weights: readonly number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  return k === 10 ? null : k;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// The date part must be a real date. D-numbers add 40 to the day; H-numbers (health services) and
// NAV's synthetic test numbers add 40 to the month, Skatteetaten's synthetic Tenor numbers 80. All
// are accepted: a number that is found is masked, and masking more is the safe side.
function realDate(d: readonly number[]): boolean {
  let day = (d[0] ?? 0) * 10 + (d[1] ?? 0);
  let month = (d[2] ?? 0) * 10 + (d[3] ?? 0);
  const year = (d[4] ?? 0) * 10 + (d[5] ?? 0);
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  if (month < 1 || month > 12 || day < 1) return false;
  // The century is not known from six digits: 29 February passes in any year that is a leap year in some century.
  if (month === 2 && day === 29) return year % 4 === 0;
  return day <= (DAYS[month - 1] ?? 0);
}

/** Eleven ASCII digits that make a real identity number: a date, and both control digits right. */
export function isIdentityNumber(eleven: string): boolean {
  if (!/^\d{11}$/.test(eleven)) return false;
  const d = [...eleven].map(Number);
  return realDate(d) && control(d, WEIGHTS_1) === d[9] && control(d, WEIGHTS_2) === d[10];
}

// What may stand between digit groups: one or two of space, tab, NBSP, narrow NBSP, '-', '.', '_';
// or one line break with its indentation (a folded scalar, an ICS continuation line).
const SEPARATORS = new Set([0x20, 0x09, 0xa0, 0x202f, 0x2d, 0x2e, 0x5f]);
const SPACES = new Set([0x20, 0x09]);
// Characters that show as nothing: they neither end a group of digits nor count as a separator.
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]);

const ANY_DIGIT = /\p{Nd}/u;
const digitValues = new Map<number, number>();

/** The value of a decimal digit of any script (fullwidth, Arabic-Indic, ...), else -1. */
function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x660) return -1;
  const known = digitValues.get(cp);
  if (known !== undefined) return known;
  let value = -1;
  if (ANY_DIGIT.test(String.fromCodePoint(cp))) {
    // Unicode puts every script's digits in runs of ten from zero: count back to the run's start.
    let back = 0;
    while (back < 60 && ANY_DIGIT.test(String.fromCodePoint(cp - back - 1))) back++;
    value = back % 10;
  }
  digitValues.set(cp, value);
  return value;
}

interface Group {
  start: number;
  end: number;
  digits: string;
}

/** Runs of digit groups joined by separators; a run is a list of groups. */
function digitRuns(text: string): Group[][] {
  const runs: Group[][] = [];
  let run: Group[] = [];
  let group: Group | null = null;
  let seps = 0;
  let breaks = 0;
  let marks = 0;
  const close = () => {
    if (group) run.push(group);
    group = null;
  };
  const endRun = () => {
    close();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const value = digitValue(cp);
    if (value >= 0) {
      if (group) group.digits += value;
      else {
        const joined = breaks === 0 ? seps <= 2 : breaks === 1 && marks <= 1;
        if (!joined) endRun();
        group = { start: i, end: i, digits: String(value) };
      }
      group.end = i + width;
      seps = 0;
      breaks = 0;
      marks = 0;
    } else if (INVISIBLE.has(cp)) {
      // Invisible: the group goes on.
    } else if (cp === 0x0a || cp === 0x0d || SEPARATORS.has(cp)) {
      close();
      if (cp === 0x0a) breaks++;
      else if (cp !== 0x0d) {
        seps++;
        if (!SPACES.has(cp)) marks++;
      }
    } else {
      endRun();
      seps = 3;
    }
    i += width;
  }
  endRun();
  return runs;
}

export interface IdentityNumberMatch {
  /** Where the number starts in the text, and where it ends (exclusive). */
  offset: number;
  end: number;
  masked: string;
}

/** Keeps the last five digits (individual number and controls), never the date of birth. */
const mask = (digits: string) => `******${digits.slice(6)}`;

// A fast first pass: stretches of digits and separators. Only a stretch with eleven digits or more
// is scanned group by group, which keeps the check cheap on the dates that fill agreement files.
const STRETCH =
  /[\p{Nd}\u200b-\u200d\u2060\ufeff\u00ad][\p{Nd}\u200b-\u200d\u2060\ufeff\u00ad \t\u00a0\u202f._\r\n-]{10,}/gu;

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && digitValue(text.codePointAt(i) ?? 0) >= 0)) n++;
  }
  return n;
}

export function findIdentityNumbers(text: string): IdentityNumberMatch[] {
  if (!ANY_DIGIT.test(text)) return [];
  const out: IdentityNumberMatch[] = [];
  for (const stretch of text.matchAll(STRETCH)) {
    if (digitCount(stretch[0]) < 11) continue;
    const base = stretch.index ?? 0;
    for (const run of digitRuns(stretch[0])) {
      // Any sequence of whole groups with eleven digits: `010190 10046 7` holds a number, while one
      // contiguous run of twelve digits (an account, a reference) does not.
      for (let s = 0; s < run.length; s++) {
        let digits = '';
        for (let e = s; e < run.length && digits.length < 11; e++) {
          digits += run[e]?.digits ?? '';
          if (digits.length === 11 && isIdentityNumber(digits))
            out.push({
              offset: base + (run[s]?.start ?? 0),
              end: base + (run[e]?.end ?? 0),
              masked: mask(digits),
            });
        }
      }
    }
  }
  return out;
}

export function holdsIdentityNumber(text: string): boolean {
  return findIdentityNumbers(text).length > 0;
}

/** The text with every identity number masked: the last defence of every output. */
export function maskIdentityNumbers(text: string): string {
  // A number can hide inside the digits of two overlapping candidates that one scan reads as one
  // ("904414 01019010046 904414": "10046 904414" is a number too). Each round masks at least six
  // digits, so masking again until nothing is found ends.
  let out = text;
  for (let masked = maskOnce(out); masked !== out; masked = maskOnce(out)) out = masked;
  return out;
}

function maskOnce(text: string): string {
  const found = findIdentityNumbers(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i < found.length; i++) {
    const first = found[i] as IdentityNumberMatch;
    let last = first;
    // Overlapping numbers (`A B C` where both A B and B C are numbers) are masked as one span.
    while (i + 1 < found.length && (found[i + 1]?.offset ?? Infinity) < last.end) {
      i++;
      last = found[i] as IdentityNumberMatch;
    }
    out += text.slice(at, first.offset) + last.masked;
    at = Math.max(last.end, first.end);
  }
  return out + text.slice(at);
}
