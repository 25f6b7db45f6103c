import type { Command } from 'commander';
import type { Lang } from '../i18n/catalogue.js';
import { type PlainId, type Translate, t } from '../i18n/index.js';
import { LocalCommand } from './local-command.js';

/** A command and, where it helps, the id of a note on what it does. */
export type Example = readonly [command: string, note?: PlainId];

const WIDTH = 100;

/** A paragraph broken into lines of at most WIDTH characters, for the text after the options. */
export function wrap(text: string, width = WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

/**
 * The help texts of one command, in the language the program was built in (program.ts: --lang,
 * else nb). Every text comes from the catalogues; commands in examples are the same in every language.
 */
export function helpFor(command: Command) {
  const lang: Lang = command instanceof LocalCommand ? command.lang : 'nb';
  const say: Translate = (id, ...params) => t(id, lang, ...params);
  return {
    lang,
    t: say,
    /** "Eksempler:" and the examples, notes aligned after a `#`. */
    examples(list: readonly Example[]): string {
      const noted = list.filter(([command, note]) => note && command.length <= 60);
      const column = Math.max(0, ...noted.map(([command]) => command.length)) + 3;
      const lines = list.map(([command, note]) =>
        note ? `  ${command.padEnd(column - 1)} # ${say(note)}` : `  ${command}`,
      );
      return `\n${say('help.title.examples', { n: list.length })}\n${lines.join('\n')}`;
    },
    exitCodes(id: PlainId): string {
      return `\n${wrap(`${say('help.title.exit-codes')} ${say(id)}`)}`;
    },
  };
}
