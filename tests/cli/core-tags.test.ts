import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, type Run, runBin } from '../helpers.js';

// SPEC section 17: no input gives exit 3, every YAML core tag included. YAML 1.2's core schema
// allows `!!null`, `!!str`, `!!int`, `!!bool`, `!!float`, `!!map` and `!!seq` on any node; a tag
// that fits its value is that value (`done: !!null` is null), one that does not is a finding.
// Each case puts one tag in one place of a meeting file, in an agreement of its own; validate
// and status read them all, and record edits the tagged place (done, a status, an empty list).

const AS_OF = ['--as-of', '2026-11-22'];

interface Slots {
  sv: string;
  id: string;
  date: string;
  status: string;
  actions: string;
  item: string;
  aid: string;
  key: string;
  done: string;
  status2: string;
  decisions: string;
}
const PLAIN: Slots = {
  sv: '1',
  id: 'm1',
  date: '2026-06-04',
  status: 'held',
  actions: '',
  item: '',
  aid: 'a1',
  key: '',
  done: 'null',
  status2: 'planned',
  decisions: '[]',
};

/** The meeting file: a held meeting with decisions and one action (in flow or block style), and a planned one. */
function meetings(s: Slots, style: 'flow' | 'block'): string {
  const action =
    style === 'flow'
      ? `      - ${s.item}{ id: ${s.aid}, text: Ring, owner: part-a, due: 2026-09-30, ${s.key}done: ${s.done} }`
      : [
          `      - ${s.item}`,
          `        id: ${s.aid}`,
          '        text: Ring',
          '        owner: part-a',
          '        due: 2026-09-30',
          `        ${s.key}done: ${s.done} # ikke gjort`,
        ].join('\n');
  return [
    `schemaVersion: ${s.sv}`,
    'meetings:',
    `  - id: ${s.id}`,
    '    body: middle',
    `    date: ${s.date}`,
    `    status: ${s.status}`,
    '    minutes: https://example.org/r.pdf',
    `    decisions: ${s.decisions}`,
    `    actions: ${s.actions}`,
    action,
    '  - id: m2',
    '    body: middle',
    '    date: 2026-12-10',
    `    status: ${s.status2}`,
    '',
  ].join('\n');
}

interface Case {
  name: string;
  slots: Partial<Slots>;
  /** Whether the data is valid as the core schema reads it. */
  valid: boolean;
}

const VALID: Case[] = [
  ...['!!null', '!!null ~', '!!null null', '!<tag:yaml.org,2002:null>'].map((done) => ({
    name: `done: ${done}`,
    slots: { done },
    valid: true,
  })),
  { name: 'schemaVersion: !!int 1', slots: { sv: '!!int 1' }, valid: true },
  { name: 'schemaVersion: !!float 1', slots: { sv: '!!float 1' }, valid: true },
  { name: 'id: !!str m1', slots: { id: '!!str m1' }, valid: true },
  { name: 'date: !!str', slots: { date: '!!str 2026-06-04' }, valid: true },
  { name: 'status: !!str held', slots: { status: '!!str held' }, valid: true },
  { name: 'actions: !!seq', slots: { actions: '!!seq' }, valid: true },
  { name: 'the action: !!map', slots: { item: '!!map ' }, valid: true },
  { name: 'action id: !!str', slots: { aid: '!!str a1' }, valid: true },
  { name: 'the key done: !!str', slots: { key: '!!str ' }, valid: true },
  { name: 'status: !!str planned (changed)', slots: { status2: '!!str planned' }, valid: true },
  { name: 'decisions: !!null (filled)', slots: { decisions: '!!null' }, valid: true },
  { name: 'decisions: !!null ~ (filled)', slots: { decisions: '!!null ~' }, valid: true },
  { name: 'decisions: !!seq [] (filled)', slots: { decisions: '!!seq []' }, valid: true },
];
const INVALID: Case[] = [
  '!!int 5',
  '!!bool false',
  '!!float 1.5',
  '!!str',
  '!!map {}',
  '!!seq []',
  '!!null x',
  '!!int x',
  '!!bool yes',
  '!!map',
  '!!seq',
  '!!binary aGk=',
  '!!timestamp 2026-11-01',
].map((done) => ({ name: `done: ${done}`, slots: { done }, valid: false }));
// Valid tags in both styles (the edit differs); wrong ones need only be read and refused.
const CASES = [
  ...VALID.flatMap((c) => (['flow', 'block'] as const).map((style) => ({ ...c, style, folder: '' }))),
  ...INVALID.map((c) => ({ ...c, style: 'flow' as const, folder: '' })),
];

const noStack = (run: Run, what: string) => {
  expect(run.stderr, what).not.toMatch(/\bat .*\.js:\d+|intern feil|internal error/);
  expect([0, 1, 2], `${what}: ${run.stderr}`).toContain(run.status);
};

let ws: string;
beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'samarbeid-tags-'));
  CASES.forEach((c, i) => {
    const folder = join(ws, `case-${i}`);
    cpSync(join(FIXTURES, 'minimal'), folder, { recursive: true });
    const agreement = readFileSync(join(folder, 'agreement.yaml'), 'utf8');
    writeFileSync(join(folder, 'agreement.yaml'), agreement.replace('id: minimal', `id: case-${i}`));
    mkdirSync(join(folder, 'meetings'));
    writeFileSync(join(folder, 'meetings', '2026.yaml'), meetings({ ...PLAIN, ...c.slots }, c.style));
    c.folder = folder;
  });
});

describe('a repository cannot make samarbeid exit 3 with a YAML core tag', () => {
  it(`validate and status read every tag as the core schema says (${CASES.length} cases)`, () => {
    const run = runBin(['validate', ws, ...AS_OF, '--format', 'json'], { timeout: 120_000 });
    noStack(run, 'validate');
    const findings = JSON.parse(run.stdout).findings as Array<{ file: string; rule: string }>;
    CASES.forEach((c, i) => {
      const own = findings.filter((f) => f.file.includes(`/case-${i}/`) && f.rule !== 'unique-id');
      if (c.valid) expect(own, `${c.name} (${c.style})`).toEqual([]);
      else expect(own.length, `${c.name} (${c.style})`).toBeGreaterThan(0);
    });
    for (const format of ['text', 'json'])
      noStack(runBin(['status', ws, ...AS_OF, '--format', format]), 'status');
    noStack(runBin(['calendar', ws, ...AS_OF, '--year', '2026']), 'calendar');
  }, 180_000);

  it('record done, record meeting and record decision edit a tagged place, or refuse in one line', () => {
    for (const c of CASES) {
      const what = `${c.name} (${c.style})`;
      const done = runBin([
        'record',
        'done',
        c.folder,
        '--action',
        'm1/a1',
        '--date',
        '2026-11-20',
        ...AS_OF,
      ]);
      noStack(done, `record done: ${what}`);
      const file = readFileSync(join(c.folder, 'meetings', '2026.yaml'), 'utf8');
      if (!c.valid) continue;
      expect(done.status, `${what}: ${done.stderr}`).toBe(0);
      // The value written replaces the tag: a date under !!null would not parse.
      expect(file, what).toMatch(/done: 2026-11-20( # ikke gjort)?( })?\n/);
      if (c.slots.status2 || c.slots.decisions) {
        const moved = runBin([
          'record',
          'meeting',
          c.folder,
          '--body',
          'middle',
          '--date',
          '2026-12-10',
          '--status',
          'cancelled',
          ...AS_OF,
        ]);
        noStack(moved, `record meeting: ${what}`);
        expect(moved.status, `${what}: ${moved.stderr}`).toBe(0);
        const decided = runBin([
          'record',
          'decision',
          c.folder,
          '--meeting',
          'm1',
          '--text',
          'Vedtatt',
          ...AS_OF,
        ]);
        noStack(decided, `record decision: ${what}`);
        expect(decided.status, `${what}: ${decided.stderr}`).toBe(0);
      }
    }
    // Every edited file is valid data, with the tags that still fit kept.
    const after = runBin(['validate', ws, ...AS_OF, '--format', 'json'], { timeout: 120_000 });
    const findings = JSON.parse(after.stdout).findings as Array<{ file: string; rule: string }>;
    CASES.forEach((c, i) => {
      if (!c.valid) return;
      const own = findings.filter((f) => f.file.includes(`/case-${i}/`) && f.rule !== 'unique-id');
      expect(own, `${c.name} (${c.style}) after the edits`).toEqual([]);
    });
    // An empty list under a tag is filled and the tag is gone: `decisions: !!null` is a list now.
    const filled = CASES.find((x) => x.slots.decisions === '!!null' && x.style === 'block');
    const file = readFileSync(join(filled?.folder ?? '', 'meetings', '2026.yaml'), 'utf8');
    expect(file).not.toContain('!!null');
    expect(file).toMatch(/\n {4}decisions: \[ ?\{ id: vedtatt, text: Vedtatt \} ?\]\n/);
  }, 300_000);

  it('record done and record evaluation on an action plan: `done: !!null`, `evaluations: !!null`', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'samarbeid-tags-')), 'plan');
    cpSync(join(FIXTURES, 'minimal'), folder, { recursive: true });
    mkdirSync(join(folder, 'action-plans'));
    writeFileSync(
      join(folder, 'action-plans', 'plan.yaml'),
      [
        'schemaVersion: !!int 1',
        'id: !!str plan',
        'title: Plan',
        'owner: middle',
        'status: !!str draft',
        'evaluations: !!null',
        'measures: !!seq',
        '  - !!map',
        '    id: tiltak',
        '    title: Tiltak',
        '    responsible: part-a',
        '    due: !!str 2026-12-01',
        '    done: !!null # ikke ennå',
        '',
      ].join('\n'),
    );
    const done = runBin([
      'record',
      'done',
      folder,
      '--measure',
      'plan/tiltak',
      '--date',
      '2026-11-20',
      ...AS_OF,
    ]);
    expect(done.status, done.stderr).toBe(0);
    const evaluated = runBin([
      'record',
      'evaluation',
      folder,
      '--plan',
      'plan',
      '--date',
      '2026-11-21',
      '--summary',
      'Bra',
      ...AS_OF,
    ]);
    expect(evaluated.status, evaluated.stderr).toBe(0);
    const text = readFileSync(join(folder, 'action-plans', 'plan.yaml'), 'utf8');
    expect(text).toContain('    done: 2026-11-20 # ikke ennå\n');
    expect(text).not.toContain('!!null');
    expect(text).toContain('measures: !!seq\n');
    expect(runBin(['validate', folder, ...AS_OF]).status).toBe(0);
  });
});
