import { join } from 'node:path';
import type { Finding, Message } from '../model/finding.js';
import { fromThisBoot, inFolder, journalTemp, LOCK_FILE, lockAlive, readLock } from './lock-file.js';
import { readText } from './read-text.js';
import { joinDisplay } from './source.js';

// A writer killed between the renames of one change (`move` into another year, `adopt`, `init`)
// leaves its journal in the folder's lock: until the next writer finishes it, readers read the
// files as the change leaves them, so that no command ever shows half of a change (SPEC section
// 17). Readers never write: they read the temporary files the journal names instead of their
// targets. A lock that came from elsewhere is a finding, and nothing it names is read.

export interface JournalView {
  /** Texts that stand in for files: what a committing writer is putting in place. */
  texts: Map<string, string>;
  findings: Finding[];
}

const finding = (display: string, severity: Finding['severity'], message: Message): Finding => ({
  rule: 'lock-file',
  severity,
  file: joinDisplay(display, LOCK_FILE),
  line: 1,
  column: 1,
  message,
});

/** What the folder's lock says for readers; `root` is the folder's real path. */
export function readJournal(dir: string, root: string, display: string): JournalView {
  const texts = new Map<string, string>();
  const lock = readLock(join(dir, LOCK_FILE));
  if (lock.kind === 'none') return { texts, findings: [] };
  // Not a lock at all (what a crash of an older samarbeid left) is removed by the next writer: a warning.
  if (lock.kind === 'foreign' && lock.garbage)
    return { texts, findings: [finding(display, 'warning', { id: 'load.lock-garbage' })] };
  if (lock.kind === 'foreign')
    return { texts, findings: [finding(display, 'error', { id: 'load.lock-foreign' })] };
  const { content } = lock;
  const journal = content.state === 'committing' ? (content.renames ?? []) : [];
  if (journal.length > 0 && !fromThisBoot(content))
    return { texts, findings: [finding(display, 'error', { id: 'load.lock-other-boot' })] };
  // Only the files the writer made, each still the very file (a checkout makes new ones): else the
  // journal came from elsewhere, and none of it is read.
  const found = journal.map(([temp], i) => journalTemp(inFolder(dir, temp), content.files?.[i] ?? ''));
  if (found.includes('other'))
    return { texts, findings: [finding(display, 'error', { id: 'load.lock-foreign' })] };
  journal.forEach(([temp, target], i) => {
    if (found[i] !== 'match') return;
    const read = readText(inFolder(dir, temp), root);
    if (read.ok) texts.set(target, read.text);
  });
  const findings = lockAlive(content)
    ? []
    : [finding(display, 'warning', { id: 'load.lock-left', params: { pid: content.pid } })];
  return { texts, findings };
}
