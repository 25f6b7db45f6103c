import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers.js';
import { shownDigits, validNumber } from '../identity-numbers.js';

const AS_OF = ['--as-of', '2026-11-22'];
// Anything a terminal obeys, that reorders text, or that GitHub reads as a workflow command.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
// The runner trims a line's leading blanks before it looks for `::`.
const COMMAND_AT_LINE_START = /(^|\n)[ \t]*::/;

const NAMES = [
  'x\n::error title=Injected::pwned',
  'esc\u001b[31mred\u001b]0;title\u0007',
  'rlo\u202eevil',
  'zw\u200bsp\u2028ls\u061c',
];

/**
 * A workspace with one agreement folder of that name, its data broken or whole. Whole, its held
 * meeting has an action with the name as its text, which the planned meeting after it carries
 * forward (SPEC section 10): into every format of the calendar.
 */
function workspaceNamed(name: string, broken: boolean): { dir: string; folder: string } {
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-inject-'));
  const folder = join(dir, name);
  cpSync(join(FIXTURES, 'minimal'), folder, { recursive: true });
  mkdirSync(join(folder, 'meetings'));
  const text = JSON.stringify(name);
  const meetings = `schemaVersion: 1
meetings:
  - { id: m1, body: middle, date: 2026-09-01, status: held, minutes: "https://example.org/r.pdf",
      actions: [{ id: a1, text: ${text}, owner: part-a, due: 2026-12-01 }] }
  - { id: m2, body: middle, date: 2026-12-10, status: planned }
`;
  writeFileSync(join(folder, 'meetings', `${name.replace(/\n/g, '_')}.yaml`), broken ? 'nope: [' : meetings);
  if (broken) writeFileSync(join(folder, 'people.yaml'), 'schemaVersion: 1\npeople: 3\n');
  return { dir, folder };
}

const outputsOf = (args: string[], cwd: string) => {
  const run = runBin(args, { cwd });
  // ICS and CSV lines end in CRLF, the one control character that belongs there; a CSV file starts
  // with the BOM that tells Excel it is UTF-8.
  return { run, all: `${run.stdout.replace(/^\ufeff/, '')}\n${run.stderr}`.replace(/\r\n/g, '\n') };
};

describe('injection through folder and file names', () => {
  it.each(NAMES)(
    'status (text, markdown, json, csv, html) with invalid data in a folder named %j',
    (name) => {
      const { dir } = workspaceNamed(name, true);
      for (const format of ['text', 'markdown', 'json', 'csv', 'html']) {
        const { run, all } = outputsOf(['status', '.', ...AS_OF, '--format', format], dir);
        expect(run.status, format).toBe(1);
        expect(all, format).not.toMatch(RAW);
        expect(all, format).not.toMatch(COMMAND_AT_LINE_START);
      }
    },
  );

  it.each(NAMES)('validate (text, json, github, gitlab, sarif) in a folder named %j', (name) => {
    const { dir } = workspaceNamed(name, true);
    for (const format of ['text', 'json', 'github', 'gitlab', 'sarif']) {
      const { run, all } = outputsOf(['validate', '.', ...AS_OF, '--format', format], dir);
      expect(run.status, format).toBe(1);
      expect(all, format).not.toMatch(RAW);
      if (format === 'github') {
        // One workflow command per line, each one that samarbeid wrote.
        for (const line of run.stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning) file=/);
      } else expect(all, format).not.toMatch(COMMAND_AT_LINE_START);
    }
  });

  it.each(NAMES)('remind (text, markdown, json, ics, csv, html) in a folder named %j', (name) => {
    for (const broken of [true, false]) {
      const { dir } = workspaceNamed(name, broken);
      for (const format of ['text', 'markdown', 'json', 'ics', 'csv', 'html']) {
        const { all } = outputsOf(['remind', '.', ...AS_OF, '--format', format], dir);
        expect(all, format).not.toMatch(RAW);
        expect(all, format).not.toMatch(COMMAND_AT_LINE_START);
      }
    }
  });

  it.each(NAMES)('report (markdown, json, html) in a folder named %j', (name) => {
    for (const broken of [true, false]) {
      const { dir } = workspaceNamed(name, broken);
      for (const format of ['markdown', 'json', 'html']) {
        const { all } = outputsOf(['report', '.', '--year', '2026', '--format', format], dir);
        expect(all, format).not.toMatch(RAW);
        expect(all, format).not.toMatch(COMMAND_AT_LINE_START);
      }
    }
  });

  it.each(NAMES)('calendar (text, markdown, json, ics, svg) in a folder named %j', (name) => {
    for (const broken of [true, false]) {
      const { dir } = workspaceNamed(name, broken);
      for (const format of ['text', 'markdown', 'json', 'ics', 'svg']) {
        const { all } = outputsOf(['calendar', '.', ...AS_OF, '--year', '2026', '--format', format], dir);
        expect(all, format).not.toMatch(RAW);
        expect(all, format).not.toMatch(COMMAND_AT_LINE_START);
        // The action's text is there, made safe: under the planned meeting.
        if (!broken && format === 'text') expect(all).toContain('Oppfølging fra møtet 01.09.2026: ');
      }
    }
  });

  it.each(NAMES)('status text of a valid agreement in a folder named %j', (name) => {
    const { dir } = workspaceNamed(name, false);
    const { run, all } = outputsOf(['status', '.', ...AS_OF], dir);
    expect(run.status).toBe(0);
    expect(all).not.toMatch(RAW);
    expect(all).not.toMatch(COMMAND_AT_LINE_START);
  });
});

describe('injection through arguments echoed in usage errors', () => {
  it.each(NAMES)('a path named %j that does not exist', (name) => {
    const { run, all } = outputsOf(['status', name], tmpdir());
    expect(run.status).toBe(2);
    expect(all).not.toMatch(RAW);
    expect(all).not.toMatch(COMMAND_AT_LINE_START);
  });

  it.each(NAMES)('an unknown option and a bad --format value named %j', (name) => {
    for (const args of [
      ['status', `--${name}`],
      ['status', '--format', name],
      ['validate', `--x=${name}`],
    ]) {
      const { run, all } = outputsOf(args, tmpdir());
      expect(run.status).toBe(2);
      expect(all).not.toMatch(RAW);
      expect(all).not.toMatch(COMMAND_AT_LINE_START);
    }
  });
});

// Issue 24: a number that a reader still reads as the number, in the folder's name, a file's name
// and an action's text: blanks of other widths, other dashes, a slash that a name can hold,
// superscript digits, characters that show as nothing or print as an escape.
const N = validNumber('010190100');
const superscript = (digits: string) => [...digits].map((d) => [...'⁰¹²³⁴⁵⁶⁷⁸⁹'][Number(d)]).join('');
const NUMBER_NAMES = [
  `sak\u2009${N.slice(0, 6)}\u2011${N.slice(6)}`,
  `sak ${N.slice(0, 6)} \u2013 ${superscript(N.slice(6))}`,
  `sak ${N.slice(0, 6)}\u2215${N.slice(6)}`,
  `sak ${N.slice(0, 4)}\u034f${N.slice(4, 7)}\ufe00${N.slice(7, 9)}\u2063${N.slice(9)}\u180e`,
];

describe('identity numbers in folder and file names, however they are written', () => {
  it('no command or format prints the number of folders named with it, each written another way', () => {
    // One workspace of four agreements, each folder, meetings file and action text named with one form.
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-inject-'));
    NUMBER_NAMES.forEach((name, i) => {
      const { folder } = workspaceNamed(name, false);
      const agreement = readFileSync(join(folder, 'agreement.yaml'), 'utf8').replace(
        'id: minimal',
        `id: minimal-${i}`,
      );
      writeFileSync(join(folder, 'agreement.yaml'), agreement);
      cpSync(folder, join(dir, name), { recursive: true });
    });
    const runs: string[][] = [
      ...['text', 'json', 'github', 'gitlab', 'sarif'].map((f) => ['validate', '.', ...AS_OF, '--format', f]),
      ...['text', 'markdown', 'json', 'csv', 'html'].map((f) => ['status', '.', ...AS_OF, '--format', f]),
      ...['text', 'markdown', 'json', 'ics', 'csv', 'html'].map((f) => [
        'remind',
        '.',
        ...AS_OF,
        '--format',
        f,
      ]),
      ...['markdown', 'json', 'html'].map((f) => ['report', '.', '--year', '2026', '--format', f]),
      ...['text', 'markdown', 'json', 'ics', 'svg'].map((f) => [
        'calendar',
        '.',
        ...AS_OF,
        '--year',
        '2026',
        '--format',
        f,
      ]),
    ];
    const findings = JSON.parse(outputsOf(['validate', '.', ...AS_OF, '--format', 'json'], dir).run.stdout);
    // The rule reports each: in the folder's name, the file's name and the action's text.
    const privacy = findings.findings.filter((f: { rule: string }) => f.rule === 'privacy');
    expect(privacy.length).toBeGreaterThanOrEqual(3 * NUMBER_NAMES.length);
    for (const args of runs) {
      const { run, all } = outputsOf(args, dir);
      expect(run.status, args.join(' ')).not.toBe(3);
      // Something of the number reaches each output, masked (Markdown escapes the stars).
      expect(all.replace(/\\\*/g, '*'), args.join(' ')).toContain(`******${N.slice(6)}`);
      expect(shownDigits(all).includes(N), `${args.join(' ')}\n${all}`).toBe(false);
    }
  }, 180_000);
});
