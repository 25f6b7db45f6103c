import { describe, expect, it } from 'vitest';
import { guardStream, outputText } from '../../src/output/emit.js';
import { validNumber, writtenForms } from '../identity-numbers.js';

const N = validNumber('311299400');

describe('the last step of every output', () => {
  it('masks every written form of a number in the final text, ICS folds and CRLF included', () => {
    for (const form of [...writtenForms(N), `${N.slice(0, 7)}\r\n ${N.slice(7)}`])
      expect(outputText(`x ${form} y`), JSON.stringify(form)).toBe(`x ******${N.slice(6)} y`);
  });

  it('a guarded stream masks what any code writes to it, strings and bytes alike (a diff, commander)', () => {
    const written: unknown[] = [];
    const stream = { write: (chunk: unknown) => written.push(chunk) > 0 };
    guardStream(stream);
    stream.write(`+  title: Møte ${N}\n`);
    stream.write(Buffer.from(`-  note: ${N.slice(0, 6)} ${N.slice(6)}\n`));
    stream.write(Buffer.from('uten tall\n'));
    expect(written.map(String)).toEqual([
      `+  title: Møte ******${N.slice(6)}\n`,
      `-  note: ******${N.slice(6)}\n`,
      'uten tall\n',
    ]);
  });
});
