import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asCalendarDate } from '../../src/dates.js';
import type { Lang } from '../../src/i18n/catalogue.js';
import { render } from '../../src/i18n/index.js';
import type { MessageId, Param } from '../../src/i18n/message.js';
import { minutesFilesOf } from '../../src/load/minutes-files.js';
import type { PathSegment, RuleFinding, Severity } from '../../src/model/finding.js';
import type { AgreementData, WorkspaceAgreement } from '../../src/model/index.js';
import type { MinutesLookup } from '../../src/model/minutes-ref.js';
import { RULES, type RuleInput, runRules } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/rule.js';
import { agreementWith, badFixture, workspaceOf } from '../helpers.js';
import { messageProblems } from '../i18n/check-message.js';

// A rule's tests in the manner of ESLint's RuleTester (lib/rule-tester/rule-tester.js): valid cases,
// which must give no finding, and invalid ones with the findings they must give, side by side. Every
// finding of every case must carry the rule's code, an id of the rule's own messages and every
// parameter that the id's text needs in each language; a case that says nothing of a finding it
// gives fails. The agreement of a case is one of:
// - `files`: YAML texts laid over tests/fixtures/minimal, read by the real loader, which must find
//   nothing wrong with them unless `loads: false` (a rule on raw text sees what YAML rejects);
// - `fixture`: a folder of tests/fixtures/bad laid over the minimal agreement, the same way;
// - `folder`: an agreement folder as it is (the example data);
// - `data`: agreement data made in memory (tests/engine/make-data.ts), for rules on data;
// - `text`: one file's raw text (in `file`, evaluations.yaml unless said), for rules on text;
// - `names`: the agreement folder's names and its files' names, for rules on names.

type Input =
  | { files: Record<string, string | null>; loads?: false; folderName?: string }
  | { fixture: string; folderName?: string }
  | { folder: string }
  | { data: AgreementData; minutesFiles?: Record<string, MinutesLookup> }
  | { text: string; file?: string }
  | { names: { folder: string[]; files: string[] } };

type Case = Input & {
  /** What the case shows: the test's name. */
  name: string;
  /** The day the rule judges as of; 22 November 2026 unless said. */
  asOf?: string;
  /** The agreements of the workspace, for rules that look across them. */
  workspace?: WorkspaceAgreement[];
};

export interface Expected {
  id: MessageId;
  /** The path into the file's YAML; not compared when left out. */
  path?: PathSegment[];
  /** The file inside the agreement folder; not compared when left out. */
  file?: string;
  /** Compared whole when given. */
  params?: Record<string, Param>;
  /** The rule's own severity unless said. */
  severity?: Severity;
  atKey?: boolean;
  /** How the finding reads, in some languages. */
  shown?: Partial<Record<Lang, string>>;
}

export type ValidCase = Case;
export type InvalidCase = Case & { findings: Expected[] };

const ruleInput = (c: Case): RuleInput => {
  const base = { asOf: asCalendarDate(c.asOf ?? '2026-11-22'), workspace: c.workspace ?? [] };
  if ('data' in c)
    return { ...base, data: c.data, texts: [], minutesFiles: new Map(Object.entries(c.minutesFiles ?? {})) };
  if ('text' in c)
    return { ...base, data: null, texts: [{ file: c.file ?? 'evaluations.yaml', text: c.text }] };
  if ('names' in c)
    return {
      ...base,
      data: null,
      texts: [],
      folder: { display: c.names.folder[0]!, name: c.names.folder.at(-1)! },
      files: c.names.files,
    };
  let dir = 'files' in c ? agreementWith(c.files) : 'fixture' in c ? badFixture(c.fixture) : c.folder;
  if ('folderName' in c && c.folderName) {
    const renamed = join(mkdtempSync(join(tmpdir(), 'samarbeid-')), c.folderName);
    cpSync(dir, renamed, { recursive: true });
    dir = renamed;
  }
  const workspace = workspaceOf([dir], dir);
  const [loaded] = workspace.agreements;
  if (!loaded) throw new Error(`no agreement loaded from ${dir}`);
  if (!('loads' in c && c.loads === false))
    expect(
      loaded.findings.map((f) => `${f.rule}: ${f.message.id}`),
      'the case loads without findings',
    ).toEqual([]);
  return {
    ...base,
    workspace: c.workspace ?? workspace.known,
    data: loaded.data,
    texts: [...loaded.sources.values()].flatMap((s) =>
      s.text === null ? [] : [{ file: s.file, text: s.text }],
    ),
    folder: { display: loaded.display, name: basename(loaded.dir) },
    files: [...loaded.sources.keys()],
    minutesFiles: minutesFilesOf(loaded.dir, loaded.data),
  };
};

/** What is compared of a finding: what the expectation says of it. */
function seen(f: RuleFinding, e: Expected) {
  return {
    id: f.message.id,
    severity: f.severity,
    ...(e.path && { path: f.path }),
    ...(e.file && { file: f.file }),
    ...(e.params && { params: f.message.params }),
    ...(e.atKey !== undefined && { atKey: f.atKey ?? false }),
    ...(e.shown && {
      shown: Object.fromEntries(Object.keys(e.shown).map((l) => [l, render(f.message, l as Lang)])),
    }),
  };
}

/** The findings of one case, each checked: the rule's code, one of its own messages, rendered whole. */
export function findingsOfCase(code: string, modules: readonly Rule[], c: Case): RuleFinding[] {
  const own = new Set(modules.flatMap((r) => Object.keys(r.messages)));
  const findings = runRules(ruleInput(c), modules);
  for (const f of findings) {
    expect(f.rule, 'the finding carries the rule code').toBe(code);
    expect(own.has(f.message.id), `${f.message.id} is a message of rule ${code}`).toBe(true);
    expect(messageProblems(f.message), 'the message renders whole').toEqual([]);
  }
  return findings;
}

/** Whether the findings are the ones expected, in order: what each expectation says of it. */
export function expectFindings(
  found: readonly RuleFinding[],
  expected: readonly Expected[],
  severity: Severity,
) {
  expect(expected.length, 'an invalid case expects findings').toBeGreaterThan(0);
  expect(found.map((f, i) => seen(f, expected[i] ?? { id: f.message.id }))).toEqual(
    expected.map((e) => ({ ...e, severity: e.severity ?? severity })),
  );
}

/** The tests of one rule code: all its modules (src/rules/index.ts lists them) run on each case. */
export function testRule(code: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const modules = RULES.filter((r) => r.id === code);
  describe(`rule ${code}`, () => {
    it('is a rule of src/rules/index.ts', () => expect(modules.length).toBeGreaterThan(0));
    for (const c of cases.valid)
      it(`valid: ${c.name}`, () => expect(findingsOfCase(code, modules, c)).toEqual([]));
    for (const c of cases.invalid)
      it(`invalid: ${c.name}`, () =>
        expectFindings(findingsOfCase(code, modules, c), c.findings, modules[0]!.severity));
  });
}
