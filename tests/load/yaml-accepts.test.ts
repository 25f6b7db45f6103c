import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { agreementWith, findingsOf, runBin } from '../helpers.js';

// YAML 1.2 allows a trailing comma in flow collections and a `...` document end marker.
const MEETINGS = `schemaVersion: 1
meetings: [
  { id: m1, body: top, date: 2026-01-10, status: held, host: part-a, minutes: referat.pdf, },
]
...
# after the end marker: a comment
`;

describe('item 8: valid YAML 1.2 is accepted', () => {
  it('item 8: a flow list with a trailing comma and a ... document end marker parse without problems', () => {
    for (const text of [
      'a: [x, y,]\n',
      'a: {x: 1, y: 2,}\n',
      'a: 1\n...\n',
      '---\na: [x,\n  y,\n]\n...\n',
      MEETINGS,
    ])
      expect(parseYaml(text).problems, text).toEqual([]);
    expect(parseYaml('a: [x, y,]\n').value).toEqual({ a: ['x', 'y'] });
  });

  it('item 8: validate and status accept such files with no findings', () => {
    const folder = agreementWith({
      'meetings/2026.yaml': MEETINGS,
      // The minutes the meeting names (rule minutes-not-found).
      'referat.pdf': 'referat\n',
      'people.yaml': `schemaVersion: 1
people: [
  { id: kontakt-a, party: part-a, role: Kontakt A },
  { id: kontakt-b, party: part-b, role: Kontakt B },
]
contacts: { part-a: kontakt-a, part-b: kontakt-b, }
secretariat: [kontakt-a, kontakt-b,]
...
`,
    });
    expect(findingsOf(folder)).toEqual([]);
    const run = runBin(['status', folder, '--as-of', '2026-11-22', '--format', 'json', '--no-cache']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).agreements[0].state).toBe('active');
  });
});
