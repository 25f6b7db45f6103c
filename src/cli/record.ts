import { type Command, Option } from 'commander';
import { asCalendarDate, type CalendarDate, parseCalendarDate } from '../dates.js';
import { UsageError } from './context.js';
import type { RecordCommon } from './record-run.js';

// The editing code (the YAML parser, diff) is loaded only when a record command runs.
const recordRun = () => import('./record-run.js');

function date(value: string, option = '--date'): CalendarDate {
  if (parseCalendarDate(value) === null)
    throw new UsageError({ id: 'cli.bad-date', params: { option, value } });
  return asCalendarDate(value);
}

const common = (command: Command) =>
  command
    .option('--dry-run', 'print the change as a diff instead of writing it')
    .option('--as-of <date>', 'validate as of this date (default: today in Europe/Oslo)');

export function registerRecord(program: Command): void {
  const record = program
    .command('record')
    .description('record what happened: meetings, evaluations, reports, measures and actions done')
    .addHelpText(
      'after',
      `
Every record command edits the YAML in place (comments and formatting are kept), validates the
agreement as it would be after the edit, and writes nothing if that has errors.`,
    );

  common(
    record
      .command('meeting <folder>')
      .description('add a meeting to meetings/<year>.yaml, or mark a planned one as held')
      .requiredOption('--body <body>', 'the body or working group')
      .requiredOption('--date <date>', 'the date (YYYY-MM-DD)')
      .addOption(
        new Option('--status <status>', 'held, planned or cancelled')
          .choices(['held', 'planned', 'cancelled'])
          .default('held'),
      )
      .option('--host <party>', 'the hosting party (default for rotating bodies: whose turn it is)')
      .option('--id <id>', 'the meeting id (default: <date>-<body>)')
      .option('--title <title>', 'a title for the meeting'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  samarbeid record meeting data/buskerud-2024 --body top --date 2026-12-08\n  samarbeid record meeting . --body middle --date 2027-02-10 --status planned',
    )
    .action(async (folder: string, _o: unknown, command: Command) => {
      const o = command.optsWithGlobals<
        RecordCommon & {
          body: string;
          date: string;
          status: 'held' | 'planned' | 'cancelled';
          host?: string;
          id?: string;
          title?: string;
        }
      >();
      const d = date(o.date);
      const { runRecord, planMeeting } = await recordRun();
      await runRecord(folder, o, (data, texts) =>
        planMeeting(data, texts, {
          body: o.body,
          date: d,
          status: o.status,
          host: o.host,
          id: o.id,
          title: o.title,
        }),
      );
    });

  common(
    record
      .command('evaluation <folder>')
      .description(
        'record an evaluation of an action plan (--plan) or the annual evaluation of the agreement (--agreement)',
      )
      .option('--plan <plan>', 'the action plan evaluated')
      .option('--agreement', 'the annual evaluation of results (evaluations.yaml)')
      .requiredOption('--date <date>', 'the date (YYYY-MM-DD)')
      .option('--summary <text>', 'a short summary')
      .option('--meeting <meeting>', 'the meeting where it was done'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  samarbeid record evaluation . --plan handlingsplan-samarbeidsutvalget --date 2027-02-09 --meeting 2027-02-09-middle\n  samarbeid record evaluation . --agreement --date 2026-12-10 --summary "Årsrapport 2026"',
    )
    .action(async (folder: string, _o: unknown, command: Command) => {
      const o = command.optsWithGlobals<
        RecordCommon & {
          plan?: string;
          agreement?: boolean;
          date: string;
          summary?: string;
          meeting?: string;
        }
      >();
      if (Boolean(o.plan) === Boolean(o.agreement)) throw new UsageError({ id: 'edit.plan-or-agreement' });
      const d = date(o.date);
      const { runRecord, planEvaluation } = await recordRun();
      await runRecord(folder, o, (data, texts) =>
        planEvaluation(data, texts, { plan: o.plan, date: d, summary: o.summary, meeting: o.meeting }),
      );
    });

  common(
    record
      .command('report <folder>')
      .description("record a working group's report to the committee")
      .requiredOption('--group <group>', 'the working group')
      .requiredOption('--date <date>', 'the date (YYYY-MM-DD)')
      .option('--summary <text>', 'a short summary'),
  )
    .addHelpText(
      'after',
      '\nExample:\n  samarbeid record report . --group ungdom-opplaering --date 2026-12-15 --summary "Status høsten 2026"',
    )
    .action(async (folder: string, _o: unknown, command: Command) => {
      const o = command.optsWithGlobals<RecordCommon & { group: string; date: string; summary?: string }>();
      const d = date(o.date);
      const { runRecord, planReport } = await recordRun();
      await runRecord(folder, o, (data, texts) =>
        planReport(data, texts, { group: o.group, date: d, summary: o.summary }),
      );
    });

  common(
    record
      .command('done <folder>')
      .description('mark a measure (--measure PLAN/ID) or a meeting action (--action MEETING/ID) as done')
      .option('--measure <plan/id>', 'the measure')
      .option('--action <meeting/id>', 'the action')
      .requiredOption('--date <date>', 'the date it was done (YYYY-MM-DD)'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  samarbeid record done . --measure handlingsplan-samarbeidsutvalget/flerpartsveiledning --date 2026-11-20\n  samarbeid record done . --action 2026-06-04-middle/rapportmal --date 2026-11-20',
    )
    .action(async (folder: string, _o: unknown, command: Command) => {
      const o = command.optsWithGlobals<RecordCommon & { measure?: string; action?: string; date: string }>();
      if (Boolean(o.measure) === Boolean(o.action)) throw new UsageError({ id: 'edit.measure-or-action' });
      const d = date(o.date);
      const { runRecord, planDone } = await recordRun();
      await runRecord(folder, o, (data, texts) =>
        planDone(data, texts, { measure: o.measure, action: o.action, date: d }),
      );
    });
  for (const sub of record.commands) sub.exitOverride();
  record.exitOverride();
}
