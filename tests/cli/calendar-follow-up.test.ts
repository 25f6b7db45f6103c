import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementWith, FIXTURES, runBin } from '../helpers.js';

// SPEC section 10 in the year plan (docs/calendar.md, "Follow-up"): the fixture's middle level
// met on 04.03.2026 and gave two actions, one done on 10.04.2026; the top level's meeting gave one
// of its own. The middle level's next meeting is planned for 10.06.2026.
const FOLDER = join(FIXTURES, 'follow-up-carried');
const AS_OF = ['--as-of', '2026-04-15'];
const calendar = (format: string, folder = FOLDER, ...more: string[]) => {
  const run = runBin(['calendar', folder, ...AS_OF, '--year', '2026', '--format', format, ...more]);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
};

const MINUTES = 'Godkjenning av referat fra forrige møte (04.03.2026)';
const ACTION =
  'Oppfølging fra møtet 04.03.2026: Kartlegge målgruppen (ansvarlig: Kontakt A, frist 01.05.2026)';

/** The lines of the text output from the 10.06.2026 meeting to the next event. */
function meetingBlock(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes('10.06. ◷ Møte: Mellomledermøte (planlagt)'));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith(' '.repeat(14)));
  return lines.slice(start, end);
}

/** The ICS event of the planned meeting, its folded lines joined. */
function icsEvent(ics: string, date = '20260610'): string {
  const unfolded = ics.replace(/\r\n /g, '');
  return unfolded.split('BEGIN:VEVENT').find((e) => e.includes(`DTSTART;VALUE=DATE:${date}`))!;
}

describe('calendar: planned meetings carry the follow-up forward (built bin)', () => {
  it('text: an indented list under the meeting, the minutes first, the open action with owner and due date', () => {
    expect(meetingBlock(calendar('text'))).toEqual([
      '  on 10.06. ◷ Møte: Mellomledermøte (planlagt)',
      '              frist 04.07.2026',
      '              Saker fra tidligere møter:',
      `              - ${MINUTES}`,
      `              - ${ACTION}`,
    ]);
  });

  it("markdown: the same items in the meeting's note", () => {
    const row = calendar('markdown')
      .split('\n')
      .find((l) => l.startsWith('| 10.06.2026 | ◷'))!;
    expect(row).toContain(`frist 04.07.2026<br>Saker fra tidligere møter:<br>- ${MINUTES}<br>- ${ACTION} |`);
  });

  it('ics: the items in the DESCRIPTION', () => {
    const event = icsEvent(calendar('ics'));
    expect(event).toContain(
      `DESCRIPTION:frist 04.07.2026\\n\\nSaker fra tidligere møter:\\n- ${MINUTES}\\n- ${ACTION}`.replace(
        /,/g,
        '\\,',
      ),
    );
  });

  it('json: followUp with the previous meeting and the actions, by id', () => {
    const events = JSON.parse(calendar('json')).events as Array<Record<string, unknown>>;
    const planned = events.find((e) => e.kind === 'meeting' && e.date === '2026-06-10');
    expect(planned?.followUp).toEqual({
      minutes: { meeting: '2026-03-04-middle', date: '2026-03-04', status: 'held' },
      actions: [
        {
          meeting: '2026-03-04-middle',
          meetingDate: '2026-03-04',
          id: 'kartlegge-malgruppen',
          text: 'Kartlegge målgruppen',
          owner: 'kontakt-a',
          due: '2026-05-01',
        },
      ],
    });
  });

  it("the action done before the meeting and the other body's action are in no format's follow-up", () => {
    const block = meetingBlock(calendar('text')).join('\n');
    const ics = icsEvent(calendar('ics'));
    for (const text of [block, ics]) {
      expect(text).not.toContain('Lage rapportmal');
      expect(text).not.toContain('Toppens oppgave');
    }
  });

  it('nn and en say it in their words', () => {
    expect(meetingBlock(calendar('text', FOLDER, '--lang', 'nn')).slice(2)).toEqual([
      '              Saker frå tidlegare møte:',
      '              - Godkjenning av referat frå førre møte (04.03.2026)',
      '              - Oppfølging frå møtet 04.03.2026: Kartlegge målgruppen (ansvarleg: Kontakt A, frist 01.05.2026)',
    ]);
    const en = calendar('text', FOLDER, '--lang', 'en');
    expect(en).toContain('Carried forward from earlier meetings:');
    expect(en).toContain('- Approval of the minutes of the previous meeting (4 Mar 2026)');
    expect(en).toContain(
      '- Follow-up from the meeting on 4 Mar 2026: Kartlegge målgruppen (responsible: Kontakt A, due 1 May 2026)',
    );
  });

  it("the svg is as before: the årshjul marks the action's deadline, not the follow-up", () => {
    const svg = calendar('svg');
    expect(svg).toContain('Kartlegge målgruppen');
    expect(svg).not.toContain('Saker fra tidligere');
    expect(svg).not.toContain('Godkjenning av referat');
  });

  it('ICS SEQUENCE: the action done, the meeting no longer carries it, and its SEQUENCE is higher', () => {
    const folder = agreementWith({}, 'follow-up-carried');
    const before = icsEvent(calendar('ics', folder));
    const done = runBin([
      'record',
      'done',
      folder,
      '--action',
      '2026-03-04-middle/kartlegge-malgruppen',
      '--date',
      '2026-04-15',
      ...AS_OF,
    ]);
    expect(done.status, done.stderr).toBe(0);
    const after = icsEvent(calendar('ics', folder));
    expect(before).toContain('Kartlegge målgruppen');
    expect(after).not.toContain('Kartlegge målgruppen');
    expect(after).toContain(MINUTES);
    const sequence = (e: string) => Number(/SEQUENCE:(\d+)/.exec(e)?.[1]);
    expect(sequence(after)).toBeGreaterThan(sequence(before));
    expect(/UID:.*/.exec(after)?.[0]).toBe(/UID:.*/.exec(before)?.[0]);
  });
});
