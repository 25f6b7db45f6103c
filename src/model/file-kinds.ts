/**
 * The eight kinds of file in an agreement folder (SPEC section 2). Their zod schemas are in
 * schemas.ts: that module loads zod, which start-up on cached data does without.
 */
export const FILE_KINDS = {
  agreement: { file: 'agreement.yaml', required: true },
  people: { file: 'people.yaml', required: true },
  workingGroups: { file: 'working-groups.yaml', required: false },
  subAgreements: { file: 'sub-agreements.yaml', required: false },
  evaluations: { file: 'evaluations.yaml', required: false },
  duties: { file: 'duties.yaml', required: false },
  actionPlan: { file: 'action-plans/*.yaml', required: false },
  meetings: { file: 'meetings/*.yaml', required: false },
} as const satisfies Record<string, { file: string; required: boolean }>;

export type FileKind = keyof typeof FILE_KINDS;
