import { remindOf } from '../app/remind.js';
import { render } from '../i18n/index.js';
import type { Message } from '../model/finding.js';
import { outputText } from '../output/emit.js';
import { REMIND_EXTENSIONS, type RemindView, remindFormatter } from '../output/remind.js';
import { terminalSafe } from '../output/sanitize.js';
import { norwegianPublicHolidays } from '../remind/norwegian-holidays.js';
import { makeChalk, translator, UsageError } from './context.js';
import { csvOptions } from './csv-options.js';
import { openFor } from './open.js';
import type { RemindOptions } from './remind.js';
import { writeOutFiles } from './remind-out.js';
import { specFrom } from './spec.js';

// An id may be eleven digits (ids are kebab-case): a file name is output too, masked without the
// asterisks that some file systems refuse.
const outFileName = (id: string) => outputText(id).replace(/\*/g, 'x');

// Days ahead: more than 27 years is a typing error, and the message says where the limit is.
const MAX_WITHIN = 9999;

function parseWithin(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value))
    throw new UsageError({
      id: 'cli.bad-number',
      params: { option: '--within', value, min: 0, max: MAX_WITHIN },
    });
  return Number(value);
}

export async function runRemind(paths: string[], options: RemindOptions): Promise<void> {
  const spec = specFrom(options);
  const within = parseWithin(options.within);
  const csv = csvOptions(options.delimiter);
  const { workspace, lang } = await openFor(paths, options);
  const t = translator(lang);
  const { entries, folders, invalid } = remindOf(workspace, spec, within, norwegianPublicHolidays());
  for (const path of invalid)
    process.stderr.write(`samarbeid: ${terminalSafe(t('status.invalid', { path }))}\n`);
  const view: RemindView = {
    asOf: spec.asOf,
    entries,
    lang,
    render: (m: Message) => render(m, lang),
    t,
    explain: Boolean(options.explain),
  };
  const format = await remindFormatter(options.format, csv);
  const chalk = makeChalk(options);
  if (!options.out) process.stdout.write(format(view, chalk));
  else {
    const files = entries.map((entry, i) => ({
      id: outFileName(entry.id),
      folder: folders[i] ?? '',
      text: () => outputText(format({ ...view, entries: [entry] }, makeChalk({ color: false }))),
    }));
    for (const path of writeOutFiles(options.out, REMIND_EXTENSIONS[options.format], files))
      process.stderr.write(`${t('cli.wrote', { path })}\n`);
  }
  process.exitCode = invalid.length > 0 ? 1 : 0;
}
