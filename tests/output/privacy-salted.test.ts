import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { findIdentityNumbers } from '../../src/identity/number.js';
import { type Run, runBin } from '../helpers.js';
import { shownDigits, validNumber, writtenForms } from '../identity-numbers.js';

// Clause 7 and SPEC section 7: no command, in any format, prints a national identity number whole,
// from any field, id, file or folder name, however it is written. A workspace is salted with valid
// numbers (control digits computed; fødselsnumre, D-, H- and synthetic numbers) in every field the
// schemas have, in ids where ids allow digits, and in folder and file names; then every command
// runs on it, and every byte it writes is searched.

const salts: string[] = [];
/** A fresh valid number for each field, its written form taken in turn from all the forms. */
function salt(): string {
  const i = salts.length;
  const day = 1 + (i % 28) + (i % 3 === 1 ? 40 : 0);
  const month = 1 + (i % 12) + [0, 0, 40, 80][i % 4]!;
  const n = validNumber(
    `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(50 + (i % 50))}${String(100 + i).padStart(3, '0')}`,
  );
  salts.push(n);
  return n;
}
const text = (before = '') => {
  const n = salt();
  const forms = writtenForms(n);
  return JSON.stringify(`${before}${forms[salts.length % forms.length]} slutt`);
};
/** Ids are lower-case kebab-case: digits alone, or digit groups joined by '-'. */
const id = () => {
  const n = salt();
  return [
    n,
    `${n.slice(0, 6)}-${n.slice(6)}`,
    `${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4, 6)}-${n.slice(6)}`,
  ][salts.length % 3]!;
};
const AS_OF = ['--as-of', '2026-11-22'];
/** Quoted, so that YAML reads digits-only ids as text. */
const Q = (s: string) => JSON.stringify(s);

const ID_NAMES = [
  'agreement',
  'partyA',
  'partyB',
  'area',
  'top',
  'middle',
  'personA',
  'personB',
  'leader',
  'group',
  'draft',
  'plan',
  'measure',
  'meeting',
  'planned',
  'decision',
  'action',
  'sub',
] as const;

interface Salted {
  ws: string;
  folder: string;
  ids: Record<(typeof ID_NAMES)[number], string>;
}

function saltedWorkspace(): Salted {
  const ws = mkdtempSync(join(tmpdir(), 'samarbeid-salted-'));
  const folderNumber = salt();
  const folder = join(ws, `avtale ${folderNumber.slice(0, 6)} ${folderNumber.slice(6)}`);
  const ids = Object.fromEntries(ID_NAMES.map((name) => [name, id()])) as Salted['ids'];
  const files: Record<string, string> = {
    'agreement.yaml': `schemaVersion: 1
# kommentar ${salt()}
id: ${Q(ids.agreement)}
title: ${text('Avtale ')}
parties:
  - { id: ${Q(ids.partyA)}, name: ${text()}, shortName: ${text()} }
  - { id: ${Q(ids.partyB)}, name: ${text()} }
validity:
  from: 2024-01-01
  note: ${text()}
approvals:
  - { body: ${text()}, date: 2024-01-01, caseNumber: ${text()}, note: ${text()} }
signing:
  place: ${text()}
  signatories:
    - { party: ${Q(ids.partyA)}, name: ${text()}, title: ${text()} }
purposes: [${text()}]
areas:
  - { id: ${Q(ids.area)}, title: ${text()}, description: ${text()} }
governance:
  bodies:
    ${Q(ids.top)}: { name: ${text()}, meets: yearly, host: rotate, agenda: [${text()}] }
    ${Q(ids.middle)}: { name: ${text()}, meets: tertial, adopts: true }
  workingGroups: { reporting: every 4 months }
  evaluation: { agreement: yearly, actionPlans: every 12 months }
  remindDaysBefore: 366
`,
    'people.yaml': `schemaVersion: 1
people:
  - { id: ${Q(ids.personA)}, party: ${Q(ids.partyA)}, role: ${text()}, name: ${text()}, email: "${salt()}@nav.no" }
  - { id: ${Q(ids.personB)}, party: ${Q(ids.partyB)}, role: ${text()}, name: ${text()}, email: "ola.${salt()}@bfk.no" }
  - { id: ${Q(ids.leader)}, party: ${Q(ids.partyB)}, role: ${text()} }
contacts:
  ${Q(ids.partyA)}: ${Q(ids.personA)}
  ${Q(ids.partyB)}: ${Q(ids.personB)}
secretariat: [${Q(ids.personA)}, ${Q(ids.personB)}]
committee: { members: [${Q(ids.personA)}, ${Q(ids.personB)}, ${Q(ids.leader)}] }
`,
    'working-groups.yaml': `schemaVersion: 1
workingGroups:
  - id: ${Q(ids.group)}
    name: ${text()}
    area: ${Q(ids.area)}
    leader: ${Q(ids.leader)}
    members: [${Q(ids.leader)}, ${Q(ids.personA)}]
    established: { date: 2024-03-01 }
    reports: [{ date: 2024-06-01, summary: ${text()} }]
`,
    [`action-plans/${salt()}.yaml`]: `schemaVersion: 1
id: ${Q(ids.draft)}
title: ${text()}
owner: ${Q(ids.middle)}
status: draft
measures:
  - { id: ${Q(id())}, title: ${text()}, area: ${Q(ids.area)}, responsible: ${Q(ids.partyA)}, due: 2026-01-01 }
`,
    'action-plans/plan.yaml': `schemaVersion: 1
id: ${Q(ids.plan)}
title: ${text()}
owner: ${Q(ids.middle)}
status: adopted
adopted: { date: 2024-05-02, meeting: ${Q(ids.meeting)} }
evaluations: [{ date: 2024-09-01, summary: ${text()} }]
measures:
  - { id: ${Q(ids.measure)}, title: ${text()}, responsible: ${Q(ids.personA)}, due: 2026-12-01 }
`,
    [`meetings/${salt().slice(0, 6)}_${salts.at(-1)?.slice(6)}.yaml`]: `schemaVersion: 1
meetings:
  - id: ${Q(ids.meeting)}
    body: ${Q(ids.middle)}
    date: 2024-05-02
    status: held
    title: ${text()}
    notes: "${[...salt()].map((d) => `\\x3${d}`).join('')}"
    minutes: ${JSON.stringify(`referat/${salt()}.pdf`)}
    decisions: [{ id: ${Q(ids.decision)}, text: ${text()}, adopts: ${Q(ids.plan)} }]
    actions:
      - { id: ${Q(ids.action)}, text: ${text()}, owner: ${Q(ids.partyA)}, due: 2026-11-01 }
  - id: ${Q(ids.planned)}
    body: ${Q(ids.top)}
    date: 2026-12-10
    status: planned
    host: ${Q(ids.partyA)}
    title: >-
      Planlagt ${salt().slice(0, 6)}
      ${salts.at(-1)?.slice(6)}
`,
    'sub-agreements.yaml': `schemaVersion: 1
subAgreements:
  - { id: ${Q(ids.sub)}, title: ${text()}, area: ${Q(ids.area)}, approvals: [{ party: ${Q(ids.partyA)}, date: 2025-01-01 }], validUntil: 2026-12-20 }
`,
    'evaluations.yaml': `schemaVersion: 1
evaluations:
  - { date: 2024-12-10, summary: ${text()}, results: [{ area: ${Q(ids.area)}, text: ${text()} }] }
`,
  };
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(join(folder, file, '..'), { recursive: true });
    writeFileSync(join(folder, file), body);
  }
  return { ws, folder, ids };
}

const outputs: Array<{ what: string; text: string }> = [];
async function record(what: string, run: Run, dir?: string) {
  outputs.push(
    { what: `${what} (stdout)`, text: run.stdout },
    { what: `${what} (stderr)`, text: run.stderr },
  );
  if (dir)
    for (const name of readdirSync(dir)) {
      // A Word document is a zip: its text is what Word shows.
      const text = name.endsWith('.docx')
        ? (await mammoth.extractRawText({ buffer: readFileSync(join(dir, name)) })).value
        : readFileSync(join(dir, name), 'utf8');
      outputs.push({ what: `${what} file ${name}`, text: `${name}\n${text}` });
    }
}

let salted: Salted;

beforeAll(async () => {
  salted = saltedWorkspace();
  const { ws, folder, ids } = salted;
  const pending: Array<Promise<void>> = [];
  const run = (what: string, args: string[], dir?: string) => {
    pending.push(record(what, runBin(args, { cwd: ws }), dir));
  };
  for (const format of ['text', 'json', 'github', 'gitlab', 'sarif'])
    run(`validate ${format}`, ['validate', '.', ...AS_OF, '--format', format]);
  for (const format of ['text', 'json', 'markdown', 'csv', 'html'])
    run(`status ${format}`, ['status', '.', ...AS_OF, '--all', '--format', format]);
  for (const lang of ['nn', 'en']) run(`status ${lang}`, ['status', '.', ...AS_OF, '--lang', lang]);
  for (const format of ['text', 'markdown', 'json', 'ics', 'csv', 'html']) {
    run(`remind ${format}`, ['remind', '.', ...AS_OF, '--format', format]);
    const out = mkdtempSync(join(tmpdir(), 'samarbeid-salted-out-'));
    run(`remind ${format} --out`, ['remind', '.', ...AS_OF, '--format', format, '--out', out], out);
  }
  for (const format of ['markdown', 'json', 'html', 'docx']) {
    if (format !== 'docx') run(`report ${format}`, ['report', '.', '--year', '2026', '--format', format]);
    const out = mkdtempSync(join(tmpdir(), 'samarbeid-salted-out-'));
    run(`report ${format} --out`, ['report', '.', '--year', '2026', '--format', format, '--out', out], out);
  }
  for (const format of ['text', 'markdown', 'json', 'ics', 'svg']) {
    run(`calendar ${format}`, ['calendar', '.', ...AS_OF, '--year', '2026', '--format', format]);
    const out = mkdtempSync(join(tmpdir(), 'samarbeid-salted-out-'));
    run(
      `calendar ${format} --out`,
      ['calendar', '.', ...AS_OF, '--year', '2026', '--format', format, '--out', out],
      out,
    );
  }
  run('schema', ['schema']);
  const schemas = mkdtempSync(join(tmpdir(), 'samarbeid-salted-schema-'));
  run('schema --out', ['schema', '--out', schemas], schemas);
  const n = salt();
  const initDir = join(ws, 'ny', `${n}`);
  run('init', ['init', initDir, '--title', `Avtale ${salt()}`, '--party', `a=${text()}`, '--party', 'b=B']);
  run('init --id', [
    'init',
    join(ws, 'ny2', `x ${salt()}`),
    '--id',
    id(),
    '--title',
    'T',
    '--party',
    'a=A',
    '--party',
    'b=B',
  ]);
  run('init --example', ['init', join(ws, 'ny3', `${salt()}`), '--example']);
  run('record --dry-run', [
    'record',
    'meeting',
    folder,
    '--body',
    ids.middle,
    '--date',
    '2026-11-20',
    '--title',
    `Møte ${salt()}`,
    '--dry-run',
    ...AS_OF,
  ]);
  // A minutes path that names no file is refused, and the refusal names the path.
  run('record --minutes --dry-run', [
    'record',
    'meeting',
    folder,
    '--body',
    ids.middle,
    '--date',
    '2026-11-20',
    '--minutes',
    `referat/${salt()}.pdf`,
    '--dry-run',
    ...AS_OF,
  ]);
  run('record done --dry-run', [
    'record',
    'done',
    folder,
    '--action',
    `${ids.meeting}/${ids.action}`,
    '--date',
    '2026-11-20',
    '--dry-run',
    ...AS_OF,
  ]);
  run('unknown option', ['status', `--${salt()}`]);
  run('unknown option =', ['validate', `--x=${salt()}`]);
  run('bad --format', ['status', '.', '--format', `${salt()}`]);
  run('bad --lang', ['status', '.', '--lang', `${salt()}`]);
  run('bad --as-of', ['status', '.', '--as-of', `${salt()}`]);
  run('unknown command', [`${salt()}`]);
  run('no such path', ['validate', `sted ${salt()}`]);
  run('--help', ['--help']);
  run('status --help', ['status', '--help']);
  await Promise.all(pending);
}, 180_000);

describe('no command prints a salted identity number whole', () => {
  it('the salted workspace is found, and has privacy findings with masked numbers', () => {
    const validate = outputs.find((o) => o.what === 'validate json (stdout)');
    const findings = JSON.parse(validate?.text ?? '{}').findings as Array<{ rule: string; message: string }>;
    expect(findings.filter((f) => f.rule === 'privacy').length).toBeGreaterThan(40);
    expect(findings.filter((f) => f.message.includes('******')).length).toBeGreaterThan(40);
    // The minutes path names no file: its finding quotes the path, masked.
    const minutes = findings.filter((f) => f.rule === 'minutes-not-found');
    expect(minutes.map((f) => f.message.includes('referat/******'))).toEqual([true]);
  });

  it('every command and format ran and wrote something', () => {
    for (const what of [
      'status text',
      'remind ics --out',
      'report markdown',
      'report html --out',
      'report docx --out',
      'record --dry-run',
      'record --minutes --dry-run',
      'init',
      'bad --format',
      'unknown option',
    ])
      expect(
        outputs.filter((o) => o.what.startsWith(what) && o.text.length > 0).length,
        what,
      ).toBeGreaterThan(0);
  });

  it("the calendar carries the salted action forward to the body's next meeting, masked", () => {
    for (const format of ['text', 'markdown', 'json', 'ics']) {
      const out = outputs.find((o) => o.what === `calendar ${format} (stdout)`)?.text ?? '';
      expect(out.replace(/\r\n /g, ''), format).toMatch(
        /Oppfølging fra møtet 02\.05\.2024: |"actions": \[\n\s+\{/,
      );
    }
  });

  it('the detector finds no number in any output (stdout, stderr, written files)', () => {
    for (const { what, text } of outputs) {
      expect(findIdentityNumbers(text), what).toEqual([]);
      expect(findIdentityNumbers(text.replace(/\r\n[ \t]/g, '')), what).toEqual([]);
    }
  });

  it('writes the outputs for a person to read (SAMARBEID_SALTED_DUMP)', () => {
    const dump = process.env.SAMARBEID_SALTED_DUMP;
    if (dump) writeFileSync(dump, outputs.map((o) => `===== ${o.what}\n${o.text}`).join('\n'));
  });

  it('a plain digits search finds none of the salted numbers, escapes decoded and separators stripped', () => {
    for (const { what, text } of outputs) {
      const flat = shownDigits(text);
      for (const n of salts) expect(flat.includes(n), `${what}: ${n}`).toBe(false);
    }
  });
});
