// Set by the build from package.json; source runs (tests) see the fallback.
declare const SAMARBEID_VERSION: string | undefined;

export const VERSION = typeof SAMARBEID_VERSION === 'string' ? SAMARBEID_VERSION : '0.0.0-dev';
