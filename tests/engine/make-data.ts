import type { Agreement, AgreementData, Meeting } from '../../src/model/index.js';

type Overrides = Partial<Omit<AgreementData, 'agreement' | 'meetingFiles'>> & {
  agreement?: Partial<Agreement>;
  meetings?: Array<Partial<Meeting> & Pick<Meeting, 'body' | 'date'>>;
  parties?: string[];
};

/** An in-memory agreement for engine tests: two parties, a yearly rotating top, a middle every 4 months. */
export function makeData(o: Overrides = {}): AgreementData {
  const parties = (o.parties ?? ['part-a', 'part-b']).map((id) => ({ id, name: id.toUpperCase() }));
  const agreement: Agreement = {
    schemaVersion: 1,
    id: 'test',
    title: 'Testavtale',
    parties,
    validity: { from: '2025-01-01', until: null },
    governance: {
      bodies: {
        top: { name: 'Topp', meets: 'yearly', host: 'rotate' },
        middle: { name: 'Midt', meets: 'every 4 months', adopts: true },
      },
    },
    ...o.agreement,
  };
  const meetings: Meeting[] = (o.meetings ?? []).map((m, i) => ({ id: `m-${i}`, status: 'held', ...m }));
  return {
    folder: 'test',
    agreement,
    people: null,
    workingGroups: o.workingGroups ?? [],
    actionPlans: o.actionPlans ?? [],
    meetingFiles: [{ file: 'meetings/all.yaml', value: meetings }],
    subAgreements: o.subAgreements ?? [],
    evaluations: o.evaluations ?? [],
    duties: o.duties ?? [],
    broken: new Set(),
  };
}
