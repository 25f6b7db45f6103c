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

/** Ways people write (or hide) one number; every one of them must be found and masked. */
export function writtenForms(n: string): string[] {
  const full = [...n].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
  const arabic = [...n].map((d) => String.fromCodePoint(0x0660 + Number(d))).join('');
  return [
    n,
    `${n.slice(0, 6)} ${n.slice(6)}`,
    `${n.slice(0, 6)}  ${n.slice(6)}`,
    `${n.slice(0, 6)}\t${n.slice(6)}`,
    `${n.slice(0, 6)}\u00a0${n.slice(6)}`,
    `${n.slice(0, 6)}\u202f${n.slice(6)}`,
    `${n.slice(0, 6)}-${n.slice(6)}`,
    `${n.slice(0, 6)}_${n.slice(6)}`,
    `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)} ${n.slice(6)}`,
    `${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4, 6)}-${n.slice(6)}`,
    `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 9)} ${n.slice(9)}`,
    full,
    arabic,
    `${n.slice(0, 4)}\u200b${n.slice(4, 8)}\u2060${n.slice(8)}`,
    `${n.slice(0, 5)}\u00ad${n.slice(5, 7)}\ufeff${n.slice(7)}`,
    `${n.slice(0, 6)}\u200c${n.slice(6, 9)}\u200d${n.slice(9)}`,
  ];
}

export const digitsOnly = (s: string) =>
  s
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
