import type { CalendarDate } from '../dates.js';
import { hostDue } from '../domain/holders.js';
import { meetingParam } from '../domain/tracks-other.js';
import { heldWithHost, isRotating } from '../engine/host-rotation.js';
import { hostRotationMessages } from '../i18n/rules/host-rotation.js';
import { allMeetings } from '../model/index.js';
import { namesOf } from '../names/names.js';
import { type DataRule, reporter } from './rule.js';

// Clause 4: coordination of the top-level meetings alternates yearly (host: rotate).
export const hostRotationRule: DataRule<typeof hostRotationMessages> = {
  id: 'host-rotation',
  scope: 'data',
  severity: 'warning',
  needs: ['agreement', 'meetings'],
  description:
    'For a body with host: rotate, held meetings record their host, no party hosts twice in a row, and planned meetings have the computed host (clause 4).',
  messages: hostRotationMessages,
  check({ data }) {
    const report = reporter(this);
    const { agreement } = data;
    const located = allMeetings(data);
    const meetings = located.map((m) => m.meeting);
    const out = [];
    const names = namesOf(data);
    for (const bodyId of Object.keys(agreement.governance.bodies)) {
      if (!isRotating(agreement, bodyId)) continue;
      const held = heldWithHost(meetings, bodyId);
      const repeats = new Set(held.filter((m, i) => i > 0 && held[i - 1]?.host === m.host));
      for (const { meeting, file, index } of located) {
        if (meeting.body !== bodyId) continue;
        const at = ['meetings', index];
        if (repeats.has(meeting)) {
          const before = held[held.indexOf(meeting) - 1];
          out.push(
            report(file, [...at, 'host'], 'host-rotation.repeat', {
              host: names.party(meeting.host ?? ''),
              body: names.body(bodyId),
              // The previous meeting by its date: the body is the same, and the id is for commands.
              previous: before ? { date: before.date } : '',
            }),
          );
        }
        if (meeting.status === 'held' && !meeting.host) {
          out.push(
            report(file, at, 'host-rotation.no-host', {
              meeting: meetingParam(data, meeting, { start: true }),
              id: meeting.id,
              body: names.body(bodyId),
            }),
          );
        }
        if (meeting.status === 'planned' && meeting.host) {
          const expected = hostDue(data, bodyId, meeting.date as CalendarDate);
          if (expected && expected !== meeting.host) {
            out.push(
              report(file, [...at, 'host'], 'host-rotation.planned', {
                host: names.party(meeting.host),
                expected: names.party(expected),
              }),
            );
          }
        }
      }
    }
    return out;
  },
};
