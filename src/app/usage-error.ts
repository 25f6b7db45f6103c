import type { Message } from '../model/finding.js';

/** A usage problem: one line on stderr and exit code 2 (1 where nothing is wrong with the call). */
export class UsageError extends Error {
  constructor(
    readonly detail: Message,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(detail.id);
  }
}
