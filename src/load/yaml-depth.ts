import type { CST } from 'yaml';

// How deep lists and maps may nest. The yaml package builds a document by recursion and reports
// a stack overflow as RESOURCE_EXHAUSTION, so how deep it went depended on the stack: a file
// nested 2,000 levels was a YAML error on the main thread and a schema error in a loading worker,
// whose stack is larger (issue 24). Agreement data nests some ten levels; a limit far below any
// stack makes the answer the same everywhere, and keeps every later walk of the value shallow.
export const MAX_DEPTH = 100;

/** Where the tokens first nest lists and maps deeper than MAX_DEPTH; -1 when they do not. */
export function tooDeep(tokens: readonly CST.Token[]): number {
  // An explicit stack: the tokens of a deep file are as deep as the file.
  const stack: Array<[CST.Token, number]> = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token, number];
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_DEPTH) return token.offset;
      for (const item of token.items) {
        if ('key' in item && item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return -1;
}
