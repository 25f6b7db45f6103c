import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/i18n/index.js';
import { agreementWith, findingsOf } from '../helpers.js';

// SPEC section 2: an action plan's owner is `committee` (the samarbeidsutvalg of people.yaml,
// clause 4), a body id or a working-group id.
const plan = (owner: string) => `schemaVersion: 1
id: plan
title: Handlingsplan
owner: ${owner}
status: draft
`;

const minimalPeople = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'minimal', 'people.yaml'),
  'utf8',
);
const peopleWithCommittee = `${minimalPeople}committee:\n  members: [kontakt-a, kontakt-b]\n`;

const referenceFindings = (overlay: Record<string, string>) =>
  findingsOf(agreementWith(overlay)).filter((f) => f.rule === 'reference');

describe('reference: the owner of an action plan', () => {
  it('committee is accepted when people.yaml has a committee, though no body is called committee', () => {
    expect(
      referenceFindings({ 'action-plans/plan.yaml': plan('committee'), 'people.yaml': peopleWithCommittee }),
    ).toEqual([]);
  });

  it('committee is accepted when a body has that id, as before', () => {
    const agreement = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'minimal', 'agreement.yaml'),
      'utf8',
    );
    expect(
      referenceFindings({
        'agreement.yaml': `${agreement}    committee: { name: Samarbeidsutvalget, meets: null }\n`,
        'action-plans/plan.yaml': plan('committee'),
      }),
    ).toEqual([]);
  });

  it('a body id and a working-group id are accepted', () => {
    expect(referenceFindings({ 'action-plans/plan.yaml': plan('middle') })).toEqual([]);
    expect(
      referenceFindings({
        'action-plans/plan.yaml': plan('gruppe'),
        'working-groups.yaml':
          'schemaVersion: 1\nworkingGroups:\n  - { id: gruppe, name: Gruppe, leader: kontakt-a, members: [kontakt-a, kontakt-b] }\n',
      }),
    ).toEqual([]);
  });

  it('committee with no committee in people.yaml and no body of that id: an error that says what committee means', () => {
    const [finding, ...rest] = referenceFindings({ 'action-plans/plan.yaml': plan('committee') });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', line: 4, message: { id: 'reference.no-committee' } });
    expect(finding?.file).toMatch(/action-plans\/plan\.yaml$/);
    const nb = render(finding!.message, 'nb');
    expect(nb).toContain('samarbeidsutvalget i people.yaml');
    expect(render(finding!.message, 'nn')).toContain('samarbeidsutvalet i people.yaml');
    expect(render(finding!.message, 'en')).toContain('committee (samarbeidsutvalg) of people.yaml');
  });

  it('a misspelt committee is suggested when people.yaml has a committee', () => {
    const [finding] = referenceFindings({
      'action-plans/plan.yaml': plan('comittee'),
      'people.yaml': peopleWithCommittee,
    });
    expect(render(finding!.message, 'nb')).toBe(
      'Ukjent organ, arbeidsgruppe eller samarbeidsutvalg «comittee»; mente du «committee»?',
    );
  });

  it('an unknown owner names all three kinds it could be', () => {
    const [finding] = referenceFindings({ 'action-plans/plan.yaml': plan('ledergruppe') });
    expect(finding).toMatchObject({ line: 4 });
    expect(render(finding!.message, 'nb')).toBe(
      'Ukjent organ, arbeidsgruppe eller samarbeidsutvalg «ledergruppe»',
    );
  });
});
