import { findIdentityNumbers } from '../identity/number.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import { placeInSource } from '../load/place-finding.js';
import type { SourceFile } from '../load/source.js';
import type { Finding, RuleFinding } from '../model/finding.js';
import { controlCharacterRule } from '../rules/control-character.js';
import { visitStrings } from '../rules/data-strings.js';
import { privacyRule } from '../rules/privacy.js';
import { reporter } from '../rules/rule.js';

// The workspace config is committed with the agreements, and its text reaches the same places:
// git's history, the findings, a pull request's diff. So its raw text, comments included, gets the
// rules that read every agreement file's raw text (an identity number, a control character), and
// its values the privacy rule's second look (a number written with YAML escapes). Issue 24.

/** The findings of the raw-text rules, and of the privacy rule on the values, in one config file. */
export function configTextFindings(source: SourceFile & { text: string }, parsed: ParsedYaml): Finding[] {
  const found: RuleFinding[] = [
    ...privacyRule.check(source.file, source.text),
    ...controlCharacterRule.check(source.file, source.text),
  ];
  if (parsed.value !== undefined) {
    const inRaw = new Set(findIdentityNumbers(source.text).map((m) => m.masked));
    const report = reporter(privacyRule);
    visitStrings(parsed.value, source.file, (file, path, key, text) => {
      if (text.length < 11) return;
      for (const m of findIdentityNumbers(text))
        if (!inRaw.has(m.masked))
          found.push(
            report(file, [...path], 'privacy.identity-number', { masked: m.masked }, { atKey: key }),
          );
    });
  }
  return found.map((f) => placeInSource({ ...source, parsed }, f));
}
