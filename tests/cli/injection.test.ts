import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers.js';

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
