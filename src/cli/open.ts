import { type Opened, type OpenOptions, openFor as open } from '../app/open.js';
import { render } from '../i18n/index.js';
import { terminalSafe } from '../output/sanitize.js';

export type { Opened } from '../app/open.js';

/** The agreements a command works on (src/app/open.ts), saying on stderr where they were found. */
export async function openFor(
  paths: readonly string[],
  options: OpenOptions,
  extra: { full?: boolean; cwd?: string } = {},
): Promise<Opened> {
  const opened = await open(paths, options, extra);
  if (opened.notice) {
    const text = render(opened.notice, opened.lang);
    process.stderr.write(`samarbeid: ${terminalSafe(text)}\n`);
  }
  return opened;
}
