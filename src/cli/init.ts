import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { exampleFiles } from '../edit/example.js';
import { initFiles } from '../edit/init-files.js';
import { writeFileSafely } from '../edit/write-file.js';
import { LANGS, type Lang } from '../i18n/catalogue.js';
import { render } from '../i18n/index.js';
import { loadAgreement } from '../load/load-agreement.js';
import { ID_PATTERN } from '../model/primitives.js';
import { findingsFormatters } from '../output/findings.js';
import { type GlobalOptions, makeChalk, parseAsOf, translator, UsageError, writing } from './context.js';
import { checkWorkspace } from './load.js';

interface InitOptions extends GlobalOptions {
  id?: string;
  title?: string;
  party: string[];
  language: Lang;
  from?: string;
  example?: boolean;
}

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

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('start a new agreement folder (never overwrites anything)')
    .argument('[dir]', 'the new agreement folder', '.')
    .option('--id <id>', 'agreement id (default: the folder name)')
    .option('--title <title>', 'the title of the agreement')
    .option('--party <id=Name>', 'a party; give two or more', (v: string, all: string[]) => [...all, v], [])
    .addOption(new Option('--language <lang>', 'language of the agreement').choices(LANGS).default('nb'))
    .option('--from <date>', 'valid from (default: today)')
    .option('--example', 'copy the Buskerud example agreement instead')
    .addHelpText(
      'after',
      `
Examples:
  samarbeid init agreements/vestfold-2026 --title "Samarbeidsavtale mellom Nav Vestfold og Telemark og Vestfold fylkeskommune" \\
    --party nav-vt="Nav Vestfold og Telemark" --party vestfold-fk="Vestfold fylkeskommune"
  samarbeid init try-it --example`,
    )
    .action((dirArg: string, _o: unknown, command: Command) => {
      const o = command.optsWithGlobals<InitOptions>();
      const dir = resolve(dirArg);
      const t = translator(o.language);
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
          language: o.language,
          from: parseAsOf(o.from),
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
          render: (f: (typeof findings)[number]) => render(f.message, o.language),
          t,
        };
        process.stdout.write(findingsFormatters.text(view, makeChalk(o)));
        process.exitCode = 1;
        return;
      }
      for (const [file, text] of files) {
        writing(join(dirArg, file), () => writeFileSafely(join(dir, file), text));
        process.stderr.write(`${t('cli.wrote', { path: join(dirArg, file) })}\n`);
      }
      process.stderr.write(`${t('init.next', { dir: dirArg })}\n`);
    });
}
