import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementWith, FIXTURES, ROOT, runBin } from '../helpers.js';

const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);
const noStack = (text: string) => expect(text).not.toMatch(/\bat .*\.js:\d+/);

describe('failure behaviour', () => {
  it('a file that cannot be read (a folder in its place) is a finding', () => {
    const folder = agreementWith({ 'people.yaml': null });
    mkdirSync(join(folder, 'people.yaml'));
    const run = runBin(['validate', folder, '--lang', 'en', '--as-of', '2026-11-22']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[file-not-regular] This is not a regular file but a folder');
  });

  it('a broken symlink to a meeting file is a finding; a broken symlinked folder is skipped', () => {
    const folder = agreementWith();
    mkdirSync(join(folder, 'meetings'));
    symlinkSync('/nonexistent/2026.yaml', join(folder, 'meetings', '2026.yaml'));
    symlinkSync('/nonexistent-folder', join(folder, '..', 'broken-link'));
    const file = runBin(['validate', folder, '--lang', 'en', '--as-of', '2026-11-22']);
    expect(file.stdout).toContain('[file-unreadable] The file cannot be read (ENOENT)');
    const ws = runBin(['status', join(folder, '..'), '--as-of', '2026-11-22']);
    expect(ws.status).toBe(1); // the agreement has an error, but the workspace scan did not fail
    noStack(ws.stderr);
  });

  it('a symlink that leaves the workspace is not followed', () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-ws-'));
    const outside = mkdtempSync(join(tmpdir(), 'samarbeid-outside-'));
    cpSync(join(FIXTURES, 'minimal'), join(outside, 'elsewhere'), { recursive: true });
    cpSync(join(FIXTURES, 'minimal'), join(ws, 'here'), { recursive: true });
    symlinkSync(join(outside, 'elsewhere'), join(ws, 'link'));
    const out = JSON.parse(runBin(['status', ws, '--format', 'json', '--as-of', '2026-11-22']).stdout);
    expect(out.agreements.map((a: { path: string }) => a.path.split('/').at(-1))).toEqual(['here']);
  });

  it('a full disk on write: one line, exit 2, the file unchanged, no temporary file left', () => {
    const ws = join(mkdtempSync(join(tmpdir(), 'samarbeid-full-')), 'data');
    cpSync(join(ROOT, 'data'), ws, { recursive: true });
    const meetings = join(ws, 'buskerud-2024', 'meetings');
    const before = readFileSync(join(meetings, '2026.yaml'), 'utf8');
    const run = runBin(
      [
        'record',
        'meeting',
        join(ws, 'buskerud-2024'),
        '--body',
        'top',
        '--date',
        '2026-12-08',
        '--as-of',
        '2026-12-10',
        '--lang',
        'en',
      ],
      {
        env: { NODE_OPTIONS: `--require ${join(FIXTURES, 'enospc.cjs')}` },
      },
    );
    expect(run.status).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain('could not write meetings/2026.yaml (ENOSPC)');
    expect(readFileSync(join(meetings, '2026.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(meetings).sort()).toEqual(['2024.yaml', '2025.yaml', '2026.yaml']);
  });

  it('--out into a place that cannot be a folder: one line, exit 2', () => {
    const run = runBin([
      'remind',
      'data',
      '--format',
      'ics',
      '--out',
      join(ROOT, 'package.json', 'x'),
      '--as-of',
      '2026-11-22',
    ]);
    expect(run.status).toBe(2);
    oneLine(run.stderr);
    noStack(run.stderr);
  });
});
