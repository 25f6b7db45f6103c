// commander loads node:child_process when it is imported, for executable subcommands that samarbeid
// does not have; with it come net, dgram and the rest of child_process (start-up, docs/performance.md).
// The bundle loads it when commander first asks for spawn. scripts/build.js fails if commander's
// code no longer has the text; tests/build.test.ts checks that start-up does not load child_process.
export const COMMANDER_SPAWN_FROM = "const childProcess = require('node:child_process');";
export const COMMANDER_SPAWN_TO =
  "const childProcess = { get spawn() { return require('node:child_process').spawn; } };";
export const COMMANDER_FILE = /commander[\\/]lib[\\/]command\.js$/;
