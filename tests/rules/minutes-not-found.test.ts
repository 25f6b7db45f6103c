import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import type { MinutesLookup } from '../../src/model/minutes-ref.js';
import { runRules } from '../../src/rules/index.js';
import { minutesNotFoundRule } from '../../src/rules/minutes-not-found.js';
import { makeData } from '../engine/make-data.js';

// The rule is pure: the loader's lookups (src/load/minutes-files.ts) come in as data.
const check = (minutes: string[], found: Record<string, MinutesLookup>) =>
  runRules(
    {
      data: makeData({
        meetings: minutes.map((m, i) => ({ body: 'middle', date: `2026-0${i + 1}-10`, minutes: m })),
      }),
      texts: [],
      asOf: d('2026-11-22'),
      workspace: [],
      minutesFiles: new Map(Object.entries(found)),
    },
    [minutesNotFoundRule],
  );

describe('rule minutes-not-found', () => {
  it("a path that names no file is an error at the meeting's minutes", () => {
    const findings = check(['referat/a.pdf', 'referat/b.pdf'], {
      'referat/a.pdf': { state: 'file' },
      'referat/b.pdf': { state: 'missing' },
    });
    expect(findings).toEqual([
      {
        rule: 'minutes-not-found',
        severity: 'error',
        file: 'meetings/all.yaml',
        path: ['meetings', 1, 'minutes'],
        atKey: undefined,
        message: { id: 'minutes-not-found.missing', params: { path: 'referat/b.pdf' } },
      },
    ]);
  });

  it('outside, a folder and an unreadable path each say so', () => {
    const findings = check(['../x.pdf', 'referat', 'låst/x.pdf'], {
      '../x.pdf': { state: 'outside' },
      referat: { state: 'not-a-file', kind: 'directory' },
      'låst/x.pdf': { state: 'unreadable', code: 'EACCES' },
    });
    expect(findings.map((f) => f.message)).toEqual([
      { id: 'minutes-not-found.outside', params: { path: '../x.pdf' } },
      {
        id: 'minutes-not-found.not-a-file',
        params: { path: 'referat', kind: { ref: 'files.kind.directory' } },
      },
      { id: 'minutes-not-found.unreadable', params: { path: 'låst/x.pdf', code: 'EACCES' } },
    ]);
  });

  it('a link is never judged; an absolute path always is, without a lookup', () => {
    const findings = check(
      ['https://example.org/referat.pdf', 'mailto:post@example.org', '/srv/referat.pdf'],
      {},
    );
    expect(findings.map((f) => [f.path, f.message.id])).toEqual([
      [['meetings', 2, 'minutes'], 'minutes-not-found.absolute'],
    ]);
  });

  it('a path the loader did not look up is not judged (rules without a loader)', () => {
    expect(check(['referat/a.pdf'], {})).toEqual([]);
  });
});
