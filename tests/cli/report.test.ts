import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

interface Facts {
  subject: string;
  state: string;
  deadline: string;
  missed: string[];
}
interface ReportJson {
  agreements: Array<{
    id: string;
    bodies: Array<{ obligation: Facts | null }>;
    evaluation: Facts | null;
    plans: Array<{ obligation: Facts | null }>;
    groups: Array<{ obligation: Facts | null }>;
    measures: Array<{ items: Array<{ subject: string; outcome: string; due: string }> }>;
    actions: { items: Array<{ subject: string; outcome: string; due: string }> };
    coming: Array<{ subject: string; state: string; deadline: string }>;
  }>;
}
interface StatusJson {
  agreements: Array<{ id: string; obligations: Array<Facts & { last: string | null }> }>;
}

const json = <T>(args: string[]): T => {
  const run = runBin(args);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
};

describe('samarbeid report agrees with samarbeid status --as-of the last day', () => {
  it.each([2025, 2026])(
    'data, %i: every state, deadline and missed period is the one status gives',
    (year) => {
      const report = json<ReportJson>(['report', 'data', '--year', String(year), '--format', 'json']);
      const status = json<StatusJson>(['status', 'data', '--as-of', `${year}-12-31`, '--format', 'json']);
      let compared = 0;
      for (const agreement of report.agreements) {
        const obligations = status.agreements.find((a) => a.id === agreement.id)?.obligations ?? [];
        const bySubject = new Map(obligations.map((o) => [o.subject, o]));
        const facts = [
          ...agreement.bodies.map((b) => b.obligation),
          agreement.evaluation,
          ...agreement.plans.map((p) => p.obligation),
          ...agreement.groups.map((g) => g.obligation),
        ].filter((f): f is Facts => f !== null);
        for (const f of facts) {
          const o = bySubject.get(f.subject);
          expect(o, f.subject).toBeDefined();
          expect({ state: f.state, deadline: f.deadline, missed: f.missed }).toEqual({
            state: o?.state,
            deadline: o?.deadline,
            missed: o?.missed,
          });
          compared++;
        }
        // Measures and actions: overdue in the report exactly when status says overdue.
        const items = [...agreement.measures.flatMap((g) => g.items), ...agreement.actions.items];
        for (const item of items) {
          const o = bySubject.get(item.subject);
          expect(o?.deadline).toBe(item.due);
          expect(item.outcome === 'overdue').toBe(o?.state === 'overdue');
          expect(['done', 'late-done'].includes(item.outcome)).toBe(o?.state === 'done');
          compared++;
        }
        // What falls due: every open obligation of status up to a year on, and nothing else.
        const horizon = `${year + 1}-12-31`;
        expect(agreement.coming.map((c) => c.subject).sort()).toEqual(
          obligations
            .filter((o) => o.state !== 'done' && o.deadline <= horizon)
            .map((o) => o.subject)
            .sort(),
        );
      }
      expect(compared).toBeGreaterThan(5);
    },
  );
});

describe('samarbeid report (built bin)', () => {
  it('Markdown in the language of the agreement, citing its clauses', () => {
    const run = runBin(['report', 'data/buskerud-2024', '--year', '2025']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^# Årsrapport 2025: Samarbeidsavtale mellom Nav Vest-Viken og Buskerud fylkeskommune\n/,
    );
    expect(run.stdout).toContain('## Årlig evaluering og resultater (jf. pkt. 6)');
    expect(run.stdout).toContain(
      '| Mellomledernivå | minst én gang per tertial | 3 | 4 (10.02.2025, 05.06.2025, 22.10.2025, 10.12.2025) |',
    );
    expect(run.stdout).toContain(
      '| Gode opplæringsløp for ungdom og voksne | Flerpartsveiledning prøvd ut ved tre videregående skoler. |',
    );
    // A sub-agreement approved by one party only after the year awaits both as of 31.12.2025.
    expect(run.stdout).toContain('| venter på godkjenning | – | Nav Vest-Viken og Buskerud fylkeskommune |');
    expect(run.stdout).not.toMatch(/\{n\||buskerud-fk|nav-vest-viken \|/);
  });

  it('docs/report-example.md is what the command prints (regenerate it when the data changes)', () => {
    const run = runBin(['report', 'data/buskerud-2024', '--year', '2025']);
    expect(readFileSync(join(ROOT, 'docs', 'report-example.md'), 'utf8')).toBe(run.stdout);
  });

  it('nynorsk and English with --lang', () => {
    expect(runBin(['report', 'data/buskerud-2024', '--year', '2025', '--lang', 'nn']).stdout).toContain(
      '| Organ | Krav | Påkravd | Haldne | Avlyste | Planlagde | Referat | Ikkje oppfylt |',
    );
    const en = runBin(['report', 'data/buskerud-2024', '--year', '2025', '--lang', 'en']).stdout;
    expect(en).toContain('# Annual report 2025: ');
    expect(en).toContain('## Annual evaluation and results (clause 6)');
  });

  it('a period other than a year answers as of its last day; a tertial still running is not yet required', () => {
    const run = runBin(['report', 'data/buskerud-2024', '--from', '01.01.2025', '--to', '30.06.2025']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('# Rapport 01.01.2025–30.06.2025: ');
    expect(run.stdout).toContain('Tallene gjelder per 30.06.2025.');
    expect(run.stdout).toContain(
      '| Mellomledernivå | minst én gang per tertial | 1 | 2 (10.02.2025, 05.06.2025) |',
    );
  });

  it('HTML: one self-contained document with A4 print rules', () => {
    const run = runBin(['report', 'data', '--year', '2025', '--format', 'html']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>\n<html lang="nb">/);
    expect(run.stdout).toContain('@page { size: A4;');
    expect(run.stdout).toContain('<h2>Møter (jf. pkt. 4)</h2>');
    expect(run.stdout).not.toMatch(/<script|<link|<img|https?:/i);
  });

  it('--out writes one file per agreement, named by id and year', () => {
    const out = mkdtempSync(join(tmpdir(), 'samarbeid-report-'));
    const run = runBin(['report', 'data', '--year', '2025', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'buskerud-2024-2025.md',
      'helsefellesskap-bergen-2025.md',
      'viken-2020-2025.md',
    ]);
    expect(readFileSync(join(out, 'viken-2020-2025.md'), 'utf8')).toContain(
      'Avtalen er erstattet per 31.12.2025',
    );
  });

  it.each([
    [['--year', '25'], '--year tar et årstall fra 1900 til 2998'],
    [['--year', '2025', '--from', '2025-01-01'], 'enten --year eller --from og --to'],
    [['--from', '2025-01-01'], '--from og --to må brukes sammen'],
    [['--from', '2025-07-01', '--to', '2025-06-30'], '--to kan ikke komme før --from'],
    [['--from', '2025-02-30', '--to', '2025-06-30'], '--from'],
    [['--year', '2025', '--format', 'docx'], 'bruk --out MAPPE'],
  ])('usage error %j: one line, exit 2', (args, words) => {
    const run = runBin(['report', 'data', ...args]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(words);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
