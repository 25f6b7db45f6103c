import { Chalk, type ChalkInstance, supportsColor } from 'chalk';
import { UsageError } from '../app/usage-error.js';
import { type CalendarDate, FIRST_YEAR, LAST_YEAR, parseDateArgument, todayInOslo } from '../dates.js';
import { LANGS, type Lang, type Translate, t } from '../i18n/index.js';
import type { Message } from '../model/finding.js';

export { UsageError } from '../app/usage-error.js';

export interface GlobalOptions {
  lang?: string;
  color?: boolean;
  /** false with --no-cache. */
  cache?: boolean;
}

export function parseAsOf(value: string | undefined): CalendarDate {
  if (value === undefined) return todayInOslo();
  return dateOption(value, '--as-of');
}

/** A date option's value, YYYY-MM-DD or DD.MM.YYYY; anything else is a usage error. */
export function dateOption(value: string, option: string): CalendarDate {
  const date = parseDateArgument(value);
  // The message gives the years samarbeid takes (SPEC section 2): 9999-12-31 is a real date too.
  const first = { date: `${FIRST_YEAR}-01-01` };
  const last = { date: `${LAST_YEAR}-12-31` };
  if (date === null) throw new UsageError({ id: 'cli.bad-date', params: { option, value, first, last } });
  return date;
}

export { pickLang } from '../app/open.js';

// NO_COLOR (no-color.org) and --no-color win; FORCE_COLOR forces; otherwise colour on a terminal.
export function makeChalk(
  options: GlobalOptions,
  stream: NodeJS.WriteStream = process.stdout,
): ChalkInstance {
  const env = process.env;
  if (options.color === false || (env.NO_COLOR ?? '') !== '') return new Chalk({ level: 0 });
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') {
    const forced =
      env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : Math.min(Number(env.FORCE_COLOR) || 1, 3);
    return new Chalk({ level: forced as 0 | 1 | 2 | 3 });
  }
  return new Chalk({ level: stream.isTTY && supportsColor ? supportsColor.level : 0 });
}

export function translator(lang: Lang): Translate {
  return (id, ...params) => t(id, lang, ...params);
}

/** A failed write (full disk, permissions) is one line and exit 2; the atomic writer left the file as it was. */
export function writing<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    // A refusal of the writer (edit/change.ts), known by its name so that start-up loads no editing code.
    const refusal = error as { name?: string; detail?: Message };
    if (refusal.name === 'Refusal' && refusal.detail) throw new UsageError(refusal.detail);
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError({ id: 'cli.write-failed', params: { path, code } });
  }
}
