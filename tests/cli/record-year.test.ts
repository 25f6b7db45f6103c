import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Run, runBin } from '../helpers.js';

// SPEC section 8: "A secretariat keeps the whole year with commands". A new agreement between two
// parties, from `init` to the annual evaluation, recorded in a git repository one step at a time,
// as a secretariat would. After every step: the command succeeded, the agreement validates, the
// obligation the step is about is in the state worked out by hand from SPEC section 4, and `git
// diff` shows exactly the one intended change. At the end the whole files are compared with what a
// secretariat would have written by hand.

const FOLDER = 'telemark-2026';

interface Obligation {
  subject: string;
  state: string;
  deadline: string | null;
  daysLeft: number | null;
  last: string | null;
  planned: string | null;
  host?: string | null;
  remaining?: number;
  missed: string[];
}

interface FileChange {
  added: string[];
  removed?: string[];
}

interface Step {
  what: string;
  /** The record command after `record <folder>`: its kind, then its options. */
  record: string[];
  asOf: string;
  /** Every file the step changes (path inside the agreement folder): its added and removed lines. */
  changes: Record<string, FileChange>;
  /** The obligations the step affects, as they must be after it (null: no such obligation). */
  expect?: Record<string, Partial<Obligation> | null>;
  /** Subjects of obligations that exist from this step on. */
  newSubjects?: string[];
  /** What the command prints. */
  says?: string;
  /** Warnings of `validate` after the step (default 0). */
  warnings?: number;
  /** A later step changed what this one recorded (a planned meeting held, moved or cancelled). */
  superseded?: true;
  /** Files the secretariat puts into the agreement folder before the command (the minutes). */
  files?: Record<string, string>;
}

function git(repo: string, ...args: string[]): string {
  const run = spawnSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Sekretariatet',
      GIT_AUTHOR_EMAIL: 'sekretariat@example.org',
      GIT_COMMITTER_NAME: 'Sekretariatet',
      GIT_COMMITTER_EMAIL: 'sekretariat@example.org',
    },
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** The working tree's change since the last commit, per file inside the agreement folder. */
function changesSinceCommit(repo: string): Record<string, Required<FileChange>> {
  git(repo, 'add', '-A');
  const diff = git(repo, 'diff', '--cached', '--no-color', '--no-renames', '--no-ext-diff', '-U0');
  const files: Record<string, Required<FileChange>> = {};
  let from = '';
  let current: Required<FileChange> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) current = undefined;
    else if (line.startsWith('--- ')) from = line.slice(4);
    else if (line.startsWith('+++ ')) {
      const path = (line.slice(4) === '/dev/null' ? from : line.slice(4)).replace(/^[ab]\//, '');
      const inFolder = path.startsWith(`${FOLDER}/`) ? path.slice(FOLDER.length + 1) : path;
      current = files[inFolder] = { added: [], removed: [] };
    } else if (current && line.startsWith('+')) current.added.push(line.slice(1));
    else if (current && line.startsWith('-')) current.removed.push(line.slice(1));
  }
  return files;
}

function commit(repo: string, message: string): void {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', message);
}

const ok = (run: Run, what: string) => expect(run.status, `${what}\n${run.stdout}${run.stderr}`).toBe(0);

function statusOf(repo: string, asOf: string): { asOf: string; obligations: Map<string, Obligation> } {
  const run = runBin(['status', FOLDER, '--as-of', asOf, '--format', 'json'], { cwd: repo });
  ok(run, `status --as-of ${asOf}`);
  const json = JSON.parse(run.stdout) as {
    asOf: string;
    agreements: Array<{ state: string; obligations: Obligation[] }>;
  };
  expect(json.agreements).toHaveLength(1);
  expect(json.agreements[0]!.state).toBe('active');
  return {
    asOf: json.asOf,
    obligations: new Map(json.agreements[0]!.obligations.map((o) => [o.subject, o])),
  };
}

function validateOf(repo: string, asOf: string): { errors: number; warnings: number; rules: string[] } {
  const run = runBin(['validate', FOLDER, '--as-of', asOf, '--format', 'json'], { cwd: repo });
  const json = JSON.parse(run.stdout) as {
    errors: number;
    warnings: number;
    findings: Array<{ rule: string }>;
  };
  expect(run.status, run.stdout).toBe(0);
  return { errors: json.errors, warnings: json.warnings, rules: json.findings.map((f) => f.rule) };
}

/** `DD.MM.YYYY` or `YYYY-MM-DD` as `YYYY-MM-DD`. */
const iso = (date: string) => date.replace(/^(\d{2})\.(\d{2})\.(\d{4})$/, '$3-$2-$1');

const MEASURE = 'handlingsplan-2026/felles-veiledning-i-videregaende-skoler';
const ACTION = '2026-03-10-middle/lage-felles-rapportmal';

// SPEC section 10: a path in `minutes` names a file of the agreement folder, so the secretariat
// puts the minutes there first; the step's change is the file and the line that names it.
const referat = (date: string) => `Referat fra møtet ${date}\n`;
const minutesFile = (date: string) => ({ [`referater/${date}.pdf`]: referat(date) });
const minutesChange = (date: string) => ({ [`referater/${date}.pdf`]: { added: [referat(date).trimEnd()] } });

// The year, step by step. Deadlines and days left are worked out by hand from SPEC section 4:
// middle meets `tertial` (T1 Jan-Apr, T2 May-Aug, T3 Sep-Dec), top `yearly` with the host in turn
// (order of parties: nav-vt first), reports `every 4 months` from the group's establishment, plan
// evaluations `every 12 months` from adoption, the agreement's evaluation `yearly`; due soon: 30 days.
const STEPS: Step[] = [
  {
    what: 'a person by role, with name and e-mail',
    record: [
      'person',
      '--id',
      'leder-ung',
      '--party',
      'telemark-fk',
      '--role',
      'Leder, ungdomsteamet',
      '--name',
      'Kari Nordmann',
      '--email',
      'kari.nordmann@telemarkfylke.no',
    ],
    asOf: '2026-01-12',
    says: 'La til personen leder-ung i people.yaml\n',
    changes: {
      'people.yaml': {
        added: [
          '  - id: leder-ung',
          '    party: telemark-fk',
          '    role: Leder, ungdomsteamet',
          '    name: Kari Nordmann',
          '    email: kari.nordmann@telemarkfylke.no',
        ],
      },
    },
    // Nothing is due yet: T1 ends 30.04.2026 (108 days after 12.01.2026).
    expect: { 'meeting:middle': { state: 'ok', deadline: '2026-04-30', daysLeft: 108, remaining: 1 } },
  },
  {
    what: 'a person by role only',
    record: ['person', '--id', 'veileder-nav', '--party', 'nav-vt', '--role', 'Veileder, ungdomsteamet'],
    asOf: '12.01.2026',
    changes: {
      'people.yaml': {
        added: ['  - id: veileder-nav', '    party: nav-vt', '    role: Veileder, ungdomsteamet'],
      },
    },
  },
  {
    what: 'a person with a name, no e-mail',
    record: [
      'person',
      '--id',
      'radgiver-nav',
      '--party',
      'nav-vt',
      '--role',
      'Rådgiver, samfunnskontakt',
      '--name',
      'Ola Hansen',
    ],
    asOf: '2026-01-12',
    changes: {
      'people.yaml': {
        added: [
          '  - id: radgiver-nav',
          '    party: nav-vt',
          '    role: Rådgiver, samfunnskontakt',
          '    name: Ola Hansen',
        ],
      },
    },
  },
  {
    what: 'the first area of cooperation starts the list',
    record: ['area', '--id', 'opplaeringslop', '--title', 'Gode opplæringsløp for ungdom og voksne'],
    asOf: '2026-01-13',
    says: 'La til samarbeidsområdet opplaeringslop i agreement.yaml\n',
    changes: {
      'agreement.yaml': {
        added: ['areas:', '  - id: opplaeringslop', '    title: Gode opplæringsløp for ungdom og voksne'],
      },
    },
  },
  {
    what: 'a second area, in the same style',
    record: ['area', '--id', 'kvalifisering', '--title', 'Kvalifisering og arbeid'],
    asOf: '2026-01-13',
    changes: { 'agreement.yaml': { added: ['  - id: kvalifisering', '    title: Kvalifisering og arbeid'] } },
  },
  {
    what: 'the first middle-level meeting planned: a new meetings file',
    superseded: true,
    record: ['meeting', '--body', 'middle', '--date', '10.03.2026', '--status', 'planned'],
    asOf: '2026-01-15',
    says: 'La til møtet 2026-03-10-middle i meetings/2026.yaml\n',
    changes: {
      'meetings/2026.yaml': {
        added: [
          '# yaml-language-server: $schema=../../.samarbeid/schemas/meetings.schema.json',
          'schemaVersion: 1',
          'meetings:',
          '  - id: 2026-03-10-middle',
          '    body: middle',
          '    date: 2026-03-10',
          '    status: planned',
        ],
      },
    },
    // A planned meeting before the end of T1: 15.01 -> 30.04 is 105 days.
    expect: {
      'meeting:middle': {
        state: 'planned',
        deadline: '2026-04-30',
        daysLeft: 105,
        planned: '2026-03-10',
        last: null,
        remaining: 1,
        missed: [],
      },
    },
  },
  {
    what: 'the T2 middle meeting planned',
    superseded: true,
    record: ['meeting', '--body', 'middle', '--date', '2026-06-10', '--status', 'planned'],
    asOf: '2026-01-15',
    changes: {
      'meetings/2026.yaml': {
        added: [
          '  - id: 2026-06-10-middle',
          '    body: middle',
          '    date: 2026-06-10',
          '    status: planned',
        ],
      },
    },
    expect: { 'meeting:middle': { state: 'planned', planned: '2026-03-10' } },
  },
  {
    what: 'the T3 middle meeting planned',
    superseded: true,
    record: ['meeting', '--body', 'middle', '--date', '15.10.2026', '--status', 'planned'],
    asOf: '2026-01-15',
    changes: {
      'meetings/2026.yaml': {
        added: [
          '  - id: 2026-10-15-middle',
          '    body: middle',
          '    date: 2026-10-15',
          '    status: planned',
        ],
      },
    },
  },
  {
    what: 'the top meeting planned: the first host of the rotation',
    superseded: true,
    record: ['meeting', '--body', 'top', '--date', '2026-11-20', '--status', 'planned'],
    asOf: '2026-01-15',
    changes: {
      'meetings/2026.yaml': {
        added: [
          '  - id: 2026-11-20-top',
          '    body: top',
          '    date: 2026-11-20',
          '    status: planned',
          '    host: nav-vt',
        ],
      },
    },
    expect: {
      'meeting:top': {
        state: 'planned',
        deadline: '2026-12-31',
        planned: '2026-11-20',
        host: 'nav-vt',
        remaining: 1,
      },
    },
  },
  {
    what: 'an action plan drafted: a new file, no obligation while it is a draft',
    record: ['plan', '--id', 'handlingsplan-2026', '--title', 'Handlingsplan 2026', '--owner', 'committee'],
    asOf: '20.01.2026',
    says: 'Opprettet handlingsplanen handlingsplan-2026 som utkast i action-plans/handlingsplan-2026.yaml\n',
    changes: {
      'action-plans/handlingsplan-2026.yaml': {
        added: [
          '# yaml-language-server: $schema=../../.samarbeid/schemas/action-plan.schema.json',
          'schemaVersion: 1',
          'id: handlingsplan-2026',
          'title: Handlingsplan 2026',
          'owner: committee',
          'status: draft',
          'adopted: null',
          'measures: []',
        ],
      },
    },
    expect: { 'evaluation:plan:handlingsplan-2026': null },
  },
  {
    what: 'the T1 meeting moved two days: its id stays',
    superseded: true,
    record: ['move', '--meeting', '2026-03-10-middle', '--date', '12.03.2026'],
    asOf: '2026-02-01',
    says: 'Flyttet møtet 2026-03-10-middle fra 10.03.2026 til 12.03.2026\nMøtet beholder id-en 2026-03-10-middle; du kan også kalle det middle@12.03.2026\n',
    changes: { 'meetings/2026.yaml': { removed: ['    date: 2026-03-10'], added: ['    date: 2026-03-12'] } },
    expect: { 'meeting:middle': { state: 'planned', planned: '2026-03-12', deadline: '2026-04-30' } },
  },
  {
    what: 'the moved meeting held: `record meeting` on its date changes the status in place',
    // With its minutes (SPEC section 10): a held meeting without them is a warning after 14 days.
    record: ['meeting', '--body', 'middle', '--date', '12.03.2026', '--minutes', 'referater/2026-03-12.pdf'],
    files: minutesFile('2026-03-12'),
    asOf: '2026-03-12',
    says: 'Registrerte møtet 2026-03-10-middle som holdt i meetings/2026.yaml\n',
    changes: {
      ...minutesChange('2026-03-12'),
      'meetings/2026.yaml': {
        removed: ['    status: planned'],
        added: ['    status: held', '    minutes: referater/2026-03-12.pdf'],
      },
    },
    // T1 is met: the deadline is the end of T2 (12.03 -> 31.08: 172 days), with the planned
    // meeting of 10.06 before it.
    expect: {
      'meeting:middle': {
        state: 'planned',
        deadline: '2026-08-31',
        daysLeft: 172,
        last: '2026-03-12',
        planned: '2026-06-10',
        remaining: 1,
        missed: [],
      },
    },
  },
  {
    what: 'a working group set up at that meeting; its leader joins the committee',
    record: [
      'group',
      '--id',
      'ungdom',
      '--name',
      'Ungdom i opplæring',
      '--area',
      'opplaeringslop',
      '--leader',
      'leder-ung',
      '--members',
      'leder-ung,veileder-nav',
      '--meeting',
      '2026-03-10-middle',
    ],
    asOf: '2026-03-12',
    says:
      'Opprettet arbeidsgruppen ungdom i working-groups.yaml\n' +
      'Lederen av arbeidsgruppen («Kari Nordmann») er lagt til i samarbeidsutvalget i people.yaml (pkt. 4)\n',
    changes: {
      'people.yaml': {
        removed: ['  members: [sekretariat-nav-vt, sekretariat-telemark-fk]'],
        added: ['  members: [sekretariat-nav-vt, sekretariat-telemark-fk, leder-ung]'],
      },
      'working-groups.yaml': {
        added: [
          '# yaml-language-server: $schema=../.samarbeid/schemas/working-groups.schema.json',
          'schemaVersion: 1',
          'workingGroups:',
          '  - id: ungdom',
          '    name: Ungdom i opplæring',
          '    area: opplaeringslop',
          '    leader: leder-ung',
          '    members:',
          '      - leder-ung',
          '      - veileder-nav',
          '    established:',
          '      date: 2026-03-12',
          '      meeting: 2026-03-10-middle',
        ],
      },
    },
    newSubjects: ['report:working-group:ungdom'],
    // The first report is due 4 months after the establishment: 12.07.2026, 122 days on.
    expect: {
      'report:working-group:ungdom': {
        state: 'ok',
        deadline: '2026-07-12',
        daysLeft: 122,
        last: null,
        remaining: undefined,
        missed: [],
      },
    },
  },
  {
    what: 'the plan adopted at the held middle meeting: the plan and the decision, two files',
    record: ['adopt', '--plan', 'handlingsplan-2026', '--meeting', '2026-03-10-middle'],
    asOf: '2026-03-12',
    says: 'Registrerte at handlingsplanen handlingsplan-2026 ble vedtatt i møtet 2026-03-10-middle (12.03.2026)\n',
    changes: {
      'action-plans/handlingsplan-2026.yaml': {
        removed: ['status: draft', 'adopted: null'],
        added: ['status: adopted', 'adopted: { date: 2026-03-12, meeting: 2026-03-10-middle }'],
      },
      'meetings/2026.yaml': {
        added: [
          '    decisions:',
          '      - id: vedtak-handlingsplan-2026',
          '        text: Handlingsplanen «Handlingsplan 2026» vedtas.',
          '        adopts: handlingsplan-2026',
        ],
      },
    },
    newSubjects: ['evaluation:plan:handlingsplan-2026'],
    expect: {
      'evaluation:plan:handlingsplan-2026': {
        state: 'ok',
        deadline: '2027-03-12',
        daysLeft: 365,
        last: null,
        missed: [],
      },
    },
  },
  {
    what: 'a measure with an area and a deadline',
    record: [
      'measure',
      '--plan',
      'handlingsplan-2026',
      '--title',
      'Felles veiledning i videregående skoler',
      '--responsible',
      'telemark-fk',
      '--area',
      'opplaeringslop',
      '--due',
      '30.06.2026',
    ],
    asOf: '2026-03-13',
    says: `La til tiltaket ${MEASURE} i action-plans/handlingsplan-2026.yaml\n`,
    changes: {
      'action-plans/handlingsplan-2026.yaml': {
        removed: ['measures: []'],
        added: [
          'measures:',
          '  - id: felles-veiledning-i-videregaende-skoler',
          '    title: Felles veiledning i videregående skoler',
          '    area: opplaeringslop',
          '    responsible: telemark-fk',
          '    due: 2026-06-30',
        ],
      },
    },
    newSubjects: [`measure:${MEASURE}`],
    // 13.03 -> 30.06: 109 days.
    expect: { [`measure:${MEASURE}`]: { state: 'ok', deadline: '2026-06-30', daysLeft: 109 } },
  },
  {
    what: 'a measure without a deadline: no obligation',
    record: [
      'measure',
      '--plan',
      'handlingsplan-2026',
      '--title',
      'Kartlegging av målgruppen',
      '--responsible',
      'radgiver-nav',
      '--area',
      'kvalifisering',
    ],
    asOf: '2026-03-13',
    changes: {
      'action-plans/handlingsplan-2026.yaml': {
        added: [
          '  - id: kartlegging-av-malgruppen',
          '    title: Kartlegging av målgruppen',
          '    area: kvalifisering',
          '    responsible: radgiver-nav',
        ],
      },
    },
    expect: { 'measure:handlingsplan-2026/kartlegging-av-malgruppen': null },
  },
  {
    what: 'a second decision of the meeting, in the style of the first',
    record: [
      'decision',
      '--meeting',
      '2026-03-10-middle',
      '--text',
      'Arbeidsgruppen Ungdom i opplæring opprettes',
    ],
    asOf: '2026-03-13',
    says: 'La til vedtaket 2026-03-10-middle/arbeidsgruppen-ungdom-i-opplaering i meetings/2026.yaml\n',
    changes: {
      'meetings/2026.yaml': {
        added: [
          '      - id: arbeidsgruppen-ungdom-i-opplaering',
          '        text: Arbeidsgruppen Ungdom i opplæring opprettes',
        ],
      },
    },
  },
  {
    what: 'an action to follow up from the meeting',
    record: [
      'action',
      '--meeting',
      '2026-03-10-middle',
      '--text',
      'Lage felles rapportmal',
      '--owner',
      'nav-vt',
      '--due',
      '2026-05-31',
    ],
    asOf: '2026-03-13',
    says: `La til oppfølgingspunktet ${ACTION} i meetings/2026.yaml\n`,
    changes: {
      'meetings/2026.yaml': {
        added: [
          '    actions:',
          '      - id: lage-felles-rapportmal',
          '        text: Lage felles rapportmal',
          '        owner: nav-vt',
          '        due: 2026-05-31',
        ],
      },
    },
    newSubjects: [`action:${ACTION}`],
    // 13.03 -> 31.05: 79 days.
    expect: { [`action:${ACTION}`]: { state: 'ok', deadline: '2026-05-31', daysLeft: 79 } },
  },
  {
    what: 'the T2 meeting cancelled, in place',
    record: ['meeting', '--body', 'middle', '--date', '10.06.2026', '--status', 'cancelled'],
    asOf: '2026-06-01',
    says: 'Registrerte møtet 2026-06-10-middle som avlyst i meetings/2026.yaml\n',
    changes: { 'meetings/2026.yaml': { removed: ['    status: planned'], added: ['    status: cancelled'] } },
    // A cancelled meeting counts for nothing: T2 still needs one, 91 days left. The next planned
    // meeting (15.10) is after the deadline, so the state is not `planned`, though `planned`
    // shows it. The action was due 31.05: one day overdue.
    expect: {
      'meeting:middle': {
        state: 'ok',
        deadline: '2026-08-31',
        daysLeft: 91,
        last: '2026-03-12',
        planned: '2026-10-15',
        remaining: 1,
        missed: [],
      },
      [`action:${ACTION}`]: { state: 'overdue', daysLeft: -1 },
    },
  },
  {
    what: 'a middle meeting held without having been planned: a new meeting',
    record: ['meeting', '--body', 'middle', '--date', '24.06.2026', '--minutes', 'referater/2026-06-24.pdf'],
    files: minutesFile('2026-06-24'),
    asOf: '24.06.2026',
    changes: {
      ...minutesChange('2026-06-24'),
      'meetings/2026.yaml': {
        added: [
          '  - id: 2026-06-24-middle',
          '    body: middle',
          '    date: 2026-06-24',
          '    status: held',
          '    minutes: referater/2026-06-24.pdf',
        ],
      },
    },
    // T2 met: the deadline is the end of T3 (24.06 -> 31.12: 190 days), the meeting of 15.10 planned.
    expect: {
      'meeting:middle': {
        state: 'planned',
        deadline: '2026-12-31',
        daysLeft: 190,
        last: '2026-06-24',
        planned: '2026-10-15',
        remaining: 1,
        missed: [],
      },
    },
  },
  {
    what: "the working group's first report",
    record: ['report', '--group', 'ungdom', '--date', '2026-06-25', '--summary', 'Status før sommeren'],
    asOf: '2026-06-25',
    says: 'La til rapporten fra arbeidsgruppen Ungdom i opplæring i working-groups.yaml\n',
    changes: {
      'working-groups.yaml': {
        added: ['    reports:', '      - date: 2026-06-25', '        summary: Status før sommeren'],
      },
    },
    // The next is due 4 months on: 25.10.2026, 122 days.
    expect: {
      'report:working-group:ungdom': {
        state: 'ok',
        deadline: '2026-10-25',
        daysLeft: 122,
        last: '2026-06-25',
        missed: [],
      },
    },
  },
  {
    what: 'the action done (late)',
    record: ['done', '--action', ACTION, '--date', '20.06.2026'],
    asOf: '2026-06-26',
    says: `Markerte ${ACTION} som utført i meetings/2026.yaml\n`,
    changes: { 'meetings/2026.yaml': { added: ['        done: 2026-06-20'] } },
    expect: { [`action:${ACTION}`]: { state: 'done' } },
  },
  {
    what: 'a sub-agreement, awaiting the approval of both parties',
    record: [
      'sub-agreement',
      '--id',
      'deling-av-opplysninger',
      '--title',
      'Underavtale om deling av personopplysninger',
      '--area',
      'opplaeringslop',
      '--valid-until',
      '01.09.2028',
    ],
    asOf: '01.09.2026',
    says: 'La til underavtalen deling-av-opplysninger i sub-agreements.yaml\n',
    changes: {
      'sub-agreements.yaml': {
        added: [
          '# yaml-language-server: $schema=../.samarbeid/schemas/sub-agreements.schema.json',
          'schemaVersion: 1',
          'subAgreements:',
          '  - id: deling-av-opplysninger',
          '    title: Underavtale om deling av personopplysninger',
          '    area: opplaeringslop',
          '    validUntil: 2028-09-01',
        ],
      },
    },
    warnings: 2, // one for each party's missing approval
    newSubjects: ['sub-agreement:deling-av-opplysninger'],
    // It applies until the day before 01.09.2028: 730 days from 01.09.2026 (2028 is a leap year).
    expect: {
      'sub-agreement:deling-av-opplysninger': { state: 'ok', deadline: '2028-08-31', daysLeft: 730 },
    },
  },
  {
    what: 'approved by the county',
    record: [
      'approval',
      '--sub-agreement',
      'deling-av-opplysninger',
      '--party',
      'telemark-fk',
      '--date',
      '15.09.2026',
    ],
    asOf: '2026-09-15',
    says: 'Registrerte i sub-agreements.yaml at Telemark fylkeskommune har godkjent underavtalen «Underavtale om deling av personopplysninger»\n',
    changes: {
      'sub-agreements.yaml': {
        added: ['    approvals:', '      - party: telemark-fk', '        date: 2026-09-15'],
      },
    },
    warnings: 1,
  },
  {
    what: 'approved by Nav: no warning left',
    record: [
      'approval',
      '--sub-agreement',
      'deling-av-opplysninger',
      '--party',
      'nav-vt',
      '--date',
      '2026-09-22',
    ],
    asOf: '2026-09-22',
    changes: { 'sub-agreements.yaml': { added: ['      - party: nav-vt', '        date: 2026-09-22'] } },
  },
  {
    what: 'the T3 meeting held, on its planned date',
    record: ['meeting', '--body', 'middle', '--date', '2026-10-15', '--minutes', 'referater/2026-10-15.pdf'],
    files: minutesFile('2026-10-15'),
    asOf: '2026-10-15',
    changes: {
      ...minutesChange('2026-10-15'),
      'meetings/2026.yaml': {
        removed: ['    status: planned'],
        added: ['    status: held', '    minutes: referater/2026-10-15.pdf'],
      },
    },
    // T3 met: the deadline is the end of 2027-T1 (15.10.2026 -> 30.04.2027: 197 days).
    expect: {
      'meeting:middle': {
        state: 'ok',
        deadline: '2027-04-30',
        daysLeft: 197,
        last: '2026-10-15',
        planned: null,
        remaining: 1,
        missed: [],
      },
    },
  },
  {
    what: 'the plan evaluated at that meeting',
    record: [
      'evaluation',
      '--plan',
      'handlingsplan-2026',
      '--date',
      '15.10.2026',
      '--meeting',
      '2026-10-15-middle',
      '--summary',
      'Gjennomgang av tiltakene',
    ],
    asOf: '2026-10-15',
    says: 'La til evalueringen i action-plans/handlingsplan-2026.yaml\n',
    changes: {
      'action-plans/handlingsplan-2026.yaml': {
        added: [
          'evaluations:',
          '  - date: 2026-10-15',
          '    meeting: 2026-10-15-middle',
          '    summary: Gjennomgang av tiltakene',
        ],
      },
    },
    expect: {
      'evaluation:plan:handlingsplan-2026': {
        state: 'ok',
        deadline: '2027-10-15',
        daysLeft: 365,
        last: '2026-10-15',
      },
    },
  },
  {
    what: "the working group's second report, in the style of the first",
    record: ['report', '--group', 'ungdom', '--date', '20.10.2026', '--summary', 'Status: høsten'],
    asOf: '2026-10-20',
    changes: {
      'working-groups.yaml': { added: ['      - date: 2026-10-20', '        summary: "Status: høsten"'] },
    },
    // Next: 20.02.2027. The measure was due 30.06: 112 days overdue by 20.10.
    expect: {
      'report:working-group:ungdom': { state: 'ok', deadline: '2027-02-20', last: '2026-10-20', missed: [] },
      [`measure:${MEASURE}`]: { state: 'overdue', deadline: '2026-06-30', daysLeft: -112 },
    },
  },
  {
    what: 'the measure done',
    record: ['done', '--measure', MEASURE, '--date', '2026-10-01'],
    asOf: '21.10.2026',
    changes: { 'action-plans/handlingsplan-2026.yaml': { added: ['    done: 2026-10-01'] } },
    expect: { [`measure:${MEASURE}`]: { state: 'done' } },
  },
  {
    what: 'a middle meeting planned for December',
    superseded: true,
    record: ['meeting', '--body', 'middle', '--date', '2026-12-15', '--status', 'planned'],
    asOf: '2026-10-22',
    changes: {
      'meetings/2026.yaml': {
        added: [
          '  - id: 2026-12-15-middle',
          '    body: middle',
          '    date: 2026-12-15',
          '    status: planned',
        ],
      },
    },
    // The third tertial is met (15.10): a December meeting does not count for the first tertial of
    // 2027, which is what falls due next (SPEC section 16: one slot per period, in status and the plan).
    expect: { 'meeting:middle': { state: 'ok', deadline: '2027-04-30', planned: '2026-12-15' } },
  },
  {
    what: 'that meeting moved into the next year: it moves to meetings/2027.yaml, id kept',
    record: ['move', '--meeting', '2026-12-15-middle', '--date', '12.01.2027'],
    asOf: '2026-11-01',
    says: 'Flyttet møtet 2026-12-15-middle fra 15.12.2026 til 12.01.2027\nMøtet beholder id-en 2026-12-15-middle; du kan også kalle det middle@12.01.2027\n',
    changes: {
      'meetings/2026.yaml': {
        removed: [
          '  - id: 2026-12-15-middle',
          '    body: middle',
          '    date: 2026-12-15',
          '    status: planned',
        ],
        added: [],
      },
      'meetings/2027.yaml': {
        added: [
          '# yaml-language-server: $schema=../../.samarbeid/schemas/meetings.schema.json',
          'schemaVersion: 1',
          'meetings:',
          '  - id: 2026-12-15-middle',
          '    body: middle',
          '    date: 2027-01-12',
          '    status: planned',
        ],
      },
    },
    expect: { 'meeting:middle': { state: 'planned', deadline: '2027-04-30', planned: '2027-01-12' } },
  },
  {
    what: 'the top meeting held: the next host is the other party',
    record: ['meeting', '--body', 'top', '--date', '20.11.2026', '--minutes', 'referater/2026-11-20.pdf'],
    files: minutesFile('2026-11-20'),
    asOf: '20.11.2026',
    changes: {
      ...minutesChange('2026-11-20'),
      'meetings/2026.yaml': {
        removed: ['    status: planned'],
        added: ['    status: held', '    minutes: referater/2026-11-20.pdf'],
      },
    },
    expect: {
      'meeting:top': {
        state: 'ok',
        deadline: '2027-12-31',
        last: '2026-11-20',
        planned: null,
        host: 'telemark-fk',
        remaining: 1,
        missed: [],
      },
    },
  },
  {
    what: 'the annual evaluation with results per area (clause 6)',
    record: [
      'evaluation',
      '--agreement',
      '--date',
      '2026-11-20',
      '--meeting',
      '2026-11-20-top',
      '--summary',
      'Årsrapport 2026',
      '--result',
      'opplaeringslop=Flere fullfører videregående opplæring',
      '--result',
      'kvalifisering=Flere i arbeid etter kvalifisering',
    ],
    asOf: '2026-11-20',
    says: 'La til evalueringen i evaluations.yaml\n',
    changes: {
      'evaluations.yaml': {
        added: [
          '# yaml-language-server: $schema=../.samarbeid/schemas/evaluations.schema.json',
          'schemaVersion: 1',
          'evaluations:',
          '  - date: 2026-11-20',
          '    meeting: 2026-11-20-top',
          '    summary: Årsrapport 2026',
          '    results:',
          '      - area: opplaeringslop',
          '        text: Flere fullfører videregående opplæring',
          '      - area: kvalifisering',
          '        text: Flere i arbeid etter kvalifisering',
        ],
      },
    },
    // 2026 is met: the next is due by the end of 2027.
    expect: {
      'evaluation:agreement': {
        state: 'ok',
        deadline: '2027-12-31',
        last: '2026-11-20',
        remaining: 1,
        missed: [],
      },
    },
  },
];

const EXPECTED_FILES: Record<string, string> = {
  ...Object.fromEntries(STEPS.flatMap((step) => Object.entries(step.files ?? {}))),
  'agreement.yaml': `# yaml-language-server: $schema=../.samarbeid/schemas/agreement.schema.json
# Samarbeidsavtalen: partene, hvor lenge den gjelder og hvordan den styres.
# Rett opp det som ikke stemmer med avtaleteksten.
schemaVersion: 1
id: telemark-2026
title: Samarbeidsavtale mellom Nav Vestfold og Telemark og Telemark fylkeskommune
language: nb
parties:
  - id: nav-vt
    name: Nav Vestfold og Telemark
  - id: telemark-fk
    name: Telemark fylkeskommune
validity:
  from: 2026-01-01
  # until: null betyr at avtalen gjelder til den blir sagt opp.
  until: null
# Styringen i Buskerud-avtalen (2024): møte på toppledernivå hvert år, med partene som vertskap
# etter tur; møter på mellomledernivå minst hvert tertial, som vedtar handlingsplaner; et
# samarbeidsutvalg som møtes ved behov; rapporter fra arbeidsgruppene; evaluering hvert år.
# Rett opp det som er annerledes i deres avtale.
governance:
  bodies:
    top:
      name: Toppledernivå
      meets: yearly
      host: rotate
      agenda:
        - Status i samarbeidet
        - Gjensidig informasjonsutveksling
        - Refleksjon om utfordringer og muligheter i tiden framover
        - Behov for revisjon av avtalen
    middle:
      name: Mellomledernivå
      meets: tertial
      host: secretariat
      adopts: true
      agenda:
        - Vedtak og oppfølging av underavtaler og handlingsplaner
        - Strategisk diskusjon om samarbeidsområdene
        - Gjensidig kompetansedeling
        - { item: Hovedområder for arbeidsgruppene, at: first-of-year }
    committee:
      name: Samarbeidsutvalget
      meets: null
      host: secretariat
      agenda:
        - Framdrift og utfordringer i arbeidsgruppene
        - Prioritering og koordinering av partenes innsats
        - Støtte og veiledning til arbeidsgruppene
        - Saker som må løftes til mellomledernivå
  workingGroups:
    reporting: every 4 months
  evaluation:
    agreement: yearly
    actionPlans: every 12 months
  remindDaysBefore: 30
  noticeDays: 14
  # Fra denne dagen føres avtalen her: perioder og frister før den blir aldri meldt som ikke oppfylt.
  trackedFrom: 2026-01-01
areas:
  - id: opplaeringslop
    title: Gode opplæringsløp for ungdom og voksne
  - id: kvalifisering
    title: Kvalifisering og arbeid
`,
  'people.yaml': `# yaml-language-server: $schema=../.samarbeid/schemas/people.schema.json
# Personer føres etter rolle; navn og e-postadresse kan utelates.
schemaVersion: 1
people:
  - id: kontakt-nav-vt
    party: nav-vt
    role: Avdelingsdirektør for samfunnskontakt
  - id: sekretariat-nav-vt
    party: nav-vt
    role: "Rådgiver, samfunnskontakt (sekretariatet)"
  - id: kontakt-telemark-fk
    party: telemark-fk
    role: Seksjonsleder for opplæring
  - id: sekretariat-telemark-fk
    party: telemark-fk
    role: "Rådgiver, opplæring (sekretariatet)"
  - id: leder-ung
    party: telemark-fk
    role: Leder, ungdomsteamet
    name: Kari Nordmann
    email: kari.nordmann@telemarkfylke.no
  - id: veileder-nav
    party: nav-vt
    role: Veileder, ungdomsteamet
  - id: radgiver-nav
    party: nav-vt
    role: Rådgiver, samfunnskontakt
    name: Ola Hansen
# Kontaktpersonen til hver part.
contacts:
  nav-vt: kontakt-nav-vt
  telemark-fk: kontakt-telemark-fk
# Sekretariatet har ett medlem fra hver part (pkt. 4).
secretariat: [sekretariat-nav-vt, sekretariat-telemark-fk]
# Samarbeidsutvalget; «samarbeid record group» legger til lederen av hver arbeidsgruppe (pkt. 4).
committee:
  members: [sekretariat-nav-vt, sekretariat-telemark-fk, leder-ung]
`,
  'working-groups.yaml': `# yaml-language-server: $schema=../.samarbeid/schemas/working-groups.schema.json
schemaVersion: 1
workingGroups:
  - id: ungdom
    name: Ungdom i opplæring
    area: opplaeringslop
    leader: leder-ung
    members:
      - leder-ung
      - veileder-nav
    established:
      date: 2026-03-12
      meeting: 2026-03-10-middle
    reports:
      - date: 2026-06-25
        summary: Status før sommeren
      - date: 2026-10-20
        summary: "Status: høsten"
`,
  'action-plans/handlingsplan-2026.yaml': `# yaml-language-server: $schema=../../.samarbeid/schemas/action-plan.schema.json
schemaVersion: 1
id: handlingsplan-2026
title: Handlingsplan 2026
owner: committee
status: adopted
adopted: { date: 2026-03-12, meeting: 2026-03-10-middle }
measures:
  - id: felles-veiledning-i-videregaende-skoler
    title: Felles veiledning i videregående skoler
    area: opplaeringslop
    responsible: telemark-fk
    due: 2026-06-30
    done: 2026-10-01
  - id: kartlegging-av-malgruppen
    title: Kartlegging av målgruppen
    area: kvalifisering
    responsible: radgiver-nav
evaluations:
  - date: 2026-10-15
    meeting: 2026-10-15-middle
    summary: Gjennomgang av tiltakene
`,
  // Meetings are appended in the order they were recorded (the one held on 24.06 without having
  // been planned comes last); a move within the year keeps the meeting's place and id.
  'meetings/2026.yaml': `# yaml-language-server: $schema=../../.samarbeid/schemas/meetings.schema.json
schemaVersion: 1
meetings:
  - id: 2026-03-10-middle
    body: middle
    date: 2026-03-12
    status: held
    minutes: referater/2026-03-12.pdf
    decisions:
      - id: vedtak-handlingsplan-2026
        text: Handlingsplanen «Handlingsplan 2026» vedtas.
        adopts: handlingsplan-2026
      - id: arbeidsgruppen-ungdom-i-opplaering
        text: Arbeidsgruppen Ungdom i opplæring opprettes
    actions:
      - id: lage-felles-rapportmal
        text: Lage felles rapportmal
        owner: nav-vt
        due: 2026-05-31
        done: 2026-06-20
  - id: 2026-06-10-middle
    body: middle
    date: 2026-06-10
    status: cancelled
  - id: 2026-10-15-middle
    body: middle
    date: 2026-10-15
    status: held
    minutes: referater/2026-10-15.pdf
  - id: 2026-11-20-top
    body: top
    date: 2026-11-20
    status: held
    host: nav-vt
    minutes: referater/2026-11-20.pdf
  - id: 2026-06-24-middle
    body: middle
    date: 2026-06-24
    status: held
    minutes: referater/2026-06-24.pdf
`,
  'meetings/2027.yaml': `# yaml-language-server: $schema=../../.samarbeid/schemas/meetings.schema.json
schemaVersion: 1
meetings:
  - id: 2026-12-15-middle
    body: middle
    date: 2027-01-12
    status: planned
`,
  'sub-agreements.yaml': `# yaml-language-server: $schema=../.samarbeid/schemas/sub-agreements.schema.json
schemaVersion: 1
subAgreements:
  - id: deling-av-opplysninger
    title: Underavtale om deling av personopplysninger
    area: opplaeringslop
    validUntil: 2028-09-01
    approvals:
      - party: telemark-fk
        date: 2026-09-15
      - party: nav-vt
        date: 2026-09-22
`,
  'evaluations.yaml': `# yaml-language-server: $schema=../.samarbeid/schemas/evaluations.schema.json
schemaVersion: 1
evaluations:
  - date: 2026-11-20
    meeting: 2026-11-20-top
    summary: Årsrapport 2026
    results:
      - area: opplaeringslop
        text: Flere fullfører videregående opplæring
      - area: kvalifisering
        text: Flere i arbeid etter kvalifisering
`,
};

/** Every file of the agreement folder, by path inside it. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

const END = '2026-11-20';
const record = (repo: string, args: string[], asOf = END, extra: string[] = []) =>
  runBin(['record', args[0]!, FOLDER, ...args.slice(1), '--as-of', asOf, ...extra], { cwd: repo });

/** Runs a record command that must change nothing, and checks that it did not. */
function unchanged(repo: string, args: string[], code: number, says: RegExp, extra: string[] = []): Run {
  const run = record(repo, args, END, extra);
  expect(run.status, `${args.join(' ')}\n${run.stdout}${run.stderr}`).toBe(code);
  expect(run.stdout + run.stderr, args.join(' ')).toMatch(says);
  expect(run.stderr, args.join(' ')).not.toMatch(/\bat .*\.js:\d+/);
  expect(git(repo, 'status', '--porcelain'), args.join(' ')).toBe('');
  return run;
}

describe('a year of governance for a new agreement (built bin, in git)', () => {
  it('is done with commands alone', { timeout: 300_000 }, () => {
    const repo = mkdtempSync(join(tmpdir(), 'samarbeid-year-'));
    git(repo, 'init', '-q');
    const init = runBin(
      [
        'init',
        FOLDER,
        '--title',
        'Samarbeidsavtale mellom Nav Vestfold og Telemark og Telemark fylkeskommune',
        '--party',
        'nav-vt=Nav Vestfold og Telemark',
        '--party',
        'telemark-fk=Telemark fylkeskommune',
        '--from',
        '01.01.2026',
        '--tracked-from',
        '01.01.2026',
        '--contact-role',
        'nav-vt=Avdelingsdirektør for samfunnskontakt',
        '--contact-role',
        'telemark-fk=Seksjonsleder for opplæring',
        '--secretariat-role',
        'nav-vt=Rådgiver, samfunnskontakt (sekretariatet)',
        '--secretariat-role',
        'telemark-fk=Rådgiver, opplæring (sekretariatet)',
      ],
      { cwd: repo },
    );
    ok(init, 'init');
    // The agreement's two files, and the schemas their editor lines point at (the repository's
    // .samarbeid/schemas, which had none), with the one for a samarbeid.yaml beside them.
    expect(Object.keys(changesSinceCommit(repo)).sort()).toEqual([
      '.samarbeid/schemas/action-plan.schema.json',
      '.samarbeid/schemas/agreement.schema.json',
      '.samarbeid/schemas/duties.schema.json',
      '.samarbeid/schemas/evaluations.schema.json',
      '.samarbeid/schemas/meetings.schema.json',
      '.samarbeid/schemas/people.schema.json',
      '.samarbeid/schemas/samarbeid.schema.json',
      '.samarbeid/schemas/sub-agreements.schema.json',
      '.samarbeid/schemas/working-groups.schema.json',
      'agreement.yaml',
      'people.yaml',
    ]);
    commit(repo, 'init');

    // With no meeting yet, a yearly body is due by the end of the year and the first of the
    // rotation hosts; the middle level by the end of T1 (05.01 -> 30.04: 115 days).
    const first = statusOf(repo, '2026-01-05');
    const subjects = new Set(['meeting:top', 'meeting:middle', 'evaluation:agreement']);
    expect([...first.obligations.keys()].sort()).toEqual([...subjects].sort());
    expect(first.obligations.get('meeting:top')).toMatchObject({
      state: 'ok',
      deadline: '2026-12-31',
      last: null,
      planned: null,
      host: 'nav-vt',
      remaining: 1,
      missed: [],
    });
    expect(first.obligations.get('meeting:middle')).toMatchObject({
      state: 'ok',
      deadline: '2026-04-30',
      daysLeft: 115,
      remaining: 1,
    });
    expect(validateOf(repo, '2026-01-05')).toEqual({ errors: 0, warnings: 0, rules: [] });

    for (const step of STEPS) {
      const label = `${step.what}: record ${step.record.join(' ')}`;
      for (const [file, text] of Object.entries(step.files ?? {})) {
        mkdirSync(dirname(join(repo, FOLDER, file)), { recursive: true });
        writeFileSync(join(repo, FOLDER, file), text);
      }
      const run = record(repo, step.record, step.asOf);
      ok(run, label);
      if (step.says !== undefined) expect(run.stdout, label).toBe(step.says);

      const checked = validateOf(repo, step.asOf);
      expect(checked.errors, `${label}\n${checked.rules.join(', ')}`).toBe(0);
      expect(checked.warnings, `${label}\n${checked.rules.join(', ')}`).toBe(step.warnings ?? 0);

      for (const subject of step.newSubjects ?? []) subjects.add(subject);
      const status = statusOf(repo, step.asOf);
      expect(status.asOf, label).toBe(iso(step.asOf));
      expect([...status.obligations.keys()].sort(), label).toEqual([...subjects].sort());
      for (const [subject, wanted] of Object.entries(step.expect ?? {})) {
        const got = status.obligations.get(subject);
        if (wanted === null) expect(got, `${label}: ${subject}`).toBeUndefined();
        else {
          expect(got, `${label}: ${subject}`).toBeDefined();
          for (const [key, value] of Object.entries(wanted))
            expect(got?.[key as keyof Obligation], `${label}: ${subject}.${key}`).toEqual(value);
        }
      }

      const diff = changesSinceCommit(repo);
      const wanted = Object.fromEntries(
        Object.entries(step.changes).map(([file, c]) => [file, { added: c.added, removed: c.removed ?? [] }]),
      );
      expect(diff, label).toEqual(wanted);
      commit(repo, `record ${step.record.join(' ')}`);
    }

    const dir = join(repo, FOLDER);
    expect(filesOf(dir)).toEqual(Object.keys(EXPECTED_FILES).sort());
    for (const [file, text] of Object.entries(EXPECTED_FILES))
      expect(readFileSync(join(dir, file), 'utf8'), file).toBe(text);

    // The whole year once more: what is still as recorded is already recorded, and says so.
    for (const step of STEPS.filter((s) => !s.superseded)) {
      const run = record(repo, step.record, END);
      expect(run.status, `again: ${step.what}\n${run.stdout}${run.stderr}`).toBe(0);
      expect(run.stdout, `again: ${step.what}`).toMatch(
        /^Allerede registrert: .*\. Ingenting er endret\.\n$/,
      );
      expect(run.stderr, `again: ${step.what}`).toBe('');
      expect(git(repo, 'status', '--porcelain'), `again: ${step.what}`).toBe('');
    }
    unchanged(
      repo,
      ['done', '--measure', MEASURE, '--date', '01.10.2026'],
      0,
      /^Already recorded: measure /,
      ['--lang', 'en'],
    );

    // Conflicting records are refused, name what is there, and change nothing.
    unchanged(
      repo,
      ['done', '--measure', MEASURE, '--date', '02.10.2026'],
      1,
      /Finnes allerede: tiltak handlingsplan-2026\/felles-veiledning-i-videregaende-skoler med ferdigdato 01\.10\.2026, ikke 02\.10\.2026\./,
    );
    unchanged(
      repo,
      ['done', '--action', ACTION, '--date', '2026-06-21'],
      1,
      /Finnes allerede: oppfølgingspunkt 2026-03-10-middle\/lage-felles-rapportmal med ferdigdato 20\.06\.2026, ikke 21\.06\.2026\./,
    );
    unchanged(
      repo,
      ['meeting', '--body', 'top', '--date', '20.11.2026', '--id', 'toppmote-2026'],
      1,
      /Organet har allerede et møte 20\.11\.2026: 2026-11-20-top\. Ingenting er skrevet\./,
    );
    unchanged(
      repo,
      ['approval', '--sub-agreement', 'deling-av-opplysninger', '--party', 'nav-vt', '--date', '23.09.2026'],
      1,
      /Finnes allerede: godkjenning deling-av-opplysninger\/nav-vt med dato 22\.09\.2026, ikke 23\.09\.2026\./,
    );
    unchanged(
      repo,
      ['report', '--group', 'ungdom', '--date', '2026-10-20', '--summary', 'Status om høsten'],
      1,
      /Finnes allerede: rapport ungdom .*«?Status: høsten»?.*Status om høsten/,
    );
    // A held meeting is never turned back into a plan.
    unchanged(
      repo,
      ['meeting', '--body', 'top', '--date', '2026-11-20', '--status', 'planned'],
      1,
      /Møtet 2026-11-20-top er registrert som holdt og kan ikke endres til planlagt\./,
    );
    unchanged(
      repo,
      ['done', '--measure', MEASURE, '--date', '02.10.2026'],
      1,
      /^samarbeid: Conflicts with the record: measure handlingsplan-2026\/felles-veiledning-i-videregaende-skoler has date done 1 Oct 2026, not 2 Oct 2026\. Nothing written/m,
      ['--lang', 'en'],
    );
    expect(git(repo, 'log', '--format=%s').split('\n').filter(Boolean)).toHaveLength(STEPS.length + 1);
  });
});
