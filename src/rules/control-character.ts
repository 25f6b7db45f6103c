import { controlCharacterMessages } from '../i18n/rules/control-character.js';
import type { RuleFinding } from '../model/finding.js';
import { visitDataStrings } from './data-strings.js';
import { type DataRule, reporter, type TextRule } from './rule.js';

// SPEC section 7: data text must never steer a terminal, a log or a reader. Control characters
// (C0 other than tab, line feed and carriage return; DEL; C1) and the bidirectional controls that
// reorder what is shown (the "Trojan Source" characters) have no place in agreement data, whether
// written raw or as YAML escapes ("\e", "\x1b", "\u202e"). Outputs show them harmlessly anyway;
// this finding asks for them to be removed at the source.
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const ANY_CONTROL = new RegExp(CONTROL.source);

const code = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const meta = {
  id: 'control-character',
  severity: 'error' as const,
  description:
    'No text holds a control character (C0 other than tab and line breaks, DEL, C1) or a bidirectional control, raw or as a YAML escape.',
  messages: controlCharacterMessages,
};

export const controlCharacterRule: TextRule<typeof controlCharacterMessages> = {
  ...meta,
  scope: 'text',
  check(file, text) {
    const report = reporter(this);
    return [...text.matchAll(CONTROL)].map((m) => ({
      ...report(file, [], 'control-character.found', { code: code(m[0]) }),
      offset: m.index ?? 0,
    }));
  },
};

/** Control characters that only the parsed values show: written as YAML escapes. */
export const controlCharacterValuesRule: DataRule<typeof controlCharacterMessages> = {
  ...meta,
  scope: 'data',
  needs: [],
  check({ data, texts }) {
    const report = reporter(this);
    const out: RuleFinding[] = [];
    visitDataStrings(data, (file, path, key, text) => {
      if (!ANY_CONTROL.test(text)) return;
      const found = text.match(CONTROL) ?? [];
      const raw = texts.get(file) ?? '';
      for (const c of new Set(found))
        if (!raw.includes(c))
          out.push(report(file, [...path], 'control-character.found', { code: code(c) }, { atKey: key }));
    });
    return out;
  },
};
