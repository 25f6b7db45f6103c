import type { CalendarDate } from '../dates.js';
import type { Message } from '../i18n/message.js';
import { closest } from '../load/suggest.js';
import { type Outcome, usage } from './change.js';
import type { RecordContext } from './context.js';
import { message, type RecordField, shown } from './existing.js';
import { compact } from './record-meeting.js';
import { itemStyleAt } from './record-style.js';

// SPEC section 14: people are kept by command. `record person` adds a person, or updates the
// fields given and says what changed; `record contact` names a party's contact person (clause 8).

export interface PersonRequest {
  id: string;
  party?: string;
  role?: string;
  name?: string;
  email?: string;
  /** SPEC sections 13 and 14: the seat the person holds, a key of a body's `seats` (`brukarar`). */
  seat?: string;
  termFrom?: CalendarDate;
  termUntil?: CalendarDate;
}

const FILE = 'people.yaml';

export function planPerson(ctx: RecordContext, req: PersonRequest): Outcome {
  const people = ctx.data.people?.people ?? [];
  const index = people.findIndex((p) => p.id === req.id);
  const fields = { party: req.party, role: req.role, name: req.name, email: req.email, seat: req.seat };
  const term = compact({ from: req.termFrom, until: req.termUntil });
  if (index < 0) {
    if (!req.party || !req.role) throw usage('edit.person-new-needs', { id: req.id });
    const entry = compact({ id: req.id, ...fields, ...(Object.keys(term).length > 0 ? { term } : {}) });
    const edit = ctx
      .edit(FILE)
      .append(['people'], entry, itemStyleAt(ctx.text(FILE), ['people'], 'block'))
      .done();
    return {
      kind: 'change',
      change: { edits: [edit], summary: message('edit.person-added', { id: req.id, file: FILE }) },
    };
  }
  const existing = people[index]!;
  const editor = ctx.edit(FILE);
  const notes: Message[] = [];
  const changed = (field: RecordField, from: unknown, to: unknown) =>
    notes.push(
      message('edit.person-changed', { field: { ref: `field.${field}` }, from: shown(from), to: shown(to) }),
    );
  for (const [key, value] of Object.entries(fields) as Array<[keyof typeof fields, string | undefined]>) {
    if (value === undefined || existing[key] === value) continue;
    editor.set(['people', index, key], value);
    changed(key, existing[key], value);
  }
  const old = existing.term ?? null;
  for (const [key, value] of [
    ['from', req.termFrom],
    ['until', req.termUntil],
  ] as const) {
    if (value === undefined || old?.[key] === value) continue;
    changed(key === 'from' ? 'term-from' : 'term-until', old?.[key], value);
  }
  // The whole term where there is none yet; else only the dates that change, in their place.
  if (!old && Object.keys(term).length > 0) editor.set(['people', index, 'term'], term);
  else if (old)
    for (const key of ['from', 'until'] as const) {
      const value = key === 'from' ? req.termFrom : req.termUntil;
      if (value !== undefined && old[key] !== value) editor.set(['people', index, 'term', key], value);
    }
  if (notes.length === 0)
    return {
      kind: 'already',
      message: message('edit.already', { what: { ref: 'kind.person' }, id: req.id }),
    };
  return {
    kind: 'change',
    change: {
      edits: [editor.done()],
      summary: message('edit.person-updated', { id: req.id, file: FILE }),
      notes,
    },
  };
}

/** The person with that id, or a usage error offering the closest id. */
export function personIn(ctx: RecordContext, id: string) {
  const people = ctx.data.people?.people ?? [];
  const person = people.find((p) => p.id === id);
  if (person) return person;
  const near = closest(
    id,
    people.map((p) => p.id),
  );
  throw near ? usage('edit.no-person-near', { id, near }) : usage('edit.no-person', { id });
}

/** Clause 8: the party's contact person, a person of that party. */
export function planContact(ctx: RecordContext, req: { party: string; person: string }): Outcome {
  const parties = ctx.data.agreement.parties;
  const party = parties.find((p) => p.id === req.party);
  if (!party) throw usage('edit.no-party', { id: req.party, parties: parties.map((p) => p.id).join(', ') });
  const person = personIn(ctx, req.person);
  if (person.party !== party.id)
    throw usage('edit.contact-other-party', {
      person: person.id,
      party: party.name,
      other: parties.find((p) => p.id === person.party)?.name ?? person.party,
    });
  const contacts = ctx.data.people?.contacts ?? {};
  const old = contacts[party.id];
  if (old === person.id)
    return {
      kind: 'already',
      message: message('edit.already', { what: { ref: 'kind.contact' }, id: party.name }),
    };
  const edit = ctx.edit(FILE).set(['contacts', party.id], person.id).done();
  const summary = old
    ? message('edit.contact-changed', { party: party.name, person: person.id, old, file: FILE })
    : message('edit.contact-set', { party: party.name, person: person.id, file: FILE });
  return { kind: 'change', change: { edits: [edit], summary } };
}
