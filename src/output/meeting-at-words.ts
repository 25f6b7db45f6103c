import type { Translate } from '../i18n/message.js';
import type { MeetingAt } from '../model/meeting-time.js';

/** A meeting's time, place and online link as lines ("kl. 10:00–11:30", "sted: …"); none without them. */
export function meetingAtLines(at: MeetingAt | null | undefined, t: Translate): string[] {
  if (!at) return [];
  return [
    ...(at.time ? [t('calendar.time', { start: at.time.start, end: at.time.end })] : []),
    ...(at.place ? [t('calendar.place', { place: at.place })] : []),
    ...(at.online ? [t('calendar.online', { url: at.online })] : []),
  ];
}
