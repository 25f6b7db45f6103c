import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runBin } from '../helpers.js';

// Issue 27, "Done when": the user guide walks a whole year of the Buskerud agreement, from `init`
// to the annual report, with every correction a secretariat makes (a person updated, a new
// contact, a secretariat member replaced, a committee member, a meeting moved and named as
// BODY@DATE, an undo, a remove, a cancellation with its reason, a plan retired for its
// successor), and every step of it is run here as written: each command exits 0 and prints what
// the guide shows under it, `validate` finds nothing after each, and at the end the agreement's
// files are byte for byte the ones in tests/fixtures/guide-year-2027 (read and checked by hand).

const GUIDE = join(ROOT, 'docs', 'brukerveiledning.md');
const SECTION = '## Et helt år, steg for steg';
const FOLDER = 'buskerud-2024';
const EXPECTED = join(FIXTURES, 'guide-year-2027', FOLDER);
const MONTHS = 'januar februar mars april mai juni juli august september oktober november desember'.split(
  ' ',
);
/** Commands that take --as-of: the guide's reader runs them on the day of the step. */
const DATED = new Set(['record', 'status', 'remind', 'calendar', 'validate']);

interface Step {
  asOf: string;
  line: string;
  args: string[];
  shown: string;
}

/** A command line's words, as a POSIX shell splits them: quotes join, and are taken away. */
function shellWords(line: string): string[] {
  const out: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  for (const c of line) {
    if (quote) {
      if (c === quote) quote = null;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (/\s/.test(c)) {
      if (word !== null) out.push(word);
      word = null;
    } else word = (word ?? '') + c;
  }
  if (quote) throw new Error(`an unclosed quote in the guide: ${line}`);
  if (word !== null) out.push(word);
  return out;
}

/** The guide's year: each `$ samarbeid` line of a console block, the day of its heading, what it shows. */
function steps(): Step[] {
  const text = readFileSync(GUIDE, 'utf8');
  const start = text.indexOf(`${SECTION}\n`);
  expect(start, `${SECTION} in docs/brukerveiledning.md`).toBeGreaterThan(0);
  const end = text.indexOf('\n## ', start + SECTION.length);
  const lines = text.slice(start, end).split('\n');
  const out: Step[] = [];
  let asOf: string | null = null;
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heading = /^### (\d{1,2})\. (\p{L}+) (\d{4}):/u.exec(line);
    if (heading) {
      const month = MONTHS.indexOf(heading[2] as string) + 1;
      expect(month, line).toBeGreaterThan(0);
      asOf = `${heading[3]}-${String(month).padStart(2, '0')}-${(heading[1] as string).padStart(2, '0')}`;
    }
    if (line === '```console' || (inBlock && line === '```')) {
      inBlock = line === '```console';
      continue;
    }
    if (!inBlock) continue;
    if (line.startsWith('$ samarbeid ')) {
      expect(asOf, `a dated heading before ${line}`).not.toBeNull();
      let command = line;
      while (command.endsWith('\\')) command = `${command.slice(0, -1)} ${(lines[++i] as string).trim()}`;
      const args = shellWords(command.slice('$ samarbeid '.length));
      out.push({ asOf: asOf as string, line: command, args, shown: '' });
    } else {
      const last = out[out.length - 1];
      expect(last, `output before any command: ${line}`).toBeDefined();
      if (last) last.shown += `${line}\n`;
    }
  }
  return out;
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, f);
    if (/\.ya?ml$/.test(f)) out.set(relative(dir, path), readFileSync(path, 'utf8'));
  }
  return out;
}

function statusJson(ws: string, asOf: string) {
  const run = runBin(['status', FOLDER, '--format', 'json', '--all', '--as-of', asOf], { cwd: ws });
  expect(run.status, run.stderr).not.toBe(3);
  return JSON.parse(run.stdout).agreements[0].obligations as Array<{ subject: string; state: string }>;
}

describe('the user guide walks a whole year, and every step works as written', () => {
  it('from init to the annual report, with every correction', { timeout: 300_000 }, () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-guide-year-'));
    // A git repository, as the guide says: undo keeps its data in .git/samarbeid-undo.
    expect(spawnSync('git', ['init', '-q'], { cwd: ws }).status).toBe(0);
    const year = steps();
    expect(year.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(year.map((s) => (s.args[0] === 'record' ? `record ${s.args[1]}` : s.args[0])));
    for (const kind of [
      'init',
      'record person',
      'record contact',
      'record secretariat',
      'record member',
      'record move',
      'record undo',
      'record remove',
      'record cancel',
      'record retire',
      'remind',
      'status',
      'report',
    ])
      expect(kinds, `the guide's year has ${kind}`).toContain(kind);

    // The agreement's files after each step, the first before any.
    const history = [files(join(ws, FOLDER))];
    for (const step of year) {
      const args = DATED.has(step.args[0] as string) ? [...step.args, '--as-of', step.asOf] : step.args;
      const run = runBin(args, { cwd: ws });
      expect(run.status, `${step.line}\n${run.stdout}${run.stderr}`).toBe(0);
      expect(`${run.stdout}${run.stderr}`, step.line).toBe(step.shown);
      history.push(files(join(ws, FOLDER)));
      // Undo gives back the files exactly as they were before the change it undoes.
      if (step.args[0] === 'record' && step.args[1] === 'undo')
        expect(history.at(-1), step.line).toEqual(history.at(-3));
      const checked = runBin(['validate', FOLDER, '--as-of', step.asOf], { cwd: ws });
      expect(checked.status, `${step.line}\n${checked.stdout}`).toBe(0);
      expect(checked.stdout, `validate after ${step.line}`).toContain('ingen funn');
      if (step.args[1] === 'retire') {
        // The replaced plan is no longer evaluated, its open measure no longer an obligation.
        const subjects = statusJson(ws, step.asOf).map((o) => o.subject);
        expect(subjects.filter((s) => s.includes('handlingsplan-2027'))).toEqual([
          'measure:handlingsplan-2027/felles-kunnskapsgrunnlag-om-unge-utenfor',
        ]);
        expect(subjects).toContain('evaluation:plan:handlingsplan-2028');
      }
    }

    const last = year[year.length - 1] as Step;
    expect(statusJson(ws, last.asOf).filter((o) => o.state !== 'ok' && o.state !== 'done')).toEqual([]);
    expect(files(join(ws, FOLDER))).toEqual(files(EXPECTED));
    expect(existsSync(join(ws, 'rapporter', `${FOLDER}-2027.docx`))).toBe(true);

    // The report the guide makes, read as Markdown: the year's decisions, every report of the
    // working group, the measure not carried out, and an area without results said as such.
    const report = runBin(['report', FOLDER, '--year', '2027', '--format', 'markdown'], { cwd: ws });
    expect(report.status, report.stderr).toBe(0);
    for (const text of [
      'Avtalen videreføres uten revisjon i 2028.',
      'Kunnskapsgrunnlaget legges fram i september.',
      'Kartleggingen av unge utenfor opplæring er i gang i alle regioner.',
      'Tiltakene for 2028 er lagt inn i Handlingsplan 2028.',
      'Flerpartsveiledning i alle videregående skoler',
      'Kunnskapsgrunnlaget er laget og brukt i planen for 2028',
      'Samordnet kartlegging, veiledning og oppfølging',
      '| Samarbeidsutvalget | 22.09.2027 | For få kunne møte; sakene tas i november |',
    ])
      expect(report.stdout, text).toContain(text);
    expect(report.stdout).not.toContain('Samarbeidsutvalget møtes hver måned.');
  });
});
