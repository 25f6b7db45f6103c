import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { commitChange } from '../edit/commit.js';
import { exampleFiles } from '../edit/example.js';
import { createFile } from '../edit/file-edit.js';
import { initFiles } from '../edit/init-files.js';
import { render } from '../i18n/index.js';
import { loadAgreement } from '../load/load-agreement.js';
import { ID_PATTERN } from '../model/primitives.js';
import { findingsFormatters } from '../output/findings.js';
import { checkWorkspace } from './check.js';
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

export function runInit(dirArg: string, o: InitOptions): void {
  const dir = resolve(dirArg);
  // The new agreement's language: --language, else the language the user asked for, else nb.
  const language = o.language ?? pickLang(o.lang, []);
  // Messages: --lang, else the new agreement's language.
  const lang = pickLang(o.lang, [language]);
  const t = translator(lang);
  let files: Map<string, string> | null;
  if (o.example) files = exampleFiles();
  else {
    const id = o.id ?? basename(dir);
    if (!ID.test(id)) throw new UsageError({ id: 'init.bad-id', params: { id } });
    if (!o.title) throw new UsageError({ id: 'init.needs', params: { what: '--title' } });
    const list = parties(o.party);
    if (list.length < 2)
      throw new UsageError({ id: 'init.needs', params: { what: '--party id=Name --party id=Name' } });
    files = initFiles({
      id,
      title: o.title,
      language,
      from: o.from === undefined ? parseAsOf(undefined) : dateOption(o.from, '--from'),
      parties: list,
    });
  }
  if (!files) throw new UsageError({ id: 'init.no-example' });
  for (const file of files.keys()) {
    if (existsSync(join(dir, file)))
      throw new UsageError({ id: 'init.exists', params: { path: join(dirArg, file) } });
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
    process.stdout.write(findingsFormatters.text(view, makeChalk(o)));
    process.exitCode = 1;
    return;
  }
  writeAll(dir, dirArg, files);
  for (const file of files.keys()) process.stderr.write(`${t('cli.wrote', { path: join(dirArg, file) })}\n`);
  process.stderr.write(`${t('init.next', { dir: dirArg })}\n`);
}

/** Every file of the new agreement or none: a failure half way removes what init made. */
function writeAll(dir: string, dirArg: string, files: ReadonlyMap<string, string>): void {
  const made = writing(dirArg, () => mkdirSync(dir, { recursive: true }));
  const edits = [...files].map(([file, text]) => createFile(file, text, null));
  try {
    writing(dirArg, () => commitChange(dir, edits, null));
  } catch (error) {
    if (made) rmSync(made, { recursive: true, force: true });
    throw error;
  }
}
