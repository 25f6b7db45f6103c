import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { runRules } from '../../src/rules/index.js';
import { minutesMissingRule } from '../../src/rules/minutes-missing.js';
import { makeData } from '../engine/make-data.js';

type Data = ReturnType<typeof makeData>;
const check = (
  data: Data,
  asOf: string,
  workspace: Array<{ id: string; supersedes: string | null; from: string | null; display: string }> = [],
) => runRules({ data, texts: [], asOf: d(asOf), workspace }, [minutesMissingRule]);

describe('rule minutes-missing', () => {
  const meetings = [
    { id: 'with', body: 'middle', date: '2026-01-10', minutes: 'referater/2026-01-10.pdf' },
    { id: 'without', body: 'middle', date: '2026-01-10' },
    { id: 'cancelled', body: 'middle', date: '2026-01-10', status: 'cancelled' as const },
  ];

  it('SPEC section 13: with governance.minutes written the obligation says it, not this warning', () => {
    const data = makeData({ meetings });
    data.agreement.governance.minutes = { days: 14 };
    expect(check(data, '2026-03-01')).toEqual([]);
    // Approved minutes in the object form count as minutes where only minutesDays is written.
    const approved = makeData({
      meetings: [{ id: 'approved', body: 'middle', date: '2026-01-10', minutes: { approved: '2026-02-01' } }],
    });
    expect(check(approved, '2026-03-01')).toEqual([]);
  });

  it('a held meeting without minutes 14 days after it is a warning at the meeting; not on day 14', () => {
    expect(check(makeData({ meetings }), '2026-01-24')).toEqual([]);
    const findings = check(makeData({ meetings }), '2026-01-25');
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'minutes-missing',
        severity: 'warning',
        file: 'meetings/all.yaml',
        path: ['meetings', 1],
        message: {
          id: 'minutes-missing.meeting',
          params: { id: 'without', date: { date: '2026-01-10' }, days: 14 },
        },
      }),
    ]);
  });

  it('governance.minutesDays sets the days', () => {
    const data = makeData({ meetings });
    data.agreement.governance.minutesDays = 3;
    expect(check(data, '2026-01-14').map((f) => f.path)).toEqual([['meetings', 1]]);
    expect(check(data, '2026-01-13')).toEqual([]);
  });

  it('an expired or superseded agreement is history: no warning', () => {
    const expired = makeData({
      meetings,
      agreement: { validity: { from: '2025-01-01', until: '2026-02-01' } },
    });
    expect(check(expired, '2026-03-01')).toEqual([]);
    const successor = [{ id: 'next', supersedes: 'test', from: '2026-02-01', display: 'next' }];
    expect(check(makeData({ meetings }), '2026-03-01', successor)).toEqual([]);
  });
});
