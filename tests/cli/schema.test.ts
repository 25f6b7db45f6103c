import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withSchemaLine } from '../../src/edit/schema-line.js';
import { fieldDocs } from '../../src/i18n/field-docs.js';
import { IsoDate } from '../../src/model/primitives.js';
import { DATE_PATTERN, jsonSchemas, usedDocIds } from '../../src/schema/json-schema.js';
import { FIXTURES, ROOT, runBin } from '../helpers.js';

type Json = Record<string, unknown>;

/** Every key of a schema, by its path, with the schema that describes it. */
function keysOf(schema: Json, path = ''): Array<[string, Json]> {
  const found: Array<[string, Json]> = [];
  for (const [key, value] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    found.push([`${path}${key}`, value], ...keysOf(value, `${path}${key}.`));
  }
  for (const key of ['items', 'additionalProperties'])
    if (typeof schema[key] === 'object') found.push(...keysOf(schema[key] as Json, path));
  for (const key of ['anyOf', 'allOf', 'oneOf'])
    for (const sub of (schema[key] as Json[] | undefined) ?? []) found.push(...keysOf(sub, path));
  return found;
}

/** Every sub-schema, however deep. */
function allNodes(value: unknown): Json[] {
  if (typeof value !== 'object' || value === null) return [];
  const here = Array.isArray(value) ? [] : [value as Json];
  return [...here, ...Object.values(value).flatMap(allNodes)];
}

describe('JSON Schemas', () => {
  it('the committed schemas/ match the zod schemas (run `npm run schema` when this fails)', () => {
    const committed = readdirSync(join(ROOT, 'schemas')).sort();
    const generated = jsonSchemas('en');
    expect(committed).toEqual(generated.map((s) => s.name).sort());
    for (const { name, text } of generated)
      expect(readFileSync(join(ROOT, 'schemas', name), 'utf8'), name).toBe(text);
  });

  it('every key of every schema has a description in English, bokmål and nynorsk', () => {
    const missing: string[] = [];
    let keys = 0;
    for (const { name, text } of jsonSchemas('en')) {
      const schema = JSON.parse(text) as Json;
      if (typeof schema.description !== 'string') missing.push(`${name}: the file`);
      for (const [path, sub] of keysOf(schema)) {
        keys++;
        for (const key of ['description', 'x-description-nb', 'x-description-nn'])
          if (typeof sub[key] !== 'string' || (sub[key] as string).length < 10)
            missing.push(`${name} ${path} ${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(keys).toBeGreaterThan(120);
  });

  it('every description in the catalogue describes a key that exists', () => {
    const used = usedDocIds();
    const unused = Object.keys(fieldDocs).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('the description follows the language asked for', () => {
    const en = JSON.parse(jsonSchemas('en')[0]!.text);
    const nn = JSON.parse(jsonSchemas('nn')[0]!.text);
    expect(en.properties.parties.description).toBe(fieldDocs['doc.agreement.parties']!.en);
    expect(nn.properties.parties.description).toBe(fieldDocs['doc.agreement.parties']!.nn);
    expect(nn.properties.parties['x-description-nb']).toBe(fieldDocs['doc.agreement.parties']!.nb);
  });

  it('dates are `format: date` with one pattern and a readable message, no raw pattern alone', () => {
    const dates = jsonSchemas('en')
      .flatMap((s) => allNodes(JSON.parse(s.text)))
      .filter((node) => node.format === 'date' || node.pattern === DATE_PATTERN);
    expect(dates.length).toBeGreaterThan(10);
    for (const node of dates) {
      expect(node.allOf).toBeUndefined();
      expect(node).toMatchObject({
        type: 'string',
        format: 'date',
        pattern: DATE_PATTERN,
        patternErrorMessage: fieldDocs['doc.message.date']!.en,
      });
    }
    // Every pattern an editor may show has a message of its own.
    for (const s of jsonSchemas('en'))
      for (const node of allNodes(JSON.parse(s.text)))
        if (typeof node.pattern === 'string') expect(node.patternErrorMessage, s.name).toBeTypeOf('string');
  });

  it('the date pattern accepts exactly the dates zod accepts', () => {
    const pattern = new RegExp(DATE_PATTERN);
    const same = (text: string) => pattern.test(text) === IsoDate.safeParse(text).success;
    for (const text of ['2026-02-28', '2026-02-29', '2024-02-29', '2000-02-29', '1900-02-29', '2026-02-30'])
      expect(same(text), text).toBe(true);
    for (const text of ['2026-13-01', '2026-00-10', '1899-12-31', '3000-01-01', '2026-1-01', '2026-04-31'])
      expect(pattern.test(text), text).toBe(false);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 3100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => same(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
      ),
      { numRuns: 2000 },
    );
  });

  it('every example data file names its schema for the editor', () => {
    const files = [
      'agreement.yaml',
      'people.yaml',
      'meetings/2026.yaml',
      'action-plans/handlingsplan-ungdom.yaml',
    ];
    for (const file of files) {
      const first = readFileSync(join(ROOT, 'data', 'buskerud-2024', file), 'utf8').split('\n')[0];
      expect(first, file).toMatch(
        /^# yaml-language-server: \$schema=(\.\.\/)+schemas\/[a-z-]+\.schema\.json$/,
      );
    }
  });

  it('`samarbeid schema` prints all schemas as one JSON object', () => {
    const run = runBin(['schema']);
    expect(run.status).toBe(0);
    const all = JSON.parse(run.stdout);
    expect(all['agreement.schema.json'].required).toContain('governance');
  });
});

describe('withSchemaLine', () => {
  const line = (url: string) => `# yaml-language-server: $schema=${url}`;

  it('adds the line on top, in the file’s own line ending', () => {
    expect(withSchemaLine('schemaVersion: 1\n', 'a.json')).toBe(`${line('a.json')}\nschemaVersion: 1\n`);
    expect(withSchemaLine('schemaVersion: 1\r\nid: x\r\n', 'a.json')).toBe(
      `${line('a.json')}\r\nschemaVersion: 1\r\nid: x\r\n`,
    );
    expect(withSchemaLine('', 'a.json')).toBe(`${line('a.json')}\n`);
  });

  it('changes only the path of a line among the header comments, wherever it stands', () => {
    const text = `# Avtalen\n${line('../../schemas/agreement.schema.json')}\r\nid: x\n`;
    expect(withSchemaLine(text, 'b.json')).toBe(`# Avtalen\n${line('b.json')}\r\nid: x\n`);
    expect(withSchemaLine(`${line('b.json')}\nid: x\n`, 'b.json')).toBe(`${line('b.json')}\nid: x\n`);
  });

  it('does not take a line below the first key for the modeline (the server does not either)', () => {
    const text = `id: x\nnotes: |\n  ${line('old.json')}\n`;
    expect(withSchemaLine(text, 'b.json')).toBe(`${line('b.json')}\n${text}`);
  });
});

describe('samarbeid schema --write', () => {
  function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-schema-'));
    cpSync(join(FIXTURES, 'minimal'), join(dir, 'a'), { recursive: true });
    cpSync(join(FIXTURES, 'minimal'), join(dir, 'nested', 'b'), { recursive: true });
    const b = join(dir, 'nested', 'b', 'agreement.yaml');
    writeFileSync(b, readFileSync(b, 'utf8').replace('id: minimal', 'id: minimal-b'));
    return dir;
  }

  it('writes the schemas into the workspace and points every file at them, from its own folder', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'a', 'meetings'));
    writeFileSync(join(dir, 'a', 'meetings', '2026.yaml'), 'schemaVersion: 1\nmeetings: []\n');
    const run = runBin(['schema', '--write', '.'], { cwd: dir });
    expect(run.stderr).toContain(
      '5 filer har fått en skjemalinje som peker på skjemaene i .samarbeid/schemas',
    );
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, '.samarbeid', 'schemas')).sort()).toEqual(
      jsonSchemas('nb')
        .map((s) => s.name)
        .sort(),
    );
    const first = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n')[0];
    expect(first('a/agreement.yaml')).toBe(line('../.samarbeid/schemas/agreement.schema.json'));
    expect(first('a/meetings/2026.yaml')).toBe(line('../../.samarbeid/schemas/meetings.schema.json'));
    expect(first('nested/b/people.yaml')).toBe(line('../../.samarbeid/schemas/people.schema.json'));
    // The minimal agreement has no `language`: bokmål, like everything else samarbeid writes.
    const schema = JSON.parse(readFileSync(join(dir, '.samarbeid/schemas/agreement.schema.json'), 'utf8'));
    expect(schema.properties.parties.description).toBe(fieldDocs['doc.agreement.parties']!.nb);
    // The folders still validate: the schema folder is no agreement and no stray file.
    expect(runBin(['validate', '.'], { cwd: dir }).status).toBe(0);
  });

  it('fixes a wrong line and leaves every other byte as it was (BOM, CRLF, comments)', () => {
    const dir = workspace();
    const path = join(dir, 'a', 'agreement.yaml');
    const body = readFileSync(path, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(path, `\uFEFF# Avtale A\r\n${line('../../../old/agreement.schema.json')}\r\n${body}`);
    const run = runBin(['schema', '--write', dir]);
    expect(run.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(
      `\uFEFF# Avtale A\r\n${line('../.samarbeid/schemas/agreement.schema.json')}\r\n${body}`,
    );
  });

  it('--dry-run shows the diff and writes nothing; a second run has nothing to do', () => {
    const dir = workspace();
    const before = readFileSync(join(dir, 'a', 'agreement.yaml'), 'utf8');
    const dry = runBin(['schema', '--write', dir, '--dry-run', '--lang', 'en']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain(`+${line('../.samarbeid/schemas/agreement.schema.json')}`);
    expect(dry.stderr).toContain('would write');
    expect(readFileSync(join(dir, 'a', 'agreement.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, '.samarbeid'))).toBe(false);

    expect(runBin(['schema', '--write', dir, '--lang', 'en']).status).toBe(0);
    const again = runBin(['schema', '--write', dir, '--lang', 'en']);
    expect(again.status).toBe(0);
    expect(again.stderr).not.toContain('wrote');
    expect(again.stderr).toContain('already point at');
  });

  it('--out puts the schemas elsewhere and the lines point there', () => {
    const dir = workspace();
    const run = runBin(['schema', '--write', join(dir, 'a'), '--out', join(dir, 'skjema')]);
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'a', 'people.yaml'), 'utf8').split('\n')[0]).toBe(
      line('../skjema/people.schema.json'),
    );
    // Only the folder given is touched.
    expect(readFileSync(join(dir, 'nested', 'b', 'people.yaml'), 'utf8')).not.toContain(
      'yaml-language-server',
    );
  });

  it('a read-only file is refused with its folder, all of that folder left as it was; others are fixed', () => {
    const dir = workspace();
    const readOnly = join(dir, 'a', 'people.yaml');
    const before = readFileSync(join(dir, 'a', 'agreement.yaml'), 'utf8');
    chmodSync(readOnly, 0o444);
    const run = runBin(['schema', '--write', dir, '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('people.yaml');
    expect(readFileSync(join(dir, 'a', 'agreement.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'nested', 'b', 'agreement.yaml'), 'utf8')).toContain(
      'yaml-language-server',
    );
  });

  it('a folder without agreements is a one-line error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-schema-'));
    const run = runBin(['schema', '--write', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('agreement.yaml');
  });
});

const line = (url: string) => `# yaml-language-server: $schema=${url}`;

describe('init writes schema lines that work', () => {
  /** Each YAML file's schema line, resolved from the file's own folder: it must name a schema file. */
  function dangling(folder: string): string[] {
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.yaml'),
    );
    expect(files.length).toBeGreaterThan(1);
    return files.filter((file) => {
      const url = /^# yaml-language-server: \$schema=(\S+)/.exec(
        readFileSync(join(folder, file), 'utf8'),
      )?.[1];
      return !url || !existsSync(join(folder, dirname(file), url));
    });
  }

  it('a new agreement points at the workspace’s .samarbeid/schemas, written in its language', () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-'));
    const args = [
      'init',
      'avtaler/ny',
      '--title',
      'T',
      '--party',
      'a=A',
      '--party',
      'b=B',
      '--language',
      'nn',
    ];
    const run = runBin(args, { cwd: ws });
    expect(run.status, run.stderr).toBe(0);
    expect(dangling(join(ws, 'avtaler', 'ny'))).toEqual([]);
    expect(readFileSync(join(ws, 'avtaler/ny/agreement.yaml'), 'utf8').split('\n')[0]).toBe(
      line('../../.samarbeid/schemas/agreement.schema.json'),
    );
    const schema = JSON.parse(readFileSync(join(ws, '.samarbeid/schemas/people.schema.json'), 'utf8'));
    expect(schema.properties.secretariat.description).toBe(fieldDocs['doc.people.secretariat']!.nn);
  });

  it('a second agreement uses the schemas already there, and --example points at them too', () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-'));
    mkdirSync(join(ws, 'avtaler', '.samarbeid', 'schemas'), { recursive: true });
    expect(runBin(['schema', '--out', 'avtaler/.samarbeid/schemas'], { cwd: ws }).status).toBe(0);
    expect(runBin(['init', 'avtaler/eksempel', '--example'], { cwd: ws }).status).toBe(0);
    expect(dangling(join(ws, 'avtaler', 'eksempel'))).toEqual([]);
    expect(existsSync(join(ws, '.samarbeid'))).toBe(false);
  });

  it('an agreement made in the working folder itself carries its own schemas', () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-'));
    const run = runBin(['init', '.', '--id', 'ny', '--title', 'T', '--party', 'a=A', '--party', 'b=B'], {
      cwd: ws,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(dangling(ws)).toEqual([]);
    expect(readFileSync(join(ws, 'people.yaml'), 'utf8').split('\n')[0]).toBe(
      line('.samarbeid/schemas/people.schema.json'),
    );
  });
});
