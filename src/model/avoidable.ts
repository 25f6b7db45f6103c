// SPEC section 9: the days that public bodies avoid by custom, which `calendar.avoid` may name. Here
// beside the schema that reads them (agreement.ts) rather than in the planner that uses them
// (plan/working-days.ts): the model does not import the rooms above it. Without zod, for start-up.
export const AVOIDABLE = ['julaften', 'romjul', 'nyttarsaften', 'fellesferie', 'paskeuka'] as const;
export type Avoidable = (typeof AVOIDABLE)[number];
