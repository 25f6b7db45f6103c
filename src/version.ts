// Set by the build from package.json; source runs (tests) see the fallback.
declare const SAMARBEID_VERSION: string | undefined;
// Set by the build: a hash of the sources and the lockfile, so that a cache written by other code
// is never trusted. Source runs have none and use no cache.
declare const SAMARBEID_BUILD: string | undefined;

export const VERSION = typeof SAMARBEID_VERSION === 'string' ? SAMARBEID_VERSION : '0.0.0-dev';
export const BUILD = typeof SAMARBEID_BUILD === 'string' ? SAMARBEID_BUILD : null;
