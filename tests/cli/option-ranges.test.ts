import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';

// A number or a date outside what samarbeid takes is a usage error (exit 2) whose one line says
// what it takes, both ends of the range included (issue 24: `--within 999999999` was refused
// without the upper limit, and `--as-of 9999-12-31`, a real date, "takes a real date").

const CASES: Array<{ what: string; args: string[]; says: Record<'nb' | 'nn' | 'en', string> }> = [
  {
    what: 'remind --within 999999999',
    args: ['remind', 'data', '--within', '999999999'],
    says: {
      nb: '--within tar et heltall fra 0 til 9999; fikk «999999999»',
      nn: '--within tek eit heiltal frå 0 til 9999; fekk «999999999»',
      en: '--within takes a whole number from 0 to 9999; got "999999999"',
    },
  },
  {
    what: 'remind --within -1',
    args: ['remind', 'data', '--within', '-1'],
    says: { nb: 'fra 0 til 9999', nn: 'frå 0 til 9999', en: 'from 0 to 9999' },
  },
  {
    what: 'status --as-of 9999-12-31',
    args: ['status', 'data', '--as-of', '9999-12-31'],
    says: {
      nb: '--as-of tar en dato som finnes, fra 01.01.1900 til 31.12.2999, skrevet DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD; fikk «9999-12-31»',
      nn: '--as-of tek ein dato som finst, frå 01.01.1900 til 31.12.2999, skriven DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD; fekk «9999-12-31»',
      en: '--as-of takes a real date from 1 Jan 1900 to 31 Dec 2999, written DD.MM.YYYY or YYYY-MM-DD; got "9999-12-31"',
    },
  },
  {
    what: 'record meeting --date 31.12.1899',
    args: ['record', 'meeting', 'data/buskerud-2024', '--body', 'top', '--date', '31.12.1899', '--dry-run'],
    says: {
      nb: 'fra 01.01.1900 til 31.12.2999',
      nn: 'frå 01.01.1900 til 31.12.2999',
      en: 'from 1 Jan 1900 to 31 Dec 2999',
    },
  },
  {
    what: 'calendar --year 3000',
    args: ['calendar', 'data', '--year', '3000'],
    says: { nb: 'fra 1900 til 2998', nn: 'frå 1900 til 2998', en: 'from 1900 to 2998' },
  },
  {
    what: 'report --year 12026',
    args: ['report', 'data', '--year', '12026'],
    says: { nb: 'fra 1900 til 2998', nn: 'frå 1900 til 2998', en: 'from 1900 to 2998' },
  },
  {
    what: 'calendar --from/--to over ten years',
    args: ['calendar', 'data', '--from', '2026-01-01', '--to', '2040-01-01'],
    says: { nb: 'høyst ti år', nn: 'høgst ti år', en: 'ten years at most' },
  },
];

describe('a number or date out of range is refused with the range it must lie in', () => {
  it.each(CASES)(
    '$args.0 $args.2 $args.3: one line, exit 2, both limits named (nb, nn, en)',
    ({ args, says }) => {
      for (const lang of ['nb', 'nn', 'en'] as const) {
        const run = runBin([...args, '--lang', lang]);
        expect(run.status, run.stderr).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain(says[lang]);
      }
    },
  );

  it('the largest values taken are taken: --within 9999, --as-of 31.12.2999, --year 2998 (calendar and report alike, src/cli/spec.ts)', () => {
    expect(runBin(['remind', 'data', '--within', '9999', '--as-of', '2026-11-22']).status).toBe(0);
    expect(runBin(['status', 'data', '--as-of', '31.12.2999']).status).toBeLessThan(2);
    expect(runBin(['calendar', 'data', '--year', '2998']).status).toBe(0);
    expect(runBin(['report', 'data', '--year', '2998']).status).toBeLessThan(2);
  });
});
