import { privacyMessages } from '../i18n/rules/privacy.js';
import { findIdentityNumbers } from '../identity/number.js';
import type { RuleFinding } from '../model/finding.js';
import { visitDataStrings } from './data-strings.js';
import { AGREEMENT } from './lookup.js';
import { type DataRule, type NameRule, reporter, type TextRule } from './rule.js';

// Clause 7 (GDPR) and data minimisation: agreement data is kept in git, where a national identity
// number would stay in the history for good. One rule code, three places to look: the raw text
// (comments included), the values as YAML reads them (escapes, folded lines), and the names of the
// folder and its files. The finding shows only the masked number.
const meta = {
  id: 'privacy',
  severity: 'error' as const,
  description:
    'No text, comments, values, folder or file names hold a Norwegian national identity number or D-number (a real date and both mod-11 control digits, however it is written); the finding masks it.',
  messages: privacyMessages,
};

export const privacyRule: TextRule<typeof privacyMessages> = {
  ...meta,
  scope: 'text',
  check(file, text) {
    const report = reporter(this);
    return findIdentityNumbers(text).map((m) => ({
      ...report(file, [], 'privacy.identity-number', { masked: m.masked }),
      offset: m.offset,
    }));
  },
};

const maskedIn = (text: string) => new Set(findIdentityNumbers(text).map((m) => m.masked));

/** Numbers that only the parsed values show: written with YAML escapes or split by a line break. */
export const privacyValuesRule: DataRule<typeof privacyMessages> = {
  ...meta,
  scope: 'data',
  needs: [],
  check({ data, texts }) {
    const report = reporter(this);
    const seen = new Map<string, Set<string>>();
    const inRaw = (file: string) => {
      const found = seen.get(file) ?? maskedIn(texts.get(file) ?? '');
      seen.set(file, found);
      return found;
    };
    const out: RuleFinding[] = [];
    visitDataStrings(data, (file, path, key, text) => {
      // Most strings are ids, dates and short names: too short to hold eleven digits.
      if (text.length < 11) return;
      for (const m of findIdentityNumbers(text))
        if (!inRaw(file).has(m.masked))
          out.push(report(file, [...path], 'privacy.identity-number', { masked: m.masked }, { atKey: key }));
    });
    return out;
  },
};

/** A folder or file named after a number would print it wherever the path is shown. */
export const privacyNamesRule: NameRule<typeof privacyMessages> = {
  ...meta,
  scope: 'names',
  check(folder, files) {
    const report = reporter(this);
    const masked = new Set(folder.flatMap((name) => findIdentityNumbers(name).map((m) => m.masked)));
    return [
      ...[...masked].map((m) =>
        report(AGREEMENT, [], 'privacy.in-name', { what: { ref: 'privacy.word.folder' }, masked: m }),
      ),
      ...files.flatMap((file) =>
        findIdentityNumbers(file).map((m) =>
          report(file, [], 'privacy.in-name', { what: { ref: 'privacy.word.file' }, masked: m.masked }),
        ),
      ),
    ];
  },
};
