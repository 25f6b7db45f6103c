// Writes tests/ci/schemas/{github-workflow,gitlab-ci}.json: the published JSON Schemas of GitHub
// workflow files and .gitlab-ci.yml, which tests/ci/templates.test.ts checks docs/ci/ against.
// Only the npm registry is reachable from where samarbeid is built, and neither schema is a
// package of its own there, so each is taken from a package that carries it:
// - SchemaStore's github-workflow.json is embedded, as text, in the WebAssembly of
//   @action-validator/core (action-validator compiles SchemaStore's file in);
// - GitLab's app/assets/javascripts/editor/schema/ci.json is bundled, as an object literal,
//   into gitlab-ci-local's dist/index.js (before gitlab-ci-local relaxes it at run time).
// Run: node scripts/vendor-ci-schemas.js (needs npm and network access to the registry).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../tests/ci/schemas/', import.meta.url));
const SOURCES = {
  github: { pkg: '@action-validator/core@0.6.0', file: 'package/action_validator_bg.wasm' },
  gitlab: { pkg: 'gitlab-ci-local@4.75.1', file: 'package/dist/index.js' },
};

function unpack(spec, file, dir) {
  const tgz = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
  });
  execFileSync('tar', ['-xzf', join(dir, tgz.trim().split('\n').pop()), '-C', dir, file]);
  return readFileSync(join(dir, file), 'latin1');
}

/** The balanced {...} that starts at `start`, skipping braces inside "..." and `...` strings. */
function balanced(text, start) {
  let depth = 0;
  let quote = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  throw new Error(`no end of the object at ${start}`);
}

const dir = mkdtempSync(join(tmpdir(), 'samarbeid-schemas-'));
try {
  // The wasm holds the file's UTF-8 bytes; read as latin1 and decode the slice again.
  const wasm = unpack(SOURCES.github.pkg, SOURCES.github.file, dir);
  const id = wasm.indexOf('"$id": "https://json.schemastore.org/github-workflow.json"');
  const text = Buffer.from(balanced(wasm, wasm.lastIndexOf('{', id)), 'latin1').toString('utf8');
  writeFileSync(join(out, 'github-workflow.json'), `${JSON.stringify(JSON.parse(text), null, 2)}\n`);

  const js = Buffer.from(unpack(SOURCES.gitlab.pkg, SOURCES.gitlab.file, dir), 'latin1').toString('utf8');
  const at = js.indexOf(
    '{$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"',
  );
  // A minified object literal of strings, numbers, booleans, arrays and objects: evaluate it alone.
  const schema = new Function(`return ${balanced(js, at)}`)();
  writeFileSync(join(out, 'gitlab-ci.json'), `${JSON.stringify(schema, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
