import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

// SPEC section 12 through the built bin: the helsefellesskap example, record meeting's default
// host from the host role, and init with two sides.

const HF = join(ROOT, 'data', 'helsefellesskap-bergen');
const AS_OF = ['--as-of', '2026-11-22'];

function copyOfExample(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'samarbeid-sides-')), 'hf');
  cpSync(HF, dir, { recursive: true });
  return dir;
}

describe('the helsefellesskap example', () => {
  it('status answers who hosts and who leads, until when, by name', () => {
    const run = runBin(['status', HF, ...AS_OF]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('vertskap: Kommunane til 31.12.2026 · leiar: Kommunane til 31.12.2026');
    expect(run.stdout).toContain(
      'leiar: Kommunane til 31.12.2027 · nestleiar: Spesialisthelsetenesta til 31.12.2027',
    );
    expect(run.stdout).toContain(
      'Oppnemningsperioden for Kommunedirektør, medlem av SSU (Askøy kommune) går ut',
    );
  });

  it('status JSON gives host and roles with holder ids and the last day of the term', () => {
    const run = runBin(['status', HF, ...AS_OF, '--format', 'json']);
    const obligations = JSON.parse(run.stdout).agreements[0].obligations;
    const top = obligations.find((o: { subject: string }) => o.subject === 'meeting:partnarskapsmote');
    expect(top.host).toBe('kommunane');
    expect(top.roles).toEqual({
      host: { holder: 'kommunane', until: '2026-12-31' },
      leader: { holder: 'kommunane', until: '2026-12-31' },
    });
    // After 2026 the turn goes to the other side.
    const next = JSON.parse(runBin(['status', HF, '--as-of', '2027-02-01', '--format', 'json']).stdout);
    const later = next.agreements[0].obligations.find(
      (o: { subject: string }) => o.subject === 'meeting:partnarskapsmote',
    );
    expect(later.roles.host).toEqual({ holder: 'spesialisthelsetenesta', until: '2028-12-31' });
  });

  it('validates clean, and in English the Markdown names the holders', () => {
    expect(runBin(['validate', HF, ...AS_OF]).status).toBe(0);
    const md = runBin(['status', HF, ...AS_OF, '--format', 'markdown', '--lang', 'en']).stdout;
    expect(md).toContain(
      'leader: Kommunane until 31 Dec 2027; deputy: Spesialisthelsetenesta until 31 Dec 2027',
    );
  });

  it("remind sends the SSU meeting to the leading side's lead party (Bergen), not to every municipality", () => {
    const run = runBin(['remind', HF, '--as-of', '2027-01-20', '--format', 'json']);
    const ssu = JSON.parse(run.stdout).reminders.find(
      (r: { subject: string }) => r.subject === 'meeting:ssu',
    );
    const people = ssu.recipients.map((r: { person: string }) => r.person);
    expect(people).toEqual(['sekretariat-kommunane', 'sekretariat-helse-bergen', 'kontakt-bergen']);
  });
});

describe('record meeting takes its host from the host role', () => {
  it('a side with a lead hosts through its lead party', () => {
    const dir = copyOfExample();
    const run = runBin([
      'record',
      'meeting',
      dir,
      '--body',
      'partnarskapsmote',
      '--date',
      '2027-03-02',
      '--status',
      'planned',
      ...AS_OF,
    ]);
    expect(run.status, run.stderr).toBe(0);
    // 2027 is the turn of spesialisthelsetenesta, whose only party is Helse Bergen.
    expect(readFileSync(join(dir, 'meetings', '2027.yaml'), 'utf8')).toContain('host: helse-bergen');
  });

  it('a side of several parties without a lead leaves the host to the user, and --host still wins', () => {
    const dir = copyOfExample();
    const agreement = join(dir, 'agreement.yaml');
    const text = readFileSync(agreement, 'utf8').replace(
      '{ id: kommunane, name: Kommunane, lead: bergen }',
      '{ id: kommunane, name: Kommunane }',
    );
    writeFileSync(agreement, text);
    const planned = runBin([
      'record',
      'meeting',
      dir,
      '--body',
      'partnarskapsmote',
      '--date',
      '2026-11-20',
      '--status',
      'held',
      ...AS_OF,
    ]);
    expect(planned.status, planned.stderr).toBe(0);
    expect(readFileSync(join(dir, 'meetings', '2026.yaml'), 'utf8')).not.toMatch(
      /2026-11-20.*\n.*\n.*\n.*host/,
    );
    const hosted = runBin([
      'record',
      'meeting',
      dir,
      '--body',
      'ssu',
      '--date',
      '2026-11-03',
      '--status',
      'held',
      '--host',
      'fedje',
      ...AS_OF,
    ]);
    expect(hosted.status, hosted.stderr).toBe(0);
    expect(readFileSync(join(dir, 'meetings', '2026.yaml'), 'utf8')).toContain('host: fedje');
  });
});

describe('init --side', () => {
  it('starts a two-sided agreement whose host and leader rotate between the sides, and it validates', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'samarbeid-init-')), 'hf');
    const run = runBin([
      'init',
      dir,
      '--title',
      'Helsefellesskapet',
      '--language',
      'nn',
      '--from',
      '2026-01-01',
      '--side',
      'kommunane=bergen,askoy,fjell',
      '--side',
      'helseforetaket=helse-bergen',
      '--party',
      'helse-bergen=Helse Bergen',
    ]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const text = readFileSync(join(dir, 'agreement.yaml'), 'utf8');
    expect(text).toContain('    name: Helse Bergen\n    side: helseforetaket\n');
    expect(text).toContain('host: { rotate: sides, every: 1 year, from: 2026-01-01 }');
    expect(runBin(['validate', dir, ...AS_OF]).status).toBe(0);
    const status = runBin(['status', dir, ...AS_OF, '--lang', 'en']).stdout;
    expect(status).toContain('host: Kommunane until 31 Dec 2026');
  });

  it('a party on two sides or a malformed --side is a one-line usage error', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'samarbeid-init-')), 'x');
    const twice = runBin(['init', dir, '--title', 'X', '--side', 'a=b,c', '--side', 'd=c', '--lang', 'en']);
    expect(twice.status).toBe(2);
    expect(twice.stderr.trim()).toBe('samarbeid: c is on two sides; a party belongs to one side');
    const bad = runBin(['init', dir, '--title', 'X', '--side', 'kommunane', '--lang', 'en']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--side takes side=party,party');
  });
});
