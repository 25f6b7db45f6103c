import { type Command, Option } from 'commander';
import type { Translate } from '../i18n/message.js';
import { dateOption, UsageError } from './context.js';
import { helpFor, wrap } from './help-text.js';
import { type OptionSpec, RECORD_KINDS, type RecordKind } from './record-commands.js';
import type { RecordCommon } from './record-run.js';

// The editing code (the YAML parser, diff) is loaded only when a record command runs.
const recordRun = () => import('./record-run.js');

const camel = (flags: string) =>
  (/--([a-z-]+)/.exec(flags)?.[1] ?? '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function result(value: string): { area: string; text: string } {
  const at = value.indexOf('=');
  const area = value.slice(0, at).trim();
  const text = value.slice(at + 1).trim();
  if (at < 1 || !area || !text) throw new UsageError({ id: 'edit.bad-result', params: { value } });
  return { area, text };
}

/** Option values as the planners take them: dates checked and read, lists split. */
function values(kind: RecordKind, o: Record<string, unknown>): Record<string, unknown> {
  const out = { ...o };
  for (const spec of kind.options) {
    const key = camel(spec.flags);
    const value = o[key];
    if (value === undefined) continue;
    const flag = spec.flags.split(' ')[0] ?? spec.flags;
    if (spec.kind === 'date') out[key] = dateOption(String(value), flag);
    if (spec.kind === 'list')
      out[key] = String(value)
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
    if (spec.kind === 'repeat') out[key] = (value as string[]).map(result);
  }
  return out;
}

function option(spec: OptionSpec, say: Translate): Option {
  const made = new Option(spec.flags, say(spec.description));
  if (spec.required) made.makeOptionMandatory();
  if (spec.choices) made.choices(spec.choices);
  if (spec.default !== undefined) made.default(spec.default);
  if (spec.kind === 'repeat') made.argParser((v: string, all: string[] = []) => [...all, v]);
  return made;
}

export function registerRecord(program: Command): void {
  const help = helpFor(program);
  const record = program
    .command('record')
    .description(help.t('help.record.description'))
    .addHelpText('after', () => `\n${wrap(help.t('help.record.about'))}`);
  for (const kind of RECORD_KINDS) {
    const command = record.command(`${kind.name} <folder>`).description(help.t(kind.description));
    for (const spec of kind.options) command.addOption(option(spec, help.t));
    command
      .option('--dry-run', help.t('help.record.dry-run'))
      .option('--as-of <date>', help.t('help.record.as-of'))
      .addHelpText('after', () => help.examples(kind.examples.map((e) => [e])))
      .action(async (folder: string, _o: unknown, cmd: Command) => {
        const o = cmd.optsWithGlobals<RecordCommon & Record<string, unknown>>();
        if (kind.oneOf) {
          const [a, b, oneOf] = kind.oneOf;
          if (Boolean(o[a]) === Boolean(o[b])) throw new UsageError({ id: oneOf });
        }
        const given = values(kind, o);
        const run = await recordRun();
        await run.runRecord(folder, o, kind.plan(given, run));
      });
  }
  for (const sub of record.commands) sub.exitOverride();
  record.exitOverride();
}
