import { type Argument, Command, type CommanderError, Option } from 'commander';
import type { Lang } from '../i18n/catalogue.js';
import { t } from '../i18n/index.js';
import type { MessageId, Param, ParamsArg, ParamsOf } from '../i18n/message.js';
import { argumentTerm, commandPath, localFlags } from './help-terms.js';
import { suggestSimilar } from './suggest.js';

// The parts of commander's Command these overrides read (lib/command.js, commander 14).
interface Internals {
  args: string[];
  _allowUnknownOption: boolean;
  _allowExcessArguments: boolean;
  _enablePositionalOptions: boolean;
}
const internals = (command: Command) => command as unknown as Internals;

/**
 * A commander Command whose usage errors speak the user's language (SPEC section 11). Commander
 * finds the error and calls one method per kind (unknownOption, missingArgument, ...) that
 * writes an English sentence; each is overridden here to say the same from the catalogue, with
 * the data commander passes, and the same error code. Exit code and the one-line, terminal-safe
 * output stay with the program's outputError and run().
 */
export class LocalCommand extends Command {
  readonly lang: Lang;

  constructor(name: string | undefined, lang: Lang) {
    super(name);
    this.lang = lang;
  }

  override createCommand(name?: string): Command {
    return new LocalCommand(name, this.lang);
  }

  /** One line: the message, then "did you mean ...?" for close candidates, else `otherwise`. */
  private fail<K extends MessageId>(
    code: string,
    id: K,
    params: ParamsOf<K> & Record<string, Param>,
    suggestions: string[] = [],
    otherwise = '',
  ): never {
    const [only] = suggestions;
    const hint =
      suggestions.length > 1
        ? t('usage.did-you-mean-one-of', this.lang, { candidates: suggestions.join(', ') })
        : only
          ? t('usage.did-you-mean', this.lang, { candidate: only })
          : otherwise;
    const text = t(id, this.lang, ...([params] as ParamsArg<K>));
    return this.error(hint ? `${text}; ${hint}` : text, { exitCode: 2, code });
  }

  unknownOption(flag: string): void {
    if (internals(this)._allowUnknownOption) return;
    // Like commander: the options of this command and of its parents, which it also accepts.
    const candidates: string[] = [];
    let command: Command | null = this;
    do {
      const help = command.createHelp();
      for (const option of help.visibleOptions(command)) if (option.long) candidates.push(option.long);
      command = command.parent;
    } while (command && !internals(command)._enablePositionalOptions);
    const similar = flag.startsWith('--') ? suggestSimilar(flag, candidates) : [];
    this.fail('commander.unknownOption', 'usage.unknown-option', { option: flag }, similar);
  }

  unknownCommand(): void {
    const name = internals(this).args[0] ?? '';
    const candidates = this.createHelp()
      .visibleCommands(this)
      .map((c) => c.name());
    const seeHelp = t('usage.see-help', this.lang, { help: `${commandPath(this)} --help` });
    const similar = suggestSimilar(name, candidates);
    this.fail('commander.unknownCommand', 'usage.unknown-command', { command: name }, similar, seeHelp);
  }

  missingArgument(name: string): void {
    const argument = this.registeredArguments.find((a) => a.name() === name);
    const what = argument ? argumentTerm(argument, this.lang) : `<${name}>`;
    this.fail('commander.missingArgument', 'usage.command-needs', { command: commandPath(this), what });
  }

  optionMissingArgument(option: Option): void {
    const value = localFlags(/[<[][^<>[\]]*[>\]]/.exec(option.flags)?.[0] ?? '', this.lang);
    this.fail('commander.optionMissingArgument', 'usage.option-needs-value', {
      option: option.long ?? option.flags,
      value,
    });
  }

  missingMandatoryOptionValue(option: Option): void {
    this.fail('commander.missingMandatoryOptionValue', 'usage.command-needs', {
      command: commandPath(this),
      what: localFlags(option.flags, this.lang),
    });
  }

  _excessArguments(received: string[]): void {
    if (internals(this)._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    const params = { command: commandPath(this), expected, got: received.length };
    if (expected === 0) this.fail('commander.excessArguments', 'usage.no-arguments', params);
    this.fail('commander.excessArguments', 'usage.too-many-arguments', params);
  }

  // commander calls this for every option and argument value that has a parser (choices have one).
  _callParseArg(target: Option | Argument, value: string, previous: unknown, _english: string): unknown {
    try {
      return target.parseArg?.(value, previous);
    } catch (error) {
      if ((error as CommanderError).code !== 'commander.invalidArgument') throw error;
      const option =
        target instanceof Option ? (target.long ?? target.flags) : argumentTerm(target, this.lang);
      if (target.argChoices)
        this.fail('commander.invalidArgument', 'usage.invalid-choice', {
          option,
          value,
          choices: target.argChoices.join(', '),
        });
      this.fail('commander.invalidArgument', 'usage.invalid-value', { option, value });
    }
  }
}
