import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idWords, slug, uniqueId, uniqueSlug } from '../../src/edit/ids.js';

// Titles as secretariats write them: Norwegian words, names, digits and punctuation.
const word = fc.oneof(
  fc.constantFrom('på', 'i', 'og', 'om', 'for', 'Nav', 'Buskerud', 'fagbrev', 'kartlegging', 'Ungdom'),
  fc.stringMatching(/^[a-zæøåA-ZÆØÅéüčđŋŧ0-9]{1,14}$/),
  fc.stringMatching(/^[a-z]{38,50}$/),
);
const title = fc.array(word, { minLength: 1, maxLength: 14 }).chain((words) =>
  fc
    .array(fc.constantFrom(' ', '  ', ' – ', ', ', ': ', '/', ' (', ') '), {
      minLength: words.length,
      maxLength: words.length,
    })
    .map((gaps) => words.map((w, i) => `${w}${gaps[i]}`).join('')),
);

describe('generated ids (SPEC section 14)', () => {
  it('the example of issue 27 ends on a word that carries meaning, not on «på»', () => {
    expect(slug('Kurs for veiledere i Nav om fagbrev på jobb', 'tiltak')).toBe(
      'kurs-for-veiledere-i-nav-om-fagbrev',
    );
  });

  it('a title that fits is kept whole, with æ, ø and å written out', () => {
    expect(slug('Felles kartlegging av målgruppen', 'tiltak')).toBe('felles-kartlegging-av-malgruppen');
    expect(slug('Økt gjennomføring i videregående', 'tiltak')).toBe('okt-gjennomforing-i-videregaende');
    expect(slug('Særskilt oppfølging', 'tiltak')).toBe('saerskilt-oppfolging');
  });

  it('other letters lose their marks and are not split: Sámi and other names', () => {
    expect(slug('Čáhcesuolu og Kárášjohka', 'x')).toBe('cahcesuolu-og-karasjohka');
    expect(slug('Ŋuorra đuhtii Ŧ', 'x')).toBe('nuorra-duhtii-t');
    expect(slug('Café Müller', 'x')).toBe('cafe-muller');
  });

  it('a longer title stops at the last whole word that fits', () => {
    const id = slug('Utrede felles rutiner for overgang fra grunnskole til videregående opplæring', 'tiltak');
    expect(id).toBe('utrede-felles-rutiner-for-overgang');
  });

  it('only a first word longer than 40 characters is cut, at 40', () => {
    expect(slug(`${'a'.repeat(45)} b`, 'x')).toBe('a'.repeat(40));
  });

  it('a title without letters or digits gets the fallback', () => {
    expect(slug(' – … ', 'vedtak')).toBe('vedtak');
  });

  it('a taken id gets -2, -3, and stays within 40 characters', () => {
    const long = 'Kurs for veiledere i Nav om fagbrev på jobb';
    const first = slug(long, 'tiltak');
    expect(uniqueSlug(new Set(), long, 'tiltak')).toBe(first);
    const second = uniqueSlug(new Set([first]), long, 'tiltak');
    expect(second).toBe('kurs-for-veiledere-i-nav-om-fagbrev-2');
    expect(uniqueSlug(new Set([first, second]), long, 'tiltak')).toBe(
      'kurs-for-veiledere-i-nav-om-fagbrev-3',
    );
    const fills = 'Felles kartlegging av behovene i Drammen og Kongsberg';
    const base = slug(fills, 'x');
    expect(base).toBe('felles-kartlegging-av-behovene-i-drammen');
    expect(uniqueSlug(new Set([base]), fills, 'x')).toBe('felles-kartlegging-av-behovene-2');
    expect(uniqueId(new Set(['a', 'a-2']), 'a')).toBe('a-3');
  });

  it('law: never longer than 40 and never ends with a hyphen', () => {
    fc.assert(
      fc.property(title, (t) => {
        const id = slug(t, 'tiltak');
        expect(id.length).toBeLessThanOrEqual(40);
        expect(id.length).toBeGreaterThan(0);
        expect(id.endsWith('-')).toBe(false);
        expect(id.startsWith('-')).toBe(false);
        expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });

  it('law: always the first whole words of the slugged title (or its first word cut at 40)', () => {
    fc.assert(
      fc.property(title, (t) => {
        const words = idWords(t);
        fc.pre(words.length > 0);
        const id = slug(t, 'tiltak');
        const first = words[0] as string;
        if (first.length > 40) expect(id).toBe(first.slice(0, 40));
        else expect(words.slice(0, id.split('-').length).join('-')).toBe(id);
      }),
    );
  });

  it('law: stable: the same title gives the same id, and an id slugs to itself', () => {
    fc.assert(
      fc.property(title, (t) => {
        const id = slug(t, 'tiltak');
        expect(slug(t, 'tiltak')).toBe(id);
        expect(slug(id, 'tiltak')).toBe(id);
      }),
    );
  });

  it('law: a taken id is never given again, and the new one is at most 40 characters', () => {
    fc.assert(
      fc.property(title, fc.integer({ min: 0, max: 12 }), (t, already) => {
        const taken = new Set<string>();
        for (let i = 0; i < already; i++) taken.add(uniqueSlug(taken, t, 'tiltak'));
        expect(taken.size).toBe(already);
        const id = uniqueSlug(taken, t, 'tiltak');
        expect(taken.has(id)).toBe(false);
        expect(id.length).toBeLessThanOrEqual(40);
        expect(id.endsWith('-')).toBe(false);
      }),
    );
  });
});
