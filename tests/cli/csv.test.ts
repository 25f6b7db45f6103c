import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementWith, FIXTURES, runBin } from '../helpers.js';
import { validNumber } from '../identity-numbers.js';

const AS_OF = ['--as-of', '2026-11-22'];
const BOM = '\ufeff';

/** RFC 4180, as Excel reads it: quoted cells may hold the delimiter, "" and line breaks; rows end in CRLF. */
function parseCsv(text: string, delimiter = ';'): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      expect(c, `a bare ${JSON.stringify(c)} outside quotes at ${i}`).not.toMatch(/[\r\n"]/);
      cell += c;
    }
  }
  expect(quoted || cell !== '' || row.length > 0, 'the last row ends in CRLF').toBe(false);
  return rows;
}

const byHeader = (rows: string[][]) => {
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]])));
};

describe('status --format csv', () => {
  it('a BOM, CRLF, ";" and a translated header; one row per obligation, done ones included', () => {
    const run = runBin(['status', 'data', ...AS_OF, '--format', 'csv']);
    expect(run.status).toBe(0);
    const rows = parseCsv(run.stdout);
    // The words first, for a person; the codes last, for a formula or a join (docs/decisions.md).
    expect(rows[0]).toEqual([
      'Avtale',
      'Hva',
      'Status',
      'Frist',
      'Dager igjen',
      'Ansvarlig',
      'Sist',
      'Planlagt',
      'Merknad',
      'Avtale-id',
      'Pliktkode',
    ]);
    const json = JSON.parse(runBin(['status', 'data', ...AS_OF, '--format', 'json']).stdout);
    const count = json.agreements.reduce(
      (n: number, a: { obligations: unknown[] }) => n + a.obligations.length,
      0,
    );
    expect(rows).toHaveLength(1 + count);
    const cells = byHeader(rows);
    expect(cells.filter((r) => r.Status === 'utført')).toHaveLength(2);
    expect(cells.find((r) => r['Pliktkode'] === 'meeting:top')).toEqual({
      Avtale: 'Samarbeidsavtale mellom Nav Vest-Viken og Buskerud fylkeskommune',
      'Avtale-id': 'buskerud-2024',
      Pliktkode: 'meeting:top',
      Hva: 'Møte: Toppledernivå',
      Status: 'planlagt',
      Frist: '31.12.2026',
      'Dager igjen': '39',
      Ansvarlig: 'Buskerud fylkeskommune (vertskap)',
      Sist: '14.10.2025',
      Planlagt: '08.12.2026',
      Merknad: '',
    });
  });

  it('days left are numbers, negative ones too: written bare, never prefixed or quoted', () => {
    const csv = runBin(['status', 'data', ...AS_OF, '--format', 'csv']).stdout;
    expect(csv).toContain(';30.06.2026;-145;Buskerud fylkeskommune;');
    const overdue = byHeader(parseCsv(csv)).filter((r) => r.Status === 'forfalt');
    expect(overdue.length).toBeGreaterThan(0);
    for (const r of overdue) expect(r['Dager igjen']).toMatch(/^-\d+$/);
  });

  it('English: ISO dates, which Excel in English locales reads as dates', () => {
    const rows = byHeader(
      parseCsv(runBin(['status', 'data', ...AS_OF, '--format', 'csv', '--lang', 'en']).stdout),
    );
    expect(rows.find((r) => r['Obligation id'] === 'meeting:top')).toMatchObject({
      State: 'planned',
      Deadline: '2026-12-31',
      'Days left': '39',
      Planned: '2026-12-08',
    });
  });

  it('nynorsk headers', () => {
    const rows = parseCsv(runBin(['status', 'data', ...AS_OF, '--format', 'csv', '--lang', 'nn']).stdout);
    expect(rows[0]).toContain('Dagar att');
    expect(rows[0]).toContain('Ansvarleg');
  });

  it('--delimiter , and tab', () => {
    const comma = parseCsv(
      runBin(['status', 'data', ...AS_OF, '--format', 'csv', '--delimiter', ',']).stdout,
      ',',
    );
    const tab = parseCsv(
      runBin(['status', 'data', ...AS_OF, '--format', 'csv', '--delimiter', 'tab']).stdout,
      '\t',
    );
    const semicolon = parseCsv(runBin(['status', 'data', ...AS_OF, '--format', 'csv']).stdout);
    expect(comma).toEqual(semicolon);
    expect(tab).toEqual(semicolon);
  });

  it.each(['|', ';;', 'TAB', '\\t', ''])('--delimiter %j is a usage error: exit 2, one line', (value) => {
    const run = runBin(['status', 'data', ...AS_OF, '--format', 'csv', '--delimiter', value]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--delimiter');
  });

  it('an agreement with errors is one row that says so', () => {
    const folder = agreementWith({ 'people.yaml': 'schemaVersion: 1\npeople: 3\n' });
    const run = runBin(['status', folder, ...AS_OF, '--format', 'csv', '--lang', 'en']);
    expect(run.status).toBe(1);
    const rows = byHeader(parseCsv(run.stdout));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ State: 'invalid data' });
  });
});

/** Formulas and an identity number where the data puts text at the start of a cell. */
function hostile(): { folder: string; number: string } {
  const number = validNumber('010190100');
  const folder = agreementWith({
    'agreement.yaml': `schemaVersion: 1
id: formler
title: '=HYPERLINK("http://x") ${number}'
parties:
  - { id: part-a, name: "+1" }
  - { id: part-b, name: "-2+3" }
validity: { from: 2025-01-01 }
governance:
  bodies:
    top: { name: "@SUM(A1)", meets: yearly, host: rotate }
    middle: { name: Mellomledermøte, meets: every 4 months, adopts: true }
`,
    'meetings/2026.yaml': `schemaVersion: 1
meetings:
  - id: 2026-06-01-middle
    body: middle
    date: 2026-06-01
    status: held
    actions: [{ id: a1, text: Oppgave, owner: part-b, due: 2026-12-31 }]
  - { id: 2026-12-01-top, body: top, date: 2026-12-01, status: planned, host: part-a, title: "=1+1" }
`,
  });
  return { folder, number };
}

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

describe('CSV cannot carry formulas or identity numbers', () => {
  it.each(['status', 'remind'])(
    "%s: cells from the data that start like a formula begin with '",
    (command) => {
      const { folder, number } = hostile();
      const run = runBin([command, folder, ...AS_OF, '--format', 'csv']);
      expect(run.stdout).not.toContain(number);
      const rows = parseCsv(run.stdout);
      const cells = rows.flat();
      expect(cells).toContain(`'=HYPERLINK("http://x") ******${number.slice(6)}`);
      if (command === 'status') {
        expect(cells).toContain("'+1 (vertskap)");
        expect(cells).toContain("'-2+3");
      } else expect(cells).toContain("'=1+1");
      // Only numbers may start with a minus sign unprefixed, and only in the days-left column.
      const days = rows[0]!.indexOf('Dager igjen');
      rows.forEach((row) =>
        row.forEach((cell, i) => {
          if (FORMULA_START.test(cell)) {
            expect(i, `${cell} in column ${i}`).toBe(days);
            expect(cell).toMatch(/^-\d+$/);
          }
        }),
      );
    },
  );
});

describe('remind --format csv', () => {
  it('one row per reminder: the To list pastes into Outlook, the agenda is one cell of lines', () => {
    const run = runBin([
      'remind',
      join(FIXTURES, 'with-addresses'),
      ...AS_OF,
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    expect(run.status).toBe(0);
    const rows = parseCsv(run.stdout);
    expect(rows[0]).toEqual([
      'Agreement',
      'Kind',
      'What',
      'State',
      'Deadline',
      'Days left',
      'Meeting date',
      'Suggested date',
      'To',
      'No e-mail address',
      'Draft agenda',
      'Obligation id',
    ]);
    const top = byHeader(rows).find((r) => r['Obligation id'] === 'meeting:top');
    expect(top).toEqual({
      Agreement: 'Avtale med e-postadresser',
      'Obligation id': 'meeting:top',
      Kind: 'meeting',
      What: 'Meeting: Toppledermøte',
      State: 'planned',
      Deadline: '2026-12-31',
      'Days left': '39',
      'Meeting date': '2026-12-01',
      'Suggested date': '',
      To: 'Ola Hansen <ola.hansen@nav.no>; "Rådgiver, Opplæring og samhandling" <kari@bfk.no>',
      'No e-mail address': 'Per Berg (Seksjonsleder), Part A',
      'Draft agenda': [
        '1. Status of the cooperation',
        '2. Exchange of information',
        '3. Reflection on challenges and opportunities ahead',
        '4. Whether the agreement should be revised',
      ].join('\n'),
    });
    const overdue = byHeader(rows).find((r) => r['Obligation id'] === 'meeting:middle');
    expect(overdue).toMatchObject({ Kind: 'deadline', State: 'overdue', 'Days left': '-570' });
  });

  it('--out writes one .csv per agreement, each with its BOM and header', () => {
    const out = mkdtempSync(join(tmpdir(), 'samarbeid-csv-out-'));
    const run = runBin(['remind', 'data', ...AS_OF, '--format', 'csv', '--out', out, '--delimiter', 'tab']);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'buskerud-2024.csv',
      'helsefellesskap-bergen.csv',
      'viken-2020.csv',
    ]);
    const rows = parseCsv(readFileSync(join(out, 'buskerud-2024.csv'), 'utf8'), '\t');
    expect(rows).toHaveLength(1 + 6);
    expect(parseCsv(readFileSync(join(out, 'viken-2020.csv'), 'utf8'), '\t')).toHaveLength(1);
  });

  it('a bad --delimiter is a usage error for remind too', () => {
    const run = runBin(['remind', 'data', ...AS_OF, '--format', 'csv', '--delimiter', ':']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
