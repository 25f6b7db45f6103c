import type { Message } from '../i18n/message.js';
import type { PathSegment } from '../model/finding.js';
import { type FileEdit, type Outcome, usage } from './change.js';
import type { RecordContext } from './context.js';
import { message } from './existing.js';
import { personIn } from './record-person.js';
import { itemStyleAt } from './record-style.js';

// SPEC section 14: the secretariat and the members of bodies, the committee and working groups,
// kept by command. Clause 4: the secretariat sits on the committee, so a change of the secretariat
// is made in the committee too, where there is one. What would break a rule (one member from each
// party) is refused by the re-validation every record goes through, like any edit.

const PEOPLE = 'people.yaml';

export function planSecretariat(
  ctx: RecordContext,
  req: { person: string; replaces?: string; remove?: boolean },
): Outcome {
  const people = ctx.data.people;
  const person = personIn(ctx, req.person).id;
  const secretariat = people?.secretariat ?? [];
  const committee = people?.committee?.members ?? null;
  const editor = ctx.edit(PEOPLE);
  const notOf = (id: string) =>
    usage('edit.not-in-secretariat', { person: id, members: secretariat.join(', ') || '—' });
  if (req.remove) {
    const at = secretariat.indexOf(person);
    if (at < 0) throw notOf(person);
    editor.remove(['secretariat', at]);
    return done(editor.done(), message('edit.secretariat-removed', { person, file: PEOPLE }));
  }
  if (req.replaces !== undefined) {
    const old = personIn(ctx, req.replaces).id;
    const at = secretariat.indexOf(old);
    if (at < 0) throw notOf(old);
    if (old === person || secretariat.includes(person)) return already(person);
    editor.set(['secretariat', at], person);
    const seat = committee?.indexOf(old) ?? -1;
    const alsoOn = committee !== null && seat >= 0 && !committee.includes(person);
    if (alsoOn) editor.set(['committee', 'members', seat], person);
    return done(editor.done(), message('edit.secretariat-replaced', { person, old, file: PEOPLE }), alsoOn);
  }
  if (secretariat.includes(person)) return already(person);
  editor.append(['secretariat'], person, itemStyleAt(ctx.text(PEOPLE), ['secretariat'], 'flow'));
  const alsoOn = committee !== null && !committee.includes(person);
  if (alsoOn)
    editor.append(
      ['committee', 'members'],
      person,
      itemStyleAt(ctx.text(PEOPLE), ['committee', 'members'], 'flow'),
    );
  return done(editor.done(), message('edit.secretariat-added', { person, file: PEOPLE }), alsoOn);
}

const already = (id: string): Outcome => ({
  kind: 'already',
  message: message('edit.already', { what: { ref: 'kind.secretariat-member' }, id }),
});

function done(edit: FileEdit, summary: Message, committee = false): Outcome {
  return {
    kind: 'change',
    change: { edits: [edit], summary, notes: committee ? [message('edit.committee-too')] : [] },
  };
}

export interface MemberRequest {
  person: string;
  body?: string;
  committee?: boolean;
  group?: string;
  remove?: boolean;
}

/** A member of a body (SPEC section 13's `members`), of the committee, or of a working group. */
export function planMember(ctx: RecordContext, req: MemberRequest): Outcome {
  const given = [req.body !== undefined, req.committee === true, req.group !== undefined].filter(Boolean);
  if (given.length !== 1) throw usage('edit.member-one-of');
  const person = personIn(ctx, req.person).id;
  const { file, path, list, name } = membersOf(ctx, req);
  const editor = ctx.edit(file);
  const at = list?.indexOf(person) ?? -1;
  if (req.remove) {
    if (at < 0) throw usage('edit.not-member', { person, body: name });
    // The last one out leaves an empty list (`[]`), still a list of the body's members.
    editor.remove([...path, at]);
    return {
      kind: 'change',
      change: {
        edits: [editor.done()],
        summary: message('edit.member-removed', { person, body: name, file }),
      },
    };
  }
  if (at >= 0)
    return {
      kind: 'already',
      message: message('edit.already', { what: { ref: 'kind.member' }, id: `${person} (${name})` }),
    };
  if (list === null) editor.set(path, [person]);
  else editor.append(path, person, itemStyleAt(ctx.text(file), path, 'flow'));
  return {
    kind: 'change',
    change: { edits: [editor.done()], summary: message('edit.member-added', { person, body: name, file }) },
  };
}

function membersOf(
  ctx: RecordContext,
  req: MemberRequest,
): { file: string; path: PathSegment[]; list: readonly string[] | null; name: string } {
  const { data } = ctx;
  if (req.committee) {
    const committee = data.people?.committee;
    if (!committee) throw usage('edit.no-committee');
    const name = data.agreement.governance.bodies.committee?.name ?? 'committee';
    return { file: PEOPLE, path: ['committee', 'members'], list: committee.members, name };
  }
  if (req.group !== undefined) {
    const index = data.workingGroups.findIndex((g) => g.id === req.group);
    if (index < 0) throw usage('edit.no-group', { id: req.group });
    const group = data.workingGroups[index]!;
    return {
      file: 'working-groups.yaml',
      path: ['workingGroups', index, 'members'],
      list: group.members ?? null,
      name: group.name,
    };
  }
  const bodies = data.agreement.governance.bodies;
  const body = bodies[req.body!];
  if (!body) throw usage('edit.no-body', { body: req.body!, bodies: Object.keys(bodies).join(', ') });
  return {
    file: 'agreement.yaml',
    path: ['governance', 'bodies', req.body!, 'members'],
    list: body.members ?? null,
    name: body.name,
  };
}
