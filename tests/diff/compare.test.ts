import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sideOf } from '../../src/app/diff.js';
import { splitArguments } from '../../src/cli/diff-arguments.js';
import { ymd } from '../../src/dates.js';
import { compareSides } from '../../src/diff/compare.js';
import { holderOf, obligationChanges } from '../../src/diff/compare-obligations.js';
import { actionChanges, meetingChanges, peopleChanges, planChanges } from '../../src/diff/compare-records.js';
import type { Obligation } from '../../src/engine/obligation.js';
import { checkText } from '../../src/load/check-text.js';
import { loadAgreement } from '../../src/load/load-agreement.js';
import { agreementFolders, treeMinutes, treeWorkspace } from '../../src/load/tree-workspace.js';
import { knownOf } from '../../src/load/workspace.js';
import type { AgreementData } from '../../src/model/index.js';
import type { Meeting } from '../../src/model/meetings.js';
import { ROOT } from '../helpers.js';

// The comparison of `samarbeid diff` (SPEC section 15), pure: two results in, the changes out.

const meeting = (m: Partial<Meeting> & Pick<Meeting, 'id' | 'date' | 'status'>): Meeting =>
  ({ body: 'top', ...m }) as Meeting;
const withMeetings = (meetings: Meeting[]) =>
  ({
    meetingFiles: [{ file: 'meetings/2026.yaml', value: meetings }],
    actionPlans: [],
  }) as unknown as AgreementData;

describe('meetingChanges', () => {
  it('moved, recorded, cancelled, planned and removed, by id', () => {
    const base = withMeetings([
      meeting({ id: 'a', date: '2026-02-01', status: 'planned' }),
      meeting({ id: 'b', date: '2026-03-01', status: 'planned' }),
      meeting({ id: 'c', date: '2026-04-01', status: 'planned' }),
      meeting({ id: 'gone', date: '2026-05-01', status: 'planned' }),
    ]);
    const head = withMeetings([
      meeting({ id: 'a', date: '2026-02-08', status: 'planned' }),
      meeting({ id: 'b', date: '2026-03-01', status: 'held' }),
      meeting({ id: 'c', date: '2026-04-01', status: 'cancelled', cancelled: { reason: 'Sykdom' } }),
      meeting({ id: 'new', date: '2026-06-01', status: 'planned' }),
    ]);
    expect(meetingChanges(base, head)).toEqual([
      { change: 'moved', id: 'a', body: 'top', date: '2026-02-08', from: '2026-02-01' },
      { change: 'recorded', id: 'b', body: 'top', date: '2026-03-01' },
      { change: 'cancelled', id: 'c', body: 'top', date: '2026-04-01', reason: 'Sykdom' },
      { change: 'planned', id: 'new', body: 'top', date: '2026-06-01' },
      { change: 'removed', id: 'gone', body: 'top', date: '2026-05-01' },
    ]);
  });

  it('an agreement that is new has every meeting as it is recorded; the same data has none', () => {
    const head = withMeetings([meeting({ id: 'a', date: '2026-02-01', status: 'held' })]);
    expect(meetingChanges(null, head).map((m) => m.change)).toEqual(['recorded']);
    expect(meetingChanges(head, head)).toEqual([]);
  });

  it('actions added and done', () => {
    const base = withMeetings([
      meeting({
        id: 'm',
        date: '2026-02-01',
        status: 'held',
        actions: [{ id: 'x', text: 'X', due: '2026-03-01' }],
      }),
    ]);
    const head = withMeetings([
      meeting({
        id: 'm',
        date: '2026-02-01',
        status: 'held',
        actions: [
          { id: 'x', text: 'X', due: '2026-03-01', done: '2026-02-20' },
          { id: 'y', text: 'Y' },
        ],
      }),
    ]);
    expect(actionChanges(base, head).map((a) => [a.change, a.id])).toEqual([
      ['done', 'x'],
      ['added', 'y'],
    ]);
  });
});

describe('plans and people', () => {
  const plan = (status: string, extra = {}) =>
    ({
      actionPlans: [{ file: 'action-plans/p.yaml', value: { id: 'p', title: 'Plan', status, ...extra } }],
      meetingFiles: [],
    }) as unknown as AgreementData;
  it('adopted and retired, with their dates', () => {
    expect(planChanges(plan('draft'), plan('adopted', { adopted: { date: '2026-02-01' } }))).toEqual([
      { change: 'adopted', id: 'p', title: 'Plan', date: '2026-02-01' },
    ]);
    expect(planChanges(plan('adopted'), plan('retired', { retired: { date: '2026-09-01' } }))).toEqual([
      { change: 'retired', id: 'p', title: 'Plan', date: '2026-09-01' },
    ]);
    expect(planChanges(null, plan('draft'))).toEqual([
      { change: 'added', id: 'p', title: 'Plan', date: null },
    ]);
  });
  it('people by id', () => {
    const people = (ids: string[]) =>
      ({ people: { people: ids.map((id) => ({ id, name: id.toUpperCase() })) } }) as unknown as AgreementData;
    expect(peopleChanges(people(['a', 'b']), people(['b', 'c']))).toEqual([
      { change: 'added', id: 'c', name: 'C' },
      { change: 'removed', id: 'a', name: 'A' },
    ]);
  });
});

describe('obligationChanges', () => {
  const o = (over: Partial<Obligation>): Obligation =>
    ({
      subject: 'meeting:top',
      title: { id: 'x' },
      state: 'ok',
      deadline: ymd(2026, 12, 31),
      ...over,
    }) as Obligation;
  it('state, deadline and holder, each named; the same obligation is no change', () => {
    const [change] = obligationChanges(
      [o({ host: 'a' })],
      [o({ host: 'b', state: 'overdue', deadline: ymd(2026, 11, 30) })],
    );
    expect(change).toMatchObject({
      change: 'changed',
      changed: ['state', 'deadline', 'holder'],
      before: { state: 'ok', deadline: '2026-12-31', holder: 'a' },
      after: { state: 'overdue', deadline: '2026-11-30', holder: 'b' },
    });
    expect(obligationChanges([o({})], [o({})])).toEqual([]);
  });
  it('the holder: the item named, the host, the secretariat, each role', () => {
    expect(holderOf(o({ roles: { leder: { holder: 'ola', until: null }, nestleder: null } }))).toBe(
      'leder: ola',
    );
    expect(holderOf(o({}))).toBeNull();
  });
});

describe('a revision read through the loader (treeWorkspace)', () => {
  const dir = join(ROOT, 'data', 'buskerud-2024');
  // Every YAML file of the folder, as `ls-tree -r` would list them.
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.split(sep).join('/'));
  const tree = (edit: (path: string, text: string) => string) => ({
    paths: files.map((f) => `avtaler/b/${f}`),
    texts: new Map(files.map((f) => [`avtaler/b/${f}`, edit(f, readFileSync(join(dir, f), 'utf8'))])),
  });
  const asOf = ymd(2026, 12, 1);
  const side = (t: ReturnType<typeof tree>) => {
    const read = treeWorkspace(t, '/repo', '/repo', () => true, checkText);
    return sideOf(read.workspace, asOf, (l) => treeMinutes(t, read.folders.get(l.dir) ?? '', l));
  };

  it('reads the same as the disk: no change between a folder and its tree', () => {
    const disk = loadAgreement(dir, join(ROOT, 'data'));
    const fromTree = side(tree((_, text) => text));
    expect(fromTree.agreements[0]?.obligations).toEqual(
      sideOf({ agreements: [disk], known: knownOf([disk]) }, asOf).agreements[0]?.obligations,
    );
    expect(agreementFolders(['agreement.yaml', 'a/b/agreement.yaml', '.x/agreement.yaml'])).toEqual([
      '',
      'a/b',
    ]);
  });

  it('a moved meeting and a deadline changed, compared', () => {
    const base = side(tree((_, text) => text));
    const head = side(
      tree((f, text) =>
        f === 'meetings/2026.yaml'
          ? text.replace('date: 2026-12-10', 'date: 2026-12-17').replace('due: 2026-09-30', 'due: 2026-12-20')
          : text,
      ),
    );
    const { agreements, findings } = compareSides(base, head);
    expect(agreements.map((a) => a.path)).toEqual(['avtaler/b']);
    expect(agreements[0]?.meetings.map((m) => m.change)).toEqual(['moved']);
    expect(agreements[0]?.obligations.map((o) => [o.subject, o.changed])).toEqual([
      ['action:2026-06-04-middle/rapportmal', ['state', 'deadline']],
    ]);
    expect(findings).toEqual({ added: [], resolved: [] });
  });

  it('a minutes path is looked up in the tree: a finding added when it names no file there', () => {
    const base = side(tree((_, text) => text));
    const head = side(
      tree((f, text) =>
        f === 'meetings/2026.yaml'
          ? text.replace(
              'minutes: https://example.org/referater/2026-02-09-middle.pdf',
              'minutes: referat/x.pdf',
            )
          : text,
      ),
    );
    expect(compareSides(base, head).findings.added.map((f) => f.rule)).toEqual(['minutes-not-found']);
  });
});

describe('splitArguments', () => {
  it('a path that exists is a path, the rest revisions; after -- all paths', () => {
    const exists = (a: string) => a.startsWith('data');
    expect(splitArguments(['main', 'data/x'], 0, exists)).toEqual({
      ok: true,
      revisions: ['main'],
      paths: ['data/x'],
    });
    expect(splitArguments(['main', 'gone'], 1, exists)).toEqual({
      ok: true,
      revisions: ['main'],
      paths: ['gone'],
    });
    expect(splitArguments(['a', 'b', 'c'], 0, exists).ok).toBe(false);
  });
});
