import { createHash } from 'node:crypto';

/**
 * The UID of a calendar event, from its identity (agreement, subject, period): the same thing
 * keeps one UID in every file samarbeid writes, so importing again updates events instead of
 * duplicating them (SPEC sections 6 and 9).
 */
export const icsUid = (key: string) =>
  `${createHash('sha256').update(key).digest('hex').slice(0, 32)}@samarbeid`;
