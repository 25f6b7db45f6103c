#!/usr/bin/env node
import module from 'node:module';

// Node 22.1 and newer keep compiled code between runs (in the system's temporary folder), which
// shortens start-up; on Node 20 this is a no-op.
module.enableCompileCache?.();
const { main } = await import('../dist/samarbeid.js');
main(process.argv);
