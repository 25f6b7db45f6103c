import type { MinutesLookup } from '../../src/model/minutes-ref.js';
import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

// SPEC section 10: minutes are "a link or a path in the repository"; a path must name a file in
// the agreement folder. With `files`, the real loader looks the paths up; with `data`, the
// lookups are given (the rule is pure and never touches the disk).
const minutes = (...values: string[]) => ({
  'meetings/2026.yaml': `schemaVersion: 1\nmeetings:\n${values
    .map((v, i) => `  - { id: m${i}, body: middle, date: 2026-0${i + 1}-10, status: held, minutes: '${v}' }`)
    .join('\n')}\n`,
});
const looked = (value: string | { ref: string }, lookup?: MinutesLookup) => {
  const ref = typeof value === 'string' ? value : value.ref;
  return {
    data: makeData({ meetings: [{ body: 'middle', date: '2026-01-10', minutes: value }] }),
    minutesFiles: lookup ? { [ref]: lookup } : {},
  };
};
const AT = ['meetings', 0, 'minutes'];

testRule('minutes-not-found', {
  valid: [
    {
      name: 'a path to a file of the folder, a link, another scheme and a two-letter scheme',
      files: {
        ...minutes('referat/a.pdf', 'https://example.org/r.pdf', 'mailto:post@example.org', 'ab:c'),
        'referat/a.pdf': '%PDF',
      },
    },
    { name: 'no minutes (an empty path)', files: minutes('') },
    { name: 'a path the loader did not look up is not judged', ...looked('referat/a.pdf') },
  ],
  invalid: [
    {
      name: 'a path that names no file (fixture minutes-not-found)',
      fixture: 'minutes-not-found',
      findings: [
        {
          id: 'minutes-not-found.missing',
          file: 'meetings/2026.yaml',
          path: AT,
          params: { path: 'referat/2026-03-04.pdf' },
          shown: {
            nb: 'Referatet «referat/2026-03-04.pdf» finnes ikke: en sti i «minutes» leses fra avtalemappen; legg filen der, rett stien eller skriv en lenke (https://…)',
          },
        },
      ],
    },
    {
      name: 'the object form is judged at its ref',
      ...looked({ ref: 'referat/b.pdf' }, { state: 'missing' }),
      findings: [
        { id: 'minutes-not-found.missing', path: [...AT, 'ref'], params: { path: 'referat/b.pdf' } },
      ],
    },
    {
      name: 'a path out of the folder, and a folder, as the loader finds them',
      files: { ...minutes('../x.pdf', 'referat'), 'referat/a.pdf': '%PDF' },
      findings: [
        {
          id: 'minutes-not-found.outside',
          path: AT,
          params: { path: '../x.pdf' },
          shown: {
            nb: 'Referatet «../x.pdf» ligger utenfor avtalemappen og blir ikke sjekket; legg det i avtalemappen eller skriv en lenke (https://…)',
          },
        },
        {
          id: 'minutes-not-found.not-a-file',
          path: ['meetings', 1, 'minutes'],
          params: { path: 'referat', kind: { ref: 'files.kind.directory' } },
          shown: {
            nb: 'Referatet «referat» er ikke en vanlig fil, men en mappe; skriv stien til selve referatet',
          },
        },
      ],
    },
    {
      name: 'absolute paths of each kind, without a lookup; a one-letter scheme is a drive',
      files: minutes('/srv/r.pdf', 'C:\\Referat\\r.pdf', '\\\\server\\share\\r.pdf', 'c:r.pdf'),
      findings: [
        {
          id: 'minutes-not-found.absolute',
          path: AT,
          params: { path: '/srv/r.pdf' },
          shown: {
            nb: 'Referatet «/srv/r.pdf» har en absolutt sti, som bare finnes på én maskin; skriv stien fra avtalemappen (for eksempel referat/2026-03-04.pdf) eller en lenke (https://…)',
          },
        },
        { id: 'minutes-not-found.absolute', params: { path: 'C:\\Referat\\r.pdf' } },
        { id: 'minutes-not-found.absolute', params: { path: '\\\\server\\share\\r.pdf' } },
        { id: 'minutes-not-found.absolute', params: { path: 'c:r.pdf' } },
      ],
    },
    {
      name: 'a path that cannot be looked up',
      ...looked('låst/x.pdf', { state: 'unreadable', code: 'EACCES' }),
      findings: [
        {
          id: 'minutes-not-found.unreadable',
          file: 'meetings/all.yaml',
          path: AT,
          params: { path: 'låst/x.pdf', code: 'EACCES' },
          shown: { nb: 'Referatet «låst/x.pdf» kan ikke sjekkes (EACCES)' },
        },
      ],
    },
  ],
});
