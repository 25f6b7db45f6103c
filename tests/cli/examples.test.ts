import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

// SPEC section 13 (issue 26): three example agreements of other shapes than the Buskerud one, each
// modelled on a kind of published text: a regionråd (nynorsk), an interkommunalt selskap, a
// helsefellesskap with seats. Each is valid, and shows its duties in status and remind.
const EXAMPLES = join(ROOT, 'docs', 'examples');
const AS_OF = ['--as-of', '2026-12-07'];
const copy = (name: string) => {
  const dir = join(mkdtempSync(join(tmpdir(), 'samarbeid-example-')), name);
  cpSync(join(EXAMPLES, name), dir, { recursive: true });
  return dir;
};
const obligations = (dir: string, asOf: string) =>
  JSON.parse(runBin(['status', dir, '--as-of', asOf, '--all', '--format', 'json']).stdout).agreements[0]
    .obligations as Array<{ subject: string; state: string; deadline: string }>;
const edit = (dir: string, file: string, from: string, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe('the example agreements', () => {
  it('are the three of issue 26, each naming the kind of text it is modelled on', () => {
    const names = readdirSync(EXAMPLES).sort();
    expect(names).toEqual(['helsefellesskap-forde', 'iks-midt', 'regionrad-sogn']);
    for (const name of names)
      expect(readFileSync(join(EXAMPLES, name, 'agreement.yaml'), 'utf8')).toMatch(/^# Modell?ert etter /);
  });

  it.each(['helsefellesskap-forde', 'iks-midt', 'regionrad-sogn'])('%s is valid, with no finding', (name) => {
    const run = runBin(['validate', join(EXAMPLES, name), ...AS_OF, '--lang', 'en']);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout.trim()).toBe('1 agreement checked: no findings');
  });

  it('the IKS: the board prepares the council, duties at the council, seats one per owner', () => {
    const dir = join(EXAMPLES, 'iks-midt');
    const now = obligations(dir, '2026-12-07');
    const state = (subject: string) => now.find((o) => o.subject === subject);
    expect(state('prepare:styret:2027-04-20-representantskap')).toMatchObject({
      state: 'planned',
      deadline: '2027-04-19',
    });
    expect(state('duty:arsregnskap-vedtatt')).toMatchObject({ state: 'planned', deadline: '2027-04-30' });
    // The board's 30.03 meeting is 21 days before the council: it prepares it; one on 10.03 would not.
    const late = copy('iks-midt');
    edit(late, 'meetings/2027.yaml', 'date: 2027-03-30', 'date: 2027-03-10');
    edit(late, 'meetings/2027.yaml', 'id: 2027-03-30-styret', 'id: 2027-03-10-styret');
    const after = obligations(late, '2027-04-20');
    expect(after.find((o) => o.subject === 'prepare:styret:2027-04-20-representantskap')).toMatchObject({
      state: 'overdue',
      deadline: '2027-04-19',
    });
  });

  it('the helsefellesskap: a vacant seat is named, a meeting short of its quorum is warned of', () => {
    const dir = copy('helsefellesskap-forde');
    edit(dir, 'agreement.yaml', ' ssu-hf-5, brukar-1', ' brukar-1');
    edit(
      dir,
      'meetings/2026.yaml',
      'attendance: [ssu-sunnfjord, ssu-kinn, ssu-stad, ssu-hoyanger, ssu-hf-1',
      'attendance: [ssu-sunnfjord, ssu-kinn, ssu-hoyanger, ssu-hf-1',
    );
    const run = runBin(['validate', dir, ...AS_OF]);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      'åtvaring [seats] Strategisk samarbeidsutval har 1 ledig plass for Helseføretaket: 4 av 5 er fylte',
    );
    expect(run.stdout).toContain(
      'åtvaring [quorum] Strategisk samarbeidsutval, møtet 26.11.2026: ikkje vedtaksført; 6 av 11 medlemer var til stades, men 2/3 av medlemene, minst 8, må vere til stades',
    );
    // Who is no longer a member is named where the list has them, and not counted.
    expect(run.stdout).toContain(
      'Strategisk samarbeidsutval, møtet 26.11.2026: Samhandlingssjef, medlem av SSU er ført opp som til stades, men var ikkje medlem den dagen; personen vert ikkje talt med',
    );
  });
});
