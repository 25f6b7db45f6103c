// New ids are made from the text they name, the way people would write them by hand:
// "Felles kartlegging av målgruppen" -> felles-kartlegging-av-malgruppen.
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ü: 'u', é: 'e', è: 'e' };
const MAX_LENGTH = 40;

export function slug(text: string, fallback: string): string {
  const words = text
    .toLowerCase()
    .replace(/[æøåäöüéè]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    out = next;
  }
  return out || fallback;
}

/** `base`, or `base-2`, `base-3`... whichever is free. */
export function uniqueId(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
