import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/catalogue.js';
import { fieldDocs } from '../../src/i18n/field-docs.js';
import { catalogue as main } from '../../src/i18n/messages.js';
import { ENGLISH_WORDS, machineText, NYNORSK_WORDS } from './english-words.js';
import { usedStrings } from './used-ids.js';

// The key descriptions of the JSON Schemas are a catalogue of their own, loaded only by
// `samarbeid schema`; the same checks apply to them.
const catalogue: Record<string, Record<(typeof LANGS)[number], string>> = { ...main, ...fieldDocs };

// Ids (or, ending in a dot, prefixes) that no code of src/ names, each with its reason. Every other
// id must be one the source can pass: a string literal, or a template whose type is a closed list
// (used-ids.ts).
const NOT_NAMED = [
  // The key descriptions (`doc.<schema>.<key path>`) are found by the schemas' key paths, not
  // by name; tests/cli/schema.test.ts checks that each describes a key and each key has one.
  'doc.',
];
const excused = (id: string, by: string) => (by.endsWith('.') ? id.startsWith(by) : id === by);

const params = (text: string) =>
  [...text.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort((a, b) => (a! < b! ? -1 : 1));

describe('the message catalogues (SPEC section 11)', () => {
  const ids = Object.keys(catalogue);

  it('the key descriptions share no id with the main catalogue', () => {
    expect(Object.keys(fieldDocs).filter((id) => id in main)).toEqual([]);
  });

  it('every message has a text in every language, with the same parameters', () => {
    const problems: string[] = [];
    for (const id of ids) {
      const entry = catalogue[id]!;
      for (const lang of LANGS) if (!entry[lang]?.trim()) problems.push(`${id}: no ${lang}`);
      const expected = [...new Set(params(entry.en))];
      for (const lang of ['nb', 'nn'] as const) {
        const got = [...new Set(params(entry[lang] ?? ''))];
        if (got.join() !== expected.join())
          problems.push(`${id}: ${lang} has {${got}} where en has {${expected}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no English word in a Norwegian text, outside commands, options and YAML values', () => {
    const problems: string[] = [];
    for (const id of ids) {
      for (const lang of ['nb', 'nn'] as const) {
        const words = machineText(catalogue[id]![lang])
          .toLowerCase()
          .split(/[^a-zæøåé-]+/);
        const english = words.filter((w) => ENGLISH_WORDS.has(w) && !(lang === 'nn' && NYNORSK_WORDS.has(w)));
        if (english.length > 0) problems.push(`${id} (${lang}): ${english.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the forms docs/language.md settles: nn «vert», not «blir»; «agenda», not «dagsorden»; nb «-en»', () => {
    // Per language, words a Norwegian text of samarbeid does not use (outside «» and commands).
    const wrong = {
      nb: ['mappa', 'avtalemappa', 'fila', 'arbeidsgruppa', 'endringa', 'dagsorden', 'dagsordenen'],
      nn: ['blir', 'bli', 'medlemmene', 'medlemmer', 'medlemmet', 'dagsorden', 'dagsordenen', 'ei avtale'],
    } as const;
    const problems: string[] = [];
    for (const id of ids) {
      for (const lang of ['nb', 'nn'] as const) {
        const text = ` ${machineText(catalogue[id]![lang])
          .toLowerCase()
          .replace(/[^a-zæøåé-]+/g, ' ')} `;
        const found = wrong[lang].filter((w) => text.includes(` ${w} `));
        if (found.length > 0) problems.push(`${id} (${lang}): ${found.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every message id is used by the source (tsc checks the other way: every id used exists)', () => {
    const used = usedStrings();
    expect(ids.filter((id) => !used.has(id) && !NOT_NAMED.some((by) => excused(id, by)))).toEqual([]);
    // An exception that excuses nothing any more goes.
    expect(NOT_NAMED.filter((by) => !ids.some((id) => excused(id, by) && !used.has(id)))).toEqual([]);
  }, 60_000);
});
