import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { type Message, message, type Placeholders, ref } from '../../src/i18n/message.js';
import { minutesMissingRule } from '../../src/rules/minutes-missing.js';
import { reporter } from '../../src/rules/rule.js';

// What tsc rejects (npm test runs it over tests/ too): each `@ts-expect-error` below must meet
// an error, or tsc fails for the unused directive. The calls do not run.

type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_: Equal<A, B>) => {};

function rejected() {
  // @ts-expect-error an id no catalogue defines
  const unknown: Message = { id: 'minutes-missing.meetng', params: {} };
  // @ts-expect-error a text with {id}, {date} and {days} lacks {date}
  const unfilled: Message = { id: 'minutes-missing.meeting', params: { id: 'm', days: 14 } };
  // @ts-expect-error the parameters of a text with placeholders are not optional
  const none: Message = { id: 'minutes-missing.meeting' };
  // @ts-expect-error a count ({n|møte|møter}) is a number
  message('validate.clean', { agreements: 'two' });
  // @ts-expect-error t() takes ids of the catalogue only
  t('status.col-stat', 'nb');
  // @ts-expect-error a word is an id too
  ref('kind.nothing');
  const report = reporter(minutesMissingRule);
  // @ts-expect-error a rule reports with its own messages only, not another rule's
  report('f.yaml', [], 'adoption.missing');
  return [unknown, unfilled, none];
}

describe('message ids and parameters are types', () => {
  it('placeholders are read off the text, counts included, YAML braces not', () => {
    same<Placeholders<'{n} {n|a|b} of {file}'>, 'n' | 'file'>(true);
    same<Placeholders<'a list or map cannot stand inside [ ] or { }'>, never>(true);
    same<Placeholders<'{ id: {x} }'>, 'x'>(true);
    expect(typeof rejected).toBe('function');
  });
});
