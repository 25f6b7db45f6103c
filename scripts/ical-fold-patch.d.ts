export const ICAL_FOLD_FROM: string;
export const ICAL_FOLD_TO: string;
export const ICAL_FILE: RegExp;
