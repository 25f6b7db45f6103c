import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { checkWorkspace } from '../app/check.js';
import { Refusal } from '../edit/change.js';
import { commitChange } from '../edit/commit.js';
import { exampleFiles } from '../edit/example.js';
import { createFile } from '../edit/file-edit.js';
import { INIT_BODIES, type InitBody, type InitMember, initFiles } from '../edit/init-files.js';
import { userFolder, writeBelow } from '../edit/safe-write.js';
import { SCHEMA_FOLDER } from '../edit/schema-line.js';
import { LockFailed, underLock } from '../edit/transaction.js';
import type { Lang } from '../i18n/catalogue.js';
import { render } from '../i18n/index.js';
import { present } from '../load/list-folder.js';
import { loadAgreement } from '../load/load-agreement.js';
import { LOCK_FILE } from '../load/lock-file.js';
import { readSmall } from '../load/read-regular.js';
import { MAX_FILE_BYTES } from '../load/read-text.js';
import { parseCadence } from '../model/cadence.js';
import { ID_PATTERN } from '../model/primitives.js';
import { findingsText } from '../output/findings-text.js';
import { dateOption, makeChalk, parseAsOf, pickLang, translator, UsageError, writing } from './context.js';
import type { InitOptions } from './init.js';

const ID = new RegExp(ID_PATTERN);

function parties(values: string[]): Array<{ id: string; name: string }> {
  return values.map((value) => {
    const at = value.indexOf('=');
    const id = value.slice(0, at);
    const name = value.slice(at + 1).trim();
    if (at < 1 || !ID.test(id) || name === '')
      throw new UsageError({ id: 'init.bad-party', params: { value } });
    return { id, name };
  });
}

/**
 * `--side kommunane=a,b,c`: the sides in the order given, each with its parties. A party named by
 * --party keeps that name; one named only here is called by its id until the user edits it.
 */
function sides(values: string[]): Array<{ id: string; parties: string[] }> {
  const seen = new Set<string>();
  return values.map((value) => {
    const at = value.indexOf('=');
    const id = value.slice(0, at);
    const members = value
      .slice(at + 1)
      .split(',')
      .map((p) => p.trim());
    if (at < 1 || !ID.test(id) || members.some((p) => !ID.test(p)))
      throw new UsageError({ id: 'init.bad-side', params: { value } });
    for (const party of members) {
      if (seen.has(party)) throw new UsageError({ id: 'init.side-twice', params: { party } });
      seen.add(party);
    }
    return { id, parties: members };
  });
}

/** `--contact-role party=Role`, one per party of the agreement. */
function rolesByParty(option: string, values: string[], known: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const value of values) {
    const at = value.indexOf('=');
    const party = value.slice(0, at).trim();
    const role = value.slice(at + 1).trim();
    if (at < 1 || !known.includes(party) || role === '')
      throw new UsageError({ id: 'init.bad-role', params: { option, value, parties: known.join(', ') } });
    if (out.has(party)) throw new UsageError({ id: 'init.role-twice', params: { option, party } });
    out.set(party, role);
  }
  return out;
}

const isBody = (value: string): value is InitBody => (INIT_BODIES as readonly string[]).includes(value);

/** `--member top:buskerud-fk=Fylkeskommunedirektør`. */
function members(values: string[], known: readonly string[]): InitMember[] {
  return values.map((value) => {
    const match = /^([a-z]+):([^=]+)=(.*)$/s.exec(value);
    const [body, party, role] = [match?.[1] ?? '', match?.[2]?.trim() ?? '', match?.[3]?.trim() ?? ''];
    if (!isBody(body) || !known.includes(party) || role === '')
      throw new UsageError({ id: 'init.bad-member', params: { value, parties: known.join(', ') } });
    return { body, party, role };
  });
}

/** `--meets middle=quarterly`; `as-needed` is a level without a cadence (meets: null). */
function meetsOf(values: string[]): Partial<Record<InitBody, string | null>> {
  const out: Partial<Record<InitBody, string | null>> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    const body = value.slice(0, at).trim();
    const cadence = value.slice(at + 1).trim();
    if (!isBody(body) || cadence === '' || (parseCadence(cadence) === null && cadence !== 'as-needed'))
      throw new UsageError({ id: 'init.bad-meets', params: { value } });
    out[body] = cadence === 'as-needed' ? null : cadence;
  }
  return out;
}

/** The parties of the sides first (in side order), then those given only by --party. */
function withSides(
  named: Array<{ id: string; name: string }>,
  sideList: Array<{ id: string; parties: string[] }>,
): Array<{ id: string; name: string; side?: string }> {
  const names = new Map(named.map((p) => [p.id, p.name]));
  const onSides = sideList.flatMap((s) =>
    s.parties.map((id) => ({ id, name: names.get(id) ?? id, side: s.id })),
  );
  const placed = new Set(onSides.map((p) => p.id));
  return [...onSides, ...named.filter((p) => !placed.has(p.id))];
}

export async function runInit(dirArg: string, o: InitOptions): Promise<void> {
  const dir = resolve(dirArg);
  // The new agreement's language: --language, else the language the user asked for, else nb.
  const language = o.language ?? pickLang(o.lang, []);
  // Messages: --lang, else the new agreement's language.
  const lang = pickLang(o.lang, [language]);
  const t = translator(lang);
  const schemaBase = schemaBaseFor(dir, process.cwd());
  const schemaFolder = join(schemaBase, ...SCHEMA_FOLDER);
  const schemas = `${relative(dir, schemaFolder).split(sep).join('/')}/`;
  let files: Map<string, string> | null;
  if (o.example) files = exampleFiles(schemas);
  else {
    const id = o.id ?? basename(dir);
    if (!ID.test(id)) throw new UsageError({ id: 'init.bad-id', params: { id } });
    if (!o.title) throw new UsageError({ id: 'init.needs', params: { what: '--title' } });
    const sideList = sides(o.side ?? []);
    const list = withSides(parties(o.party), sideList);
    if (list.length < 2)
      throw new UsageError({ id: 'init.needs', params: { what: '--party id=Name --party id=Name' } });
    const known = list.map((p) => p.id);
    files = initFiles({
      id,
      title: o.title,
      language,
      from: o.from === undefined ? parseAsOf(undefined) : dateOption(o.from, '--from'),
      trackedFrom:
        o.trackedFrom === undefined ? parseAsOf(undefined) : dateOption(o.trackedFrom, '--tracked-from'),
      parties: list,
      sides: sideList.map((s) => s.id),
      schemas,
      contactRoles: rolesByParty('--contact-role', o.contactRole ?? [], known),
      secretariatRoles: rolesByParty('--secretariat-role', o.secretariatRole ?? [], known),
      members: members(o.member ?? [], known),
      meets: meetsOf(o.meets ?? []),
    });
  }
  if (!files) throw new UsageError({ id: 'init.no-example' });
  // A lock means an init or record may have been cut short here: taking it settles that first.
  if (!present(join(dir, LOCK_FILE)) && existing(dir, dirArg, files) === 'same') {
    process.stderr.write(`${t('init.already', { dir: dirArg })}\n`);
    return;
  }
  // The new folder is checked like any other before anything is written.
  const loaded = loadAgreement(dir, process.cwd(), files);
  const findings = checkWorkspace({ agreements: [loaded], known: [] }, parseAsOf(undefined)).filter(
    (f) => f.severity === 'error',
  );
  if (findings.length > 0) {
    const view = {
      findings,
      agreements: 1,
      render: (f: (typeof findings)[number]) => render(f.message, lang),
      t,
    };
    process.stdout.write(findingsText(view, makeChalk(o)));
    process.exitCode = 1;
    return;
  }
  if ((await writeAll(dir, dirArg, files)) === 'already') {
    process.stderr.write(`${t('init.already', { dir: dirArg })}\n`);
    return;
  }
  for (const file of files.keys()) process.stderr.write(`${t('cli.wrote', { path: join(dirArg, file) })}\n`);
  await writeMissingSchemas(schemaBase, o.example ? 'nb' : language, t);
  const shownSchemas = relative(process.cwd(), schemaFolder).split(sep).join('/');
  process.stderr.write(`${t('init.next', { dir: dirArg, schemas: shownSchemas })}\n`);
}

/**
 * 'absent' when none of the new files is there; 'same' when all are, exactly as init would write
 * them (a second run, or one that finished what a killed init began); any other file is refused.
 */
function existing(dir: string, dirArg: string, files: ReadonlyMap<string, string>): 'absent' | 'same' {
  const there = [...files.keys()].filter((file) => present(join(dir, file)));
  if (there.length === 0) return 'absent';
  const same =
    there.length === files.size &&
    [...files].every(([f, text]) => readSmall(join(dir, f), MAX_FILE_BYTES) === text);
  if (same) return 'same';
  throw new UsageError({ id: 'init.exists', params: { path: join(dirArg, there[0]!) } });
}

/**
 * Every file of the new agreement or none, as `record` writes a change: under the new folder's
 * lock, with the journal that lets the next writer finish or drop what a killed `init` began
 * (SPEC section 17). A failure half way removes the folders init made.
 */
async function writeAll(
  dir: string,
  dirArg: string,
  files: ReadonlyMap<string, string>,
): Promise<'written' | 'already'> {
  let made: string | null = null;
  for (let at = dir; !existsSync(at) && dirname(at) !== at; at = dirname(at)) made = at;
  writing(dirArg, () => userFolder(dir));
  const edits = [...files].map(([file, text]) => createFile(file, text, null));
  try {
    return await underLock(dir, false, (lock) => {
      // What a killed init left is finished or dropped by taking the lock: look again.
      if (existing(dir, dirArg, files) === 'same') return 'already' as const;
      // Checked as a whole agreement above (every file loaded and validated), not edit by edit.
      writing(dirArg, () => commitChange(dir, edits, lock));
      return 'written' as const;
    });
  } catch (error) {
    if (made) rmSync(made, { recursive: true, force: true });
    if (error instanceof LockFailed)
      throw error.refusal
        ? new UsageError(error.refusal.detail, 1)
        : new UsageError({ id: 'edit.cannot-lock', params: { code: error.code } });
    throw error;
  }
}

/**
 * The folder whose `.samarbeid/schemas` the new agreement's schema lines point at: the nearest one
 * above it that has them (up to the working folder), else the working folder when the new folder
 * is inside it (the workspace the user runs samarbeid in), else the new folder itself.
 */
function schemaBaseFor(dir: string, cwd: string): string {
  const inside = relative(cwd, dir);
  const below = inside !== '' && !inside.startsWith('..') && !inside.startsWith(sep);
  if (below) {
    for (let at = dirname(dir); ; at = dirname(at)) {
      if (existsSync(join(at, ...SCHEMA_FOLDER))) return at;
      if (at === cwd || dirname(at) === at) break;
    }
  }
  return below ? cwd : dir;
}

/**
 * The schemas the lines point at, where there are none yet (`samarbeid schema --write` renews
 * them). An editor aid: a failure is said, but the agreement stands.
 */
async function writeMissingSchemas(
  base: string,
  lang: Lang,
  t: ReturnType<typeof translator>,
): Promise<void> {
  const { jsonSchemas } = await import('../schema/json-schema.js');
  for (const { name, text } of jsonSchemas(lang)) {
    const file = join(...SCHEMA_FOLDER, name);
    const shown = relative(process.cwd(), join(base, file));
    if (present(join(base, file))) continue;
    try {
      writeBelow(userFolder(base), file, text);
      process.stderr.write(`${t('cli.wrote', { path: shown })}\n`);
    } catch (error) {
      const message =
        error instanceof Refusal
          ? render(error.detail, lang)
          : t('cli.write-failed', { path: shown, code: (error as NodeJS.ErrnoException).code ?? 'error' });
      process.stderr.write(`samarbeid: ${message}\n`);
    }
  }
}
