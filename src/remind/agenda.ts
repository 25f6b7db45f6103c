import { addDays, type CalendarDate } from '../dates.js';
import { meetingParam } from '../domain/tracks-other.js';
import { parseWithin } from '../domain/tracks-prepare.js';
import type { Obligation } from '../engine/obligation.js';
import type { Message } from '../model/finding.js';
import { type AgreementData, allMeetings } from '../model/index.js';
import { followUp } from './follow-up.js';
import { type AgendaMeeting, occasionsOf } from './occasions.js';

/** Obligations worth a place on an agenda for a meeting on `by`: overdue, or due by then. */
const pressing = (o: Obligation, by: CalendarDate) =>
  o.state !== 'done' && (o.state === 'overdue' || o.deadline <= by);

// Clause 4, top level: "status i samarbeidet, gjensidig informasjonsutveksling og refleksjon om
// utfordringer og muligheter i tiden framover. Ved behov revideres avtalen."
const TOP_TOPICS = [
  'agenda.top-status',
  'agenda.top-information',
  'agenda.top-reflection',
  'agenda.top-revision',
] as const;

/**
 * Where a working group's reports go: its `reportsTo`, else governance.workingGroups.reportsTo
 * (SPEC section 13), else, as clause 4 has it, the committee, else the body that adopts plans.
 */
function reportsBody(data: AgreementData, group: string | undefined): string | undefined {
  const governance = data.agreement.governance;
  const own = data.workingGroups.find((g) => g.id === group)?.reportsTo;
  if (own) return own;
  if (governance.workingGroups?.reportsTo) return governance.workingGroups.reportsTo;
  const bodies = governance.bodies;
  if (bodies.committee) return 'committee';
  return Object.entries(bodies).find(([, b]) => b.adopts)?.[0];
}

/**
 * SPEC section 13, `prepares`: a meeting of the preparing body whose date lies in the window of a
 * meeting it is to prepare, and not prepared yet, has that preparation on its agenda.
 */
function preparations(
  data: AgreementData,
  obligations: readonly Obligation[],
  bodyId: string,
  date: CalendarDate,
  out: Message[],
): void {
  const within = parseWithin(data.agreement.governance.bodies[bodyId]?.prepares?.within);
  if (within === null) return;
  const open = obligations.filter(
    (o) => o.about.kind === 'prepare' && o.about.body === bodyId && o.state !== 'done',
  );
  if (open.length === 0) return;
  const byId = new Map(allMeetings(data).map(({ meeting }) => [meeting.id, meeting]));
  for (const o of open) {
    const about = o.about;
    const m = about.kind === 'prepare' ? byId.get(about.meeting) : undefined;
    if (!m) continue;
    const at = m.date as CalendarDate;
    if (date < addDays(at, -within) || date > at) continue;
    out.push({ id: 'agenda.prepare', params: { meeting: meetingParam(data, m) } });
  }
}

/**
 * A draft agenda for a meeting of `bodyId` on or by `by`, built from the data (SPEC section 6,
 * remind). `meeting`: the meeting it is for (a planned one, or one on the suggested date), for the
 * items that belong on some meetings only (SPEC section 13); without it, only those of every meeting.
 */
export function draftAgenda(
  data: AgreementData,
  obligations: readonly Obligation[],
  bodyId: string,
  by: CalendarDate,
  meeting?: AgendaMeeting,
): Message[] {
  const body = data.agreement.governance.bodies[bodyId];
  if (!body) return [];
  const carried = followUp(data, obligations, bodyId, by);
  const out: Message[] = [...carried.minutes];
  // One push at a time: a spread of a list from the data (an agenda of 150,000 items) would
  // overflow the stack (issue 24).
  if (body.agenda && body.agenda.length > 0) {
    let occasions: ReadonlySet<string> | null = null;
    for (const entry of body.agenda) {
      if (typeof entry === 'string') {
        out.push({ id: 'agenda.text', params: { text: entry } });
        continue;
      }
      const at = entry.at ?? 'every';
      if (at !== 'every') {
        if (!meeting) continue;
        occasions ??= occasionsOf(data, bodyId, body, meeting);
        if (!occasions.has(at)) continue;
      }
      out.push({ id: 'agenda.text', params: { text: entry.item } });
    }
  } else if (body.host === 'rotate') for (const id of TOP_TOPICS) out.push({ id });
  for (const action of carried.actions) out.push(action);
  preparations(data, obligations, bodyId, meeting?.date ?? by, out);

  if (body.adopts) {
    for (const { value: plan } of data.actionPlans) {
      if (plan.status === 'draft') out.push({ id: 'agenda.adopt-plan', params: { plan: plan.title } });
    }
    for (const sub of data.subAgreements) {
      const approved = new Set((sub.approvals ?? []).map((a) => a.party));
      const missing = data.agreement.parties.filter((p) => !approved.has(p.id)).map((p) => p.name);
      if (missing.length > 0 && missing.length < data.agreement.parties.length) {
        out.push({
          id: 'agenda.approve-sub-agreement',
          params: { title: sub.title, parties: missing.join(', ') },
        });
      } else if (missing.length > 0) {
        out.push({ id: 'agenda.adopt-sub-agreement', params: { title: sub.title } });
      }
    }
    for (const o of obligations.filter((o) => pressing(o, by))) {
      const about = o.about;
      if (about.kind === 'evaluation-agreement')
        out.push({ id: 'agenda.evaluation-agreement', params: { date: { date: o.deadline } } });
      if (about.kind === 'evaluation-plan') {
        const plan = data.actionPlans.find((p) => p.value.id === about.plan)?.value;
        // Clause 4: the committee's action plan is revised yearly and approved at middle level.
        const id = plan?.owner === 'committee' ? 'agenda.revise-committee-plan' : 'agenda.evaluate-plan';
        out.push({ id, params: { plan: plan?.title ?? o.subject, date: { date: o.deadline } } });
      }
      const carriedForward = carried.subjects.has(o.subject);
      if ((o.kind === 'measure' || o.kind === 'action') && o.state === 'overdue' && !carriedForward) {
        // The title's own label ("Tiltak: …") goes into the item's, not after it ("Forfalt: Tiltak: …").
        const own =
          o.title.id === 'obligation.measure'
            ? 'agenda.overdue-measure'
            : o.title.id === 'obligation.action'
              ? 'agenda.overdue-action'
              : null;
        out.push(
          own
            ? ({ id: own, params: { ...o.title.params, date: { date: o.deadline } } } as Message)
            : { id: 'agenda.overdue', params: { title: { message: o.title }, date: { date: o.deadline } } },
        );
      }
    }
  }
  for (const o of obligations.filter((o) => o.kind === 'report' && pressing(o, by))) {
    const about = o.about;
    const id = about.kind === 'report' ? about.group : undefined;
    if (reportsBody(data, id) !== bodyId) continue;
    const group = data.workingGroups.find((g) => g.id === id);
    out.push({
      id: 'agenda.report',
      params: { group: group?.name ?? o.subject, date: { date: o.deadline } },
    });
  }
  // SPEC section 13: a body that reports to this one has its report on every draft agenda.
  for (const [id, other] of Object.entries(data.agreement.governance.bodies)) {
    if (other.reportsTo === bodyId && id !== bodyId)
      out.push({ id: 'agenda.report-from', params: { body: other.name } });
  }
  return out;
}
