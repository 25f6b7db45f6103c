import type { DiffResult, Revision } from '../app/diff.js';
import type { AgreementChanges, ObligationChange, ObligationFacts } from '../diff/changes.js';
import type { Lang, Translate } from '../i18n/index.js';
import type { Finding, Message } from '../model/finding.js';

// The words of `samarbeid diff` shared by its text and Markdown views: one message per change,
// grouped in the order a reviewer asks (what was recorded, then what it means for the deadlines).

export interface DiffView {
  result: DiffResult;
  lang: Lang;
  t: Translate;
  render: (m: Message) => string;
}

/** `+` added or done, `-` removed or cancelled, `~` changed. */
export type Sign = '+' | '-' | '~';

export interface Line {
  sign: Sign;
  message: Message;
}

export type SectionId =
  | 'meetings'
  | 'decisions'
  | 'actions'
  | 'plans'
  | 'measures'
  | 'people'
  | 'obligations';

const date = (d: string) => ({ date: d });

function meetingLines(c: AgreementChanges): Line[] {
  return c.meetings.map((m): Line => {
    const at = { id: m.id, body: m.body, date: date(m.date) };
    switch (m.change) {
      case 'planned':
        return { sign: '+', message: { id: 'diff.meeting.planned', params: at } };
      case 'recorded':
        return { sign: '+', message: { id: 'diff.meeting.recorded', params: at } };
      case 'moved':
        return {
          sign: '~',
          message: { id: 'diff.meeting.moved', params: { ...at, from: date(m.from ?? '') } },
        };
      case 'cancelled':
        return m.reason
          ? {
              sign: '-',
              message: { id: 'diff.meeting.cancelled-reason', params: { ...at, reason: m.reason } },
            }
          : { sign: '-', message: { id: 'diff.meeting.cancelled', params: at } };
      case 'removed':
        return { sign: '-', message: { id: 'diff.meeting.removed', params: at } };
    }
  });
}

const facts = (f: ObligationFacts | null, key: 'state' | 'deadline' | 'holder') => {
  if (key === 'state') return { ref: `state.${f?.state ?? 'ok'}` };
  if (key === 'deadline') return date(f?.deadline ?? '');
  return f?.holder ? f.holder : { ref: 'diff.nobody' };
};

/** An obligation's line: its title, then each of state, deadline and holder that changed. */
export function obligationMessage(o: ObligationChange, render: (m: Message) => string): string {
  const title = render(o.title);
  if (o.change === 'added' && o.after)
    return render({
      id: 'diff.obligation.added',
      params: { title, state: facts(o.after, 'state'), deadline: facts(o.after, 'deadline') },
    } as Message);
  if (o.change === 'removed') return render({ id: 'diff.obligation.removed', params: { title } });
  const parts = o.changed.map((k) =>
    render({
      id: `diff.obligation.${k}`,
      params: { from: facts(o.before, k), to: facts(o.after, k) },
    } as Message),
  );
  return `${title}: ${parts.join('; ')}`;
}

const SIGN: Record<string, Sign> = { added: '+', done: '+', adopted: '+', removed: '-', retired: '-' };

/** Every change of one agreement but its obligations, by section, as messages. */
export function recordLines(c: AgreementChanges): Array<[SectionId, Line[]]> {
  const sections: Array<[SectionId, Line[]]> = [
    ['meetings', meetingLines(c)],
    [
      'decisions',
      c.decisions.map((d) => ({
        sign: SIGN[d.change] ?? '~',
        message: {
          id: `diff.decision.${d.change}`,
          params: { id: d.id, meeting: d.meeting, text: d.text },
        } as Message,
      })),
    ],
    [
      'actions',
      c.actions.map((x) => ({
        sign: SIGN[x.change] ?? '~',
        message: {
          id: `diff.action.${x.change}`,
          params: { id: x.id, meeting: x.meeting, text: x.text, done: date(x.done ?? '') },
        } as Message,
      })),
    ],
    [
      'plans',
      c.plans.map((p) => ({
        sign: SIGN[p.change] ?? '~',
        message: {
          id: `diff.plan.${p.change}`,
          params: { id: p.id, title: p.title, date: date(p.date ?? '') },
        } as Message,
      })),
    ],
    [
      'measures',
      c.measures.map((m) => ({
        sign: SIGN[m.change] ?? '~',
        message: {
          id: `diff.measure.${m.change}`,
          params: { id: m.id, plan: m.plan, title: m.title, done: date(m.done ?? '') },
        } as Message,
      })),
    ],
    [
      'people',
      c.people.map((p) => ({
        sign: SIGN[p.change] ?? '~',
        message: { id: `diff.person.${p.change}`, params: { id: p.id } } as Message,
      })),
    ],
  ];
  return sections.filter(([, lines]) => lines.length > 0);
}

export const obligationSign = (o: ObligationChange): Sign =>
  o.change === 'added' ? '+' : o.change === 'removed' ? '-' : '~';

export function revisionWords(r: Revision, t: Translate): string {
  if (r.commit === null) return t('diff.working-tree');
  const short = r.commit.slice(0, 7);
  return r.name && r.name !== r.commit ? `${r.name} (${short})` : short;
}

export function headingText(view: DiffView): string {
  const { result, t } = view;
  return t('diff.heading', {
    base: revisionWords(result.base, t),
    head: revisionWords(result.head, t),
    asOf: { date: result.asOf },
  });
}

export function summaryText(view: DiffView): string {
  const { changes } = view.result;
  return view.t('diff.summary', {
    agreements: changes.agreements.length,
    obligations: changes.agreements.reduce((n, a) => n + a.obligations.length, 0),
    added: changes.findings.added.length,
    resolved: changes.findings.resolved.length,
  });
}

export const findingWords = (f: Finding, render: (m: Message) => string) =>
  `${f.file}:${f.line} ${f.rule}: ${render(f.message)}`;

export const isEmpty = (view: DiffView) =>
  view.result.changes.agreements.length === 0 &&
  view.result.changes.findings.added.length === 0 &&
  view.result.changes.findings.resolved.length === 0;
