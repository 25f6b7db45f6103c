import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agreementWith, FIXTURES, runBin } from '../helpers.js';

const AS_OF = ['--as-of', '2026-11-22'];

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    const alarm = v.getFirstSubcomponent('valarm');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      status: v.getFirstPropertyValue('status')?.toString() ?? null,
      trigger: alarm?.getFirstPropertyValue('trigger')?.toString(),
    };
  });
}

describe('samarbeid remind (built bin)', () => {
  it('text: the reminders of the example data, soonest first, with meeting dates and agenda', () => {
    const run = runBin(['remind', 'data', ...AS_OF]);
    expect(run.status).toBe(0);
    // The tertial's middle meeting is planned (10.12.2026), so no date is suggested for it.
    expect(run.stdout).toContain('◷ Møte: Mellomledernivå\n    møtedato 10.12.2026\n    frist 31.12.2026');
    expect(run.stdout).not.toContain('foreslått møtedato');
    expect(run.stdout).toContain('Vedta handlingsplan: Handlingsplan for arbeidsgruppen Ungdom i opplæring');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('6 påminnelser per 22.11.2026');
  });

  it('json: the shape of SPEC section 6', () => {
    const out = JSON.parse(runBin(['remind', 'data', ...AS_OF, '--format', 'json']).stdout);
    expect(Object.keys(out)).toEqual(['asOf', 'reminders']);
    expect(out.reminders).toHaveLength(6);
    for (const r of out.reminders) {
      expect(Object.keys(r)).toEqual([
        'agreement',
        'subject',
        'kind',
        'title',
        'state',
        'daysLeft',
        'deadline',
        'date',
        'suggested',
        'recipients',
        'agenda',
      ]);
    }
    const top = out.reminders.find((r: { subject: string }) => r.subject === 'meeting:top');
    expect(top).toMatchObject({
      kind: 'meeting',
      date: '2026-12-08',
      deadline: '2026-12-31',
      suggested: null,
      state: 'planned',
      daysLeft: 39,
    });
    expect(top.recipients.map((p: { person: string }) => p.person)).toEqual([
      'sekretariat-bfk',
      'sekretariat-nav',
      'seksjonsleder-opplaering',
    ]);
    expect(Object.keys(top.recipients[0])).toEqual(['person', 'party', 'role', 'name', 'email']);
  });

  it('ics: parsed back by ical.js, all-day events on the right dates, alarms, stable UIDs', () => {
    const first = runBin(['remind', 'data', ...AS_OF, '--format', 'ics']).stdout;
    const second = runBin(['remind', 'data', ...AS_OF, '--format', 'ics'], {
      env: { TZ: 'Pacific/Kiritimati' },
    }).stdout;
    expect(second).toBe(first);
    // The six reminders, and one withdrawn (SPEC section 14): Bergen's strategic council met on
    // 10.11.2026, within the 30 days before as-of.
    const all = events(first);
    const list = all.filter((e) => e.status !== 'CANCELLED');
    expect(list).toHaveLength(6);
    expect(all.filter((e) => e.status === 'CANCELLED').map((e) => [e.start, e.summary, e.trigger])).toEqual([
      [
        '2026-11-10',
        'Møte: Strategisk samarbeidsutval – Samarbeidsavtale for Helsefellesskapet i Bergensområdet (illustrasjon)',
        undefined,
      ],
    ]);
    const top = list.find((e) => e.summary.startsWith('Møte: Toppledernivå'))!;
    expect(top).toMatchObject({ start: '2026-12-08', allDay: true, trigger: '-P30D' });
    // The previous top meeting's minutes come first (SPEC section 10), then the clause-4 topics.
    expect(top.description).toContain(
      '1. Godkjenning av referat fra forrige møte (14.10.2025)\n2. Status i samarbeidet',
    );
    expect(new Set(list.map((e) => e.uid)).size).toBe(6);
    // A later run updates the same events: same UIDs.
    const later = events(runBin(['remind', 'data', '--as-of', '2026-11-25', '--format', 'ics']).stdout);
    expect(later.find((e) => e.summary.startsWith('Møte: Toppledernivå'))?.uid).toBe(top.uid);
  });

  it('ics: RFC 5545 lines: CRLF, at most 75 octets, folding never splits a UTF-8 character', () => {
    const ics = runBin(['remind', 'data', ...AS_OF, '--format', 'ics']).stdout;
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
  });

  it('ics: titles with commas, semicolons, newlines and long Norwegian text survive the round trip', () => {
    const long =
      'Særskilt oppfølging av ungdom som står utenfor opplæring, arbeid og aktivitet i hele fylket; tiltak for bærekraftig samhandling';
    const folder = agreementWith({
      'meetings/2026.yaml': `schemaVersion: 1
meetings:
  - id: 2026-12-01-top
    body: top
    date: 2026-12-01
    status: planned
    host: part-a
    title: "${long}\\nlinje to, med komma; og semikolon \\\\ og skråstrek"
`,
    });
    const list = events(runBin(['remind', folder, ...AS_OF, '--format', 'ics']).stdout);
    const meeting = list.find((e) => e.start === '2026-12-01')!;
    // One agreement in the file: its name is not repeated in every title.
    expect(meeting.summary).toBe(`${long} linje to, med komma; og semikolon \\ og skråstrek`);
  });

  it('ics: data cannot inject properties', () => {
    const folder = agreementWith({
      'meetings/2026.yaml': `schemaVersion: 1
meetings:
  - { id: 2026-12-01-top, body: top, date: 2026-12-01, status: planned, host: part-a, title: "x\\r\\nEND:VEVENT\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:pwned" }
`,
    });
    const ics = runBin(['remind', folder, ...AS_OF, '--format', 'ics']).stdout;
    const json = JSON.parse(runBin(['remind', folder, ...AS_OF, '--format', 'json']).stdout);
    expect(events(ics)).toHaveLength(json.reminders.length);
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(json.reminders.length);
    expect(ics).not.toMatch(/^(SUMMARY:pwned|END:VEVENT\\)/m);
  });

  it('markdown: one section per reminder', () => {
    const md = runBin(['remind', 'data', ...AS_OF, '--format', 'markdown', '--lang', 'en']).stdout;
    expect(md).toContain('### Meeting: Mellomledernivå\n\n- Meeting on 10 Dec 2026');
    expect(md).toContain('**Draft agenda**');
    expect(md.match(/^### /gm)).toHaveLength(6);
  });

  it('markdown: a meeting deadline with nothing planned gets a suggested date', () => {
    // The minimal agreement has held no middle meeting since 2025: 22.11.2026 plus 14 days'
    // notice is a Sunday, so the suggestion is Monday 7 December.
    const md = runBin(['remind', agreementWith(), ...AS_OF, '--format', 'markdown', '--lang', 'en']).stdout;
    expect(md).toContain('### Deadline for meeting: Mellomledermøte');
    expect(md).not.toMatch(/: \w+: /);
    expect(md).toContain('- Suggested meeting date: 7 Dec 2026');
  });

  it('the To list pastes into Outlook: names (else roles) and addresses, "; " between them', () => {
    const folder = join(FIXTURES, 'with-addresses');
    const to = 'Ola Hansen <ola.hansen@nav.no>; "Rådgiver, Opplæring og samhandling" <kari@bfk.no>';
    const text = runBin(['remind', folder, ...AS_OF]).stdout;
    expect(text).toContain(`    til: ${to}\n    uten e-postadresse: Per Berg (Seksjonsleder), Part A\n`);
    const md = runBin(['remind', folder, ...AS_OF, '--format', 'markdown', '--lang', 'en']).stdout;
    // Text, not a code span (Teams shows code as code): the brackets escaped, so a renderer shows
    // them and no tag or autolink swallows them.
    const shown = to.replace(/[<>]/g, (c) => `\\${c}`);
    expect(md).toContain(`- To: ${shown}\n- No e-mail address: Per Berg (Seksjonsleder), Part A\n`);
    expect(md).not.toContain('`');
    expect(md).not.toMatch(/&(lt|gt|amp);/);
  });

  it('without any address, only the line of those without one', () => {
    const text = runBin(['remind', 'data', ...AS_OF]).stdout;
    // Each agreement by its title: its id is for commands, and none here needs it.
    expect(text).toMatch(/^Samarbeidsavtale mellom Nav Vest-Viken og Buskerud fylkeskommune$/m);
    expect(text).not.toContain('(buskerud-2024)');
    expect(text).not.toContain('til:');
    expect(text).toContain(
      'uten e-postadresse: Rådgiver, Opplæring og samhandling (sekretariatet), Buskerud fylkeskommune; Rådgiver, samfunnsenheten (sekretariatet), Nav Vest-Viken',
    );
  });

  it('json: state and daysLeft of an overdue deadline', () => {
    const out = JSON.parse(runBin(['remind', agreementWith(), ...AS_OF, '--format', 'json']).stdout);
    expect(out.reminders[0]).toMatchObject({ kind: 'deadline', state: 'overdue', daysLeft: -570 });
  });

  it('--out writes one file per agreement', () => {
    const out = mkdtempSync(join(tmpdir(), 'samarbeid-out-'));
    const run = runBin(['remind', 'data', ...AS_OF, '--format', 'ics', '--out', out]);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'buskerud-2024.ics',
      'helsefellesskap-bergen.ics',
      'viken-2020.ics',
    ]);
    expect(events(readFileSync(join(out, 'buskerud-2024.ics'), 'utf8'))).toHaveLength(6);
    expect(events(readFileSync(join(out, 'viken-2020.ics'), 'utf8'))).toHaveLength(0);
  });

  it('--within must be a number', () => {
    const run = runBin(['remind', 'data', '--within', 'soon']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
