import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { ROOT } from '../helpers.js';
import { type FileStyle, restyle } from './restyle.js';

// Valid agreement folders for the restyle property: data/buskerud-2024 with small variants of its
// data (optional lists missing, empty or null; texts with line breaks), each file restyled.

export const BASE = join(ROOT, 'data', 'buskerud-2024');

type Data = Record<string, any>;
export type FolderData = Record<string, Data>;

export interface RestyledFile {
  text: string;
  style: FileStyle;
}

export interface RestyledFolder {
  data: FolderData;
  files: Record<string, RestyledFile>;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? filesIn(join(dir, n)) : [join(dir, n)],
  );
}

const BASE_FILES = Object.fromEntries(
  filesIn(BASE).map((path) => {
    const text = readFileSync(path, 'utf8');
    const header = /^#( yaml-language-server: .*)\n/.exec(text)?.[1] ?? null;
    return [relative(BASE, path), { data: parseYaml(text).value as Data, header }];
  }),
);

type Gen = fc.GeneratorValue;
const pick = <T>(g: Gen, values: readonly T[]): T => g(fc.constantFrom, ...values) as T;
const MISSING = Symbol('missing');

/** Sets `key` of `obj` to one of `values` (MISSING deletes it). */
function vary(g: Gen, obj: Data, key: string, values: unknown[]): void {
  // A copy: one object in two places would be written as an anchor and an alias.
  const value = pick(g, values);
  if (value === MISSING) delete obj[key];
  else obj[key] = structuredClone(value);
}

const byId = (list: Data[], id: string) => list.find((x) => x.id === id) as Data;
const LONG =
  'En lang tekst som går over flere linjer når den skrives i blokkstil, med kolon: og # tegn, og mer tekst';

/** The variants: optional lists and values that are missing, empty or null, and texts with line breaks. */
function varyData(g: Gen, d: FolderData): void {
  const m2026 = d['meetings/2026.yaml']!.meetings as Data[];
  for (const id of ['2026-08-20-middle', '2026-12-08-top', '2026-12-10-middle'])
    vary(g, byId(m2026, id), 'decisions', [MISSING, MISSING, [], null, [{ id: 'sak-1', text: LONG }]]);
  vary(g, byId(m2026, '2026-12-08-top'), 'title', [MISSING, MISSING, LONG, `${LONG}\n`]);
  const plan = d['action-plans/handlingsplan-samarbeidsutvalget.yaml']!;
  vary(g, plan, 'evaluations', [plan.evaluations, MISSING, [], null]);
  vary(g, plan.measures[1], 'done', [null, MISSING]);
  const ungdom = d['action-plans/handlingsplan-ungdom.yaml']!;
  vary(g, ungdom.measures[0], 'title', [
    ungdom.measures[0].title,
    `${LONG}\n`,
    `${LONG}\n\n`,
    `${LONG}\nlinje 2`,
  ]);
  vary(g, ungdom, 'evaluations', [MISSING, MISSING, [], null]);
  vary(g, ungdom, 'measures', [ungdom.measures, ungdom.measures, []]);
  const groups = d['working-groups.yaml']!.workingGroups as Data[];
  vary(g, groups[1]!, 'reports', [groups[1]!.reports, groups[1]!.reports, []]);
  const subs = d['sub-agreements.yaml']!.subAgreements as Data[];
  vary(g, subs[1]!, 'approvals', [subs[1]!.approvals, subs[1]!.approvals, []]);
  // SPEC section 13: a duty, and duties.yaml missing, with an entry, or with a long note.
  d['agreement.yaml']!.governance.duties = [
    { id: 'arsrapport', title: 'Årsrapporten er sendt til partene', due: 'yearly by 03-01' },
  ];
  vary(g, d, 'duties.yaml', [
    MISSING,
    { schemaVersion: 1, done: [{ duty: 'arsrapport', date: '2026-02-20' }] },
    { schemaVersion: 1, done: [{ duty: 'arsrapport', date: '2026-02-20', note: LONG }] },
  ]);
  for (const area of d['agreement.yaml']!.areas as Data[])
    vary(g, area, 'description', [
      area.description,
      `${area.description}\n`,
      `${LONG}\n\nAvsnitt 2\n`,
      MISSING,
    ]);
}

/** A restyled valid agreement folder: its data and each file's text. */
export const restyledFolder: fc.Arbitrary<RestyledFolder> = fc.gen().map((g) => {
  const data: FolderData = structuredClone(
    Object.fromEntries(Object.entries(BASE_FILES).map(([f, v]) => [f, v.data])),
  );
  varyData(g, data);
  const files = Object.fromEntries(
    Object.entries(data).map(([file, value]) => [file, restyle(g, value, BASE_FILES[file]?.header ?? null)]),
  );
  return { data, files };
});
