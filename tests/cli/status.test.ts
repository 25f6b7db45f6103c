import { describe, expect, it } from 'vitest';
import { agreementWith, badFixture, runBin } from '../helpers.js';

const AS_OF = ['--as-of', '2026-11-22'];

describe('samarbeid status (built bin)', () => {
  it('json: the shape of SPEC section 6, field by field', () => {
    const run = runBin(['status', 'data', ...AS_OF, '--format', 'json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['asOf', 'agreements', 'summary']);
    expect(out.asOf).toBe('2026-11-22');
    // data/: buskerud-2024, helsefellesskap-bergen (SPEC section 12), viken-2020.
    expect(out.summary).toEqual({ unrecorded: 0, overdue: 3, dueSoon: 1, planned: 2, ok: 9 });
    expect(out.agreements.map((a: { id: string }) => a.id)).toEqual([
      'buskerud-2024',
      'helsefellesskap-bergen',
      'viken-2020',
    ]);
    const [buskerud, , viken] = out.agreements;
    expect(Object.keys(buskerud)).toEqual(['id', 'path', 'state', 'obligations']);
    expect(buskerud).toMatchObject({ id: 'buskerud-2024', path: 'data/buskerud-2024', state: 'active' });
    expect(viken).toMatchObject({ id: 'viken-2020', state: 'superseded', obligations: [] });
    const top = buskerud.obligations.find((o: { subject: string }) => o.subject === 'meeting:top');
    expect(Object.keys(top)).toEqual([
      'subject',
      'title',
      'state',
      'deadline',
      'daysLeft',
      'last',
      'planned',
      'host',
      'remaining',
      'missed',
    ]);
    expect(top).toEqual({
      subject: 'meeting:top',
      title: 'Møte: Toppledernivå',
      state: 'planned',
      deadline: '2026-12-31',
      daysLeft: 39,
      last: '2025-10-14',
      planned: '2026-12-08',
      host: 'buskerud-fk',
      remaining: 1,
      missed: [],
    });
    // Clause 4, "minimum tertialvise møter": a calendar cadence. T3 2026 (Sep-Dec) has no held
    // meeting yet, so the deadline is the end of T3, and the meeting planned on 10.12 covers it;
    // every tertial since 01.06.2024 (2024-T2 included) had one, so none is missed.
    const middle = buskerud.obligations.find((o: { subject: string }) => o.subject === 'meeting:middle');
    expect(middle).toEqual({
      subject: 'meeting:middle',
      title: 'Møte: Mellomledernivå',
      state: 'planned',
      deadline: '2026-12-31',
      daysLeft: 39,
      last: '2026-08-20',
      planned: '2026-12-10',
      remaining: 1,
      missed: [],
    });
    expect(buskerud.obligations.filter((o: { state: string }) => o.state === 'done')).toHaveLength(2);
  });

  it('text: sorted by urgency, dates in the language, summary at the end', () => {
    const run = runBin(['status', 'data', ...AS_OF]);
    const lines = run.stdout.split('\n');
    const states = lines.filter((l) => /^ {2}[✗!◷✓·] /.test(l)).map((l) => l.trim().split(/\s+/)[1]);
    expect(states).toEqual([
      'forfalt',
      'forfalt',
      'forfalt',
      'snart',
      'planlagt',
      'planlagt',
      'ok',
      'ok',
      'ok',
      'ok',
      // helsefellesskap-bergen
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
    expect(run.stdout).toContain(
      'frist 31.12.2026 · om 39 dager · ansvarlig: Buskerud fylkeskommune (vertskap) · planlagt 08.12.2026',
    );
    expect(run.stdout).toContain(
      'frist 31.12.2026 · om 39 dager · ansvarlig: sekretariatet · planlagt 10.12.2026 · sist 20.08.2026\n',
    );
    expect(lines.filter(Boolean).at(-1)).toBe('Per 22.11.2026: 3 forfalt, 1 snart, 2 planlagt, 9 ok');
    expect(run.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  it('text in English and nynorsk', () => {
    expect(runBin(['status', 'data', ...AS_OF, '--lang', 'en']).stdout).toContain(
      'due 31 Dec 2026 · in 39 days · responsible: Buskerud fylkeskommune (host)',
    );
    expect(runBin(['status', 'data', ...AS_OF, '--lang', 'nn']).stdout).toContain(
      'Per 22.11.2026: 3 forfalle',
    );
  });

  it('--all shows done obligations', () => {
    const folded = runBin(['status', 'data', ...AS_OF]).stdout;
    expect(folded).toContain('2 utførte er skjult');
    const all = runBin(['status', 'data', ...AS_OF, '--all']).stdout;
    expect(all).toContain('utført 20.11.2025');
  });

  it('markdown: a table per agreement, with who is responsible', () => {
    const run = runBin(['status', 'data', ...AS_OF, '--format', 'markdown', '--lang', 'en']);
    expect(run.stdout).toContain('# Status as of 22.11.2026'.replace('22.11.2026', '22 Nov 2026'));
    expect(run.stdout).toContain('| State | What | Responsible | Deadline | When | Notes |');
    expect(run.stdout).toContain(
      '| 🔵 planned | Meeting: Toppledernivå | Buskerud fylkeskommune (host) | 31 Dec 2026 | in 39 days | planned 8 Dec 2026; last 14 Oct 2025 |',
    );
    expect(run.stdout).toContain(
      '| 🔵 planned | Meeting: Mellomledernivå | the secretariat | 31 Dec 2026 | in 39 days |',
    );
  });

  it('markdown: folded done obligations are counted without a command-line hint', () => {
    const nb = runBin(['status', 'data', ...AS_OF, '--format', 'markdown']).stdout;
    expect(nb).toContain('_2 utførte er ikke vist_');
    expect(nb).not.toContain('--all');
    const nn = runBin(['status', 'data', ...AS_OF, '--format', 'markdown', '--lang', 'nn']).stdout;
    expect(nn).toContain('_2 utførte er ikkje viste_');
    // The terminal keeps its hint: there the reader can run the command.
    expect(runBin(['status', 'data', ...AS_OF]).stdout).toContain('--all');
  });

  it('--fail-on: exit 1 when an obligation is at or beyond the state', () => {
    expect(runBin(['status', 'data', ...AS_OF, '--fail-on', 'overdue']).status).toBe(1);
    expect(runBin(['status', 'data', '--as-of', '2026-06-15', '--fail-on', 'overdue']).status).toBe(0);
    expect(runBin(['status', 'data', '--as-of', '2026-06-15', '--fail-on', 'due-soon']).status).toBe(1);
    expect(runBin(['status', 'data', ...AS_OF]).status).toBe(0);
  });

  it('an agreement with broken files is reported as invalid, exit 1, and points to validate', () => {
    const run = runBin(['status', badFixture('yaml-syntax'), '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('invalid data: The data has errors; run "samarbeid validate');
  });

  it('data cannot inject terminal escapes or Markdown', () => {
    const evil = 'Møte \u001b[2J\u001b]0;pwned\u0007 [klikk](https://x.example) <img src=x> | *fet*';
    const folder = agreementWith({
      'agreement.yaml': `schemaVersion: 1
id: evil
title: "${evil.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a')}"
parties:
  - { id: part-a, name: Part A }
  - { id: part-b, name: Part B }
validity: { from: 2025-01-01 }
governance:
  bodies:
    top: { name: "${evil.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a')}", meets: yearly, host: rotate }
`,
    });
    const text = runBin(['status', folder, ...AS_OF, '--format', 'text']).stdout;
    expect(text).not.toMatch(/[\u0007\u001b]/);
    const md = runBin(['status', folder, ...AS_OF, '--format', 'markdown']).stdout;
    // A tag opener gets a backslash (no raw HTML); `>` and the rest read as written, no entities.
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toContain('[klikk](');
    expect(md).toContain('\\[klikk\\]');
    expect(md).toContain('\\<img src=x> \\| \\*fet\\*');
    expect(md).not.toMatch(/&(lt|gt|amp);/);
  });
});
