// zod gathers the issues of an element or a property into its parent's with
// `final.issues.push(...util.prefixIssues(key, result.issues))`: a spread is one function argument
// per issue, so a list of 150,000 wrong items (300 kB of `actions: [a, a, …]`, well under the size
// limit) overflowed the stack and samarbeid exited 3 (issue 24). The bundle pushes them one by one
// instead. scripts/build.js fails if zod's code no longer has such a line, or has one this cannot
// read; tests/cli/large-input.test.ts runs the bundle on such lists.
export const ZOD_FILE = /zod[\\/]v4[\\/](?:core[\\/][\w-]+|classic[\\/]errors)\.js$/;

// One statement on its line: `<target>.push(...<expression>);`.
const SPREAD_PUSH = /^(\s*)([\w$.]+)\.push\(\.\.\.(.+)\);\s*$/;

/** The code with every `x.push(...y);` line made a loop; how many there were; lines left with a spread push. */
export function unspreadPushes(code) {
  let count = 0;
  const left = [];
  const lines = code.split('\n').map((line) => {
    const m = SPREAD_PUSH.exec(line);
    if (!m) {
      if (line.includes('.push(...')) left.push(line.trim());
      return line;
    }
    count++;
    const [, indent, target, items] = m;
    return `${indent}for (const item$ of ${items}) ${target}.push(item$);`;
  });
  return { code: lines.join('\n'), count, left };
}
