import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/catalogue.js';
import { fieldDocs } from '../../src/i18n/field-docs.js';
import { catalogue as main } from '../../src/i18n/messages.js';
import { ENGLISH_WORDS, machineText } from './english-words.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// The descriptions of the JSON Schemas' keys are a catalogue of their own, loaded only by
// `samarbeid schema`; the same checks apply to them.
const catalogue = { ...main, ...fieldDocs };

// Ids built at run time from a prefix and a code of a closed list: obligation and agreement states,
// value types, kinds of thing, YAML error codes, kinds of special file, schema refinements, status
// columns, meeting statuses, the fields a conflict names, and the keys of the data files (`doc.`,
// built from the schemas' key paths; tests/cli/schema.test.ts checks that each describes a key).
const DYNAMIC_PREFIXES = [
  'state.',
  'agreement-state.',
  'type.',
  'kind.',
  'word.',
  'load.',
  'yaml-code.',
  'files.kind.',
  'schema.',
  'status.col-',
  'meeting-status.',
  // The report: cadence units, item outcomes, plan and sub-agreement statuses (codes of its model).
  'report.unit.',
  'report.outcome.',
  'report.plan.',
  'report.sub.',
  'field.',
  'doc.',
];

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
        const english = words.filter((w) => ENGLISH_WORDS.has(w));
        if (english.length > 0) problems.push(`${id} (${lang}): ${english.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every message id is used by the source', () => {
    // A catalogue entry ('id': { nb: ... }) defines an id; any other quoted mention uses it.
    const text = sources('src')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
      .replace(/['"][\w.-]+['"]\s*:\s*\{/g, '');
    const unused = ids.filter(
      (id) =>
        !DYNAMIC_PREFIXES.some((p) => id.startsWith(p)) &&
        !text.includes(`'${id}'`) &&
        !text.includes(`"${id}"`),
    );
    expect(unused).toEqual([]);
  });
});
