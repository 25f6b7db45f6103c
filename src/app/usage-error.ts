import type { Message } from '../model/finding.js';

/**
 * A usage problem: one line on stderr and exit code 2 (1 where nothing is wrong with the call).
 * `language`: the agreement's, once it is read; the line is then in it unless --lang says otherwise,
 * as every other line about that agreement is.
 */
export class UsageError extends Error {
  constructor(
    readonly detail: Message,
    readonly exitCode: 1 | 2 = 2,
    readonly language?: string | null,
  ) {
    super(detail.id);
  }
}
