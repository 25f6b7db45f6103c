import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, findingsGithub } from '../../src/output/findings-github.js';
import { terminalSafe } from '../../src/output/sanitize.js';

describe('GitHub workflow commands', () => {
  it('escapes %, CR and LF in messages, and : and , in properties too', () => {
    expect(escapeData('100% \r\n::error::x')).toBe('100%25 %0D%0A::error::x');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('a message cannot start a second command', () => {
    const out = findingsGithub({
      findings: [
        {
          rule: 'schema',
          severity: 'error',
          file: 'a,b:c.yaml',
          line: 1,
          column: 2,
          message: { id: 'type.unknown' },
        },
      ],
      agreements: 1,
      render: () => 'bad\n::add-mask::secret',
      t: (id, ..._params) => id,
    });
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(out).toBe('::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=schema::bad%0A::add-mask::secret\n');
  });
});

describe('terminal text', () => {
  it('shows escape sequences and bidirectional overrides instead of obeying them', () => {
    const out = terminalSafe('a\u001b[31mred\u0007 \u202eevil\u009b');
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(out).toBe('a\\u{1b}[31mred\\u{7} \\u{202e}evil\\u{9b}');
  });
});
