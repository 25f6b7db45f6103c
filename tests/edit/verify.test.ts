import { describe, expect, it } from 'vitest';
import { EditNotVerified, type FileEdit } from '../../src/edit/change.js';
import { verifyEdit } from '../../src/edit/verify.js';

const BEFORE = `meetings:
  - id: a
    actions:
      - x
  - id: b
`;
const edit = (after: string, ops: FileEdit['ops'], before = BEFORE): FileEdit => ({
  file: 'm.yaml',
  before,
  after,
  ops,
});
const TITLE: FileEdit['ops'] = [{ op: 'set', path: ['meetings', 0, 'title'], value: 'T' }];

describe('verifying an edit', () => {
  it('accepts the text that holds exactly the old data plus the change', () => {
    expect(() =>
      verifyEdit(edit(BEFORE.replace('      - x\n', '      - x\n    title: T\n'), TITLE)),
    ).not.toThrow();
  });

  it('refuses the text where the change landed on the next item (the old splice bug)', () => {
    expect(() => verifyEdit(edit(BEFORE.replace('  - id: b\n', '  - id: b\n    title: T\n'), TITLE))).toThrow(
      EditNotVerified,
    );
  });

  it('refuses a change that also alters something else, or does not parse', () => {
    const also = BEFORE.replace('      - x\n', '      - y\n    title: T\n');
    expect(() => verifyEdit(edit(also, TITLE))).toThrow(EditNotVerified);
    expect(() => verifyEdit(edit(`${BEFORE}  title: [\n`, TITLE))).toThrow(EditNotVerified);
  });

  it('refuses LF lines spliced into a CRLF file', () => {
    const crlf = BEFORE.replace(/\n/g, '\r\n');
    const mixed = crlf.replace('      - x\r\n', '      - x\r\n    title: T\n');
    expect(() => verifyEdit(edit(mixed, TITLE, crlf))).toThrow(/line endings/);
    expect(() => verifyEdit(edit(mixed.replace('T\n', 'T\r\n'), TITLE, crlf))).not.toThrow();
  });

  it('a new file must hold exactly the data it was made for', () => {
    const created = (after: string): FileEdit => ({
      file: 'n.yaml',
      before: null,
      after,
      ops: [{ op: 'create', value: { schemaVersion: 1, meetings: [] } }],
    });
    expect(() => verifyEdit(created('schemaVersion: 1\nmeetings: []\n'))).not.toThrow();
    expect(() => verifyEdit(created('schemaVersion: 1\nmeetings: [x]\n'))).toThrow(EditNotVerified);
  });
});
