// New ids are made from the text they name, the way people would write them by hand:
// "Felles kartlegging av målgruppen" -> felles-kartlegging-av-malgruppen.
// SPEC section 14: whole words of the title, at most 40 characters, never cut inside a word;
// æ -> ae, ø -> o, å -> a, other letters without their marks; only a first word longer than 40
// characters is cut.

// Letters that carry no separable mark (NFKD leaves them whole), written as Norwegian and Sámi
// names are written by hand without them.
const LETTERS: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ŋ: 'n',
  ŧ: 't',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};
const MAX_LENGTH = 40;

// When the title is longer than an id, an id that stops on one of these reads as cut off
// ("kurs-for-veiledere-i-nav-om-fagbrev-pa" for "… om fagbrev på jobb"): the words that only
// lead into what follows them are left out at the end.
const LEADING_WORDS = new Set(
  (
    'a av de den det ei eit eller en et etter for fra gjennom hos i med mellom mot og om over pa ' +
    'samt som til under ved and in of on or the to with'
  ).split(' '),
);

/** The title's words as an id writes them: lower case, plain letters, digits. */
export function idWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[æøœßđðŋŧłþı]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

export function slug(text: string, fallback: string, max = MAX_LENGTH): string {
  const words = idWords(text);
  if (words.length === 0) return fallback;
  const first = words[0] as string;
  if (first.length > max) return first.slice(0, max);
  const kept: string[] = [];
  let length = -1;
  for (const word of words) {
    if (length + 1 + word.length > max) break;
    kept.push(word);
    length += 1 + word.length;
  }
  if (kept.length < words.length) {
    let end = kept.length;
    while (end > 1 && LEADING_WORDS.has(kept[end - 1] as string)) end--;
    kept.length = end;
  }
  return kept.join('-');
}

/** `base`, or `base-2`, `base-3`... whichever is free. */
export function uniqueId(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The id `slug` makes of `text`, or, where that is taken, the same words with `-2`, `-3`...
 * after them, still at most 40 characters. */
export function uniqueSlug(taken: ReadonlySet<string>, text: string, fallback: string): string {
  const base = slug(text, fallback);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${slug(text, fallback, MAX_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(id)) return id;
  }
}
