import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// The rooms of src/ (its folders, and its top-level files each a room of its own) in their order
// (docs/architecture.md, "Rooms and their order"). A room imports only rooms on a lower floor: never
// one on its own floor, never one above. Type-only imports (`import type`, `typeof import()`) obey
// the same order: a type that points up is as much a loop in the house as a value, and esbuild
// dropping it from the bundle does not make the design one-way.
const FLOORS: readonly (readonly string[])[] = [
  ['main'],
  ['cli'],
  ['output'],
  ['app'],
  ['edit', 'schema', 'git'],
  ['config'],
  ['remind', 'report', 'rules', 'diff'],
  ['plan'],
  ['engine'],
  ['domain'],
  ['time', 'load', 'names'],
  ['model'],
  ['i18n'],
  ['dates', 'compare', 'identity', 'version'],
];

const SRC = join(ROOT, 'src');
const floorOf = new Map(FLOORS.flatMap((rooms, floor) => rooms.map((room) => [room, floor] as const)));

/** src/cli/status.ts is in room cli; src/dates.ts is room dates. */
const roomOf = (file: string): string => relative(SRC, file).split(sep)[0]!.replace(/\.ts$/, '');

interface Arrow {
  from: string;
  to: string;
}

/** Every import of one file of src/ into another: static, dynamic, re-exports and `typeof import()`. */
function arrows(): Arrow[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(SRC, f));
  return files.flatMap((file) =>
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => ({ from: file, to: join(dirname(file), spec).replace(/\.js$/, '.ts') })),
  );
}

const shown = (a: Arrow) => `${relative(SRC, a.from)} -> ${relative(SRC, a.to)}`.split(sep).join('/');

describe('the rooms of src/ and their order', () => {
  const all = arrows();
  const between = all.filter((a) => roomOf(a.from) !== roomOf(a.to));

  it('the reader finds the imports (a static, a type-only and a dynamic one)', () => {
    const list = all.map(shown);
    expect(list).toContain('main.ts -> cli/program.ts');
    expect(list).toContain('cli/context.ts -> model/finding.ts');
    expect(list).toContain('app/load.ts -> load/parallel.ts');
  });

  it('every room of src/ has its floor', () => {
    const rooms = new Set(
      readdirSync(SRC)
        .filter((name) => !name.startsWith('.'))
        .map((name) => name.replace(/\.ts$/, '')),
    );
    expect([...rooms].filter((room) => !floorOf.has(room))).toEqual([]);
  });

  it('no arrow climbs back up or points along its own floor', () => {
    const climbing = between
      .filter((a) => floorOf.get(roomOf(a.to))! <= floorOf.get(roomOf(a.from))!)
      .map(shown);
    expect([...new Set(climbing)].sort()).toEqual([]);
  });

  it('no cycle between rooms', () => {
    // Implied by the order; said once more so that a failure names the loop, not only an arrow.
    const next = new Map<string, Set<string>>();
    for (const a of between) {
      const targets = next.get(roomOf(a.from)) ?? new Set<string>();
      targets.add(roomOf(a.to));
      next.set(roomOf(a.from), targets);
    }
    const loops: string[] = [];
    const done = new Set<string>();
    const visit = (room: string, path: string[]) => {
      if (done.has(room)) return;
      for (const to of next.get(room) ?? []) {
        if (path.includes(to)) loops.push([...path.slice(path.indexOf(to)), to].join(' -> '));
        else visit(to, [...path, to]);
      }
      done.add(room);
    };
    for (const room of next.keys()) visit(room, [room]);
    expect(loops).toEqual([]);
  });
});
