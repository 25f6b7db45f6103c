import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/load/read-text.js';
import { agreementWith, badFixture, FIXTURES, findingsOf } from '../helpers.js';

// One folder per fault under tests/fixtures/bad, each laid over the minimal valid agreement.
// [fixture, rule, file, line, severity]
const CASES: Array<[string, string, string, number, 'error' | 'warning']> = [
  ['yaml-syntax', 'yaml-syntax', 'agreement.yaml', 5, 'error'],
  ['duplicate-key', 'duplicate-key', 'people.yaml', 7, 'error'],
  ['tab-indent', 'yaml-tab', 'people.yaml', 3, 'error'],
  ['custom-tag', 'yaml-tag', 'meetings/2026.yaml', 5, 'error'],
  ['alias-bomb', 'yaml-alias', 'meetings/2026.yaml', 3, 'error'],
  ['empty-file', 'empty-file', 'meetings/2026.yaml', 1, 'error'],
  ['not-a-map', 'schema', 'evaluations.yaml', 1, 'error'],
  ['multiple-documents', 'yaml-multiple-documents', 'evaluations.yaml', 3, 'error'],
  ['missing-people', 'missing-file', 'people.yaml', 1, 'error'],
  ['unknown-key', 'schema', 'agreement.yaml', 9, 'error'],
  ['missing-key', 'schema', 'agreement.yaml', 1, 'error'],
  ['wrong-type', 'schema', 'evaluations.yaml', 5, 'error'],
  ['impossible-date', 'schema', 'evaluations.yaml', 3, 'error'],
  ['bad-id', 'schema', 'working-groups.yaml', 3, 'error'],
  ['bad-cadence', 'schema', 'agreement.yaml', 11, 'error'],
  ['unknown-reference', 'reference', 'meetings/2026.yaml', 4, 'error'],
  ['duplicate-id', 'unique-id', 'meetings/2026.yaml', 4, 'error'],
  ['duplicate-record-meeting', 'duplicate-record', 'meetings/2026.yaml', 4, 'error'],
  ['duplicate-record-report', 'duplicate-record', 'working-groups.yaml', 9, 'error'],
  ['duplicate-record-plan-evaluation', 'duplicate-record', 'action-plans/plan.yaml', 8, 'error'],
  ['duplicate-record-agreement-evaluation', 'duplicate-record', 'evaluations.yaml', 4, 'error'],
  ['contact-missing', 'contacts', 'people.yaml', 6, 'error'],
  ['contact-wrong-party', 'contacts', 'people.yaml', 7, 'error'],
  ['secretariat-two-from-one-party', 'secretariat', 'people.yaml', 9, 'error'],
  ['committee-missing-leader', 'committee', 'people.yaml', 11, 'error'],
  ['working-group-one-party', 'working-group-parties', 'working-groups.yaml', 6, 'warning'],
  ['adoption-not-held', 'adoption', 'action-plans/plan.yaml', 6, 'error'],
  ['retirement-not-held', 'retirement', 'action-plans/plan.yaml', 7, 'error'],
  ['adoption-wrong-body', 'adoption', 'action-plans/plan.yaml', 6, 'error'],
  ['sub-agreement-unapproved', 'sub-agreement-approval', 'sub-agreements.yaml', 6, 'warning'],
  ['held-in-future', 'held-in-future', 'meetings/2026.yaml', 3, 'error'],
  ['future-record', 'future-record', 'evaluations.yaml', 3, 'error'],
  ['stale-planned', 'stale-planned', 'meetings/2026.yaml', 3, 'warning'],
  ['minutes-not-found', 'minutes-not-found', 'meetings/2026.yaml', 7, 'error'],
  ['minutes-approval', 'minutes-approval', 'meetings/2026.yaml', 7, 'error'],
  ['host-repeat', 'host-rotation', 'meetings/2026.yaml', 3, 'warning'],
  ['host-planned-wrong', 'host-rotation', 'meetings/2026.yaml', 3, 'warning'],
  ['meeting-wrong-year-file', 'meeting-file-year', 'meetings/2026.yaml', 4, 'warning'],
  ['until-before-from', 'validity', 'agreement.yaml', 9, 'error'],
  ['side-unknown', 'sides', 'agreement.yaml', 6, 'error'],
  ['membership-left-before-joined', 'membership', 'agreement.yaml', 6, 'error'],
  ['host-not-member', 'membership', 'meetings/2026.yaml', 3, 'error'],
  ['withdrawal-left-too-early', 'withdrawal', 'agreement.yaml', 6, 'warning'],
  ['seats-too-many', 'seats', 'agreement.yaml', 16, 'error'],
  ['seats-vacant', 'seats', 'agreement.yaml', 16, 'warning'],
  ['quorum-short', 'quorum', 'meetings/2026.yaml', 9, 'warning'],
  ['body-links', 'body-links', 'agreement.yaml', 16, 'error'],
  ['role-form', 'roles', 'agreement.yaml', 16, 'error'],
  ['role-rotate-form', 'roles', 'agreement.yaml', 15, 'error'],
  ['role-unknown-in-order', 'roles', 'agreement.yaml', 22, 'error'],
  ['role-opposite-three-sides', 'roles', 'agreement.yaml', 20, 'error'],
  ['role-override-period', 'role-override', 'agreement.yaml', 17, 'error'],
  ['role-host-wrong', 'role-host', 'meetings/2026.yaml', 3, 'warning'],
  ['role-unknown-key', 'schema', 'agreement.yaml', 15, 'error'],
  ['supersedes-unknown', 'supersedes', 'agreement.yaml', 9, 'error'],
  ['identity-number', 'privacy', 'evaluations.yaml', 4, 'error'],
  ['control-character', 'control-character', 'evaluations.yaml', 4, 'error'],
  ['duty-elsewhere', 'duties', 'agreement.yaml', 18, 'error'],
];

const relative = (file: string) => file.replace(/^.*?agreement\//, '');

describe('broken fixtures: each fault gives its finding at its place', () => {
  it.each(CASES)('%s: %s at %s line %i', (fixture, rule, file, line, severity) => {
    const findings = findingsOf(badFixture(fixture));
    const hit = findings.find((f) => f.rule === rule && relative(f.file) === file && f.line === line);
    expect(hit, JSON.stringify(findings.map((f) => [f.rule, relative(f.file), f.line]))).toBeDefined();
    expect(hit?.severity).toBe(severity);
  });

  it('every fixture folder has a case', () => {
    const folders = readdirSync(join(FIXTURES, 'bad')).sort();
    expect(folders).toEqual(CASES.map((c) => c[0]).sort());
  });

  it('the minimal fixture itself is clean', () => {
    expect(findingsOf(agreementWith())).toEqual([]);
  });

  it('a file over the size limit is refused unread', () => {
    const folder = agreementWith();
    writeFileSync(join(folder, 'evaluations.yaml'), `schemaVersion: 1\n#${'x'.repeat(MAX_FILE_BYTES)}\n`);
    const [finding] = findingsOf(folder);
    expect(finding).toMatchObject({ rule: 'file-too-large', line: 1 });
  });

  it('binary garbage is refused as not text', () => {
    const folder = agreementWith();
    writeFileSync(join(folder, 'evaluations.yaml'), Buffer.from([0x73, 0x00, 0xff, 0xfe, 0x00, 0x01]));
    expect(findingsOf(folder).map((f) => f.rule)).toEqual(['file-binary']);
  });

  it('invalid UTF-8 is refused as not text', () => {
    const folder = agreementWith();
    writeFileSync(join(folder, 'evaluations.yaml'), Buffer.from([0x73, 0x3a, 0x20, 0xc3, 0x28]));
    expect(findingsOf(folder).map((f) => f.rule)).toEqual(['file-binary']);
  });

  it('the identity-number finding never shows the whole number', () => {
    const findings = findingsOf(badFixture('identity-number'));
    const text = JSON.stringify(findings);
    expect(text).not.toContain('01019010127');
    expect(text).not.toContain('010190 10046');
    expect(text).toContain('******10127');
  });
});
