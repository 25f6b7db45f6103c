import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICAL_FOLD_FROM, ICAL_FOLD_TO } from '../../scripts/ical-fold-patch.js';
import { ROOT } from '../helpers.js';

// The bundle measures a character's UTF-8 octets by arithmetic where ical-generator used a new
// TextEncoder per character (scripts/ical-fold-patch.js).
const octets = new Function('i', `return ${ICAL_FOLD_TO};`) as (i: string) => number;
const encoder = new TextEncoder();

describe('the ICS line-folding patch', () => {
  it('counts the octets of every code point, and of lone surrogates, as TextEncoder does', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 97) {
      const i = String.fromCodePoint(cp);
      if (octets(i) !== encoder.encode(i).length) wrong.push(cp.toString(16));
    }
    for (const lone of ['\ud800', '\udbff', '\udc00', '\udfff'])
      if (octets(lone) !== encoder.encode(lone).length) wrong.push(lone);
    expect(wrong).toEqual([]);
  });

  it('leaves no TextEncoder per character in the bundle', () => {
    const dist = join(ROOT, 'dist', 'chunks');
    const text = readdirSync(dist)
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).not.toContain(ICAL_FOLD_FROM);
  });
});
