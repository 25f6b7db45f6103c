import type { RecordKind } from './record-kind.js';
import { MEETINGS_KINDS } from './record-kinds-meetings.js';
import { PLANS_KINDS } from './record-kinds-plans.js';
import { REGISTERS_KINDS } from './record-kinds-registers.js';

export type { OptionSpec, RecordKind } from './record-kind.js';

const ORDER = [
  'meeting',
  'move',
  'decision',
  'action',
  'plan',
  'adopt',
  'measure',
  'group',
  'area',
  'person',
  'sub-agreement',
  'approval',
  'evaluation',
  'report',
  'done',
];
const ALL = [...MEETINGS_KINDS, ...PLANS_KINDS, ...REGISTERS_KINDS];

/** Every record command, in the order of SPEC section 8 (the order of --help). */
export const RECORD_KINDS: RecordKind[] = ORDER.map((name) => ALL.find((k) => k.name === name)!);
