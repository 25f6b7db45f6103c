import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';

// SPEC section 11: --help and usage errors in nb, nn or en; --lang, else nb (program.ts).
const ENGLISH_HELP = [
  'Usage:',
  'Options:',
  'Commands:',
  'Arguments:',
  'output format',
  'Examples:',
  'default:',
  'choices:',
];

function help(args: string[]): string {
  const run = runBin([...args, '--help']);
  expect(run.status, args.join(' ')).toBe(0);
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('--help in the language of --lang, else nb', () => {
  it('samarbeid --help: bokmål without --lang', () => {
    const out = help([]);
    expect(out).toContain('Bruk: samarbeid [valg] [kommando]');
    expect(out).toContain('Følger opp samarbeidsavtaler mellom offentlige virksomheter');
    expect(out).toContain('Kommandoer:');
    expect(out).toContain('vis hjelp for kommandoen');
    expect(out).toMatch(/^Eksempler:$/m);
    expect(out).toContain('Avslutningskoder: 0 alt i orden');
    expect(out).toContain('--lang <språk>');
    for (const english of ENGLISH_HELP) expect(out, english).not.toContain(english);
  });

  it('samarbeid --help --lang nn: nynorsk', () => {
    const out = help(['--lang', 'nn']);
    expect(out).toContain('Bruk: samarbeid [val] [kommando]');
    expect(out).toContain('Følgjer opp samarbeidsavtalar mellom offentlege verksemder');
    expect(out).toContain('Kommandoar:');
    expect(out).toContain('Avslutningskodar:');
    expect(out).toContain('vis hjelp for ein kommando');
    for (const english of ENGLISH_HELP) expect(out, english).not.toContain(english);
  });

  it('samarbeid --help --lang en (also written --lang=en): English', () => {
    for (const lang of [['--lang', 'en'], ['--lang=en']]) {
      const out = help(lang);
      expect(out).toContain('Usage: samarbeid [options] [command]');
      expect(out).toContain('Governance tracker for cooperation agreements');
      expect(out).toContain('Commands:');
      expect(out).toContain('Exit codes: 0 success');
      expect(out).not.toContain('Bruk:');
    }
  });

  it('status --help in nb, nn and en', () => {
    const nb = help(['status']);
    expect(nb).toContain('Bruk: samarbeid status [valg] [mapper...]');
    expect(nb).toContain('vis hva som snart forfaller, har forfalt og er planlagt');
    expect(nb).toContain('--as-of <dato>');
    expect(nb).toContain('formatet på utskriften (én av: text, json, markdown');
    expect(nb).toContain('standard: text');
    expect(nb).toContain('samarbeid status data --as-of 22.11.2026 --format markdown');
    for (const english of ENGLISH_HELP) expect(nb, english).not.toContain(english);

    const nn = help(['status', '--lang', 'nn']);
    expect(nn).toContain('vis kva som snart forfell, har forfalle og er planlagt');
    expect(nn).toContain('formatet på utskrifta (éin av: text, json, markdown');
    expect(nn).toContain('vis òg plikter som er oppfylte');
    for (const english of ENGLISH_HELP) expect(nn, english).not.toContain(english);

    const en = help(['status', '--lang', 'en']);
    expect(en).toContain('Usage: samarbeid status [options] [paths...]');
    expect(en).toContain('output format (choices: text, json, markdown');
    expect(en).toContain('--as-of <date>');
    expect(en).toMatch(/^Examples:$/m);
  });

  it('record meeting --help in nb, nn and en; the flags and their values stay as typed', () => {
    const nb = help(['record', 'meeting']);
    expect(nb).toContain('Bruk: samarbeid record meeting [valg] <avtalemappe>');
    expect(nb).toContain('legg til et møte');
    expect(nb).toContain('--body <organ>');
    expect(nb).toContain('organet eller arbeidsgruppen');
    expect(nb).toContain('«held» (holdt), «planned» (planlagt) eller «cancelled»');
    expect(nb).toContain('vis endringen som en diff uten å skrive noe');
    expect(nb).toContain(
      'Eksempler:\n  samarbeid record meeting data/buskerud-2024 --body top --date 08.12.2026',
    );
    for (const english of ENGLISH_HELP) expect(nb, english).not.toContain(english);

    const nn = help(['record', 'meeting', '--lang', 'nn']);
    expect(nn).toContain('Bruk: samarbeid record meeting [val] <avtalemappe>');
    expect(nn).toContain('legg til eit møte');
    expect(nn).toContain('vis endringa som ein diff utan å skrive noko');
    expect(nn).toContain('Eksempel:\n  samarbeid record meeting');
    for (const english of ENGLISH_HELP) expect(nn, english).not.toContain(english);

    const en = help(['record', 'meeting', '--lang', 'en']);
    expect(en).toContain('Usage: samarbeid record meeting [options] <folder>');
    expect(en).toContain('the body or working group');
    expect(en).toContain('Examples:\n  samarbeid record meeting');
  });

  it('a command with one example says so in the singular', () => {
    expect(help(['record', 'move'])).toContain('Eksempel:\n  samarbeid record move');
    expect(help(['record', 'move', '--lang', 'en'])).toContain('Example:\n  samarbeid record move');
  });

  it('every command and record subcommand has help without English headings in nb', () => {
    const record = help(['record']);
    const kinds = [...record.matchAll(/^ {2}([a-z-]+) \[valg\] <avtalemappe>/gm)].map((m) => m[1] as string);
    expect(kinds.length).toBeGreaterThanOrEqual(15);
    for (const args of [
      ['validate'],
      ['remind'],
      ['init'],
      ['schema'],
      ['record'],
      ...kinds.map((k) => ['record', k]),
    ]) {
      const out = help(args);
      for (const english of ENGLISH_HELP) expect(out, `${args.join(' ')}: ${english}`).not.toContain(english);
    }
  });

  it('help <command> is help too', () => {
    const run = runBin(['help', 'status', '--lang', 'nn']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Bruk: samarbeid status [val]');
  });

  it('--version prints the version, whatever the language', () => {
    for (const args of [['--version'], ['-V'], ['--lang', 'nn', '--version']]) {
      const run = runBin(args);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    }
  });
});

describe('usage errors from commander, in the language of --lang', () => {
  // Each kind of commander error: [arguments, bokmål, English].
  const cases: Array<[string, string[], string, string]> = [
    [
      'unknown option, with a suggestion',
      ['status', '--formt', 'json'],
      'samarbeid: ukjent valg «--formt»; mente du --format?',
      'samarbeid: unknown option "--formt"; did you mean --format?',
    ],
    [
      'unknown option',
      ['validate', '--zzzzzz'],
      'samarbeid: ukjent valg «--zzzzzz»',
      'samarbeid: unknown option "--zzzzzz"',
    ],
    [
      'unknown command, with a suggestion',
      ['statsu'],
      'samarbeid: ukjent kommando «statsu»; mente du status?',
      'samarbeid: unknown command "statsu"; did you mean status?',
    ],
    [
      'unknown command',
      ['record', 'frobnicate'],
      'samarbeid: ukjent kommando «frobnicate»; se «samarbeid record --help»',
      'samarbeid: unknown command "frobnicate"; see "samarbeid record --help"',
    ],
    [
      'missing argument',
      ['record', 'meeting', '--body', 'top', '--date', '08.12.2026'],
      'samarbeid: «samarbeid record meeting» trenger <avtalemappe>',
      'samarbeid: "samarbeid record meeting" needs <folder>',
    ],
    [
      'option missing its value',
      ['status', 'data', '--as-of'],
      'samarbeid: --as-of må ha en verdi (<dato>)',
      'samarbeid: --as-of needs a value (<date>)',
    ],
    [
      'mandatory option missing',
      ['record', 'meeting', 'data/buskerud-2024', '--date', '08.12.2026'],
      'samarbeid: «samarbeid record meeting» trenger --body <organ>',
      'samarbeid: "samarbeid record meeting" needs --body <body>',
    ],
    [
      'invalid choice',
      ['status', 'data', '--format', 'yaml'],
      'samarbeid: --format kan ikke være «yaml»; velg én av: text, json, markdown, html, csv',
      'samarbeid: --format cannot be "yaml"; choose one of: text, json, markdown, html, csv',
    ],
    [
      'too many arguments',
      ['init', 'a', 'b'],
      'samarbeid: «samarbeid init» tar 1 argument, men fikk 2',
      'samarbeid: "samarbeid init" takes 1 argument, but got 2',
    ],
    [
      'arguments to a command that takes none',
      ['schema', 'x'],
      'samarbeid: «samarbeid schema» tar ingen argumenter, men fikk 1',
      'samarbeid: "samarbeid schema" takes no arguments, but got 1',
    ],
  ];

  it.each(cases)('%s: one line, exit 2, in nb and en', (_kind, args, nb, en) => {
    const bokmal = runBin(args);
    expect(bokmal.status).toBe(2);
    expect(bokmal.stderr).toBe(`${nb}\n`);
    expect(bokmal.stdout).toBe('');
    const english = runBin([...args, '--lang', 'en']);
    expect(english.status).toBe(2);
    expect(english.stderr).toBe(`${en}\n`);
  });

  it('nynorsk too', () => {
    expect(runBin(['status', '--formt', '--lang', 'nn']).stderr).toBe(
      'samarbeid: ukjend val «--formt»; meinte du --format?\n',
    );
    expect(runBin(['record', 'meeting', 'x', '--date', '1.1.2026', '--lang', 'nn']).stderr).toBe(
      'samarbeid: «samarbeid record meeting» treng --body <organ>\n',
    );
  });

  it('a bad --lang is a usage error in bokmål', () => {
    const run = runBin(['status', '--lang', 'se']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('samarbeid: --lang kan ikke være «se»; velg én av: nb, nn, en\n');
  });

  it('echoed text stays on one line and free of escape sequences', () => {
    const run = runBin(['status', '--x\u001b[31m\nnext', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toContain('\u001b');
  });
});
