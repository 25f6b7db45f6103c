import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';

// SPEC section 16: the year plan and status read one list of occurrences. Before it, the calendar
// proposed the helsefellesskap's partnarskapsmøte of 2027 with no host, where status named one, and
// `calendar --party` left the meeting out (issue 25).

const HF = 'data/helsefellesskap-bergen';
const json = (args: string[]) => {
  const run = runBin([...args, '--format', 'json', '--no-cache']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};

interface Event {
  subject: string;
  kind: string;
  date: string;
  deadline: string | null;
  host: string | null;
}

describe('views agree on the example data (built bin)', () => {
  it('the partnarskapsmøte of 2027: the calendar proposes it with the host status names, and --party finds it', () => {
    const plan = json(['calendar', HF, '--as-of', '2026-06-01', '--year', '2027']);
    const events: Event[] = plan.events;
    const meeting = events.find((e) => e.subject === 'meeting:partnarskapsmote' && e.kind === 'proposed')!;
    expect(meeting).toMatchObject({ deadline: '2027-12-31', host: 'spesialisthelsetenesta' });

    const status = json(['status', HF, '--as-of', '2027-06-01']);
    const o = status.agreements[0].obligations.find(
      (x: { subject: string }) => x.subject === 'meeting:partnarskapsmote',
    );
    expect(o).toMatchObject({ deadline: '2027-12-31', host: 'spesialisthelsetenesta' });

    // Helse Bergen is the side's only member: the side's turn is its turn.
    const party = json([
      'calendar',
      HF,
      '--as-of',
      '2026-06-01',
      '--year',
      '2027',
      '--party',
      'helse-bergen',
    ]);
    expect(party.events.map((e: Event) => e.subject)).toContain('meeting:partnarskapsmote');
  });

  it('for every example agreement and several dates, status and the calendar give each subject one deadline and host', () => {
    for (const asOf of ['2025-03-01', '2026-06-01', '2026-11-22', '2027-04-30']) {
      const status = json(['status', 'data', '--as-of', asOf]);
      const year = Number(asOf.slice(0, 4));
      const events: Array<Event & { agreement: string }> = [year - 1, year, year + 1].flatMap(
        (y) => json(['calendar', 'data', '--as-of', asOf, '--year', String(y)]).events,
      );
      for (const agreement of status.agreements) {
        for (const o of agreement.obligations) {
          if (o.state === 'done' || o.deadline < `${year - 1}-01-20` || o.deadline > `${year + 1}-11-30`)
            continue;
          const mine = events.filter(
            (e) => e.agreement === agreement.id && e.subject === o.subject && e.deadline === o.deadline,
          );
          expect(mine.length, `${asOf} ${agreement.id} ${o.subject} ${o.deadline}`).toBeGreaterThan(0);
          if (o.host !== undefined && !o.planned)
            for (const e of mine.filter((x) => x.kind !== 'meeting'))
              expect(e.host, `${asOf} ${o.subject}`).toBe(o.host);
        }
      }
    }
  });
});
