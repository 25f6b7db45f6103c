// Kept apart from the formatters, so that registering `diff` loads none of them.
export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
