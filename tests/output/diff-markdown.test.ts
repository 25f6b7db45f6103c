import { describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/app/diff.js';
import { translator } from '../../src/cli/context.js';
import { ymd } from '../../src/dates.js';
import type { AgreementChanges } from '../../src/diff/changes.js';
import { render } from '../../src/i18n/index.js';
import { diffJson } from '../../src/output/diff-json.js';
import { diffMarkdown, SHOWN } from '../../src/output/diff-markdown.js';
import { diffText } from '../../src/output/diff-text.js';

// The views of `samarbeid diff`: what a reviewer reads in a minute.

const agreement = (over: Partial<AgreementChanges>): AgreementChanges => ({
  path: 'data/a',
  id: 'a',
  title: 'Avtale *A*',
  change: 'changed',
  meetings: [],
  decisions: [],
  actions: [],
  plans: [],
  measures: [],
  people: [],
  obligations: [],
  ...over,
});
const view = (agreements: AgreementChanges[]) => {
  const result: DiffResult = {
    asOf: ymd(2026, 12, 1),
    base: { name: 'main', commit: 'abcdef0123456789' },
    head: { name: null, commit: null },
    changes: { agreements, findings: { added: [], resolved: [] } },
  };
  return {
    result,
    lang: 'en' as const,
    t: translator('en'),
    render: (m: Parameters<typeof render>[0]) => render(m, 'en'),
  };
};

describe('diff views', () => {
  it('nothing changed: the heading and one line', () => {
    expect(diffMarkdown(view([]))).toBe(
      '## What the change means: main (abcdef0) → the working tree, as of 1 Dec 2026\n\nNo change to meetings, decisions, plans, people, obligations or findings.\n',
    );
  });

  it('a long list shows the first ones and folds the rest; data text is escaped', () => {
    const people = Array.from({ length: SHOWN + 3 }, (_, i) => ({
      change: 'added' as const,
      id: `p${i}`,
      name: null,
    }));
    const md = diffMarkdown(view([agreement({ people })]));
    expect(md).toContain('### Avtale \\*A\\* (data/a)');
    expect(md).toContain(
      '- ➕ Person p9 added\n\n<details>\n<summary>3 more</summary>\n\n- ➕ Person p10 added',
    );
    expect(md.trimEnd().endsWith('</details>')).toBe(true);
    expect(diffText(view([agreement({ people })]))).toContain('    + Person p12 added');
  });

  it('JSON: the fields of the README, the title rendered', () => {
    const out = JSON.parse(
      diffJson(
        view([
          agreement({
            obligations: [
              {
                change: 'changed',
                subject: 'meeting:top',
                title: { id: 'diff.nobody' },
                changed: ['deadline'],
                before: { state: 'ok', deadline: '2026-12-31', holder: null },
                after: { state: 'ok', deadline: '2027-01-31', holder: null },
              },
            ],
          }),
        ]),
      ),
    );
    expect(Object.keys(out)).toEqual(['asOf', 'base', 'head', 'agreements', 'findings']);
    expect(out.head).toEqual({ name: null, commit: null, workingTree: true });
    expect(Object.keys(out.agreements[0])).toEqual([
      'path',
      'id',
      'title',
      'change',
      'meetings',
      'decisions',
      'actions',
      'plans',
      'measures',
      'people',
      'obligations',
    ]);
    expect(out.agreements[0].obligations[0].title).toBe('nobody');
  });
});
