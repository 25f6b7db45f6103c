import type { RecordKind } from './record-kind.js';
import { MEETINGS_KINDS } from './record-kinds-meetings.js';
import { PLANS_KINDS } from './record-kinds-plans.js';
import { REGISTERS_KINDS } from './record-kinds-registers.js';

export type { OptionSpec, RecordKind } from './record-kind.js';

/** Every record command, as --help lists them: meetings, then plans and follow-up, then registers. */
export const RECORD_KINDS: RecordKind[] = [...MEETINGS_KINDS, ...PLANS_KINDS, ...REGISTERS_KINDS];
