import { maskIdentityNumbers } from '../identity/number.js';
import type { FindingsView } from './findings-text.js';
import { showHidden } from './sanitize.js';

// GitHub's workflow-command escaping (actions/toolkit, core/src/command.ts): data escapes %, CR and
// LF; property values also escape ':' and ','. Without it a message could end the command and start
// another ("::add-mask::", "::stop-commands::"). Identity numbers are masked first, so that no escape
// can split one; control, bidi and invisible characters are then shown, never passed to the log.
export const escapeData = (s: string) =>
  showHidden(maskIdentityNumbers(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function findingsGithub(view: FindingsView): string {
  return view.findings
    .map((f) => {
      const props = Object.entries({ file: f.file, line: f.line, col: f.column, title: f.rule })
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
      return `::${f.severity} ${props}::${escapeData(view.render(f))}\n`;
    })
    .join('');
}
