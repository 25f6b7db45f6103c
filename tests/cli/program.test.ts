import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, commandWord } from '../../src/cli/program.js';
import { LANGS } from '../../src/i18n/catalogue.js';

const all = (command: Command): Command[] => [command, ...command.commands.flatMap(all)];
const helpOf = (command: Command) => all(command).map((c) => c.helpInformation());

describe('building only the command that runs', () => {
  it('finds the command word past global options and the value of --lang', () => {
    expect(commandWord(['node', 'samarbeid', 'status', 'data'])).toBe('status');
    expect(commandWord(['node', 'samarbeid', '--lang', 'nn', '--no-color', 'remind'])).toBe('remind');
    expect(commandWord(['node', 'samarbeid', '--lang=en', 'record', 'meeting'])).toBe('record');
    expect(commandWord(['node', 'samarbeid', '--version'])).toBeUndefined();
    expect(commandWord(['node', 'samarbeid'])).toBeUndefined();
  });

  it('gives each command the same help, options and subcommands as the full program', () => {
    for (const lang of LANGS) {
      const full = buildProgram(lang);
      for (const command of full.commands) {
        const alone = buildProgram(lang, command.name());
        expect(alone.commands.map((c) => c.name())).toEqual([command.name()]);
        expect(helpOf(alone.commands[0]!)).toEqual(helpOf(command));
      }
    }
  });

  it('builds every command for help, an unknown word or none', () => {
    const names = buildProgram('nb').commands.map((c) => c.name());
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const word of ['help', 'statsu', undefined])
      expect(buildProgram('nb', word).commands.map((c) => c.name())).toEqual(names);
  });
});
