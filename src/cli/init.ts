import type { Command } from 'commander';
import { Option } from 'commander';
import { LANGS, type Lang } from '../i18n/catalogue.js';
import type { GlobalOptions } from './context.js';
import { helpFor } from './help-text.js';

export interface InitOptions extends GlobalOptions {
  id?: string;
  title?: string;
  party: string[];
  /** SPEC section 12: `side=party,party`. */
  side: string[];
  /** The agreement's language; default --lang, else nb. */
  language?: Lang;
  from?: string;
  trackedFrom?: string;
  example?: boolean;
  /** Clause 8: `party=Role`. */
  contactRole: string[];
  /** Clause 4: `party=Role`. */
  secretariatRole: string[];
  /** Clause 4: `level:party=Role`. */
  member: string[];
  /** `level=cadence`. */
  meets: string[];
}

const collect = (v: string, all: string[]) => [...all, v];

export function registerInit(program: Command): void {
  const help = helpFor(program);
  program
    .command('init')
    .description(help.t('help.init.description'))
    .argument('[dir]', help.t('help.init.dir'), '.')
    .option('--id <id>', help.t('help.init.id'))
    .option('--title <title>', help.t('help.init.title'))
    .option('--party <id=Name>', help.t('help.init.party'), (v: string, all: string[]) => [...all, v], [])
    .option('--side <side=a,b>', help.t('help.init.side'), (v: string, all: string[]) => [...all, v], [])
    .option('--contact-role <party=role>', help.t('help.init.contact-role'), collect, [])
    .option('--secretariat-role <party=role>', help.t('help.init.secretariat-role'), collect, [])
    .option('--member <level:party=role>', help.t('help.init.member'), collect, [])
    .option('--meets <level=cadence>', help.t('help.init.meets'), collect, [])
    .addOption(new Option('--language <lang>', help.t('help.init.language')).choices(LANGS))
    .option('--from <date>', help.t('help.init.from'))
    .option('--tracked-from <date>', help.t('help.init.tracked-from'))
    .option('--example', help.t('help.init.example'))
    .addHelpText(
      'after',
      () =>
        `${help.examples([
          [
            'samarbeid init avtaler/vestfold-2026 --title "Samarbeidsavtale mellom Nav Vestfold og Telemark og Vestfold fylkeskommune" \\\n    --party nav-vt="Nav Vestfold og Telemark" --party vestfold-fk="Vestfold fylkeskommune"',
          ],
          [
            'samarbeid init avtaler/buskerud-2024 --title "Samarbeidsavtale mellom Nav Vest-Viken og Buskerud fylkeskommune" \\\n    --party nav-vest-viken="Nav Vest-Viken" --party buskerud-fk="Buskerud fylkeskommune" \\\n    --contact-role buskerud-fk="Seksjonsleder for Opplæring og samhandling" \\\n    --contact-role nav-vest-viken="Avdelingsdirektør for Samfunn" \\\n    --member top:buskerud-fk=Fylkeskommunedirektør --member top:nav-vest-viken="Regiondirektør, Nav Vest-Viken" \\\n    --member committee:buskerud-fk=Oppfølgingstjenesten --member committee:nav-vest-viken=Controller',
          ],
          [
            'samarbeid init avtaler/helsefellesskap --title "Helsefellesskapet" --language nn \\\n    --side kommunane=bergen,askoy,fjell --side helseforetaket=helse-bergen --party helse-bergen="Helse Bergen"',
          ],
          ['samarbeid init prov-det --example', 'help.init.example.example'],
        ])}`,
    )
    .action(async (dirArg: string, _o: unknown, command: Command) => {
      // Checking the new folder needs the YAML parser and zod, which start-up does without.
      const { runInit } = await import('./init-run.js');
      await runInit(dirArg, command.optsWithGlobals<InitOptions>());
    });
}
