import { spawnSync } from 'node:child_process';

/** Debian's Chromium (as .ci/run installs it), or null with a line that says how to get it. */
export function findChromium(test: string): string | null {
  const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
    encoding: 'utf8',
  });
  const path = found.stdout.trim().split('\n')[0];
  if (found.status === 0 && path) return path;
  console.warn(
    `${test}: skipped, no Chromium found (neither \`chromium\` nor \`chromium-browser\` is on PATH); ` +
      'install it with: apt-get install -y --no-install-recommends chromium',
  );
  return null;
}
