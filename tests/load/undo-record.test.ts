import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAgreementFile, readUndo, UNDO_FORMAT } from '../../src/load/undo-record.js';

// SPEC section 14 and issue 24: undo data is input from someone else, believed only as samarbeid
// writes it, for this folder, naming YAML files inside it.
const folder = () => realpathSync(mkdtempSync(join(tmpdir(), 'samarbeid-undo-')));
const plant = (dir: string, value: unknown) => {
  mkdirSync(join(dir, '.samarbeid', 'undo'), { recursive: true });
  writeFileSync(join(dir, '.samarbeid', 'undo', 'last.json'), JSON.stringify(value));
};
const entry = { file: 'people.yaml', before: 'a: 1\n', after: 'a: 2\n', id: '1:2:3' };

describe('undo data', () => {
  it('names only YAML files inside the folder', () => {
    for (const ok of ['people.yaml', 'meetings/2026.yaml', 'action-plans/plan-2027.yml', 'møter/år.yaml'])
      expect(isAgreementFile(ok), ok).toBe(true);
    for (const bad of [
      '../people.yaml',
      '/etc/passwd.yaml',
      'meetings/../../x.yaml',
      './people.yaml',
      '.samarbeid/undo/last.yaml',
      'meetings\\..\\x.yaml',
      'people.json',
      '',
      'a/b/c/d.yaml',
      'meetings//2026.yaml',
      7,
    ])
      expect(isAgreementFile(bad), String(bad)).toBe(false);
  });

  it("is this folder's record, exactly as written, or it is not used", () => {
    const dir = folder();
    expect(readUndo(dir).kind).toBe('none');
    plant(dir, { format: UNDO_FORMAT, folder: dir, files: [entry] });
    expect(readUndo(dir)).toEqual({
      kind: 'record',
      record: { format: UNDO_FORMAT, folder: dir, files: [entry] },
    });
    for (const value of [
      { format: UNDO_FORMAT, folder: '/other', files: [entry] },
      { format: 'samarbeid-undo/1', folder: dir, files: [entry] },
      { format: UNDO_FORMAT, folder: dir, files: [{ ...entry, id: undefined }] },
      { format: UNDO_FORMAT, folder: dir, files: [{ ...entry, id: '../x' }] },
      { format: UNDO_FORMAT, folder: dir, files: [] },
      { format: UNDO_FORMAT, folder: dir, files: [entry, entry] },
      { format: UNDO_FORMAT, folder: dir, files: [{ ...entry, file: '../x.yaml' }] },
      { format: UNDO_FORMAT, folder: dir, files: [{ ...entry, mode: 0o777 }] },
      { format: UNDO_FORMAT, folder: dir, files: [{ ...entry, after: null }] },
      { format: UNDO_FORMAT, folder: dir, files: [entry], extra: true },
      [entry],
      null,
    ]) {
      plant(dir, value);
      expect(readUndo(dir).kind, JSON.stringify(value)).toBe('damaged');
    }
  });

  it('is not read through a link', () => {
    const dir = folder();
    const elsewhere = folder();
    plant(elsewhere, { format: UNDO_FORMAT, folder: dir, files: [entry] });
    symlinkSync(join(elsewhere, '.samarbeid'), join(dir, '.samarbeid'));
    expect(readUndo(dir).kind).toBe('damaged');
  });
});
