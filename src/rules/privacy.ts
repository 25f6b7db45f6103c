import { findIdentityNumbers } from '../identity-number.js';
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
};

export const privacyRule: TextRule = {
  ...meta,
  scope: 'text',
  messages: {
    'privacy.identity-number': {
      nb: 'Ser ut som et fødselsnummer eller D-nummer ({masked}); slike opplysninger hører ikke hjemme her (pkt. 7)',
      nn: 'Ser ut som eit fødselsnummer eller D-nummer ({masked}); slike opplysningar høyrer ikkje heime her (pkt. 7)',
      en: 'Looks like a national identity number or D-number ({masked}); such data does not belong here (clause 7)',
    },
    'privacy.in-name': {
      nb: 'Navnet på {what} ser ut til å inneholde et fødselsnummer eller D-nummer ({masked}); gi den et annet navn (pkt. 7)',
      nn: 'Namnet på {what} ser ut til å innehalde eit fødselsnummer eller D-nummer ({masked}); gi ho eit anna namn (pkt. 7)',
      en: 'The name of {what} seems to hold a national identity number or D-number ({masked}); rename it (clause 7)',
    },
    'privacy.word.folder': { nb: 'avtalemappen', nn: 'avtalemappa', en: 'the agreement folder' },
    'privacy.word.file': { nb: 'filen', nn: 'fila', en: 'the file' },
  },
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
export const privacyValuesRule: DataRule = {
  ...meta,
  scope: 'data',
  needs: [],
  messages: {},
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
export const privacyNamesRule: NameRule = {
  ...meta,
  scope: 'names',
  messages: {},
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
