// Norwegian national identity numbers (fødselsnummer) and D-numbers: 11 digits whose two last
// digits are mod-11 control digits. A D-number adds 4 to the first digit and uses the same controls.

const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function control(digits: readonly number[], weights: readonly number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  return k === 10 ? null : k;
}

export function isIdentityNumber(eleven: string): boolean {
  if (!/^\d{11}$/.test(eleven)) return false;
  const d = [...eleven].map(Number);
  return control(d, WEIGHTS_1) === d[9] && control(d, WEIGHTS_2) === d[10];
}

// Also "010190 12345", the way the number is often written; never part of a longer digit run.
const CANDIDATE = /(?<!\d)(\d{6}) ?(\d{5})(?!\d)/g;

export interface IdentityNumberMatch {
  offset: number;
  masked: string;
}

export function findIdentityNumbers(text: string): IdentityNumberMatch[] {
  const out: IdentityNumberMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const digits = `${m[1]}${m[2]}`;
    if (isIdentityNumber(digits)) out.push({ offset: m.index ?? 0, masked: mask(digits) });
  }
  return out;
}

const mask = (digits: string) => `******${digits.slice(6)}`;

/** The text with every identity number masked: the last defence of every output. */
export function maskIdentityNumbers(text: string): string {
  if (!/\d{6} ?\d{5}/.test(text)) return text;
  return text.replace(CANDIDATE, (whole, a: string, b: string) =>
    isIdentityNumber(a + b) ? mask(a + b) : whole,
  );
}
