import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

// The README's record examples, run as written on a copy of data/ (as of the day they were
// written, so that "held" stays in the past), must print what the README shows.
const AS_OF = '2026-11-23';

function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

function examples(): Array<{ args: string[]; output: string }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## record\n'), readme.indexOf('## init\n'));
  const block = /```console\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const out: Array<{ args: string[]; output: string }> = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('$ samarbeid '))
      out.push({ args: words(line.slice('$ samarbeid '.length)), output: '' });
    else if (line && out.length > 0) out[out.length - 1]!.output += `${line}\n`;
  }
  return out;
}

it("the README's record examples work as written and print what it shows", () => {
  const ws = mkdtempSync(join(tmpdir(), 'samarbeid-readme-'));
  cpSync(join(ROOT, 'data'), join(ws, 'data'), { recursive: true });
  const list = examples();
  expect(list.length).toBeGreaterThanOrEqual(6);
  for (const { args, output } of list) {
    const run = runBin([...args, '--as-of', AS_OF], { cwd: ws });
    expect(run.status, `${args.join(' ')}\n${run.stderr}`).toBe(0);
    expect(run.stdout, args.join(' ')).toBe(output);
  }
  expect(runBin(['validate', 'data', '--as-of', AS_OF], { cwd: ws }).status).toBe(0);
});
