import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { hasValueWord, localFlags } from '../../src/cli/help-terms.js';
import { buildProgram } from '../../src/cli/program.js';
import { suggestSimilar } from '../../src/cli/suggest.js';
import { LANGS } from '../../src/i18n/catalogue.js';

const all = (command: Command): Command[] => [command, ...command.commands.flatMap(all)];

describe('help terms', () => {
  it('every value word of every flag and argument has a word in nb, nn and en', () => {
    const words = new Set<string>();
    for (const command of all(buildProgram('en'))) {
      for (const option of command.options)
        for (const m of option.flags.matchAll(/[<[]([^<>[\]]+?)(?:\.\.\.)?[>\]]/g)) words.add(m[1] as string);
      for (const argument of command.registeredArguments) words.add(argument.name());
    }
    expect(words.size).toBeGreaterThan(20);
    for (const word of words) expect(hasValueWord(word), word).toBe(true);
  });

  it('the program is built in each language with every description filled in from the catalogue', () => {
    for (const lang of LANGS)
      for (const command of all(buildProgram(lang))) {
        expect(command.description(), command.name()).not.toMatch(/^help\./);
        for (const option of command.options) expect(option.description, option.flags).not.toMatch(/^help\./);
      }
  });

  it('localFlags translates the value word and keeps the flag', () => {
    expect(localFlags('--date <date>', 'nb')).toBe('--date <dato>');
    expect(localFlags('--result <area=text>', 'nn')).toBe('--result <område=tekst>');
    expect(localFlags('[paths...]', 'nb')).toBe('[mapper...]');
    expect(localFlags('--unknown <thing>', 'nb')).toBe('--unknown <thing>');
  });

  it('suggestions as commander makes them', () => {
    expect(suggestSimilar('--formt', ['--format', '--as-of', '--help'])).toEqual(['--format']);
    expect(suggestSimilar('statsu', ['status', 'validate'])).toEqual(['status']);
    expect(suggestSimilar('--zzzzzz', ['--format'])).toEqual([]);
    expect(suggestSimilar('--lan', ['--lang', '--all'])).toEqual(['--lang']);
  });
});
