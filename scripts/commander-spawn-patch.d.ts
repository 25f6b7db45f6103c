export const COMMANDER_SPAWN_FROM: string;
export const COMMANDER_SPAWN_TO: string;
export const COMMANDER_FILE: RegExp;
