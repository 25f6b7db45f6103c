import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers.js';

/**
 * Every string that the source of src/ can pass where a message id goes, as tsc sees it: each
 * string literal, and each template literal whose type is a closed list (`state.${State}` is the
 * ids of the states). An id of the catalogue that is none of these is never shown.
 */
export function usedStrings(): Set<string> {
  const src = join(ROOT, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(src, f));
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const used = new Set<string>();
  const collect = (type: ts.Type) => {
    for (const t of type.isUnion() ? type.types : [type]) if (t.isStringLiteral()) used.add(t.value);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node)) used.add(node.text);
    else if (ts.isTemplateExpression(node)) collect(checker.getTypeAtLocation(node));
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles())
    if (file.fileName.startsWith(src) && !file.fileName.includes('/i18n/')) visit(file);
  return used;
}
