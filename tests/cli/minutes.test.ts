import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badFixture, runBin } from '../helpers.js';
import { validNumber } from '../identity-numbers.js';

// SPEC section 10: a path in `minutes:` must exist (docs/decisions.md, "Where a minutes path
// points"). The fixture's held meeting names referat/2026-03-04.pdf, which is not there.
const AS_OF = ['--as-of', '2026-11-22'];
const MEETINGS = 'meetings/2026.yaml';

describe('minutes-not-found (built bin)', () => {
  it('validate: an error at the minutes line, in nb, nn and en; exit 1', () => {
    const folder = badFixture('minutes-not-found');
    const run = (lang: string) => runBin(['validate', '.', ...AS_OF, '--lang', lang], { cwd: folder });
    const nb = run('nb');
    expect(nb.status).toBe(1);
    expect(nb.stdout.split('\n')[0]).toBe(
      'meetings/2026.yaml:7:14 feil [minutes-not-found] Referatet «referat/2026-03-04.pdf» finnes ikke: en sti i «minutes» leses fra avtalemappen; legg filen der, rett stien eller skriv en lenke (https://…)',
    );
    expect(run('nn').stdout).toContain('Referatet «referat/2026-03-04.pdf» finst ikkje:');
    expect(run('en').stdout).toContain(
      'error [minutes-not-found] The minutes "referat/2026-03-04.pdf" do not exist:',
    );
  });

  it('the file added is fine, deleted again an error: looked up on every run, the cache on', () => {
    const folder = badFixture('minutes-not-found');
    const repo = dirname(folder);
    mkdirSync(join(repo, '.git'));
    const validate = () => runBin(['validate', 'agreement', ...AS_OF, '--format', 'json'], { cwd: repo });
    const rules = (out: string) => JSON.parse(out).findings.map((f: { rule: string }) => f.rule);
    expect(rules(validate().stdout)).toEqual(['minutes-not-found']);
    // The meeting file is in the cache now: the next runs answer for it without parsing.
    const cache = join(repo, '.git', 'samarbeid-cache');
    expect(readFileSync(join(cache, readdirSync(cache).find((n) => n.startsWith('f-'))!), 'utf8')).toContain(
      MEETINGS,
    );
    mkdirSync(join(folder, 'referat'));
    writeFileSync(join(folder, 'referat', '2026-03-04.pdf'), '%PDF-1.7 referat\n');
    const added = validate();
    expect([added.status, rules(added.stdout)]).toEqual([0, []]);
    rmSync(join(folder, 'referat', '2026-03-04.pdf'));
    const deleted = validate();
    expect([deleted.status, rules(deleted.stdout)]).toEqual([1, ['minutes-not-found']]);
  });

  it('samarbeid.yaml can lower it to a warning; status is not blocked by it', () => {
    const folder = badFixture('minutes-not-found');
    writeFileSync(join(dirname(folder), 'samarbeid.yaml'), 'rules:\n  minutes-not-found: warning\n');
    const run = runBin(['validate', 'agreement', ...AS_OF, '--format', 'json'], { cwd: dirname(folder) });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ errors: 0, warnings: 1 });
    // A missing PDF does not hide the agreement's obligations (a rule's finding, not the loader's).
    const status = runBin(['status', folder, ...AS_OF, '--format', 'json']);
    expect(status.stderr).toBe('');
    expect(JSON.parse(status.stdout).agreements[0].obligations.length).toBeGreaterThan(0);
  });
});

describe('record meeting --minutes (built bin)', () => {
  const record = (folder: string, minutes: string, more: string[] = [], cwd = folder) =>
    runBin(
      [
        'record',
        'meeting',
        folder === cwd ? '.' : folder,
        '--body',
        'middle',
        '--date',
        '2026-06-04',
        '--minutes',
        minutes,
        ...AS_OF,
        ...more,
      ],
      { cwd },
    );

  it('a path to nothing is refused in one line, exit 2, nothing written; in nb, nn and en', () => {
    const folder = badFixture('minutes-not-found');
    const before = readFileSync(join(folder, MEETINGS), 'utf8');
    const nb = record(folder, 'referat/2026-06-04.pdf');
    expect([nb.status, nb.stdout]).toEqual([2, '']);
    expect(nb.stderr).toBe(
      'samarbeid: Referatet «referat/2026-06-04.pdf» finnes ikke: en sti i «minutes» leses fra avtalemappen; legg filen der, rett stien eller skriv en lenke (https://…). Ingenting er skrevet.\n',
    );
    expect(record(folder, 'referat/2026-06-04.pdf', ['--lang', 'nn']).stderr).toMatch(
      /^samarbeid: Referatet «referat\/2026-06-04.pdf» finst ikkje: .* Ingenting er skrive\.\n$/,
    );
    expect(record(folder, '../utenfor.pdf', ['--lang', 'en']).stderr).toBe(
      'samarbeid: The minutes "../utenfor.pdf" lie outside the agreement folder and are not checked; put them in the agreement folder or give a link (https://…). Nothing written.\n',
    );
    const absolute = record(folder, '/srv/referat.pdf');
    expect([absolute.status, absolute.stderr]).toEqual([2, expect.stringContaining('absolutt sti')]);
    expect(readFileSync(join(folder, MEETINGS), 'utf8')).toBe(before);
  });

  it('a path from the working folder is refused with the path from the agreement folder', () => {
    const folder = badFixture('minutes-not-found');
    mkdirSync(join(folder, 'referat'));
    writeFileSync(join(folder, 'referat', '2026-06-04.pdf'), 'referat\n');
    const run = record(folder, 'agreement/referat/2026-06-04.pdf', [], dirname(folder));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('mente du «referat/2026-06-04.pdf»?');
  });

  it('an existing file and a link are written; validate is then clean of it', () => {
    const folder = badFixture('minutes-not-found');
    mkdirSync(join(folder, 'referat'));
    writeFileSync(join(folder, 'referat', '2026-06-04.pdf'), 'referat\n');
    writeFileSync(join(folder, 'referat', '2026-03-04.pdf'), 'referat\n');
    expect(record(folder, 'referat/2026-06-04.pdf').status).toBe(0);
    expect(readFileSync(join(folder, MEETINGS), 'utf8')).toContain('    minutes: referat/2026-06-04.pdf\n');
    const link = runBin(
      [
        'record',
        'meeting',
        '.',
        '--body',
        'top',
        '--date',
        '2026-06-05',
        '--host',
        'part-a',
        '--minutes',
        'https://example.org/r.pdf',
        ...AS_OF,
      ],
      { cwd: folder },
    );
    expect(link.status, link.stderr).toBe(0);
    const run = runBin(['validate', '.', ...AS_OF, '--format', 'json'], { cwd: folder });
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });

  it('an identity number in a minutes path is masked in the finding and in the refusal', () => {
    const n = validNumber('010190100');
    const folder = badFixture('minutes-not-found');
    const refused = record(folder, `referat/${n}.pdf`);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`referat/******${n.slice(6)}.pdf`);
    expect(refused.stderr).not.toContain(n);
    writeFileSync(
      join(folder, MEETINGS),
      readFileSync(join(folder, MEETINGS), 'utf8').replace('referat/2026-03-04.pdf', `referat/${n}.pdf`),
    );
    const run = runBin(['validate', '.', ...AS_OF], { cwd: folder });
    expect(run.stdout).toContain(
      `[minutes-not-found] Referatet «referat/******${n.slice(6)}.pdf» finnes ikke`,
    );
    expect(run.stdout).not.toContain(n);
    expect(existsSync(join(folder, 'referat'))).toBe(false);
  });
});
