import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers.js';

// SPEC section 13: Sogndal gave notice on 20.08.2026 under "seks måneders skriftlig varsel, med
// virkning fra et årsskifte", so it leaves on 01.01.2028 and the obligation falls due 31.12.2027.
const FIXTURE = join(FIXTURES, 'withdrawal');
const AS_OF = ['--as-of', '2027-11-01'];

describe('withdrawal through the built bin', () => {
  it('status says when the party leaves, in nb, nn and en', () => {
    const said = {
      nb: 'Utmelding: Sogndal kommune går ut 01.01.2028',
      nn: 'Utmelding: Sogndal kommune går ut 01.01.2028',
      en: 'Withdrawal: Sogndal kommune leaves on 1 Jan 2028',
    };
    for (const [lang, text] of Object.entries(said)) {
      const run = runBin(['status', FIXTURE, ...AS_OF, '--lang', lang]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain(text);
    }
    const json = JSON.parse(runBin(['status', FIXTURE, ...AS_OF, '--format', 'json']).stdout);
    const o = json.agreements[0].obligations.find(
      (x: { subject: string }) => x.subject === 'withdrawal:sogndal',
    );
    expect(o).toMatchObject({ deadline: '2027-12-31', state: 'ok' });
  });

  it('the year plan, the reminders and the report carry it too', () => {
    const title = 'Utmelding: Sogndal kommune går ut 01.01.2028';
    expect(runBin(['calendar', FIXTURE, ...AS_OF, '--year', '2027']).stdout).toContain(title);
    expect(runBin(['calendar', FIXTURE, ...AS_OF, '--year', '2027', '--format', 'ics']).stdout).toContain(
      `SUMMARY:${title}`,
    );
    expect(runBin(['remind', FIXTURE, '--as-of', '2027-12-10']).stdout).toContain(title);
    expect(runBin(['report', FIXTURE, '--year', '2027']).stdout).toContain(title);
  });

  it('a notice dated after as-of is not there yet', () => {
    const run = runBin(['status', FIXTURE, '--as-of', '2026-08-19', '--format', 'json']);
    expect(run.stdout).not.toContain('withdrawal:sogndal');
  });

  it('record withdrawal writes notice on the party, and a second run has nothing to do', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'samarbeid-wd-')), 'regionrad');
    cpSync(FIXTURE, dir, { recursive: true });
    const want = readFileSync(join(dir, 'agreement.yaml'), 'utf8');
    writeFileSync(join(dir, 'agreement.yaml'), want.replace(', notice: 2026-08-20', ''));
    const args = [
      'record',
      'withdrawal',
      dir,
      '--party',
      'sogndal',
      '--date',
      '20.08.2026',
      '--as-of',
      '2026-09-01',
    ];
    const first = runBin([...args, '--lang', 'en']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe(
      'Recorded in agreement.yaml that Sogndal kommune gave notice of withdrawal on 20 Aug 2026\nSogndal kommune leaves on 1 Jan 2028\n',
    );
    expect(readFileSync(join(dir, 'agreement.yaml'), 'utf8')).toBe(want);
    const second = runBin(args);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe('Allerede registrert: utmelding fra sogndal. Ingenting er endret.\n');
    expect(readFileSync(join(dir, 'agreement.yaml'), 'utf8')).toBe(want);
    const other = runBin([...args.slice(0, -4), '--date', '21.08.2026', '--as-of', '2026-09-01']);
    expect(other.status).toBe(1);
    expect(readFileSync(join(dir, 'agreement.yaml'), 'utf8')).toBe(want);
  });
});
