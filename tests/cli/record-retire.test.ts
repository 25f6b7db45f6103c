import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

// SPEC section 14, end to end through the built bin: a plan retired with a successor, and the
// report's decisions, working-group reports, areas and dates. Dates worked out by hand.
const copy = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'samarbeid-retire-')), 'buskerud-2024');
  cpSync(join(ROOT, 'data', 'buskerud-2024'), dir, { recursive: true });
  return dir;
};
const PLAN = 'action-plans/handlingsplan-samarbeidsutvalget.yaml';
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const record = (dir: string, args: string[]) =>
  runBin(['record', args[0]!, dir, ...args.slice(1), '--as-of', '2026-12-07', '--lang', 'nb']);
const obligations = (dir: string, asOf: string) =>
  JSON.parse(runBin(['status', dir, '--as-of', asOf, '--all', '--format', 'json']).stdout).agreements[0]
    .obligations as Array<{ subject: string; state: string; deadline: string }>;

describe('record retire, with a successor', () => {
  it('retires the plan at a held meeting; status then asks the successor only, from its own adoption', () => {
    const dir = copy();
    const adopt = record(dir, ['adopt', '--plan', 'handlingsplan-ungdom', '--meeting', 'middle@20.08.2026']);
    expect(adopt.status, adopt.stderr).toBe(0);
    const before = read(dir, PLAN);
    const run = record(dir, [
      'retire',
      '--plan',
      'handlingsplan-samarbeidsutvalget',
      '--replaced-by',
      'handlingsplan-ungdom',
      '--meeting',
      'middle@20.08.2026',
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        `Registrerte i ${PLAN} at handlingsplanen handlingsplan-samarbeidsutvalget ble avsluttet 20.08.2026`,
        'Handlingsplan for arbeidsgruppen Ungdom i opplæring erstatter planen; den første evalueringen av Handlingsplan for arbeidsgruppen Ungdom i opplæring regnes fra vedtaket av den',
        '2 tiltak var ikke gjennomført og faller bort; årsrapporten viser dem som ikke gjennomført',
        '',
      ].join('\n'),
    );
    expect(read(dir, PLAN)).toBe(
      `${before.replace('status: adopted\n', 'status: retired\n')}retired:\n  date: 2026-08-20\n  meeting: 2026-08-20-middle\n  replacedBy: handlingsplan-ungdom\n`,
    );
    // Once only.
    const again = record(dir, [
      'retire',
      '--plan',
      'handlingsplan-samarbeidsutvalget',
      '--meeting',
      '2026-08-20-middle',
    ]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(
      'Allerede registrert: handlingsplan handlingsplan-samarbeidsutvalget. Ingenting er endret.\n',
    );

    const now = obligations(dir, '2026-12-07');
    const subjects = now.map((o) => o.subject);
    expect(subjects).not.toContain('evaluation:plan:handlingsplan-samarbeidsutvalget');
    expect(subjects).not.toContain('measure:handlingsplan-samarbeidsutvalget/flerpartsveiledning');
    expect(subjects).not.toContain('measure:handlingsplan-samarbeidsutvalget/kunnskapsgrunnlag');
    // every 12 months from its adoption on 20.08.2026: due 20.08.2027.
    expect(now.find((o) => o.subject === 'evaluation:plan:handlingsplan-ungdom')).toMatchObject({
      state: 'ok',
      deadline: '2027-08-20',
    });
    // The day before, the old plan still had its evaluation (09.02.2026 + 12 months) and its measures.
    const before20 = obligations(dir, '2026-08-19').map((o) => `${o.subject} ${o.deadline}`);
    expect(before20).toContain('evaluation:plan:handlingsplan-samarbeidsutvalget 2027-02-09');
    expect(before20).toContain('measure:handlingsplan-samarbeidsutvalget/kunnskapsgrunnlag 2026-12-15');

    // The report of 2026 lists the open measures as not carried out, and the plan as retired.
    const json = JSON.parse(runBin(['report', dir, '--year', '2026', '--format', 'json']).stdout);
    const items = json.agreements[0].measures.flatMap((g: { items: unknown[] }) => g.items) as Array<{
      subject: string;
      outcome: string;
      due: string | null;
    }>;
    expect(items.filter((i) => i.outcome === 'not-carried-out').map((i) => `${i.subject} ${i.due}`)).toEqual([
      'measure:handlingsplan-samarbeidsutvalget/flerpartsveiledning 2026-06-30',
      'measure:handlingsplan-samarbeidsutvalget/kunnskapsgrunnlag 2026-12-15',
    ]);
    const md = runBin(['report', dir, '--year', '2026', '--lang', 'nb']).stdout;
    expect(md).toContain(
      'avsluttet 20.08.2026, erstattet av Handlingsplan for arbeidsgruppen Ungdom i opplæring',
    );
    expect(md).toContain('ikke gjennomført (planen ble avsluttet)');
    expect(md).toContain('Ikke gjennomført');
  });

  it('refuses a meeting that is not held, and writes nothing', () => {
    const dir = copy();
    const before = read(dir, PLAN);
    const run = record(dir, [
      'retire',
      '--plan',
      'handlingsplan-samarbeidsutvalget',
      '--meeting',
      'middle@10.12.2026',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      'Møtet som avsluttet planen (Mellomledernivå, møtet 10.12.2026), er ikke registrert som holdt («status: planned»)',
    );
    expect(read(dir, PLAN)).toBe(before);
  });

  it('needs --meeting or --date', () => {
    const dir = copy();
    const run = record(dir, ['retire', '--plan', 'handlingsplan-samarbeidsutvalget']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Oppgi én av dem: --meeting');
  });
});

describe('the report lists decisions, working-group reports, every area, and dates as status gives them', () => {
  it('report 2025 of the Buskerud agreement', () => {
    const dir = join(ROOT, 'data', 'buskerud-2024');
    const md = runBin(['report', dir, '--year', '2025', '--lang', 'nb']).stdout;
    expect(md).toContain('### Vedtak i møtene');
    expect(md).toContain('| Mellomledernivå | 10.12.2025 | Årsrapport 2025 godkjent. |');
    expect(md).toContain('### Rapportene fra arbeidsgruppene');
    expect(md).toContain('| 09.01.2025 | Status og utfordringer |');
    // An area of clause 5 without results in the 2025 evaluation says so.
    expect(md).toContain(
      '| Samordnet kartlegging, veiledning og oppfølging | Ingen resultater er registrert for dette området. |',
    );
    // validUntil 2027-03-01 is the first day it no longer applies: status gives 28.02.2027.
    const status = obligations(dir, '2025-12-31').find(
      (o) => o.subject === 'sub-agreement:deling-av-personopplysninger',
    );
    expect(status?.deadline).toBe('2027-02-28');
    expect(md).toContain('28.02.2027');
    expect(md).not.toContain('01.03.2027');
  });
});
