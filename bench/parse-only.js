// The baseline: read and parse every YAML file of a workspace with the yaml package, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

function walk(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(dir, e.name), out);
    else if (e.name.endsWith('.yaml')) out.push(join(dir, e.name));
  }
  return out;
}

let nodes = 0;
for (const file of walk(process.argv[2], []))
  nodes += JSON.stringify(parse(readFileSync(file, 'utf8'))).length;
console.log(`parsed ${nodes} characters of JSON`);
