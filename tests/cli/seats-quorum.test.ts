import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers.js';

// SPEC sections 13 and 14, end to end on the built bin: "vedtaksført når minst 2/3 av medlemmene
// er til stede". The fixture's board has three members (two of part-a, one of part-b) on their
// three seats; it met on 05.03.2026 and decided the budget, and plans a meeting on 15.12.2026.
const AS_OF = ['--as-of', '2026-11-22'];
const MEETINGS = 'meetings/2026.yaml';

function copy(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'samarbeid-seats-')), 'styre');
  cpSync(join(FIXTURES, 'seats-quorum'), folder, { recursive: true });
  return folder;
}

const findings = (folder: string) =>
  JSON.parse(runBin(['validate', folder, ...AS_OF, '--format', 'json', '--lang', 'en']).stdout)
    .findings as Array<{ rule: string; severity: string; message: string; line: number }>;

const attendance = (folder: string, present: string, meeting = '2026-03-05-styre') =>
  runBin(['record', 'attendance', folder, '--meeting', meeting, '--present', present, ...AS_OF]);

describe('record attendance and the rule quorum through the built bin', () => {
  it('without attendance nothing is judged; one of three present is no quorum', () => {
    const folder = copy();
    expect(findings(folder)).toEqual([]);
    const run = attendance(folder, 'leder-a');
    expect([run.status, run.stdout]).toEqual([
      0,
      'Førte inn at 1 person var til stede på møtet 2026-03-05-styre, i meetings/2026.yaml\n',
    ]);
    expect(readFileSync(join(folder, MEETINGS), 'utf8')).toContain('attendance: [ leder-a ] }');
    expect(findings(folder)).toEqual([
      {
        file: expect.stringMatching(/meetings\/2026\.yaml$/),
        line: 3,
        column: expect.any(Number),
        rule: 'quorum',
        severity: 'warning',
        message:
          'Styret, meeting on 5 Mar 2026: no quorum; 1 of the 3 members were present, but 2/3 of the members, at least 2, must be',
      },
    ]);
    const validate = runBin(['validate', folder, ...AS_OF, '--strict']);
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain('Styret, møtet 05.03.2026: ikke vedtaksført;');
  });

  it('the same list again, in another order, changes nothing; another list replaces it', () => {
    const folder = copy();
    expect(attendance(folder, 'leder-a,leder-b').status).toBe(0);
    const file = join(folder, MEETINGS);
    const written = readFileSync(file, 'utf8');
    const again = attendance(folder, 'leder-b,leder-a');
    expect([again.status, again.stdout]).toEqual([
      0,
      'Oppmøtet på møtet 2026-03-05-styre er allerede ført inn slik. Ingenting er endret.\n',
    ]);
    expect(readFileSync(file, 'utf8')).toBe(written);
    expect(findings(folder)).toEqual([]);
    const changed = attendance(folder, 'leder-b,nestleder-a');
    expect([changed.status, changed.stdout]).toEqual([
      0,
      'Endret oppmøtet på møtet 2026-03-05-styre i meetings/2026.yaml: 2 til stede\nLagt til: Nestleder\nTatt ut: Styreleder\n',
    ]);
    expect(readFileSync(file, 'utf8')).toContain('attendance: [ leder-b, nestleder-a ] }');
    expect(findings(folder)).toEqual([]);
  });

  it('a block list is replaced in place and keeps its style, even when no one stays', () => {
    const folder = copy();
    const file = join(folder, MEETINGS);
    writeFileSync(
      file,
      [
        'schemaVersion: 1',
        'meetings:',
        '  - id: 2026-03-05-styre',
        '    body: styre',
        '    date: 2026-03-05',
        '    status: held',
        '    attendance:',
        '      - leder-a',
        '    minutes: https://arkiv.example/2026-03-05',
        '',
      ].join('\n'),
    );
    expect(attendance(folder, 'leder-b,nestleder-a').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(
      '    attendance:\n      - leder-b\n      - nestleder-a\n    minutes: https://arkiv.example/2026-03-05\n',
    );
  });

  it('refuses someone who is no person, and a meeting that is not held, naming what stands in the way', () => {
    const folder = copy();
    const file = join(folder, MEETINGS);
    const before = readFileSync(file, 'utf8');
    const unknown = attendance(folder, 'leder-a,lede-b');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('«lede-b» er ikke en person i people.yaml; mente du «leder-b»?');
    const planned = attendance(folder, 'leder-a', '2026-12-15-styre');
    expect(planned.status).toBe(1);
    expect(planned.stderr).toContain('Møtet 2026-12-15-styre er ikke holdt («status: planlagt»)');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a member more than the seats is an error, an empty seat a warning; a guest present is named', () => {
    const folder = copy();
    const agreement = join(folder, 'agreement.yaml');
    const text = readFileSync(agreement, 'utf8');
    writeFileSync(agreement, text.replace('{ part-a: 2, part-b: 1 }', '{ part-a: 1, part-b: 2 }'));
    expect(findings(folder).map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['seats', 'error', 'Styret has 2 members in the seats for Part A, but only 1 seat'],
      ['seats', 'warning', 'Styret has 1 vacant seat for Part B: 1 of 2 filled'],
    ]);
    writeFileSync(agreement, text.replace('[leder-a, nestleder-a, leder-b]', '[leder-a, leder-b]'));
    const run = attendance(folder, 'leder-a,nestleder-a');
    expect(run.stdout).toContain('telles derfor ikke med når vedtaksførheten vurderes: Nestleder');
    expect(findings(folder).map((f) => [f.rule, f.message])).toEqual([
      ['seats', 'Styret has 1 vacant seat for Part A: 1 of 2 filled'],
      [
        'quorum',
        'Styret, meeting on 5 Mar 2026: no quorum; 1 of the 2 members were present, but 2/3 of the members, at least 2, must be',
      ],
      [
        'quorum',
        'Styret, meeting on 5 Mar 2026: Nestleder is listed as present but was not a member that day, so does not count',
      ],
    ]);
  });
});
