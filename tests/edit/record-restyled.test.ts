import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../src/app/check.js';
import { newFindings } from '../../src/app/new-findings.js';
import { asCalendarDate } from '../../src/dates.js';
import { type Outcome, Refusal } from '../../src/edit/change.js';
import { recordContext } from '../../src/edit/context.js';
import { LOCK_FILE } from '../../src/edit/lock.js';
import { verifyEdit } from '../../src/edit/verify.js';
import { loadAgreement } from '../../src/load/load-agreement.js';
import { runBin, workspaceOf } from '../helpers.js';
import { AS_OF, type RecordCase } from './record-case.js';
import { CASES } from './record-cases.js';
import { checkText, expectedData, hashes, readWithBom, rewrite, writeFolder } from './restyle-checks.js';
import { type RestyledFolder, restyledFolder } from './restyled-folder.js';

// The property: valid agreements restyled at random (block and flow, quoting, block
// scalars, comments, blank lines, indentation, CRLF, BOM, empty and missing lists), and every record
// kind run on each: the edit is the exact change, verified, or it is refused with nothing written.
// An EditNotVerified here is a splice in the wrong place: a bug.

/** Restyled folders run in process, each with every case; and folders run through the built CLI. */
const IN_PROCESS_RUNS = 30;
const CLI_RUNS = 4;
const CLI_CASES_PER_FOLDER = 6;

const asOf = asCalendarDate(AS_OF);

function runInProcess(dir: string, folder: RestyledFolder, c: RecordCase): void {
  const workspace = workspaceOf([dir], dirname(dir));
  const loaded = workspace.agreements[0]!;
  const before = checkWorkspace(workspace, asOf);
  const expected = c.expected(folder.data);
  let outcome: Outcome;
  try {
    outcome = c.plan(recordContext(loaded, loaded.data!, asOf));
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    expect(error.kind, `${c.name}: refused ${error.detail.id}`).toBe(expected.kind);
    return;
  }
  if (outcome.kind === 'already') {
    expect('already', c.name).toBe(expected.kind);
    return;
  }
  expect('change', c.name).toBe(expected.kind);
  const { edits } = outcome.change;
  for (const edit of edits) {
    try {
      verifyEdit(edit);
    } catch (error) {
      throw new Error(
        `${c.name}: ${(error as Error).message}\n--- before\n${edit.before}\n--- after\n${edit.after}`,
      );
    }
  }
  const want = expectedData(folder.data, expected);
  const edited = new Map(edits.map((e) => [e.file, e]));
  for (const [file, data] of Object.entries(want)) {
    const edit = edited.get(file);
    if (edit)
      checkText(
        file,
        edit.before,
        edit.after,
        data,
        edit.ops.some((o) => o.op === 'remove'),
      );
    else expect(data, `${c.name}: ${file} is not edited`).toEqual(folder.data[file]);
  }
  const after = loadAgreement(loaded.dir, dirname(dir), new Map(edits.map((e) => [e.file, e.after])));
  const added = newFindings(before, checkWorkspace({ agreements: [after], known: workspace.known }, asOf));
  expect(
    added.filter((f) => f.severity === 'error'),
    c.name,
  ).toEqual([]);
}

const EXIT = { change: 0, already: 0, conflict: 1, usage: 2 } as const;

function runThroughCli(dir: string, folder: RestyledFolder, c: RecordCase): void {
  rewrite(dir, folder);
  for (const file of ['meetings/2027.yaml', 'action-plans/handlingsplan-2027.yaml'])
    rmSync(join(dir, file), { force: true });
  const old = hashes(dir);
  const run = runBin(['record', c.kind, dir, ...c.args, '--as-of', AS_OF, '--lang', 'en']);
  const expected = c.expected(folder.data);
  expect(run.status, `${c.name}\n${run.stdout}${run.stderr}`).toBe(EXIT[expected.kind]);
  if (expected.kind !== 'change') {
    expect(hashes(dir), `${c.name}: nothing written`).toEqual(old);
    return;
  }
  for (const [file, data] of Object.entries(expectedData(folder.data, expected))) {
    const was = folder.files[file];
    const now = readWithBom(join(dir, file));
    expect(now.bom, `${c.name}: ${file} keeps its BOM`).toBe(was?.style.bom ?? false);
    checkText(file, was?.text ?? null, now.text, data, c.kind === 'move' || c.kind === 'remove');
  }
  expect(existsSync(join(dir, LOCK_FILE)), 'no lock left').toBe(false);
}

// endOnFailure: a folder is thousands of draws, and shrinking them takes minutes; a failure prints
// its seed and the whole folder, and the case names the record and the file.
describe('record on restyled valid agreements', () => {
  it(`makes exactly the intended change or refuses, for every kind (${IN_PROCESS_RUNS} folders x ${CASES.length} records, in process)`, () => {
    fc.assert(
      fc.property(restyledFolder, (folder) => {
        const dir = writeFolder(folder);
        try {
          for (const c of CASES) runInProcess(dir, folder, c);
        } finally {
          rmSync(dirname(dir), { recursive: true, force: true });
        }
      }),
      { numRuns: IN_PROCESS_RUNS, endOnFailure: true },
    );
  }, 300_000);

  it(`writes exactly the intended change or nothing, through the built CLI (${CLI_RUNS} folders x ${CLI_CASES_PER_FOLDER} records)`, () => {
    fc.assert(
      fc.property(
        restyledFolder,
        fc.shuffledSubarray(CASES, { minLength: CLI_CASES_PER_FOLDER, maxLength: CLI_CASES_PER_FOLDER }),
        (folder, cases) => {
          const dir = writeFolder(folder);
          try {
            for (const c of cases) runThroughCli(dir, folder, c);
          } finally {
            rmSync(dirname(dir), { recursive: true, force: true });
          }
        },
      ),
      { numRuns: CLI_RUNS, endOnFailure: true },
    );
  }, 120_000);
});
